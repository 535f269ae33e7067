//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

use std::path::PathBuf;

/// Opening a report or importing a text.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum OpenCommand {
    /// Open this report file (the open report stays if it cannot be opened).
    OpenFile(PathBuf),
    /// Show the open dialog.
    AskOpenFile,
    /// Back to the report built into the app.
    OpenBuiltIn,
    /// Close the message about a file that could not be opened.
    DismissOpenError,
    /// Open the file that failed anyway (its only problems are in its figures).
    OpenAnyway,
    /// Show the open dialog for a report's plain text.
    AskImportText,
    /// Import this pasted text.
    ImportPasted(String),
    /// Read the imported text again in this encoding.
    ReimportAs(jiedu_import::TextEncoding),
    /// Show the dialog that picks a folder of reports to import into the library.
    AskImportFolder,
    /// Import every text and page of this folder into the library.
    ImportFolder(PathBuf),
    /// Stop the folder import after the text being read.
    CancelFolderImport,
}

/// Any command type the import's panels can push into: one that holds the import's own and the data table's (the figures that wait). The app's root
/// `Command` is one; so the feature names no type above it.
pub trait OpenAsks: From<OpenCommand> + From<crate::data_view::command::TableCommand> {}

impl<C: From<OpenCommand> + From<crate::data_view::command::TableCommand>> OpenAsks for C {}
