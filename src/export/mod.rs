//! Chart images for articles and slides. A chart is exported as a PNG of the figure alone
//! (title, unit, bars, footnotes, source line), at 1×, 2× or 3× the on-screen pixels. 1× on a
//! 1× screen is a screenshot of the window cropped to the figure; other scales, and the command
//! line, draw the same figure offscreen at the wanted pixels-per-point, so they are sharp, not
//! upscaled.

mod error;
mod file;
mod name;
pub mod notice_ui;
mod offscreen;
pub mod options;
mod session;

use std::ops::RangeInclusive;

use egui::{ColorImage, Rect, Vec2};

use crate::charts::data::ChartData;
use crate::report::Report;
use crate::settings::Theme;

pub use error::ExportError;
pub use file::{encode_png, save_png, write_atomically, write_atomically_with};
pub use name::{default_folder, file_name, today};
pub use offscreen::Offscreen;
pub use options::{ExportScale, Target};
pub use session::{ExportEnv, ExportSession, Method, NOTICE_SECONDS, Notice, NoticeKind};

/// Width of a figure drawn without a window (command line), in points: a column of an article.
pub const DEFAULT_WIDTH: f32 = 560.0;

/// One chart figure to draw offscreen.
pub struct FigureSpec<'a> {
    /// The report the chart belongs to.
    pub report: &'a Report,
    /// The chart.
    pub data: &'a ChartData,
    /// Log scale as on screen.
    pub log_scale: bool,
    /// Value range as on screen (zoom), or `None` for the whole chart.
    pub x_range: Option<RangeInclusive<f64>>,
    /// Light or dark.
    pub theme: Theme,
    /// Language of the figure's own words (the targets note, the source line).
    pub lang: crate::i18n::Lang,
    /// Text size of the interface (1.0 to 2.0, see `chrome_scale`), so that the image has the
    /// proportions the user saw.
    pub text_scale: f32,
    /// Width in points (the on-screen width of the figure).
    pub width: f32,
}

/// Draws `spec` offscreen at `scale` and returns the image of the figure alone.
///
/// # Errors
/// When rendering fails.
pub fn render_figure(
    offscreen: &mut Offscreen,
    spec: &FigureSpec<'_>,
    scale: ExportScale,
) -> Result<ColorImage, ExportError> {
    crate::ui::strings::set(offscreen.ctx(), spec.lang);
    let text_scale = spec.text_scale.clamp(1.0, 2.0);
    crate::ui::style::set_text_styles(offscreen.ctx(), text_scale);
    offscreen.ctx().set_theme(match spec.theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    });
    // Tall enough for any chart; the image is cropped to the figure.
    let rows = spec.data.bars.len() + spec.data.footnotes.len() * 2;
    let height = (240.0 + 60.0 * rows as f32) * text_scale;
    let size = Vec2::new(spec.width, height);
    offscreen.render(size, scale.factor(), |ui| {
        let mut rect = None;
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(ui.visuals().panel_fill))
            .show(ui, |ui| {
                let out = crate::charts::figure_ui::chart_figure_ui(
                    ui,
                    &crate::charts::figure_ui::FigureView {
                        report: spec.report,
                        data: spec.data,
                        log_scale: spec.log_scale,
                        highlight: None,
                        reset: false,
                        x_range: spec.x_range.clone(),
                        interactive: false,
                    },
                );
                rect = Some(out.rect);
            });
        rect
    })
}

/// The part of `image` (a window or canvas at `pixels_per_point`) under `rect` (points),
/// clamped to the image.
#[must_use]
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> ColorImage {
    let [w, h] = image.size;
    let px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let (x0, y0) = (px(rect.min.x, w), px(rect.min.y, h));
    let (x1, y1) = (px(rect.max.x, w).max(x0), px(rect.max.y, h).max(y0));
    image.region_by_pixels([x0, y0], [x1 - x0, y1 - y0])
}

/// The expected size in pixels of a figure of `rect` points exported at `scale`.
#[must_use]
pub fn pixel_size(rect: Rect, scale: ExportScale) -> [usize; 2] {
    let f = scale.factor();
    let px = |a: f32, b: f32| ((b * f).round() - (a * f).round()).max(0.0) as usize;
    [px(rect.min.x, rect.max.x), px(rect.min.y, rect.max.y)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Color32, pos2};

    #[test]
    fn crop_takes_the_rect_at_the_pixel_density() {
        let mut image = ColorImage::filled([40, 20], Color32::BLACK);
        image.pixels[5 * 40 + 10] = Color32::RED;
        let part = crop(
            &image,
            Rect::from_min_max(pos2(5.0, 2.5), pos2(10.0, 5.0)),
            2.0,
        );
        assert_eq!(part.size, [10, 5]);
        assert_eq!(part.pixels[0], Color32::RED);
    }

    #[test]
    fn crop_is_clamped_to_the_image() {
        let image = ColorImage::filled([40, 20], Color32::BLACK);
        let part = crop(
            &image,
            Rect::from_min_max(pos2(-5.0, 10.0), pos2(50.0, 90.0)),
            1.0,
        );
        assert_eq!(part.size, [40, 10]);
        let none = crop(
            &image,
            Rect::from_min_max(pos2(60.0, 30.0), pos2(70.0, 40.0)),
            1.0,
        );
        assert_eq!(none.size, [0, 0]);
    }

    #[test]
    fn scales_round_trip_from_the_command_line() {
        for s in ExportScale::ALL {
            assert_eq!(ExportScale::from_factor(s.factor() as u32), Some(s));
        }
        assert_eq!(ExportScale::from_factor(4), None);
        assert_eq!(
            pixel_size(
                Rect::from_min_max(pos2(0.5, 0.0), pos2(100.5, 50.0)),
                ExportScale::X3
            ),
            [300, 150]
        );
    }
}
