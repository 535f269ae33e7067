//! One export at a time, across frames: the clean frame (no tooltips), the screenshot or the
//! offscreen render, the save dialog (on its own thread, so the window keeps painting), the
//! atomic write, and the notice that says what happened. "Export all" renders one chart per
//! frame so its progress shows.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::{ColorImage, Rect};

mod batch;
mod dialog;

use batch::Batch;
use dialog::{Dialog, Waiting};

use super::{
    DEFAULT_WIDTH, ExportError, ExportScale, FigureSpec, Offscreen, Target, default_folder,
    file_name, render_figure, save_png, today,
};
use crate::charts::data::SortOrder;
use crate::charts::view::ChartView;
use crate::i18n::{Lang, Strings};
use crate::report::Report;
use crate::settings::Theme;
use crate::ui::drawn::FigurePlacement;
use crate::ui::strings;

/// A screenshot that has not come back by then never will; render offscreen instead.
const SCREENSHOT_TIMEOUT: Duration = Duration::from_secs(2);
/// How long a success notice stays.
pub const NOTICE_SECONDS: f32 = 8.0;

/// How an image was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// A screenshot of the window, cropped to the figure.
    Screenshot,
    /// The figure drawn again offscreen.
    Offscreen,
}

/// What a notice is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Done; the folder can be opened.
    Done(Option<PathBuf>),
    /// Still running.
    Progress,
    /// Failed; stays until closed.
    Failed,
}

/// A short message about the last export.
#[derive(Clone, Debug)]
pub struct Notice {
    /// What it is about.
    pub kind: NoticeKind,
    /// The message.
    pub text: String,
    /// When it was shown (success notices fade after [`NOTICE_SECONDS`]).
    pub since: Instant,
}

/// What the session needs from the app each frame.
pub struct ExportEnv<'a> {
    /// The open report.
    pub report: &'a Report,
    /// The chart panel (chart shown, log scale, custom charts).
    pub view: &'a ChartView,
    /// Where the figure was drawn this frame, if it was.
    pub placement: Option<&'a FigurePlacement>,
    /// Theme of the images.
    pub theme: Theme,
    /// Pixels per point of the images.
    pub scale: ExportScale,
    /// Bar order for "export all".
    pub sort: SortOrder,
    /// The folder used last.
    pub last_folder: Option<&'a Path>,
}

enum Stage {
    /// This frame is drawn without tooltips; the image is taken at its end.
    Clean,
    /// A screenshot was requested; waiting for it.
    Shot {
        rect: Rect,
        pixels_per_point: f32,
        since: Instant,
    },
}

/// The export state of the app.
#[derive(Default)]
pub struct ExportSession {
    pending: Option<(Target, Stage)>,
    ask_folder: bool,
    shot: Arc<Mutex<Option<Arc<ColorImage>>>>,
    dialog: Option<Dialog>,
    batch: Option<Batch>,
    offscreen: Option<Offscreen>,
    last_width: Option<f32>,
    /// The message shown about the last export.
    pub notice: Option<Notice>,
    /// Tests: answer every file or folder dialog with this path instead of showing one.
    #[cfg(feature = "testing")]
    pub dialog_answer: Option<PathBuf>,
    /// How the last image was made, and its size in pixels.
    pub last_image: Option<(Method, [usize; 2])>,
    /// The last file written.
    pub last_file: Option<PathBuf>,
    /// Language of the notices and dialog titles (the interface's, set on every update).
    lang: Lang,
    /// Text size of the interface, for offscreen figures (set on every update).
    text_scale: f32,
}

impl ExportSession {
    /// Starts exporting the chart shown to `target` (ignored while another export runs).
    pub fn start(&mut self, target: Target) {
        if !self.is_busy() {
            self.pending = Some((target, Stage::Clean));
        }
    }

    /// Starts exporting every chart into `folder`, or into a folder the user picks.
    pub fn start_all(&mut self, folder: Option<PathBuf>) {
        if self.is_busy() {
            return;
        }
        match folder {
            Some(folder) => self.begin_batch(folder),
            None => self.ask_folder = true,
        }
    }

