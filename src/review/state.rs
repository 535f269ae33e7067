//! The review of the open report: its steps (for undo and redo), how many were taken when it
//! was last saved, the figure in the editor and the text selected. Built with the report, so
//! nothing of one report's review reaches the next. No egui here.

use crate::review::edit::{Editor, TextSelection};
use crate::review::history::History;

/// The review of the open report.
#[derive(Default)]
pub struct ReviewState {
    /// Review steps, for undo and redo.
    pub history: History,
    /// How many review steps were done when the report was last saved (or opened).
    pub saved_steps: usize,
    /// Taken back from an autosave: unsaved although no step was taken here.
    pub recovered: bool,
    /// The figure open in the editor.
    pub editor: Option<Editor>,
    /// The run of text selected in the reader (under review).
    pub selection: Option<TextSelection>,
}

impl ReviewState {
    /// Whether review steps were taken since the report was opened or saved.
    #[must_use]
    pub fn unsaved(&self) -> bool {
        self.history.steps() != self.saved_steps || self.recovered
    }

    /// The review as it is now is the one kept (saved, or its loss accepted).
    pub fn kept(&mut self) {
        self.saved_steps = self.history.steps();
        self.recovered = false;
    }
}
