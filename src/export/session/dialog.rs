//! What the export does with the answers of its dialogs: write the image where the user chose,
//! or start "export all" in the chosen folder; the default folder when no dialog could be shown.

use std::path::PathBuf;

use egui::ColorImage;

use super::{ExportEnv, ExportSession};
use crate::command::DialogAnswer;
use crate::export::{default_folder, file_name, today};
use crate::platform::file_dialog::PendingDialog;

pub(super) enum Waiting {
    /// An image waiting for the file name.
    File(ColorImage),
    /// "Export all" waiting for the folder.
    Folder,
}

pub(super) struct Dialog {
    pending: PendingDialog,
    waiting: Waiting,
}

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
        self.dialog = Some(Dialog {
            pending: PendingDialog::spawn(ctx, preset, show),
            waiting,
        });
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
            Waiting::File(image) => {
                let title = env.view.data.as_ref().map_or("", |d| d.title.as_str());
                let path = match answer {
                    Some(path) => Some(with_png_extension(path)),
                    None if unseen => Some(fallback.join(file_name(title, &today()))),
                    None => None,
                };
                let note = unseen.then_some(s.no_dialog);
                path.and_then(|p| self.write(&p, &image, note))
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

/// `name` → `name.png`; a name that already ends in `.png` (any case) is kept.
fn with_png_extension(path: PathBuf) -> PathBuf {
    let is_png = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if is_png {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".png");
        PathBuf::from(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_png_extension_is_added_once() {
        assert_eq!(with_png_extension("a/b".into()), PathBuf::from("a/b.png"));
        assert_eq!(
            with_png_extension("a/b.PNG".into()),
            PathBuf::from("a/b.PNG")
        );
        assert_eq!(
            with_png_extension("a/图.v2".into()),
            PathBuf::from("a/图.v2.png")
        );
    }
}
