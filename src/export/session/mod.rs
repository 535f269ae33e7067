//! One export at a time, across frames: the figure drawn offscreen at the size asked for, the
//! save dialog (on its own thread, so the window keeps painting), the atomic write, and the
//! notice that says what happened. "Export all" renders one chart per frame so its progress
//! shows. Every path ends in a file on disk or a notice saying why not.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

mod batch;
mod comparison;
mod dialog;
mod state;

use crate::notice::{Notice, NoticeKind};
use state::{Compared, Waiting};
pub use state::{ExportEnv, ExportSession};

use super::{
    ExportError, ExportFormat, Figure, Offscreen, Target, default_folder, file_name_as,
    render_figure, save_figure,
};
use crate::i18n::Strings;
use crate::ui::strings;

impl ExportSession {
    /// Starts exporting the chart shown to `target` (not while another export runs).
    pub fn start(&mut self, target: Target) {
        if !self.refused_while_busy() {
            self.pending = Some(target);
        }
    }

    /// Starts exporting the comparison of reports to `target`.
    pub fn start_comparison(&mut self, target: Target) {
        self.start_compared(target, Compared::Targets);
    }

    /// Starts exporting the chart over the years to `target`.
    pub fn start_timeline(&mut self, target: Target) {
        self.start_compared(target, Compared::Timeline);
    }

    fn start_compared(&mut self, target: Target, figure: Compared) {
        if !self.refused_while_busy() {
            self.pending = Some(target);
            self.comparing = Some(figure);
        }
    }

    /// Starts exporting every chart into `folder`, or into a folder the user picks.
    pub fn start_all(&mut self, folder: Option<PathBuf>) {
        if self.refused_while_busy() {
            return;
        }
        match folder {
            Some(folder) => self.begin_batch(folder),
            None => self.ask_folder = true,
        }
    }

    /// While an export runs another is not started, and the user is told why (a button pressed
    /// that does nothing and says nothing is the bug this prevents); "export all" keeps its
    /// progress notice. True when refused.
    fn refused_while_busy(&mut self) -> bool {
        if !self.is_busy() {
            return false;
        }
        if self.batch.is_none() {
            let text = self.s().export_busy.to_owned();
            // Says why and fades, as a notice that needs nothing from the user.
            self.notify(NoticeKind::Done(None), text);
        }
        true
    }

