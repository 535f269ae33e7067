//! What the review's commands do, in the review's folder: a figure's state, the editor, a
//! figure added from the text, sections merged or split, undo and redo (each an undoable step
//! of `history`), the review kept after every step (`autosave`), and the answers to the
//! question about review work not saved. What a step changes outside the review (the charts,
//! the table's rows, the marks in the text, a command held back) is the app's: the review
//! stands below those features, so it hands back what happened ([`Then`]).

use crate::platform::file_dialog::SaveDialog;
use crate::report::Report;
use crate::review::autosave::Autosave;
use crate::review::command::ReviewCommand;
use crate::review::edit::Editor;
use crate::review::history::Touched;
use crate::review::state::ReviewState;
use crate::review::structure::Structure;

/// What the review's commands change.
pub struct Reviewing<'a> {
    /// The report reviewed: its figures, and its sections.
    pub report: &'a mut Report,
    /// Its steps, the editor, the text selected.
    pub review: &'a mut ReviewState,
    /// Where the review is kept after every step.
    pub autosave: &'a mut Autosave,
    /// A review the last session left unsaved, offered back until taken or dropped.
    pub recovery: &'a mut Option<Report>,
    /// The dialog that asks where the report is saved.
    pub save_report: &'a mut SaveDialog,
}

/// What a command of the review leaves to the rest of the app.
#[must_use]
#[derive(Debug, PartialEq)]
pub enum Then {
    /// Nothing outside the review.
    Nothing,
    /// Figures changed (a state, an edit, an addition): what shows them follows.
    Figures,
    /// Sections merged or split, and the figures with them: what points into the text is
    /// found again, then what shows the figures follows.
    Sections,
    /// Figure `n` is open in the editor: its sentence comes into view beside it.
    ShowQuote(usize),
    /// The user answered the question about review work not saved.
    Unsaved(Answer),
    /// The review the last session left, to be opened (it stays unsaved until saved).
    Restore(Box<Report>),
}

/// The answers to the question about review work not saved, for what was held back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The work is dropped: what was held back goes ahead.
    Discard,
    /// The work stays: what was held back is not done.
    Keep,
    /// The report is saved first (its dialog asked): what was held back waits for that.
    SaveFirst,
}

