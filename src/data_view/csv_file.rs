//! The data table as a CSV file, through a save dialog on its own thread whose answer comes
//! back as an event. The file is written whole or not at all (atomically), with a UTF-8 byte
//! order mark for Excel.

use std::path::{Path, PathBuf};

use crate::data_view::state::DataViewState;
use crate::data_view::table_text::to_csv;
use crate::i18n::Strings;
use crate::i18n::fill::fill;
use crate::platform::dialog_answer::DialogAnswer;
use crate::platform::file_dialog::SaveDialog;
use crate::report::Report;
use crate::storage::csv::UTF8_BOM;

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
        // Only worked out when the dialog is about to open, not every frame.
        let setup = self.dialog.ask.then(|| {
            let folder = crate::storage::name::default_folder(self.folder);
            (file_name(self.report), folder)
        });
        let s = self.s;
        self.dialog.poll(ctx, || {
            crate::platform::file_dialog::csv_dialog(s, setup, frame)
        })
    }

    /// The save dialog was closed: write the file it chose (with `.csv`), or, when no dialog
    /// could be shown, into the default folder; the notice says where, or why not.
    pub fn closed(self, answer: DialogAnswer) {
        let path = match answer {
            DialogAnswer::Cancelled => return,
            DialogAnswer::Chosen(path) => path.with_extension("csv"),
            // No dialog asked: a file already there keeps, the new one takes a new name.
            DialogAnswer::Unavailable => crate::storage::name::unused(
                crate::storage::name::default_folder(self.folder).join(file_name(self.report)),
            ),
        };
        self.save(&path);
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
    let png = crate::storage::name::file_name(&report.meta.title, &crate::storage::name::today());
    PathBuf::from(png)
        .with_extension("csv")
        .to_string_lossy()
        .into_owned()
}
