//! A figure drawn offscreen for export: a chart's figure with the same code as on screen, or
//! any figure (the comparison), laid out for the size asked for and placed on its canvas.

use egui::{Color32, ColorImage, Rect, Vec2};

use super::{ExportError, Layout, Offscreen, Rendered, on_canvas, svg};
use crate::charts::data::ChartData;
use crate::charts::figure_text::FigureText;
use crate::report::Report;
use crate::theme::Theme;

/// One chart figure to draw offscreen.
pub struct FigureSpec<'a> {
    /// The report the chart belongs to.
    pub report: &'a Report,
    /// The chart.
    pub data: &'a ChartData,
    /// Its words, as the user may have rewritten them.
    pub text: &'a FigureText,
    /// Log scale as on screen.
    pub log_scale: bool,
    /// Light or dark.
    pub theme: Theme,
    /// Language of the figure's own words (units, the targets note, the source line).
    pub lang: crate::i18n::Lang,
    /// Width, density and canvas.
    pub layout: Layout,
}

/// A figure drawn for export.
pub struct Figure {
    /// What was drawn.
    pub rendered: Rendered,
    /// The image: the figure, on its canvas when the size fixes the pixels.
    pub image: ColorImage,
    /// Size of the canvas in points.
    pub canvas: Vec2,
    /// Where the figure sits on the canvas, in points.
    pub offset: Vec2,
    /// The background colour.
    pub background: Color32,
}

impl Figure {
    /// The same figure as an SVG document.
    #[must_use]
    pub fn svg(&self) -> String {
        svg::document(&self.rendered, self.canvas, self.offset, self.background)
    }
}

/// Narrowest layout of a figure on a fixed canvas, in points.
const MIN_CANVAS_WIDTH: f32 = 320.0;

/// Draws `spec` offscreen. A square or slide figure is fitted to its canvas: one too tall is
/// drawn again at a lower density (wider in points, fewer wrapped lines) until it fits; one
/// with room to spare, at a narrower layout enlarged more, while it still fits.
///
/// # Errors
/// When rendering fails.
pub fn render_figure(
    offscreen: &mut Offscreen,
    spec: &FigureSpec<'_>,
) -> Result<Figure, ExportError> {
    crate::ui::strings::set(offscreen.ctx(), spec.lang);
    crate::ui::style::set_text_styles(offscreen.ctx(), 1.0);
    offscreen.ctx().set_theme(match spec.theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    });
    let background = offscreen.ctx().global_style().visuals.panel_fill;
    let canvas = |l: Layout| canvas_for(spec, l);
    let mut draw = |ui: &mut egui::Ui| draw(ui, spec);
    let layout = fitted(offscreen, spec.layout, canvas, &mut draw)?;
    let rendered = offscreen.render(canvas(layout), layout.pixels_per_point, draw)?;
    Ok(placed(rendered, layout, background))
}

/// Draws any figure `draw` makes (it returns the rect to keep) offscreen at `layout`, on its
/// canvas when the size fixes the pixels, fitted to it as a chart is: the comparison of
/// reports, for one. `height` is a canvas tall enough to lay it out.
///
/// # Errors
/// When rendering fails.
pub fn render_plain(
    offscreen: &mut Offscreen,
    (theme, lang): (Theme, crate::i18n::Lang),
    layout: Layout,
    height: f32,
    draw: impl FnMut(&mut egui::Ui) -> Option<Rect>,
) -> Result<Figure, ExportError> {
    crate::ui::strings::set(offscreen.ctx(), lang);
    crate::ui::style::set_text_styles(offscreen.ctx(), 1.0);
    offscreen.ctx().set_theme(match theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    });
    let background = offscreen.ctx().global_style().visuals.panel_fill;
    let canvas = |l: Layout| Vec2::new(l.width, height);
    let mut draw = draw;
    let layout = fitted(offscreen, layout, canvas, &mut draw)?;
    let rendered = offscreen.render(canvas(layout), layout.pixels_per_point, draw)?;
    Ok(placed(rendered, layout, background))
}

