//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

/// Reviewing an import: the state of each figure, the editor, the structure, undo, saving.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum ReviewCommand {
    /// Set the review state of figure `n`.
    SetReview(usize, crate::report::Review),
    /// Every figure shown that waits for a person set to this state, as one undoable step.
    SetReviewAll(Vec<usize>, crate::report::Review),
    /// Open figure `n` in the editor.
    EditFigure(usize),
    /// The editor's draft changed.
    SetDraft(Box<crate::report::Indicator>),
    /// Save the editor's draft as the figure (when it breaks no rule).
    SaveEdit,
    /// Close the editor without saving.
    CloseEditor,
    /// A run of text selected in the reader (none: the selection was cleared).
    SelectText(Option<crate::review::edit::TextSelection>),
    /// Make the selected text the quote of the figure in the editor.
    QuoteFromSelection,
    /// Add the selected text as a figure the import missed, and open it in the editor.
    AddSelected,
    /// Merge this section into the one before it (the importer split the text wrongly).
    MergeSection(crate::report::SectionRef),
    /// Make paragraph `n` of this section the heading of a new section.
    SplitSection(crate::report::SectionRef, usize),
    /// Undo the last review step.
    Undo,
    /// Redo the last review step undone.
    Redo,
    /// Save the open report as a report file the user picks.
    AskSaveReport,
    /// Drop the review work not saved and do what was held back.
    DiscardReview,
    /// Keep the review work: what was held back is not done.
    KeepReview,
    /// Save the review work first, then do what was held back (once it is saved).
    SaveReviewThenGoOn,
    /// Open the review the last session left unsaved.
    RestoreReview,
    /// Forget the review the last session left unsaved.
    DropRecovery,
}
