//! How a file dialog was closed: plain data, so that the commands that carry an answer need
//! nothing of the dialogs themselves.

use std::path::PathBuf;

/// How a file dialog shown on its own thread was closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The user chose this path.
    Chosen(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could be shown (e.g. no desktop portal and no zenity on Linux).
    Unavailable,
}