impl Reviewing<'_> {
    /// Applies `command`; what it leaves to the rest of the app.
    pub fn apply(mut self, command: ReviewCommand) -> Then {
        let review = &mut *self.review;
        match command {
            ReviewCommand::SetReview(indicator, state) => {
                let done = review.history.apply(self.report, indicator, state);
                self.changed(done, Then::Figures)
            }
            ReviewCommand::SetReviewAll(indicators, state) => {
                let done = review.history.apply_all(self.report, &indicators, state);
                self.changed(done > 0, Then::Figures)
            }
            ReviewCommand::Undo => {
                let touched = review.history.undo(self.report);
                self.stepped(touched)
            }
            ReviewCommand::Redo => {
                let touched = review.history.redo(self.report);
                self.stepped(touched)
            }
            ReviewCommand::MergeSection(at) => {
                let after = crate::review::structure::merged(self.report, at);
                self.restructure(after)
            }
            ReviewCommand::SplitSection(at, paragraph) => {
                let after = crate::review::structure::split(self.report, at, paragraph);
                self.restructure(after)
            }
            ReviewCommand::EditFigure(indicator) => {
                review.editor = Editor::open(self.report, indicator);
                Then::ShowQuote(indicator)
            }
            ReviewCommand::SetDraft(draft) => {
                if let Some(editor) = &mut review.editor {
                    editor.draft = *draft;
                }
                Then::Nothing
            }
            ReviewCommand::SaveEdit => self.save_edit(),
            ReviewCommand::CloseEditor => {
                review.editor = None;
                Then::Nothing
            }
            ReviewCommand::SelectText(selection) => {
                review.selection = selection;
                Then::Nothing
            }
            ReviewCommand::QuoteFromSelection => self.quote_from_selection(),
            ReviewCommand::AddSelected => self.add_selected(),
            ReviewCommand::AskSaveReport => self.ask_save(None),
            ReviewCommand::DiscardReview => {
                review.kept();
                self.autosave.clear();
                Then::Unsaved(Answer::Discard)
            }
            ReviewCommand::KeepReview => Then::Unsaved(Answer::Keep),
            ReviewCommand::SaveReviewThenGoOn => self.ask_save(Some(Answer::SaveFirst)),
            ReviewCommand::RestoreReview => self
                .recovery
                .take()
                .map_or(Then::Nothing, |report| Then::Restore(Box::new(report))),
            ReviewCommand::DropRecovery => {
                *self.recovery = None;
                self.autosave.clear();
                Then::Nothing
            }
        }
    }

    /// The save dialog is asked for; `answer`, when it answers the unsaved-work question.
    fn ask_save(&mut self, answer: Option<Answer>) -> Then {
        self.save_report.ask = true;
        answer.map_or(Then::Nothing, Then::Unsaved)
    }

    /// The text selected in the reader becomes the quote of the figure being edited.
    fn quote_from_selection(&mut self) -> Then {
        let review = &mut *self.review;
        if let (Some(editor), Some(selection)) = (&mut review.editor, &review.selection)
            && let Some(draft) = selection.as_quote_of(self.report, &editor.draft)
        {
            editor.draft = draft;
            review.selection = None;
        }
        Then::Nothing
    }

    /// After an undo or a redo: what it touched.
    fn stepped(&mut self, touched: Option<Touched>) -> Then {
        let then = if touched == Some(Touched::Structure) {
            Then::Sections
        } else {
            Then::Figures
        };
        self.changed(touched.is_some(), then)
    }

    /// Sections merged or split (`None`: the step was not possible), as a step.
    fn restructure(&mut self, after: Option<Structure>) -> Then {
        let done = after.is_some_and(|after| self.review.history.restructure(self.report, after));
        self.changed(done, Then::Sections)
    }

    /// Saves the editor's draft as its figure, as a step that can be undone; the editor stays
    /// open while the draft breaks a rule (it says which).
    fn save_edit(&mut self) -> Then {
        let Some(editor) = &self.review.editor else {
            return Then::Nothing;
        };
        let Some(figure) = editor.to_save(self.report) else {
            return Then::Nothing;
        };
        let indicator = editor.indicator;
        self.review.editor = None;
        let done = self.review.history.edit(self.report, indicator, figure);
        self.changed(done, Then::Figures)
    }

    /// The text selected in the reader becomes a new figure, opened in the editor so that its
    /// label and kind can be set at once.
    fn add_selected(&mut self) -> Then {
        let review = &mut *self.review;
        let Some(figure) = review
            .selection
            .as_ref()
            .and_then(|s| s.picked(self.report))
        else {
            return Then::Nothing;
        };
        let indicator = review.history.add(self.report, figure);
        review.selection = None;
        let then = self.changed(true, Then::Figures);
        self.review.editor = Editor::open(self.report, indicator);
        then
    }

    /// A step was taken (`done`): the review is kept, and `then` is what follows.
    fn changed(&mut self, done: bool, then: Then) -> Then {
        if !done {
            return Then::Nothing;
        }
        // Kept after every step (a crash loses at most the one being taken); a review back
        // where it was saved needs no copy.
        if self.review.unsaved() {
            self.autosave.write(self.report);
            *self.recovery = None;
        } else {
            self.autosave.clear();
        }
        // An edit may leave the editor's figure gone (an addition undone).
        if self
            .review
            .editor
            .as_ref()
            .is_some_and(|e| e.indicator >= self.report.indicators.len())
        {
            self.review.editor = None;
        }
        then
    }
}

