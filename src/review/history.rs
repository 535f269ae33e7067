//! Undo and redo of review steps: each step is a figure as it was before and after (a state
//! set, an edit) or a figure added. Plain data, so the app applies it and the tests check it
//! without a window.

use crate::report::{Indicator, Report, Review};
use crate::review::structure::Structure;

/// One review step.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Figure `indicator` changed (its review state, or what an edit set).
    Change {
        /// Index into the report's indicators.
        indicator: usize,
        /// The figure before the step.
        before: Box<Indicator>,
        /// The figure after it.
        after: Box<Indicator>,
    },
    /// A figure the reviewer added; it is the last one while the step stands.
    Add(Box<Indicator>),
    /// Several figures set at once (everything shown accepted): each figure before and after.
    Batch(Vec<(usize, Indicator, Indicator)>),
    /// Sections merged or split: the text and figures before and after.
    Structure {
        /// Before the step.
        before: Box<Structure>,
        /// After it.
        after: Box<Structure>,
    },
}

/// What an undo or redo changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Touched {
    /// This figure (for an addition: the index it has or had).
    Figure(usize),
    /// The sections of the text.
    Structure,
}

/// The steps done (to undo) and undone (to redo).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl History {
    /// Sets figure `indicator` of `report` to `review`, as one step that can be undone; a new
    /// step forgets what was undone. Returns false (and records nothing) when nothing changes.
    pub fn apply(&mut self, report: &mut Report, indicator: usize, review: Review) -> bool {
        let Some(ind) = report.indicators.get(indicator) else {
            return false;
        };
        let mut after = ind.clone();
        after.review = Some(review);
        self.edit(report, indicator, after)
    }

    /// Sets every figure of `indicators` that waits for a person to `review`, as one step that
    /// one undo takes back. Returns how many changed (none: no step).
    pub fn apply_all(
        &mut self,
        report: &mut Report,
        indicators: &[usize],
        review: Review,
    ) -> usize {
        let mut changes = Vec::new();
        for &i in indicators {
            let Some(ind) = report.indicators.get_mut(i) else {
                continue;
            };
            if !ind.waits() {
                continue;
            }
            let before = ind.clone();
            ind.review = Some(review);
            changes.push((i, before, ind.clone()));
        }
        let n = changes.len();
        if n > 0 {
            self.push(Step::Batch(changes));
        }
        n
    }

    /// Replaces figure `indicator` with `after`, as one step. Returns false when nothing
    /// changes or there is no such figure.
    pub fn edit(&mut self, report: &mut Report, indicator: usize, after: Indicator) -> bool {
        let Some(ind) = report.indicators.get_mut(indicator) else {
            return false;
        };
        if *ind == after {
            return false;
        }
        let before = std::mem::replace(ind, after.clone());
        self.push(Step::Change {
            indicator,
            before: Box::new(before),
            after: Box::new(after),
        });
        true
    }

    /// Adds `figure` at the end of the report's figures, as one step; its index.
    pub fn add(&mut self, report: &mut Report, figure: Indicator) -> usize {
        report.indicators.push(figure.clone());
        self.push(Step::Add(Box::new(figure)));
        report.indicators.len() - 1
    }

    /// Replaces the text and figures of `report` with `after` (sections merged or split), as
    /// one step.
    pub fn restructure(&mut self, report: &mut Report, after: Structure) -> bool {
        let before = Structure::of(report);
        if before == after {
            return false;
        }
        after.clone().put(report);
        self.push(Step::Structure {
            before: Box::new(before),
            after: Box::new(after),
        });
        true
    }

    fn push(&mut self, step: Step) {
        self.done.push(step);
        self.undone.clear();
    }

    /// Undoes the last step; what it changed.
    pub fn undo(&mut self, report: &mut Report) -> Option<Touched> {
        let step = self.done.pop()?;
        let at = match &step {
            Step::Change {
                indicator, before, ..
            } => {
                *report.indicators.get_mut(*indicator)? = (**before).clone();
                Touched::Figure(*indicator)
            }
            Step::Add(_) => {
                report.indicators.pop()?;
                Touched::Figure(report.indicators.len())
            }
            Step::Batch(changes) => {
                for (i, before, _) in changes {
                    *report.indicators.get_mut(*i)? = before.clone();
                }
                Touched::Figure(changes.first()?.0)
            }
            Step::Structure { before, .. } => {
                (**before).clone().put(report);
                Touched::Structure
            }
        };
        self.undone.push(step);
        Some(at)
    }

    /// Redoes the last step undone; what it changed.
    pub fn redo(&mut self, report: &mut Report) -> Option<Touched> {
        let step = self.undone.pop()?;
        let at = match &step {
            Step::Change {
                indicator, after, ..
            } => {
                *report.indicators.get_mut(*indicator)? = (**after).clone();
                Touched::Figure(*indicator)
            }
            Step::Add(figure) => {
                report.indicators.push((**figure).clone());
                Touched::Figure(report.indicators.len() - 1)
            }
            Step::Batch(changes) => {
                for (i, _, after) in changes {
                    *report.indicators.get_mut(*i)? = after.clone();
                }
                Touched::Figure(changes.first()?.0)
            }
            Step::Structure { after, .. } => {
                (**after).clone().put(report);
                Touched::Structure
            }
        };
        self.done.push(step);
        Some(at)
    }

    /// How many steps are done (and not undone): compared with the count at the last save, it
    /// tells whether there is review work not saved yet.
    #[must_use]
    pub fn steps(&self) -> usize {
        self.done.len()
    }
}

