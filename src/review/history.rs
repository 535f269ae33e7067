//! Undo and redo of review steps: each step is a figure and the review state it had before.
//! Plain data, so the app applies it and the tests check it without a window.

use crate::report::{Report, Review};

/// One review step: figure `indicator` went from `before` to `after`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index into the report's indicators.
    pub indicator: usize,
    /// Its state before the step.
    pub before: Option<Review>,
    /// Its state after.
    pub after: Option<Review>,
}

/// The steps done (to undo) and undone (to redo).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl History {
    /// Sets figure `indicator` of `report` to `review`, as one step that can be undone; a new
    /// step forgets what was undone. Returns false (and records nothing) when nothing changes.
    pub fn apply(&mut self, report: &mut Report, indicator: usize, review: Review) -> bool {
        let Some(ind) = report.indicators.get_mut(indicator) else {
            return false;
        };
        if ind.review == Some(review) {
            return false;
        }
        self.done.push(Step {
            indicator,
            before: ind.review,
            after: Some(review),
        });
        ind.review = Some(review);
        self.undone.clear();
        true
    }

    /// Undoes the last step; the figure it changed, if there was one.
    pub fn undo(&mut self, report: &mut Report) -> Option<usize> {
        let step = self.done.pop()?;
        let ind = report.indicators.get_mut(step.indicator)?;
        ind.review = step.before;
        self.undone.push(step);
        Some(step.indicator)
    }

    /// Redoes the last step undone; the figure it changed, if there was one.
    pub fn redo(&mut self, report: &mut Report) -> Option<usize> {
        let step = self.undone.pop()?;
        let ind = report.indicators.get_mut(step.indicator)?;
        ind.review = step.after;
        self.done.push(step);
        Some(step.indicator)
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
    report
        .indicators
        .iter()
        .filter(|i| i.review == Some(Review::Unreviewed))
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
    fn steps_undo_and_redo_in_order() {
        let mut r = imported();
        let mut h = History::default();
        assert_eq!(unreviewed(&r), 119);
        assert!(h.apply(&mut r, 0, Review::Accepted));
        assert!(h.apply(&mut r, 1, Review::Rejected));
        assert!(!h.apply(&mut r, 1, Review::Rejected), "no change, no step");
        assert_eq!(unreviewed(&r), 117);
        assert_eq!(h.undo(&mut r), Some(1));
        assert_eq!(r.indicators[1].review, Some(Review::Unreviewed));
        assert_eq!(h.redo(&mut r), Some(1));
        assert_eq!(r.indicators[1].review, Some(Review::Rejected));
        assert_eq!(h.undo(&mut r), Some(1));
        assert_eq!(h.undo(&mut r), Some(0));
        assert_eq!(h.undo(&mut r), None);
        assert_eq!(unreviewed(&r), 119);
        // A new step after an undo forgets the redo.
        assert!(h.apply(&mut r, 2, Review::Accepted));
        assert_eq!(h.redo(&mut r), None);
    }
}
