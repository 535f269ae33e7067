//! Opening another report: a file named on the command line, dropped on the window, chosen in
//! the open dialog or in the recent list, or the built-in one. A file that does not open
//! leaves everything as it was and explains why.

use std::path::PathBuf;

use super::{Doc, JieduApp};
use crate::command::{Command, DialogAnswer};
use crate::open::state::{OpenFailure, ReportOrigin};
use crate::platform::file_dialog::PendingDialog;
use crate::report::{Report, open_file};

impl JieduApp {
    /// Opens the report at `path`; on failure keeps the open report and records why.
    pub fn open_path(&mut self, path: PathBuf) {
        match open_file(&path) {
            Ok(report) => {
                self.settings.remember_recent(path.clone());
                self.install(report, ReportOrigin::File(path), None);
            }
            Err(e) => {
                log::warn!("could not open {}: {e}", path.display());
                self.opening.failure = Some(OpenFailure {
                    path,
                    message: self.s().open_error(&e),
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
        self.opening.origin = origin;
        self.opening.title_changed = true;
    }

    /// Shows the open dialog when asked; its answer, once there is one, as a command.
    pub(super) fn poll_open_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<Command> {
        let s = self.s();
        if std::mem::take(&mut self.opening.ask) && self.opening.dialog.is_none() {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(s.open_dialog_title)
                .add_filter(s.report_filter, &["json"])
                .set_parent(frame);
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
        Some(Command::OpenDialogClosed(answer))
    }

    /// The open dialog was closed: open what it chose, or say that none could be shown.
    pub(super) fn open_dialog_closed(&mut self, answer: DialogAnswer) {
        self.opening.dialog = None;
        match answer {
            DialogAnswer::Chosen(path) => self.open_path(path),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                self.opening.failure = Some(OpenFailure {
                    path: PathBuf::new(),
                    message: self.s().no_open_dialog.to_owned(),
                });
            }
        }
    }
}
