//! The report saved with its review as a file: the save dialog (on its own thread, its answer
//! an event) and the file written whole or not at all. What a saved report changes elsewhere
//! (where the report comes from, the library, what waited for the save, the notice) is the
//! app's.

use std::path::{Path, PathBuf};

use crate::i18n::Strings;
use crate::platform::dialog_answer::DialogAnswer;
use crate::platform::file_dialog::SaveDialog;
use crate::report::Report;

/// Shows the save dialog of `report` when asked; its answer, once there is one.
#[must_use]
pub fn poll(
    dialog: &mut SaveDialog,
    report: &Report,
    s: &'static Strings,
    (ctx, frame): (&egui::Context, &eframe::Frame),
) -> Option<DialogAnswer> {
    // The dialog is made, and the name worked out, only when it is about to open.
    dialog.poll(ctx, || {
        rfd::AsyncFileDialog::new()
            .set_title(s.save_report_title)
            .add_filter(s.report_filter, &["json"])
            .set_file_name(file_name(report))
            .set_parent(frame)
    })
}

/// Where the dialog's answer says the report goes (with `.json`; see
/// [`crate::storage::name::saved_at`]). `None`: the dialog was cancelled.
#[must_use]
pub fn chosen(answer: DialogAnswer, report: &Report, last: Option<&Path>) -> Option<PathBuf> {
    crate::storage::name::saved_at(answer, "json", last, || file_name(report))
}

/// Writes `report` to `path` atomically.
///
/// # Errors
/// Why it could not be written, in the words of `s`.
pub fn write(report: &Report, path: &Path, s: &Strings) -> Result<(), String> {
    serde_json::to_vec_pretty(report)
        .map_err(|e| e.to_string())
        .and_then(|json| crate::storage::write_atomically(path, &json).map_err(|e| e.describe(s)))
}

/// `<report title>-<date>.json`, cleaned for every file system.
fn file_name(report: &Report) -> String {
    crate::storage::name::file_name_ext(&report.meta.title, &crate::storage::name::today(), "json")
}
