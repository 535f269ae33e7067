//! The open dialog (a report or a text) and the folder dialog, each on a thread of its own:
//! shown when asked, their answer handed back once there is one (the app makes it an event).
//! Also the answers of the jobs that import: a text, a folder.

use std::path::Path;

use crate::i18n::Strings;
use crate::open::folder_job::FolderJob;
use crate::open::imported::{FolderStep, ImportOutcome};
use crate::open::state::OpenState;
use crate::platform::dialog_answer::DialogAnswer;
use crate::platform::file_dialog::PendingDialog;

/// Extensions of a report file and of a plain text, for the open dialog.
const JSON: &[&str] = &["json"];
const TEXT: &[&str] = crate::open::imported::IMPORTED_EXTENSIONS;

impl OpenState {
    /// Shows the open dialog when asked (in `folder`, where the last file opened was); its
    /// answer, once there is one.
    pub fn poll_open_dialog(
        &mut self,
        folder: Option<&Path>,
        s: &Strings,
        (ctx, frame): (&egui::Context, &eframe::Frame),
    ) -> Option<DialogAnswer> {
        let text = std::mem::take(&mut self.ask_text);
        let report = std::mem::take(&mut self.ask);
        if (text || report) && self.dialog.is_none() {
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
            if let Some(dir) = folder {
                dialog = dialog.set_directory(dir);
            }
            self.dialog = Some(PendingDialog::spawn(ctx, self.preset(), move || {
                crate::platform::file_dialog::block_on(dialog.pick_file())
            }));
        }
        let answer = self.dialog.as_ref()?.poll()?;
        // Answered once: the dialog is done, even if the answer is held back for a question.
        self.dialog = None;
        Some(answer)
    }

    /// Shows the folder dialog when asked; its answer, once there is one.
    pub fn poll_folder_dialog(
        &mut self,
        s: &Strings,
        (ctx, frame): (&egui::Context, &eframe::Frame),
    ) -> Option<DialogAnswer> {
        let asked = std::mem::take(&mut self.folder_dialog.ask);
        if asked && self.folder_dialog.pending.is_none() {
            let dialog = rfd::AsyncFileDialog::new()
                .set_title(s.import_folder_title)
                .set_parent(frame);
            self.folder_dialog.pending =
                Some(PendingDialog::spawn(ctx, self.preset(), move || {
                    crate::platform::file_dialog::block_on(dialog.pick_folder())
                }));
        }
        let answer = self.folder_dialog.pending.as_ref()?.poll()?;
        self.folder_dialog.pending = None;
        Some(answer)
    }

    /// Tests answer the dialogs in advance.
    #[cfg(feature = "testing")]
    fn preset(&self) -> Option<std::path::PathBuf> {
        self.dialog_answer.clone()
    }

    #[cfg(not(feature = "testing"))]
    #[allow(clippy::unused_self)]
    fn preset(&self) -> Option<std::path::PathBuf> {
        None
    }

    /// The outcome of the running import, once it is there.
    #[must_use]
    pub fn poll_import(&self) -> Option<ImportOutcome> {
        self.import.as_ref()?.poll()
    }

    /// What the folder import's thread said since the last frame.
    pub fn folder_steps(&mut self) -> Vec<FolderStep> {
        self.folder
            .as_mut()
            .map(FolderJob::steps)
            .unwrap_or_default()
    }
}
