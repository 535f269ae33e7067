//! A folder import: the folder dialog's answer, the job on its own thread, each report it
//! made put in the library as it comes (counted in the job), and at the end a notice that
//! says how many joined and which texts did not import (why, in the log); the library window
//! opens on them.

use std::path::{Path, PathBuf};

use crate::export::{Notice, NoticeKind};
use crate::i18n::fill::fill;
use crate::open::apply::Opening;
use crate::open::folder_job::FolderJob;
use crate::open::imported::FolderStep;
use crate::platform::dialog_answer::DialogAnswer;

impl Opening<'_> {
    /// Starts importing the texts of `folder` (not while one runs).
    pub fn import_folder(self, folder: PathBuf) {
        if self.state.folder.is_none() {
            let before = self.comparison.library.entries().len();
            self.state.folder = Some(FolderJob::spawn(self.ctx, folder, before));
        }
    }

    /// The folder dialog was closed: import the folder chosen, or say none could be shown.
    pub fn folder_dialog_closed(self, answer: DialogAnswer) {
        match answer {
            DialogAnswer::Chosen(folder) => self.import_folder(folder),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                let text = self.s().no_folder_dialog.to_owned();
                *self.notice = Some(Notice::new(NoticeKind::Failed, text));
            }
        }
    }

    /// A step of the folder import: a report joins the library, a failure is counted and
    /// logged, and at the end the notice says how it went.
    pub fn folder_step(self, step: FolderStep) {
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
        if let Some(job) = &mut self.state.folder {
            match kept {
                Ok(()) => job.joined += 1,
                Err(path) => job.failed.push(file_name(&path)),
            }
        }
    }

    fn folder_done(self) {
        let s = self.s();
        let Some(job) = self.state.folder.take() else {
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
        *self.notice = Some(Notice::new(kind, text));
        self.comparison.open = true;
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