    /// Whether an export is running (its buttons are disabled meanwhile).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.pending.is_some() || self.ask_folder || self.dialog.is_some() || self.batch.is_some()
    }

    /// Advances the export after the panels were drawn. Returns the folder to remember when a
    /// file was written there.
    pub fn update(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
    ) -> Option<PathBuf> {
        self.lang = strings::of(ctx).lang;
        let shown = self.notice.as_ref().map(|n| n.since);
        self.poll_opening();
        if self.opening.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        let folder = self.advance(ctx, frame, env);
        // A new notice is an area laid out invisibly in its first frame: a second one follows.
        if self.notice.as_ref().map(|n| n.since) != shown {
            ctx.request_repaint();
        }
        folder
    }

    pub(super) fn s(&self) -> &'static Strings {
        crate::i18n::strings(self.lang)
    }

    fn advance(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
    ) -> Option<PathBuf> {
        let s = self.s();
        if std::mem::take(&mut self.ask_folder) {
            let dialog = rfd::AsyncFileDialog::new()
                .set_title(s.folder_dialog_title)
                .set_directory(default_folder(env.last_folder))
                .set_parent(frame);
            self.open_dialog(ctx, Waiting::Folder, move || {
                crate::platform::file_dialog::block_on(dialog.pick_folder())
            });
        }
        let mut folder = self.poll_dialog(ctx, env);
        if let Some(target) = self.pending.take() {
            folder = folder.or(match self.comparing.take() {
                Some(figure) => self.export_comparison(ctx, frame, env, (target, figure)),
                None => self.export_shown(ctx, frame, env, target),
            });
        }
        if self.batch.is_some() {
            folder = folder.or(self.batch_step(ctx, frame, env));
        }
        folder
    }

    fn export_shown(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
        target: Target,
    ) -> Option<PathBuf> {
        let Some(data) = env.view.data.as_ref() else {
            self.fail(&ExportError::NotShown);
            return None;
        };
        let text = env.text(data, self.lang);
        let spec = env.spec(data, &text, self.lang, env.view.log_scale);
        let figure = self.offscreen(frame).and_then(|o| render_figure(o, &spec));
        match figure {
            // The file is named in the export's language (an English export, an English name).
            Ok(figure) => {
                let name = self.s().data_title(data);
                self.deliver(ctx, frame, env, (target, name), figure)
            }
            Err(e) => {
                self.fail(&e);
                None
            }
        }
    }

    pub(super) fn offscreen(
        &mut self,
        frame: &eframe::Frame,
    ) -> Result<&mut Offscreen, ExportError> {
        if self.offscreen.is_none() {
            self.offscreen = Some(match frame.wgpu_render_state() {
                Some(state) => Offscreen::on_device(state.device.clone(), state.queue.clone()),
                None => Offscreen::headless()?,
            });
        }
        self.offscreen
            .as_mut()
            .ok_or_else(|| ExportError::Renderer(String::new()))
    }

    /// Sends a finished figure where it was asked to go. Returns the folder written to.
    pub(super) fn deliver(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
        (target, title): (Target, &str),
        figure: Figure,
    ) -> Option<PathBuf> {
        let s = self.s();
        self.last_image = Some(figure.image.size);
        match target {
            Target::Clipboard => {
                let size = figure.image.size;
                ctx.copy_image(figure.image);
                self.notify(NoticeKind::Done(None), s.copied_image(size));
                None
            }
            Target::File(path) => self.write(&path, &figure, env.format, None),
            Target::AskFile => {
                let format = env.format;
                let filter = match format {
                    ExportFormat::Png => s.png_filter,
                    ExportFormat::Svg => s.svg_filter,
                };
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title(s.save_dialog_title)
                    .set_directory(default_folder(env.last_folder))
                    .set_file_name(file_name_as(title, &super::today(), format))
                    .add_filter(filter, &[format.extension()])
                    .set_parent(frame);
                let waiting = Waiting::File(Box::new(figure), format, title.to_owned());
                self.open_dialog(ctx, waiting, move || {
                    crate::platform::file_dialog::block_on(dialog.save_file())
                });
                None
            }
        }
    }

    fn write(
        &mut self,
        path: &Path,
        figure: &Figure,
        format: ExportFormat,
        note: Option<&str>,
    ) -> Option<PathBuf> {
        let s = self.s();
        match save_figure(path, figure, format) {
            Ok(()) => {
                let folder = path.parent().map(Path::to_path_buf);
                let mut text = s.saved_to(path, figure.image.size);
                if let Some(note) = note {
                    text = format!("{note}{text}");
                }
                self.notify(NoticeKind::Done(folder.clone()), text);
                self.last_file = Some(path.to_path_buf());
                folder
            }
            Err(e) => {
                self.fail(&e);
                None
            }
        }
    }

    /// Opens `folder` in the file manager, on a thread of its own (the opener waits for the
    /// file manager to answer); when that fails the notice says so and names the folder.
    pub fn open_folder(&mut self, folder: &Path) {
        let (tx, rx) = mpsc::channel();
        let path = folder.to_path_buf();
        #[cfg(feature = "testing")]
        let opener = self.open_with.unwrap_or(|p| open::that(p));
        #[cfg(not(feature = "testing"))]
        let opener = |p: &Path| open::that(p);
        std::thread::spawn(move || {
            drop(tx.send(opener(&path).map_err(|e| (e.kind(), e.to_string()))));
        });
        self.opening = Some((folder.to_path_buf(), rx));
    }

    /// Whether a folder is being opened (the app polls until it is answered).
    #[must_use]
    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    fn poll_opening(&mut self) {
        let Some((folder, rx)) = self.opening.take() else {
            return;
        };
        let error = match rx.try_recv() {
            Err(mpsc::TryRecvError::Empty) => {
                self.opening = Some((folder, rx));
                return;
            }
            Ok(Ok(())) => return,
            Ok(Err((kind, said))) => opener_error(self.s(), kind, &said),
            Err(mpsc::TryRecvError::Disconnected) => String::new(),
        };
        let s = self.s();
        let text = crate::i18n::fill::fill(
            s.open_folder_failed,
            &[("error", &error), ("path", &folder.display())],
        );
        self.notify(NoticeKind::Failed, text);
    }

    pub(super) fn fail(&mut self, error: &ExportError) {
        let s = self.s();
        self.notify(
            NoticeKind::Failed,
            format!(
                "{}{}{}\n{}",
                s.export_failed,
                s.colon,
                error.describe(s),
                s.nothing_lost
            ),
        );
    }

    fn notify(&mut self, kind: NoticeKind, text: String) {
        self.notice = Some(Notice::new(kind, text));
    }
}

/// Why a folder did not open, in the interface's words: a launcher that exited with an error
/// (`Launcher "xdg-open" "/x" failed with ExitStatus(…)`) is named, not quoted; anything else as
/// the system says it.
fn opener_error(s: &Strings, kind: std::io::ErrorKind, said: &str) -> String {
    match said.strip_prefix("Launcher ") {
        Some(rest) => {
            let program = rest.split('"').nth(1).unwrap_or("");
            crate::i18n::fill::fill(s.opener_failed_n, &[("program", &program)])
        }
        None => s.os_error(kind, said),
    }
}
