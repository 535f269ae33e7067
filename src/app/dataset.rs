//! The library as one table, from the library window (导出数据集…, 导出目标表…): every report
//! of the library read from its kept copy and written as the figures table or the targets table
//! (`compare::dataset`), the same tables as `jiedu dataset`.

use super::JieduApp;
use crate::command::DialogAnswer;
use crate::compare::dataset::{Read, Table, placed};
use crate::export::{Notice, NoticeKind};
use crate::i18n::fill::fill;

impl JieduApp {
    /// Shows the dataset's save dialog when asked; its answer.
    pub(super) fn poll_dataset_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        let s = self.s();
        let table = self.comparison.dataset.1;
        // Only worked out when the dialog is about to open, not every frame.
        let setup = self.comparison.dataset.0.ask.then(|| {
            let folder = crate::export::default_folder(self.settings.export_folder.as_deref());
            (dataset_name(s, table), folder)
        });
        self.comparison.dataset.0.poll(ctx, || {
            crate::data_view::csv_file::csv_dialog(s, setup, frame)
        })
    }

    /// Writes the table the user asked for where the dialog chose (with no dialog, under a new
    /// name in the default folder); the notice says where and how much, or why not.
    pub(super) fn dataset_dialog_closed(&mut self, answer: DialogAnswer) {
        let s = self.s();
        let table = self.comparison.dataset.1;
        let path = match answer {
            DialogAnswer::Cancelled => return,
            DialogAnswer::Chosen(path) => path.with_extension("csv"),
            DialogAnswer::Unavailable => crate::export::unused(
                crate::export::default_folder(self.settings.export_folder.as_deref())
                    .join(dataset_name(s, table)),
            ),
        };
        let (reads, unread) = self.library_reports();
        let figures: usize = reads.iter().map(|r| r.report.indicators.len()).sum();
        let csv = table.csv(&reads);
        let (kind, mut text) = match crate::storage::write_atomically(&path, csv.as_bytes()) {
            Ok(()) => (
                NoticeKind::Done(path.parent().map(std::path::Path::to_path_buf)),
                fill(
                    s.dataset_saved_n,
                    &[
                        ("reports", &reads.len()),
                        ("figures", &figures),
                        ("path", &path.display()),
                    ],
                ),
            ),
            Err(e) => (
                NoticeKind::Failed,
                fill(s.csv_failed_n, &[("detail", &e.describe(s))]),
            ),
        };
        if !unread.is_empty() {
            text.push('\n');
            text.push_str(&fill(
                s.dataset_unread_n,
                &[("titles", &unread.join(s.list_separator))],
            ));
        }
        self.export.notice = Some(Notice::new(kind, text));
    }

    /// Every report of the library, read from memory or its kept copy (named by the copy's
    /// file, as `jiedu dataset` of the library folder names them); the titles of those that do
    /// not open.
    fn library_reports(&mut self) -> (Vec<Read>, Vec<String>) {
        let library = &mut self.comparison.library;
        let entries: Vec<(String, String)> = library
            .entries()
            .iter()
            .map(|e| (e.key.clone(), e.title.clone()))
            .collect();
        let (mut reads, mut unread) = (Vec::new(), Vec::new());
        for (key, title) in entries {
            match library.report(&key) {
                Ok(report) => reads.push(placed(format!("{key}.json"), (*report).clone())),
                Err(_) => unread.push(title),
            }
        }
        (reads, unread)
    }
}

/// `<报告库数据集|报告库主要目标>-<date>.csv`.
fn dataset_name(s: &crate::i18n::Strings, table: Table) -> String {
    let stem = match table {
        Table::Figures => s.dataset_file_stem,
        Table::Targets => s.targets_file_stem,
    };
    crate::export::file_name(stem, &crate::export::today()).replace(".png", ".csv")
}
