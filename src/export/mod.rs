//! Chart images for articles, social media and slides: the figure alone (title, subtitle,
//! bars, footnotes, source line), laid out for the size asked for (a 640-point column, a
//! 1080×1080 square, a 1920×1080 slide, or a width of the user's), whatever the width of the
//! panel. The figure is drawn offscreen with the same code as on screen, then written as a PNG
//! (its pixels) or an SVG (the very shapes it was painted from, text as text).

mod apply;
pub mod bar_ui;
pub mod command;
mod file;
pub mod notice_ui;
mod offscreen;
mod pixels;
mod render;
mod session;
pub mod svg;

pub use crate::notice::{NOTICE_SECONDS, Notice, NoticeKind};
pub use crate::settings::export_options::{
    ExportFormat, ExportScale, ExportSize, Layout, Target, file_name_as, with_extension,
};
pub use crate::storage::ExportError;
pub use crate::storage::name::{default_folder, file_name, today, unused};
pub use file::{encode_png, save_figure, save_png};
pub use offscreen::{Offscreen, Rendered};
pub use pixels::{crop, on_canvas};
pub use render::{Figure, FigureSpec, render_figure, render_plain};
pub use session::{ExportEnv, ExportSession};
