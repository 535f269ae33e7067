//! The library of reports and the comparison in the app: what joins the library, opening a
//! report from it, and what the comparison's commands ask of the rest of the app (the report
//! open, the export, the notices, the clipboard). The comparison's own state changes (ticks,
//! what is compared) are `Comparison`'s, in `compare/state`.

use super::JieduApp;
use crate::command::{LibraryCommand, ReaderCommand};
use crate::compare::library::BUILT_IN;
use crate::open::state::ReportOrigin;

impl JieduApp {
    /// A report just opened joins the library (the built-in one is always there).
    pub(super) fn join_library(&mut self) {
        let kept = self.comparison.library.add(&self.doc.report);
        self.library_kept(kept);
    }

    /// A library entry's level, region or title set by the user; a failed write is said.
    pub(super) fn edit_library_entry(&mut self, edit: LibraryCommand) {
        let library = &mut self.comparison.library;
        let kept = match edit {
            LibraryCommand::SetLevel(key, level) => library.set_level(&key, level),
            LibraryCommand::SetRegion(key, region) => library.set_region(&key, &region),
            LibraryCommand::SetTitle(key, title) => library.set_title(&key, &title),
            _ => return,
        };
        self.library_kept(kept);
    }

    pub(super) fn remove_from_library(&mut self, key: &str) {
        let kept = self.comparison.library.remove(key);
        self.library_kept(kept);
        self.comparison.untick(key, &self.doc.report);
    }

    /// Opens the library's report `key` (instantly: its copy is kept), at figure `figure`.
    pub(super) fn open_from_library(&mut self, key: &str, figure: Option<usize>) {
        match self.comparison.library.report(key) {
            Ok(report) => {
                let origin = if key == BUILT_IN {
                    ReportOrigin::BuiltIn
                } else {
                    ReportOrigin::Library(key.to_owned())
                };
                self.install((*report).clone(), origin, None);
                if let Some(indicator) = figure {
                    self.apply(crate::Command::Reader(ReaderCommand::ShowSource(indicator)));
                }
                self.comparison.open = false;
            }
            Err(e) => {
                log::warn!("library report {key}: {e}");
                self.opening.failure = Some(crate::open::state::OpenFailure {
                    path: key.into(),
                    message: format!("{}\n{e}", self.s().library_failed),
                    anyway: false,
                });
            }
        }
    }

    /// Shows the save dialog of the comparison's CSV when asked; its answer.
    pub(super) fn poll_compare_csv_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<crate::command::DialogAnswer> {
        let s = self.s();
        // Only worked out when the dialog is about to open, not every frame.
        let setup = self.comparison.csv.ask.then(|| {
            let folder = crate::export::default_folder(self.settings.export_folder.as_deref());
            (self.compare_csv_name(), folder)
        });
        self.comparison.csv.poll(ctx, || {
            crate::data_view::csv_file::csv_dialog(s, setup, frame)
        })
    }

    /// Writes the comparison's CSV where the dialog chose (or, with no dialog, in the default
    /// folder); the notice says where, or why not.
    pub(super) fn compare_csv_dialog_closed(&mut self, answer: crate::command::DialogAnswer) {
        use crate::command::DialogAnswer;
        let path = match answer {
            DialogAnswer::Cancelled => return,
            DialogAnswer::Chosen(path) => path.with_extension("csv"),
            // No dialog asked: a file already there keeps, the new one takes a new name.
            DialogAnswer::Unavailable => crate::export::unused(
                crate::export::default_folder(self.settings.export_folder.as_deref())
                    .join(self.compare_csv_name()),
            ),
        };
        let s = self.s();
        let text = format!(
            "{}{}",
            crate::storage::csv::UTF8_BOM,
            self.comparison
                .csv(self.settings.lang == crate::i18n::Lang::Zh)
        );
        let n = self.comparison.rows.len() + self.comparison.pairs.len();
        let (kind, text) = match crate::storage::write_atomically(&path, text.as_bytes()) {
            Ok(()) => (
                crate::export::NoticeKind::Done(path.parent().map(std::path::Path::to_path_buf)),
                crate::i18n::fill::fill(s.saved_csv_n, &[("n", &n), ("path", &path.display())]),
            ),
            Err(e) => (
                crate::export::NoticeKind::Failed,
                crate::i18n::fill::fill(s.csv_failed_n, &[("detail", &e.describe(s))]),
            ),
        };
        self.export.notice = Some(crate::export::Notice::new(kind, text));
    }

    fn compare_csv_name(&self) -> String {
        let png = crate::export::file_name(self.s().targets_heading, &crate::export::today());
        std::path::PathBuf::from(png)
            .with_extension("csv")
            .to_string_lossy()
            .into_owned()
    }

    pub(super) fn copy_compare_csv(&mut self) {
        let n = self.comparison.rows.len();
        self.pending_copy = Some(
            self.comparison
                .csv(self.settings.lang == crate::i18n::Lang::Zh),
        );
        self.export.notice = Some(crate::export::Notice::new(
            crate::export::NoticeKind::Done(None),
            crate::i18n::fill::fill(self.s().copied_csv_n, &[("n", &n)]),
        ));
    }
}

impl JieduApp {
    /// Applies a command of library.
    pub(super) fn apply_library(&mut self, command: LibraryCommand) {
        match command {
            LibraryCommand::ShowLibrary(open) => self.comparison.open = open,
            LibraryCommand::ToggleCompared(key) => {
                self.comparison.toggle(key, &self.doc.report);
            }
            LibraryCommand::Shelve(asked) => self.comparison.shelf = asked,
            LibraryCommand::TickShown => self.comparison.tick_shown(&self.doc.report),
            LibraryCommand::UntickAll => self.comparison.untick_all(&self.doc.report),
            LibraryCommand::RemoveFromLibrary(key) => self.remove_from_library(&key),
            LibraryCommand::OpenFromLibrary(key, figure) => self.open_from_library(&key, figure),
            LibraryCommand::ExportComparison(target) => self.export.start_comparison(target),
            LibraryCommand::ShowTimeline(key) => {
                self.comparison.show_timeline(key, &self.doc.report);
            }
            LibraryCommand::ExportTimeline(target) => self.export.start_timeline(target),
            LibraryCommand::CopyCompareCsv => self.copy_compare_csv(),
            LibraryCommand::SaveCompareCsv => self.comparison.csv.ask = true,
            LibraryCommand::SaveDataset(table) => {
                self.comparison.dataset.0.ask = true;
                self.comparison.dataset.1 = table;
            }
            LibraryCommand::SetLevel(..)
            | LibraryCommand::SetRegion(..)
            | LibraryCommand::SetTitle(..) => {
                self.edit_library_entry(command);
            }
        }
    }
}
