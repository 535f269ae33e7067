//! What happened, as opposed to what the user asked for ([`crate::Command`]): a file dialog
//! closed on its own thread, an import or an export finished, the autosave failed. The app
//! collects events between frames and applies them before the frame's commands
//! (`JieduApp::happened`); a panel never makes one.

use std::path::PathBuf;

use crate::open::imported::ImportOutcome;
use crate::platform::dialog_answer::DialogAnswer;

/// Something that happened off the frame's panels.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A file dialog (on its own thread) was closed: which one, and how.
    DialogClosed(Dialog, DialogAnswer),
    /// An import (on its own thread) is done.
    ImportFinished(Box<ImportOutcome>),
    /// The review's autosave could not be written (why, in the interface language).
    AutosaveFailed(String),
    /// An export wrote a file into this folder: offer it first next time.
    ExportWroteInto(PathBuf),
    /// The folder import (on its own thread) got on: a text imported or not, or all done.
    FolderImport(crate::open::imported::FolderStep),
}

/// The file dialogs whose answers come back as events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// Open a report or a text.
    Open,
    /// Save the data table as CSV.
    Csv,
    /// Save the comparison as CSV.
    CompareCsv,
    /// Save the library as one table.
    Dataset,
    /// Save the report with its review.
    SaveReport,
    /// Pick a folder of reports to import.
    ImportFolder,
}
