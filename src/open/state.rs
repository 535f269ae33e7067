//! Which report is open and where it came from, the open dialog while it is up, and the
//! message of the last file that could not be opened (shown until dismissed; the report that
//! was open stays open).

use std::path::PathBuf;

use crate::open::import_job::ImportJob;
use crate::open::imported::{ImportSource, ImportedText};
use crate::platform::file_dialog::PendingDialog;

/// Where the open report came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ReportOrigin {
    /// The report embedded in the binary.
    #[default]
    BuiltIn,
    /// A file the user opened.
    File(PathBuf),
    /// A plain text the importer made into a report.
    Imported(ImportSource),
    /// A review left unsaved by the last session, taken back from its autosave.
    Recovered,
    /// The copy of a report kept in the library (its key).
    Library(String),
}

/// A file that could not be opened, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenFailure {
    /// The file, as the user named it.
    pub path: PathBuf,
    /// Every problem, one per line (the same text `jiedu check` prints).
    pub message: String,
    /// Its only problems are in its figures: it can open anyway, with those figures marked.
    pub anyway: bool,
}

/// The dialog that picks a folder of reports to import: asked for, then up until it answers.
#[derive(Default)]
pub struct FolderDialog {
    /// Show it next frame.
    pub ask: bool,
    /// The dialog, while it is up.
    pub pending: Option<PendingDialog>,
}

/// Opening reports.
#[derive(Default)]
pub struct OpenState {
    /// Where the open report came from.
    pub origin: ReportOrigin,
    /// The last failure, until dismissed.
    pub failure: Option<OpenFailure>,
    /// Show the open dialog next frame.
    pub ask: bool,
    /// Show the open dialog for a plain text next frame.
    pub ask_text: bool,
    /// The import running, if one is.
    pub import: Option<ImportJob>,
    /// The text behind the open report, when it was imported.
    pub imported: Option<ImportedText>,
    /// The open dialog, while it is up.
    pub dialog: Option<PendingDialog>,
    /// The dialog that picks a folder to import.
    pub folder_dialog: FolderDialog,
    /// The folder import running, if one is.
    pub folder: Option<crate::open::folder_job::FolderJob>,
    /// Tests: answer the open dialog with this path instead of showing one.
    #[cfg(feature = "testing")]
    pub dialog_answer: Option<PathBuf>,
    /// The window title must follow a newly opened report.
    pub title_changed: bool,
}
