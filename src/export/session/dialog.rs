//! What the export does with the answers of its dialogs: write the image where the user chose,
//! or start "export all" in the chosen folder; the default folder when no dialog could be shown.

use std::path::PathBuf;

use super::state::{Dialog, Waiting};
use super::{ExportEnv, ExportSession};
use crate::export::{default_folder, file_name_as, today, unused, with_extension};
use crate::platform::dialog_answer::DialogAnswer;
use crate::platform::file_dialog::PendingDialog;

impl ExportSession {
    pub(super) fn open_dialog(
        &mut self,
        ctx: &egui::Context,
        waiting: Waiting,
        show: impl FnOnce() -> Option<PathBuf> + Send + 'static,
    ) {
        #[cfg(feature = "testing")]
        let preset = self.dialog_answer.clone();
        #[cfg(not(feature = "testing"))]
        let preset = None;
        #[cfg(feature = "testing")]
        let pending = if self.no_dialog {
            // What rfd does where no dialog can be shown: no answer, at once.
            PendingDialog::spawn(ctx, None, || None)
        } else {
            PendingDialog::spawn(ctx, preset, show)
        };
        #[cfg(not(feature = "testing"))]
        let pending = PendingDialog::spawn(ctx, preset, show);
        self.dialog = Some(Dialog { pending, waiting });
    }

    pub(super) fn poll_dialog(
        &mut self,
        ctx: &egui::Context,
        env: &ExportEnv<'_>,
    ) -> Option<PathBuf> {
        let s = self.s();
        let dialog = self.dialog.take()?;
        let (answer, unseen) = match dialog.pending.poll() {
            None => {
                self.dialog = Some(dialog);
                return None;
            }
            Some(DialogAnswer::Chosen(path)) => (Some(path), false),
            Some(DialogAnswer::Cancelled) => (None, false),
            // No dialog could be shown (e.g. no desktop portal): use the default folder
            // rather than doing nothing.
            Some(DialogAnswer::Unavailable) => (None, true),
        };
        let fallback = default_folder(env.last_folder);
        match dialog.waiting {
            Waiting::File(figure, format, title) => {
                let path = match answer {
                    Some(path) => Some(with_extension(path, format)),
                    None if unseen => Some(unused(fallback.join(file_name_as(
                        &title,
                        &today(),
                        format,
                    )))),
                    None => None,
                };
                let note = unseen.then_some(s.no_dialog);
                path.and_then(|p| self.write(&p, &figure, format, note))
            }
            Waiting::Folder => {
                let folder = answer.or_else(|| unseen.then_some(fallback));
                if let Some(folder) = folder {
                    self.begin_batch(folder);
                    ctx.request_repaint();
                }
                None
            }
        }
    }
}
