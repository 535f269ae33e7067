//! The data table out of the app: tab-separated text on the clipboard, and a CSV file through
//! a save dialog on its own thread whose answer comes back as a command. The file is written
//! whole or not at all (atomically), with a UTF-8 byte order mark for Excel.

use std::path::{Path, PathBuf};

use super::JieduApp;
use crate::command::{Command, DialogAnswer};
use crate::data_view::table_text::{UTF8_BOM, to_csv, to_tsv};
use crate::i18n::fill::fill;
use crate::platform::file_dialog::PendingDialog;

impl JieduApp {
    /// The rows shown, tab-separated, to the clipboard at the end of the frame.
    pub(super) fn copy_table(&mut self) {
        let rows = &self.doc.data_view.rows;
        self.pending_copy = Some(to_tsv(&self.doc.report, rows, self.s()));
        self.doc.data_view.notice = Some(self.s().copied_rows(rows.len()));
    }

    /// Shows the CSV save dialog when asked; its answer, once there is one, as a command.
    pub(super) fn poll_csv_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<Command> {
        if std::mem::take(&mut self.csv.ask) && self.csv.dialog.is_none() {
            let s = self.s();
            let dialog = rfd::AsyncFileDialog::new()
                .set_title(s.csv_dialog_title)
                .add_filter(s.csv_filter, &["csv"])
                .set_file_name(self.csv_file_name())
                .set_directory(crate::export::default_folder(
                    self.settings.export_folder.as_deref(),
                ))
                .set_parent(frame);
            let preset = self.csv.preset();
            self.csv.dialog = Some(PendingDialog::spawn(ctx, preset, move || {
                crate::platform::file_dialog::block_on(dialog.save_file())
            }));
        }
        let answer = self.csv.dialog.as_ref()?.poll()?;
        Some(Command::CsvDialogClosed(answer))
    }

    /// The save dialog was closed: write the file it chose (with `.csv`), or, when no dialog
    /// could be shown, into the default folder; the notice says where, or why not.
    pub(super) fn csv_dialog_closed(&mut self, answer: DialogAnswer) {
        self.csv.dialog = None;
        let path = match answer {
            DialogAnswer::Cancelled => return,
            DialogAnswer::Chosen(path) => path.with_extension("csv"),
            DialogAnswer::Unavailable => {
                crate::export::default_folder(self.settings.export_folder.as_deref())
                    .join(self.csv_file_name())
            }
        };
        self.save_csv(&path);
    }

    fn save_csv(&mut self, path: &Path) {
        let s = self.s();
        let rows = &self.doc.data_view.rows;
        let text = format!("{UTF8_BOM}{}", to_csv(&self.doc.report, rows, s));
        self.doc.data_view.notice = Some(
            match crate::export::write_atomically(path, text.as_bytes()) {
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