    /// Whether an export is running (its buttons are disabled meanwhile).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.pending.is_some() || self.ask_folder || self.dialog.is_some() || self.batch.is_some()
    }

    /// Whether this frame must be drawn clean (no tooltips, popups or notices over the chart).
    #[must_use]
    pub fn wants_clean_frame(&self) -> bool {
        matches!(self.pending, Some((_, Stage::Clean)))
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
        self.text_scale = crate::ui::style::chrome_scale(&ctx.global_style());
        if let Some(p) = env.placement {
            self.last_width = Some(p.rect.width());
        }
        let shown = self.notice.as_ref().map(|n| n.since);
        let folder = self.advance(ctx, frame, env);
        // A new notice is an area laid out invisibly in its first frame: a second one follows.
        if self.notice.as_ref().map(|n| n.since) != shown {
            ctx.request_repaint();
        }
        folder
    }

    fn s(&self) -> &'static Strings {
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
        match self.pending.take() {
            Some((target, Stage::Clean)) => self.take_image(ctx, frame, env, target),
            Some((
                target,
                Stage::Shot {
                    rect,
                    pixels_per_point,
                    since,
                },
            )) => {
                let shot = self.shot.lock().ok().and_then(|mut s| s.take());
                if let Some(image) = shot {
                    let image = super::crop(&image, rect, pixels_per_point);
                    folder =
                        folder.or(self.deliver(ctx, frame, env, target, image, Method::Screenshot));
                } else if since.elapsed() > SCREENSHOT_TIMEOUT {
                    self.offscreen_image(ctx, frame, env, target);
                } else {
                    self.pending = Some((
                        target,
                        Stage::Shot {
                            rect,
                            pixels_per_point,
                            since,
                        },
                    ));
                    ctx.request_repaint_after(Duration::from_millis(50));
                }
            }
            None => {}
        }
        if self.batch.is_some() {
            folder = folder.or(self.batch_step(ctx, frame, env));
        }
        folder
    }

    fn take_image(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
        target: Target,
    ) {
        let ppp = ctx.pixels_per_point();
        let pointer = ctx.pointer_latest_pos();
        let screenshot = env.placement.filter(|p| {
            (ppp - env.scale.factor()).abs() < 0.01
                && p.fully_visible
                && !pointer.is_some_and(|pos| p.rect.contains(pos))
        });
        if let Some(p) = screenshot {
            let slot = Arc::clone(&self.shot);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut s) = slot.lock() {
                    *s = Some(image);
                }
                repaint.request_repaint();
            });
            self.pending = Some((
                target,
                Stage::Shot {
                    rect: p.rect,
                    pixels_per_point: ppp,
                    since: Instant::now(),
                },
            ));
            ctx.request_repaint();
        } else {
            self.offscreen_image(ctx, frame, env, target);
        }
    }

    fn offscreen_image(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
        target: Target,
    ) {
        let Some(data) = env.view.data.as_ref() else {
            self.fail(&ExportError::NotShown);
            return;
        };
        let spec = FigureSpec {
            report: env.report,
            data,
            log_scale: env.view.log_scale,
            x_range: env.placement.and_then(|p| p.x_range.clone()),
            theme: env.theme,
            lang: self.lang,
            text_scale: self.text_scale,
            width: self.last_width.unwrap_or(DEFAULT_WIDTH),
        };
        let image = self
            .offscreen(frame)
            .and_then(|o| render_figure(o, &spec, env.scale));
        match image {
            Ok(image) => {
                self.deliver(ctx, frame, env, target, image, Method::Offscreen);
            }
            Err(e) => self.fail(&e),
        }
    }

    fn offscreen(&mut self, frame: &eframe::Frame) -> Result<&mut Offscreen, ExportError> {
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

    /// Sends a finished image where it was asked to go. Returns the folder written to.
    fn deliver(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
        target: Target,
        image: ColorImage,
        method: Method,
    ) -> Option<PathBuf> {
        let s = self.s();
        self.last_image = Some((method, image.size));
        match target {
            Target::Clipboard => {
                let size = image.size;
                ctx.copy_image(image);
                self.notify(NoticeKind::Done(None), s.copied_image(size));
                None
            }
            Target::File(path) => self.write(&path, &image, None),
            Target::AskFile => {
                let title = env.view.data.as_ref().map_or("", |d| d.title.as_str());
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title(s.save_dialog_title)
                    .set_directory(default_folder(env.last_folder))
                    .set_file_name(file_name(title, &today()))
                    .add_filter(s.png_filter, &["png"])
                    .set_parent(frame);
                self.open_dialog(ctx, Waiting::File(image), move || {
                    crate::platform::file_dialog::block_on(dialog.save_file())
                });
                None
            }
        }
    }

    fn write(&mut self, path: &Path, image: &ColorImage, note: Option<&str>) -> Option<PathBuf> {
        let s = self.s();
        match save_png(path, image) {
            Ok(()) => {
                let folder = path.parent().map(Path::to_path_buf);
                let mut text = s.saved_to(path, image.size);
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

    /// Opens `folder` in the file manager; says so when that fails.
    pub fn open_folder(&mut self, folder: &Path) {
        let s = self.s();
        if let Err(e) = open::that_detached(folder) {
            self.notify(
                NoticeKind::Failed,
                format!("{}{}{e}", s.open_folder, s.colon),
            );
        }
    }

    fn fail(&mut self, error: &ExportError) {
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
        self.notice = Some(Notice {
            kind,
            text,
            since: Instant::now(),
        });
    }
}
