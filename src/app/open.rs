//! Opening another report: a file named on the command line, dropped on the window, chosen in
//! the open dialog or in the recent list, or the built-in one. A file that does not open
//! leaves everything as it was and explains why.

use std::path::PathBuf;

use super::{Doc, JieduApp};
use crate::command::{Command, DialogAnswer, OpenCommand};
use crate::i18n::fill::fill;
use crate::open::imported::{ImportSource, is_text};
use crate::open::state::{OpenFailure, ReportOrigin};
use crate::platform::file_dialog::PendingDialog;
use crate::report::{LoadError, OpenError, Report, only_figures, open_anyway, open_file};

/// Extensions of a report file and of a plain text, for the open dialog.
const JSON: &[&str] = &["json"];
const TEXT: &[&str] = crate::open::imported::IMPORTED_EXTENSIONS;

impl JieduApp {
    /// Opens the report at `path` (a plain text is imported); on failure keeps the open report
    /// and records why.
    pub fn open_path(&mut self, path: PathBuf) {
        if is_text(&path) {
            self.start_import(ImportSource::File(path), None, None);
            return;
        }
        match open_file(&path) {
            Ok(report) => {
                self.settings.remember_recent(path.clone());
                self.install(report, ReportOrigin::File(path), None);
            }
            Err(e) => {
                log::warn!("could not open {}: {e}", path.display());
                let anyway = matches!(
                    &e,
                    OpenError::Load(LoadError::Invalid(problems)) if only_figures(problems)
                );
                self.opening.failure = Some(OpenFailure {
                    path,
                    message: self.s().open_error(&e),
                    anyway,
                });
            }
        }
    }

    /// Opens the report that failed, its broken figures marked for review and out of charts
    /// (offered only when its problems are all in its figures).
    pub(super) fn open_anyway(&mut self) {
        let Some(failure) = self.opening.failure.take() else {
            return;
        };
        let s = self.s();
        let opened = std::fs::read(&failure.path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                let bytes = bytes
                    .strip_prefix(b"\xEF\xBB\xBF")
                    .unwrap_or(&bytes)
                    .to_vec();
                String::from_utf8(bytes).map_err(|e| e.to_string())
            })
            .and_then(|text| open_anyway(&text).map_err(|e| s.load_error(&e)));
        match opened {
            Ok((report, marked)) => {
                self.settings.remember_recent(failure.path.clone());
                self.install(report, ReportOrigin::File(failure.path), None);
                self.export.notice = Some(crate::export::Notice::new(
                    crate::export::NoticeKind::Done(None),
                    fill(s.opened_anyway_n, &[("n", &marked)]),
                ));
            }
            Err(message) => {
                self.opening.failure = Some(OpenFailure {
                    message,
                    anyway: false,
                    ..failure
                });
            }
        }
    }

    /// Back to the report built into the binary.
    pub(super) fn open_built_in(&mut self) {
        let s = self.s();
        let report = Report::embedded()
            .unwrap_or_else(|e| Report::placeholder(s.load_failed, &s.load_error(&e)));
        self.install(report, ReportOrigin::BuiltIn, None);
    }

    /// Makes `report` the open one: the per-report state is built anew, so nothing of the old
    /// report stays.
    pub(super) fn install(&mut self, report: Report, origin: ReportOrigin, section: Option<&str>) {
        self.doc = Doc::new(report, section, self.settings.chart_sort);
        if !matches!(origin, ReportOrigin::Imported(_)) {
            self.opening.imported = None;
        }
        let joins = !matches!(origin, ReportOrigin::BuiltIn | ReportOrigin::Library(_));
        self.opening.origin = origin;
        self.opening.title_changed = true;
        if joins {
            self.join_library();
        }
    }

    /// For the tests of the review's mechanics, which do not depend on which figures the
    /// importer doubts: the open report anew (from the same origin), every figure waiting for a
    /// person, as if the importer had doubted them all.
    #[cfg(feature = "testing")]
    pub fn every_figure_waits(&mut self) {
        let mut report = self.doc.report.clone();
        for ind in &mut report.indicators {
            ind.review = Some(crate::report::Review::Unreviewed);
            ind.doubt = Some("测试：每个数字都待确认".to_owned());
        }
        self.doc = Doc::new(report, None, self.settings.chart_sort);
    }

    /// Shows the open dialog when asked; its answer, once there is one.
    pub(super) fn poll_open_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        let s = self.s();
        let text = std::mem::take(&mut self.opening.ask_text);
        let report = std::mem::take(&mut self.opening.ask);
        if (text || report) && self.opening.dialog.is_none() {
            // Either dialog opens both kinds; the one asked for comes first.
            let (title, filters) = if text {
                (
                    s.import_dialog_title,
                    [(s.text_filter, TEXT), (s.report_filter, JSON)],
                )
            } else {
                (
                    s.open_dialog_title,
                    [(s.report_filter, JSON), (s.text_filter, TEXT)],
                )
            };
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(title)
                .set_parent(frame);
            for (name, extensions) in filters {
                dialog = dialog.add_filter(name, extensions);
            }
            if let Some(dir) = self.settings.recent_files.first().and_then(|p| p.parent()) {
                dialog = dialog.set_directory(dir);
            }
            #[cfg(feature = "testing")]
            let preset = self.opening.dialog_answer.clone();
            #[cfg(not(feature = "testing"))]
            let preset = None;
            self.opening.dialog = Some(PendingDialog::spawn(ctx, preset, move || {
                crate::platform::file_dialog::block_on(dialog.pick_file())
            }));
        }
        let answer = self.opening.dialog.as_ref()?.poll()?;
        // Answered once: the dialog is done, even if the answer is held back for a question.
        self.opening.dialog = None;
        Some(answer)
    }

    /// The open dialog was closed: open what it chose, or say that none could be shown.
    pub(super) fn open_dialog_closed(&mut self, answer: DialogAnswer) {
        match answer {
            // Opening a file is what the user asked for: the unsaved-work question may hold it.
            DialogAnswer::Chosen(path) => self.apply(Command::Open(OpenCommand::OpenFile(path))),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                self.opening.failure = Some(OpenFailure {
                    path: PathBuf::new(),
                    message: self.s().no_open_dialog.to_owned(),
                    anyway: false,
                });
            }
        }
    }
}

impl JieduApp {
    /// Applies a command of open.
    pub(super) fn apply_open(&mut self, command: OpenCommand) {
        match command {
            OpenCommand::OpenFile(path) => self.open_path(path),
            OpenCommand::AskOpenFile => self.opening.ask = true,
            OpenCommand::OpenBuiltIn => self.open_built_in(),
            OpenCommand::DismissOpenError => self.opening.failure = None,
            OpenCommand::OpenAnyway => self.open_anyway(),
            OpenCommand::AskImportText => self.opening.ask_text = true,
            OpenCommand::ImportPasted(text) => self.import_pasted(text),
            OpenCommand::ReimportAs(encoding) => self.reimport_as(encoding),
            OpenCommand::AskImportFolder => self.opening.folder_dialog.ask = true,
            OpenCommand::ImportFolder(folder) => self.import_folder(folder),
            OpenCommand::CancelFolderImport => {
                if let Some(job) = &self.opening.folder {
                    job.cancel();
                }
            }
        }
    }
}
