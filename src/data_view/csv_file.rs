//! The data table as a CSV file, through a save dialog on its own thread whose answer comes
//! back as an event. The file is written whole or not at all (atomically), with a UTF-8 byte
//! order mark for Excel.

use std::path::Path;

use crate::data_view::state::DataViewState;
use crate::data_view::table_text::to_csv;
use crate::i18n::Strings;
use crate::i18n::fill::fill;
use crate::platform::dialog_answer::DialogAnswer;
use crate::platform::file_dialog::SaveDialog;
use crate::report::Report;
use crate::storage::csv::UTF8_BOM;
use crate::storage::name::{default_folder, file_name_ext, saved_at, today};

/// What saving the table as a CSV file reads and changes.
pub struct CsvFile<'a> {
    /// The report whose figures are the rows.
    pub report: &'a Report,
    /// The table: its rows shown are written; its notice says where, or why not.
    pub table: &'a mut DataViewState,
    /// The save dialog.
    pub dialog: &'a mut SaveDialog,
    /// The folder the user exported into last, where the dialog opens.
    pub folder: Option<&'a Path>,
    /// The words of the interface.
    pub s: &'static Strings,
}

impl CsvFile<'_> {
    /// Shows the save dialog when asked; its answer, once there is one.
    #[must_use]
    pub fn poll(self, ctx: &egui::Context, frame: &eframe::Frame) -> Option<DialogAnswer> {
        let (report, folder) = (self.report, self.folder);
        let place = || (file_name(report), default_folder(folder));
        self.dialog.poll_csv(self.s, place, (ctx, frame))
    }

    /// The save dialog was closed: write the file it chose (with `.csv`), or, when no dialog
    /// could be shown, into the default folder; the notice says where, or why not.
    pub fn closed(self, answer: DialogAnswer) {
        let report = self.report;
        if let Some(path) = saved_at(answer, "csv", self.folder, || file_name(report)) {
            self.save(&path);
        }
    }

    fn save(self, path: &Path) {
        let s = self.s;
        let rows = &self.table.rows;
        let text = format!("{UTF8_BOM}{}", to_csv(self.report, rows, s));
        self.table.notice = Some(
            match crate::storage::write_atomically(path, text.as_bytes()) {
                Ok(()) => fill(
                    s.saved_csv_n,
                    &[("n", &rows.len()), ("path", &path.display())],
                ),
                Err(e) => fill(s.csv_failed_n, &[("detail", &e.describe(s))]),
            },
        );
    }
}

/// `<report title>-<date>.csv`, cleaned for every file system.
fn file_name(report: &Report) -> String {
    file_name_ext(&report.meta.title, &today(), "csv")
}
