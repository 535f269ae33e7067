//! The comparison and the library written as CSV files: the targets compared (比较表), and the
//! whole library as one table of figures or of targets (导出数据集…, 导出目标表…; the same
//! tables as `jiedu dataset`, from `compare::dataset`). Each through a save dialog on its own
//! thread whose answer comes back as an event; the notice says where and how much, or why not.

use std::path::Path;

use crate::compare::apply::Comparing;
use crate::compare::dataset::{Read, Table, placed};
use crate::i18n::Strings;
use crate::i18n::fill::fill;
use crate::notice::{Notice, NoticeKind};
use crate::platform::dialog_answer::DialogAnswer;
use crate::storage::name::{default_folder, file_name_ext, saved_at, today};

impl Comparing<'_> {
    /// Shows the save dialog of the comparison's CSV when asked; its answer.
    #[must_use]
    pub fn poll_csv(self, (ctx, frame): (&egui::Context, &eframe::Frame)) -> Option<DialogAnswer> {
        let (s, folder) = (self.s, self.folder);
        let place = || (csv_name(s), default_folder(folder));
        self.comparison.csv.poll_csv(s, place, (ctx, frame))
    }

    /// Writes the comparison's CSV where the dialog chose (or, with no dialog, in the default
    /// folder); the notice says where, or why not.
    pub fn csv_closed(self, answer: DialogAnswer) {
        let s = self.s;
        let Some(path) = saved_at(answer, "csv", self.folder, || csv_name(s)) else {
            return;
        };
        let csv = self.comparison.csv(s.lang == crate::i18n::Lang::Zh);
        let text = format!("{}{csv}", crate::storage::csv::UTF8_BOM);
        let n = self.comparison.rows.len() + self.comparison.pairs.len();
        let (kind, text) = match crate::storage::write_atomically(&path, text.as_bytes()) {
            Ok(()) => (
                NoticeKind::Done(path.parent().map(Path::to_path_buf)),
                fill(s.saved_csv_n, &[("n", &n), ("path", &path.display())]),
            ),
            Err(e) => (
                NoticeKind::Failed,
                fill(s.csv_failed_n, &[("detail", &e.describe(s))]),
            ),
        };
        *self.notice = Some(Notice::new(kind, text));
    }

    /// Shows the dataset's save dialog when asked; its answer.
    #[must_use]
    pub fn poll_dataset(
        self,
        (ctx, frame): (&egui::Context, &eframe::Frame),
    ) -> Option<DialogAnswer> {
        let s = self.s;
        let (dialog, table) = &mut self.comparison.dataset;
        let table = *table;
        let folder = self.folder;
        let place = || (dataset_name(s, table), default_folder(folder));
        dialog.poll_csv(s, place, (ctx, frame))
    }

    /// Writes the table the user asked for where the dialog chose (with no dialog, under a
    /// new name in the default folder); the notice says where and how much, or why not.
    pub fn dataset_closed(mut self, answer: DialogAnswer) {
        let s = self.s;
        let table = self.comparison.dataset.1;
        let Some(path) = saved_at(answer, "csv", self.folder, || dataset_name(s, table)) else {
            return;
        };
        let (reads, unread) = self.library_reports();
        let figures: usize = reads.iter().map(|r| r.report.indicators.len()).sum();
        let csv = table.csv(&reads);
        let (kind, mut text) = match crate::storage::write_atomically(&path, csv.as_bytes()) {
            Ok(()) => (
                NoticeKind::Done(path.parent().map(Path::to_path_buf)),
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
        *self.notice = Some(Notice::new(kind, text));
    }

    /// Every report of the library, read from memory or its kept copy (named by the copy's
    /// file, as `jiedu dataset` of the library folder names them); the titles of those that
    /// do not open.
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

/// `<主要目标>-<date>.csv`.
fn csv_name(s: &Strings) -> String {
    file_name_ext(s.targets_heading, &today(), "csv")
}

/// `<报告库数据集|报告库主要目标>-<date>.csv`.
fn dataset_name(s: &Strings, table: Table) -> String {
    let stem = match table {
        Table::Figures => s.dataset_file_stem,
        Table::Targets => s.targets_file_stem,
    };
    file_name_ext(stem, &today(), "csv")
}