/// The charts the importer makes of the figures not rejected (a rejected figure leaves them,
/// and a chart of rejected figures only goes away).
#[must_use]
pub fn charts_of_kept(report: &Report) -> Vec<crate::report::Chart> {
    let kept = Report {
        format_version: report.format_version,
        meta: report.meta.clone(),
        chapters: Vec::new(),
        indicators: report
            .indicators
            .iter()
            .filter(|i| !i.rejected())
            .cloned()
            .collect(),
        charts: Vec::new(),
    };
    jiedu_import::make_charts(&kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Review, SectionRef};

    /// The review's parts, for one command on `report`.
    struct Parts {
        review: ReviewState,
        autosave: Autosave,
        recovery: Option<Report>,
        save_report: SaveDialog,
    }

    impl Parts {
        fn new() -> Self {
            Self {
                review: ReviewState::default(),
                autosave: Autosave::at(None),
                recovery: None,
                save_report: SaveDialog::default(),
            }
        }

        fn apply(&mut self, report: &mut Report, command: ReviewCommand) -> Then {
            Reviewing {
                report,
                review: &mut self.review,
                autosave: &mut self.autosave,
                recovery: &mut self.recovery,
                save_report: &mut self.save_report,
            }
            .apply(command)
        }
    }

    fn report() -> Report {
        Report::embedded().expect("the built-in report")
    }

    #[test]
    fn a_step_says_what_it_changed_and_a_step_not_taken_says_nothing() {
        let mut report = report();
        let mut parts = Parts::new();
        assert_eq!(parts.apply(&mut report, ReviewCommand::Undo), Then::Nothing);
        let set = ReviewCommand::SetReview(0, Review::Rejected);
        assert_eq!(parts.apply(&mut report, set), Then::Figures);
        assert!(report.indicators[0].rejected());
        assert!(parts.review.unsaved());
        assert_eq!(parts.apply(&mut report, ReviewCommand::Undo), Then::Figures);
        assert!(!report.indicators[0].rejected());
        // A merge changes the sections; the first section has none before it to merge into.
        let first = SectionRef {
            chapter: 0,
            section: 0,
        };
        assert_eq!(
            parts.apply(&mut report, ReviewCommand::MergeSection(first)),
            Then::Nothing
        );
        let chapter = report
            .chapters
            .iter()
            .position(|c| c.sections.len() > 1)
            .expect("a chapter of two sections");
        let second = SectionRef {
            chapter,
            section: 1,
        };
        assert_eq!(
            parts.apply(&mut report, ReviewCommand::MergeSection(second)),
            Then::Sections
        );
        assert_eq!(
            parts.apply(&mut report, ReviewCommand::Undo),
            Then::Sections
        );
    }

    #[test]
    fn the_answers_to_the_unsaved_question_are_handed_back() {
        let mut report = report();
        let mut parts = Parts::new();
        let set = ReviewCommand::SetReview(0, Review::Accepted);
        assert_eq!(parts.apply(&mut report, set), Then::Figures);
        assert_eq!(
            parts.apply(&mut report, ReviewCommand::SaveReviewThenGoOn),
            Then::Unsaved(Answer::SaveFirst)
        );
        assert!(parts.save_report.ask, "the save dialog is asked for");
        assert_eq!(
            parts.apply(&mut report, ReviewCommand::KeepReview),
            Then::Unsaved(Answer::Keep)
        );
        assert!(parts.review.unsaved(), "kept: still to be saved");
        assert_eq!(
            parts.apply(&mut report, ReviewCommand::DiscardReview),
            Then::Unsaved(Answer::Discard)
        );
        assert!(!parts.review.unsaved(), "dropped: nothing left to save");
        // Nothing left behind by the last session: nothing to restore.
        assert_eq!(
            parts.apply(&mut report, ReviewCommand::RestoreReview),
            Then::Nothing
        );
        parts.recovery = Some(self::report());
        assert!(matches!(
            parts.apply(&mut report, ReviewCommand::RestoreReview),
            Then::Restore(_)
        ));
        assert!(parts.recovery.is_none());
    }
}
