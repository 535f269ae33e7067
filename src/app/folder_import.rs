//! What the app does for a folder import: the folder dialog, the job on its own thread, each
//! report it made put in the library as it comes (counted in the job), and at the end a notice
//! that says how many joined and which texts did not import (why, in the log); the library
//! window opens on them.

use std::path::PathBuf;

use super::JieduApp;
use crate::export::{Notice, NoticeKind};
use crate::i18n::fill::fill;
use crate::open::folder_job::FolderJob;
use crate::open::imported::FolderStep;
use crate::platform::dialog_answer::DialogAnswer;
use crate::platform::file_dialog::PendingDialog;

impl JieduApp {
    /// Starts importing the texts of `folder` (not while one runs).
    pub(super) fn import_folder(&mut self, folder: PathBuf) {
        if self.opening.folder.is_none() {
            let before = self.comparison.library.entries().len();
            self.opening.folder = Some(FolderJob::spawn(&self.ctx, folder, before));
        }
    }

    /// Shows the folder dialog when asked; its answer, once there is one.
    pub(super) fn poll_folder_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        let asked = std::mem::take(&mut self.opening.folder_dialog.ask);
        if asked && self.opening.folder_dialog.pending.is_none() {
            let dialog = rfd::AsyncFileDialog::new()
                .set_title(self.s().import_folder_title)
                .set_parent(frame);
            #[cfg(feature = "testing")]
            let preset = self.opening.dialog_answer.clone();
            #[cfg(not(feature = "testing"))]
            let preset = None;
            self.opening.folder_dialog.pending =
                Some(PendingDialog::spawn(ctx, preset, move || {
                    crate::platform::file_dialog::block_on(dialog.pick_folder())
                }));
        }
        let answer = self.opening.folder_dialog.pending.as_ref()?.poll()?;
        self.opening.folder_dialog.pending = None;
        Some(answer)
    }

    /// The folder dialog was closed: import the folder chosen, or say none could be shown.
    pub(super) fn folder_dialog_closed(&mut self, answer: DialogAnswer) {
        match answer {
            DialogAnswer::Chosen(folder) => self.import_folder(folder),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                let text = self.s().no_folder_dialog.to_owned();
                self.export.notice = Some(Notice::new(NoticeKind::Failed, text));
            }
        }
    }

    /// What the folder import's thread said since the last frame.
    pub(super) fn folder_steps(&mut self) -> Vec<FolderStep> {
        self.opening
            .folder
            .as_mut()
            .map(FolderJob::steps)
            .unwrap_or_default()
    }

    /// A step of the folder import: a report joins the library, a failure is counted and
    /// logged, and at the end the notice says how it went.
    pub(super) fn folder_step(&mut self, step: FolderStep) {
        let s = self.s();
        let kept = match step {
            FolderStep::Total(_) => return,
            FolderStep::Done => return self.folder_done(),
            FolderStep::Imported(path, report) => match self.comparison.library.add(&report) {
                Ok(()) => Ok(()),
                Err(e) => {
                    log::warn!("{}: {}", path.display(), e.describe(s));
                    Err(path)
                }
            },
            FolderStep::Failed(path, problem) => {
                log::warn!("{}", problem.describe(s, &path.display().to_string()));
                Err(path)
            }
        };
        if let Some(job) = &mut self.opening.folder {
            match kept {
                Ok(()) => job.joined += 1,
                Err(path) => job.failed.push(file_name(&path)),
            }
        }
    }

    fn folder_done(&mut self) {
        let s = self.s();
        let Some(job) = self.opening.folder.take() else {
            return;
        };
        let new = self
            .comparison
            .library
            .entries()
            .len()
            .saturating_sub(job.before);
        let mut text = fill(
            s.folder_imported_n,
            &[("n", &new), ("folder", &job.folder.display())],
        );
        if job.joined > new {
            text.push_str(&fill(s.folder_already_n, &[("n", &(job.joined - new))]));
        }
        if job.cancelled() {
            text.push_str(s.folder_cancelled);
        }
        let kind = if job.failed.is_empty() {
            NoticeKind::Done(None)
        } else {
            let names = job.failed.join(s.list_separator);
            text.push('\n');
            text.push_str(&fill(s.folder_failed_n, &[("names", &names)]));
            NoticeKind::Failed
        };
        self.export.notice = Some(Notice::new(kind, text));
        self.comparison.open = true;
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
