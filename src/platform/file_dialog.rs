//! Native file dialogs (rfd) without freezing the window: the dialog runs on a thread of its
//! own and answers through a channel that the app polls once per frame. Tests (and scripts)
//! can answer in advance instead of showing one.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub use super::dialog_answer::DialogAnswer;

/// A dialog that answers faster than this was not seen by anyone: none could be shown (e.g.
/// no desktop portal and no zenity on Linux).
const UNSEEN_WITHIN: Duration = Duration::from_millis(250);

/// A dialog shown on its own thread.
pub struct PendingDialog {
    answer: mpsc::Receiver<DialogAnswer>,
}

impl PendingDialog {
    /// Shows a dialog with `show` (an rfd call) on a new thread, or answers `preset` at once.
    pub fn spawn(
        ctx: &egui::Context,
        preset: Option<PathBuf>,
        show: impl FnOnce() -> Option<PathBuf> + Send + 'static,
    ) -> Self {
        Self::spawn_where(ctx, preset, can_show(), show)
    }

    /// [`Self::spawn`] on a desktop that can (`shown`) or cannot show dialogs.
    fn spawn_where(
        ctx: &egui::Context,
        preset: Option<PathBuf>,
        shown: bool,
        show: impl FnOnce() -> Option<PathBuf> + Send + 'static,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        if let Some(answer) = preset {
            drop(tx.send(DialogAnswer::Chosen(answer)));
        } else if !shown {
            // Known at once: answer now, so the caller sees that no dialog was shown.
            drop(tx.send(DialogAnswer::Unavailable));
        } else {
            let repaint = ctx.clone();
            std::thread::spawn(move || {
                // Timed here, where the dialog returns, not when the window next looks: a slow
                // frame (a busy machine, a large comparison) must not turn "no dialog could be
                // shown" into "the user cancelled", which does nothing and says nothing.
                let opened = Instant::now();
                let answer = show();
                drop(tx.send(classify(answer, opened.elapsed())));
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
        Self { answer: rx }
    }

    /// The answer, once there is one (`None` while the dialog is open).
    #[must_use]
    pub fn poll(&self) -> Option<DialogAnswer> {
        match self.answer.try_recv() {
            Err(mpsc::TryRecvError::Empty) => None,
            Ok(answer) => Some(answer),
            // The dialog's thread ended without an answer (it panicked): no dialog was seen.
            Err(mpsc::TryRecvError::Disconnected) => Some(DialogAnswer::Unavailable),
        }
    }
}

/// What a dialog's result means, given how long it was up: a path is the user's choice; no
/// path faster than anyone can answer is a dialog that could not be shown, later a cancel.
fn classify(answer: Option<PathBuf>, took: Duration) -> DialogAnswer {
    match answer {
        Some(path) => DialogAnswer::Chosen(path),
        None if took < UNSEEN_WITHIN => DialogAnswer::Unavailable,
        None => DialogAnswer::Cancelled,
    }
}

/// A save dialog that the user asked for: asked, then up until it answers.
#[derive(Default)]
pub struct SaveDialog {
    /// Show the dialog next frame.
    pub ask: bool,
    /// The dialog, while it is up.
    pub dialog: Option<PendingDialog>,
    /// Tests: answer the dialog with this path instead of showing one.
    #[cfg(feature = "testing")]
    pub dialog_answer: Option<PathBuf>,
}

impl SaveDialog {
    /// Shows the dialog `make` builds when one was asked for, on its own thread; its answer,
    /// once there is one (the dialog is then done).
    pub fn poll(
        &mut self,
        ctx: &egui::Context,
        make: impl FnOnce() -> rfd::AsyncFileDialog,
    ) -> Option<DialogAnswer> {
        if std::mem::take(&mut self.ask) && self.dialog.is_none() {
            let dialog = make();
            self.dialog = Some(PendingDialog::spawn(ctx, self.preset(), move || {
                block_on(dialog.save_file())
            }));
        }
        let answer = self.dialog.as_ref()?.poll()?;
        self.dialog = None;
        Some(answer)
    }

    /// Shows the save dialog of a CSV file when one was asked for, proposing the file name and
    /// the folder `place` gives (worked out only when it opens); its answer.
    pub fn poll_csv(
        &mut self,
        s: &crate::i18n::Strings,
        place: impl FnOnce() -> (String, PathBuf),
        (ctx, frame): (&egui::Context, &eframe::Frame),
    ) -> Option<DialogAnswer> {
        self.poll(ctx, || {
            let (name, folder) = place();
            rfd::AsyncFileDialog::new()
                .set_title(s.csv_dialog_title)
                .add_filter(s.csv_filter, &["csv"])
                .set_file_name(name)
                .set_directory(folder)
                .set_parent(frame)
        })
    }

    /// The answer given in advance (tests), if any.
    #[must_use]
    pub fn preset(&self) -> Option<PathBuf> {
        #[cfg(feature = "testing")]
        return self.dialog_answer.clone();
        #[cfg(not(feature = "testing"))]
        None
    }
}

/// Whether a native dialog can be shown at all. On Linux rfd needs the desktop portal (on the
/// session bus) or the `zenity` program; without either it fails, after a delay that can be
/// long enough to pass for a dialog the user cancelled.
#[must_use]
pub fn can_show() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// Blocks on an rfd dialog future (on the dialog's own thread).
pub fn block_on(dialog: impl Future<Output = Option<rfd::FileHandle>>) -> Option<PathBuf> {
    pollster::block_on(dialog).map(|h| h.path().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preset_answer_comes_back_without_a_dialog() {
        let ctx = egui::Context::default();
        let d = PendingDialog::spawn(&ctx, Some("/tmp/x.json".into()), || {
            panic!("no dialog may be shown")
        });
        assert_eq!(d.poll(), Some(DialogAnswer::Chosen("/tmp/x.json".into())));
    }

    #[test]
    fn an_instant_no_is_no_dialog_and_a_late_one_is_cancel() {
        let ctx = egui::Context::default();
        let d = PendingDialog::spawn_where(&ctx, None, true, || None);
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(d.poll(), Some(DialogAnswer::Unavailable));
        // Looked at late (a slow frame): what the dialog did is still what it did.
        let d = PendingDialog::spawn_where(&ctx, None, true, || None);
        std::thread::sleep(UNSEEN_WITHIN + Duration::from_millis(100));
        assert_eq!(d.poll(), Some(DialogAnswer::Unavailable));
        let d = PendingDialog::spawn_where(&ctx, None, true, || {
            std::thread::sleep(UNSEEN_WITHIN + Duration::from_millis(50));
            None
        });
        assert_eq!(d.poll(), None);
        std::thread::sleep(UNSEEN_WITHIN + Duration::from_millis(150));
        assert_eq!(d.poll(), Some(DialogAnswer::Cancelled));
    }

    #[test]
    fn where_no_dialog_can_be_shown_none_is_tried() {
        let ctx = egui::Context::default();
        let d = PendingDialog::spawn_where(&ctx, None, false, || panic!("no dialog may be tried"));
        assert_eq!(d.poll(), Some(DialogAnswer::Unavailable));
    }
}