/// How many figures of `report` still wait for review.
#[must_use]
pub fn unreviewed(report: &Report) -> usize {
    report.indicators.iter().filter(|i| i.waits()).count()
}

/// How many figures a person decided on (accepted, corrected, rejected); the import's own
/// keeping (`auto`) is no review work.
#[must_use]
pub fn decided(report: &Report) -> usize {
    report
        .indicators
        .iter()
        .filter(|i| {
            matches!(
                i.review,
                Some(Review::Accepted | Review::Corrected | Review::Rejected)
            )
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imported() -> Report {
        let mut r = Report::embedded().expect("loads");
        r.format_version = 3;
        for i in &mut r.indicators {
            i.review = Some(Review::Unreviewed);
        }
        r
    }

    #[test]
    fn accepting_all_shown_is_one_step_and_leaves_what_a_person_decided() {
        let mut r = imported();
        let mut h = History::default();
        assert!(h.apply(&mut r, 1, Review::Rejected));
        let shown = [0, 1, 2, 3];
        assert_eq!(h.apply_all(&mut r, &shown, Review::Accepted), 3);
        assert_eq!(r.indicators[1].review, Some(Review::Rejected), "kept");
        assert_eq!(unreviewed(&r), 118 - 4);
        assert_eq!(h.steps(), 2);
        assert_eq!(h.undo(&mut r), Some(Touched::Figure(0)));
        assert_eq!(unreviewed(&r), 118 - 1);
        assert_eq!(h.redo(&mut r), Some(Touched::Figure(0)));
        assert_eq!(r.indicators[3].review, Some(Review::Accepted));
        assert_eq!(h.apply_all(&mut r, &shown, Review::Accepted), 0, "no step");
        assert_eq!(h.steps(), 2);
    }

    #[test]
    fn steps_undo_and_redo_in_order() {
        let mut r = imported();
        let mut h = History::default();
        assert_eq!(unreviewed(&r), 118);
        assert!(h.apply(&mut r, 0, Review::Accepted));
        assert!(h.apply(&mut r, 1, Review::Rejected));
        assert!(!h.apply(&mut r, 1, Review::Rejected), "no change, no step");
        assert_eq!(unreviewed(&r), 116);
        assert_eq!(h.undo(&mut r), Some(Touched::Figure(1)));
        assert_eq!(r.indicators[1].review, Some(Review::Unreviewed));
        assert_eq!(h.redo(&mut r), Some(Touched::Figure(1)));
        assert_eq!(r.indicators[1].review, Some(Review::Rejected));
        assert_eq!(h.undo(&mut r), Some(Touched::Figure(1)));
        assert_eq!(h.undo(&mut r), Some(Touched::Figure(0)));
        assert_eq!(h.undo(&mut r), None);
        assert_eq!(unreviewed(&r), 118);
        // A new step after an undo forgets the redo.
        assert!(h.apply(&mut r, 2, Review::Accepted));
        assert_eq!(h.redo(&mut r), None);
    }

    #[test]
    fn edits_and_additions_undo_to_the_figures_before() {
        let mut r = imported();
        let original = r.indicators.clone();
        let mut h = History::default();
        let mut edited = r.indicators[3].clone();
        edited.label = "改过的标签".to_owned();
        edited.review = Some(Review::Corrected);
        assert!(h.edit(&mut r, 3, edited.clone()));
        assert!(
            !h.edit(&mut r, 3, edited),
            "the same figure again is no step"
        );
        let mut added = r.indicators[0].clone();
        added.id = "u1".to_owned();
        assert_eq!(h.add(&mut r, added), 118);
        assert_eq!(r.indicators.len(), 119);
        assert_eq!(r.indicators[3].label, "改过的标签");
        assert_eq!(h.undo(&mut r), Some(Touched::Figure(118)));
        assert_eq!(r.indicators.len(), 118);
        assert_eq!(h.redo(&mut r), Some(Touched::Figure(118)));
        assert_eq!(r.indicators[118].id, "u1");
        assert_eq!(h.undo(&mut r), Some(Touched::Figure(118)));
        assert_eq!(h.undo(&mut r), Some(Touched::Figure(3)));
        assert_eq!(r.indicators, original);
        assert_eq!(h.steps(), 0);
    }
}
