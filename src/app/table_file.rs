//! The data table out of the app: tab-separated text on the clipboard, and a CSV file through
//! a save dialog on its own thread whose answer comes back as a command. The file is written
//! whole or not at all (atomically), with a UTF-8 byte order mark for Excel.

use std::path::{Path, PathBuf};

use super::JieduApp;
use crate::command::DialogAnswer;
use crate::command::TableCommand;
use crate::data_view::table_text::{to_csv, to_tsv};
use crate::i18n::fill::fill;
use crate::storage::csv::UTF8_BOM;

impl JieduApp {
    /// The rows shown, tab-separated, to the clipboard at the end of the frame.
    pub(super) fn copy_table(&mut self) {
        let rows = &self.doc.data_view.rows;
        self.pending_copy = Some(to_tsv(&self.doc.report, rows, self.s()));
        self.doc.data_view.notice = Some(self.s().copied_rows(rows.len()));
    }

    /// Shows the CSV save dialog when asked; its answer, once there is one.
    pub(super) fn poll_csv_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        let s = self.s();
        // Only worked out when the dialog is about to open, not every frame.
        let setup = self.csv.ask.then(|| {
            let folder = crate::export::default_folder(self.settings.export_folder.as_deref());
            (self.csv_file_name(), folder)
        });
        self.csv.poll(ctx, || csv_dialog(s, setup, frame))
    }

    /// The save dialog was closed: write the file it chose (with `.csv`), or, when no dialog
    /// could be shown, into the default folder; the notice says where, or why not.
    pub(super) fn csv_dialog_closed(&mut self, answer: DialogAnswer) {
        let path = match answer {
            DialogAnswer::Cancelled => return,
            DialogAnswer::Chosen(path) => path.with_extension("csv"),
            // No dialog asked: a file already there keeps, the new one takes a new name.
            DialogAnswer::Unavailable => crate::export::unused(
                crate::export::default_folder(self.settings.export_folder.as_deref())
                    .join(self.csv_file_name()),
            ),
        };
        self.save_csv(&path);
    }

    fn save_csv(&mut self, path: &Path) {
        let s = self.s();
        let rows = &self.doc.data_view.rows;
        let text = format!("{UTF8_BOM}{}", to_csv(&self.doc.report, rows, s));
        self.doc.data_view.notice = Some(
            match crate::storage::write_atomically(path, text.as_bytes()) {
                Ok(()) => fill(
                    s.saved_csv_n,
                    &[("n", &rows.len()), ("path", &path.display())],
                ),
                Err(e) => fill(s.csv_failed_n, &[("detail", &e.describe(s))]),
            },
        );
    }

    /// `<report title>-<date>.csv`, cleaned for every file system.
    fn csv_file_name(&self) -> String {
        let png = crate::export::file_name(&self.doc.report.meta.title, &crate::export::today());
        PathBuf::from(png)
            .with_extension("csv")
            .to_string_lossy()
            .into_owned()
    }
}

/// The save dialog of a CSV file, proposing `name` in `folder` (`setup`).
pub(super) fn csv_dialog(
    s: &crate::i18n::Strings,
    setup: Option<(String, PathBuf)>,
    frame: &eframe::Frame,
) -> rfd::AsyncFileDialog {
    let (name, folder) = setup.unwrap_or_default();
    rfd::AsyncFileDialog::new()
        .set_title(s.csv_dialog_title)
        .add_filter(s.csv_filter, &["csv"])
        .set_file_name(name)
        .set_directory(folder)
        .set_parent(frame)
}

impl JieduApp {
    /// Applies a command of table.
    pub(super) fn apply_table(&mut self, command: TableCommand) {
        match command {
            TableCommand::SetSideTab(tab) => self.side_tab = tab,
            TableCommand::ToggleWideTable => self.wide_table = !self.wide_table,
            TableCommand::FocusRow(row) => {
                self.doc.data_view.focus_row = row.filter(|&r| r < self.doc.data_view.rows.len());
            }
            TableCommand::SetTableQuery(query) => {
                self.doc.data_view.set_query(&self.doc.report, query);
            }
            TableCommand::ToggleRow(indicator) => {
                if !self.doc.data_view.ticked.remove(&indicator) {
                    self.doc.data_view.ticked.insert(indicator);
                }
            }
            TableCommand::CopyTable => self.copy_table(),
            TableCommand::SaveCsv => self.csv.ask = true,
            TableCommand::ChartTicked => self.chart_ticked(),
        }
    }
}
