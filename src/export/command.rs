//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

use std::path::PathBuf;

/// Chart images: exporting the chart shown, every chart or the comparison, and the options.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum ExportCommand {
    /// Export the chart shown as an image.
    Export(crate::settings::export_options::Target),
    /// Export every chart into this folder, or one the user picks.
    ExportAll(Option<PathBuf>),
    /// Pixels per point of exported images.
    SetExportScale(crate::settings::export_options::ExportScale),
    /// Layout size of exported images.
    SetExportSize(crate::settings::export_options::ExportSize),
    /// PNG or SVG.
    SetExportFormat(crate::settings::export_options::ExportFormat),
    /// Open a folder in the file manager (after an export).
    OpenFolder(PathBuf),
    /// Close the export notice.
    DismissNotice,
}