/// The figure placed on its canvas (square, slide) or alone.
fn placed(rendered: Rendered, layout: Layout, background: Color32) -> Figure {
    let ppp = rendered.pixels_per_point;
    let (image, canvas, offset) = match layout.canvas {
        Some(size) => {
            let image = on_canvas(&rendered.image, size, background);
            let canvas = Vec2::new(size[0] as f32, size[1] as f32) / ppp;
            let offset = (canvas - rendered.keep.size()) / 2.0;
            (
                image,
                canvas,
                Vec2::new(offset.x.max(0.0), offset.y.max(0.0)),
            )
        }
        None => (rendered.image.clone(), rendered.keep.size(), Vec2::ZERO),
    };
    Figure {
        rendered,
        image,
        canvas,
        offset,
        background,
    }
}

/// The layout of a figure (`draw`, laid out on `canvas`) on its canvas: as asked for a column
/// or a width; for a square or a slide, the column's figure enlarged to fill the canvas (laid
/// out, not painted, per try).
fn fitted(
    offscreen: &mut Offscreen,
    mut layout: Layout,
    canvas: impl Fn(Layout) -> Vec2,
    draw: &mut impl FnMut(&mut egui::Ui) -> Option<Rect>,
) -> Result<Layout, ExportError> {
    let Some([w, h]) = layout.canvas else {
        return Ok(layout);
    };
    let mut height = |offscreen: &mut Offscreen, l: Layout| -> Result<f32, ExportError> {
        let keep = offscreen.measure(canvas(l), l.pixels_per_point, &mut *draw)?;
        Ok(keep.height() * l.pixels_per_point)
    };
    if height(offscreen, layout)? <= h as f32 {
        // Room to spare: a narrower layout, enlarged more, fills the canvas better (its labels
        // may wrap); keep the last one that still fits.
        for _ in 0..6 {
            let mut narrower = layout;
            narrower.width = (layout.width * 0.85).max(MIN_CANVAS_WIDTH);
            narrower.pixels_per_point = w as f32 / narrower.width;
            if (narrower.width - layout.width).abs() < 1.0
                || height(offscreen, narrower)? > h as f32
            {
                break;
            }
            layout = narrower;
        }
    } else {
        // Too tall: a lower density, so wider in points with fewer wrapped lines (a figure
        // laid out in columns, as the comparison's, gets shorter by more than its width grows).
        // The highest density that fits, found by halving the interval between one that fits
        // and one that does not.
        let at = |ppp: f32| Layout {
            width: w as f32 / ppp,
            pixels_per_point: ppp,
            ..layout
        };
        let mut too_tall = layout.pixels_per_point;
        let mut fits = too_tall;
        for _ in 0..4 {
            fits *= 0.5;
            if height(offscreen, at(fits))? <= h as f32 {
                break;
            }
            too_tall = fits;
        }
        for _ in 0..5 {
            let mid = f32::midpoint(fits, too_tall);
            let tall = height(offscreen, at(mid))?;
            if tall <= h as f32 {
                fits = mid;
            } else {
                too_tall = mid;
            }
        }
        layout = at(fits);
    }
    Ok(layout)
}

/// A canvas tall enough for any chart (a label may wrap); the image is cropped to the figure.
fn canvas_for(spec: &FigureSpec<'_>, layout: Layout) -> Vec2 {
    let rows = spec.data.bars.len() + spec.data.footnotes.len() * 2 + spec.text.notes.len() * 2;
    Vec2::new(layout.width, 320.0 + 90.0 * rows as f32)
}

/// The figure of `spec`, filling `ui`; the rect to keep.
fn draw(ui: &mut egui::Ui, spec: &FigureSpec<'_>) -> Option<Rect> {
    let mut rect = None;
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(ui.visuals().panel_fill))
        .show(ui, |ui| {
            let out = crate::charts::figure_ui::chart_figure_ui(
                ui,
                &crate::charts::figure_ui::FigureView {
                    report: spec.report,
                    data: spec.data,
                    text: spec.text,
                    log_scale: spec.log_scale,
                    highlight: None,
                    reset: false,
                    interactive: false,
                },
            );
            rect = Some(out.rect);
        });
    rect
}
