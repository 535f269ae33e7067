//! The bars of a chart figure, drawn as a careful designer would: each label on its own row
//! above its bar, wrapped rather than cut, on a clean background that no gridline crosses; the
//! value right of its bar; a zero line; a few gridlines at round steps ending just past the
//! data ([`crate::ui::axis`]), numbers only on the axis because the title names the unit.
//!
//! Rows are laid out in points before the plot is drawn (a wrapped label makes its row taller),
//! and the plot's vertical unit is one point, so a label's galley fits above its bar exactly.

use std::sync::Arc;

use egui::{Align2, Galley, Rect, Stroke, Ui};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Plot, PlotPoint};

use super::figure_view::{FigureOutput, FigureView, Opened};
use crate::charts::data::{BarDatum, XScale};
use crate::report::ChartKind;
use crate::ui::axis::{Ticks, fit, intervals_for};
use crate::ui::indicator_card::indicator_card_ui;
use crate::ui::{palette, strings};

/// Thickness of a bar, in points at text scale 1.
const BAR: f32 = 18.0;
/// Space between a label and its bar.
const LABEL_GAP: f32 = 3.0;
/// Space between a bar and the next row's label.
const ROW_GAP: f32 = 10.0;
/// Room for the value axis's labels under the plot.
const AXIS: f32 = 24.0;
/// Room left of the first gridline (half its label).
const LEFT: f32 = 12.0;
/// Space between a bar's end and its value label.
const PAD: f32 = 6.0;
/// Room a tick label needs between two gridlines.
const TICK_ROOM: f32 = 64.0;

/// One bar's row: its label, its value label, and where the bar's centre is (points from the
/// plot's top, which is the plot's own unit, negated).
struct Row {
    label: Arc<Galley>,
    value: Arc<Galley>,
    centre: f32,
    top: f32,
}

impl Row {
    /// The room a bar's words need right of its end: its value; a decrease's bar ends at zero,
    /// where its label (above the bar, from zero) and its value both go, so the wider of them.
    fn room(&self, value: f64) -> f32 {
        let words = if value < 0.0 {
            self.value.size().x.max(self.label.size().x)
        } else {
            self.value.size().x
        };
        words + 2.0 * PAD
    }
}

/// A row's sizes at the chart's zoom (the text scale of the chrome).
#[derive(Clone, Copy)]
struct Metrics {
    zoom: f32,
    bar: f32,
    label_gap: f32,
    row_gap: f32,
}

impl Metrics {
    fn at(zoom: f32) -> Self {
        Self {
            zoom,
            bar: BAR * zoom,
            label_gap: LABEL_GAP * zoom,
            row_gap: ROW_GAP * zoom,
        }
    }
}

/// The value axis fitted to the bars: its first gridline, its round steps, the range shown, and
/// the rows' total height (the plot's vertical extent, in points).
#[derive(Clone, Copy)]
struct Extent {
    first: f64,
    ticks: Option<Ticks>,
    lo: f64,
    hi: f64,
    height: f32,
}

/// Draws the bars of `view` into `out`.
pub fn bars_ui(ui: &mut Ui, view: &FigureView<'_>, scale: XScale, out: &mut FigureOutput) {
    let s = strings::of(ui.ctx());
    let metrics = Metrics::at(crate::ui::style::chrome_scale(ui.style()));
    let width = ui.available_width();
    let (rows, height) = layout_rows(ui, view, width, metrics);
    let extent = fit_axis(view, &rows, scale, width, height);
    let highlight = view.highlight.filter(|_| view.interactive);
    let visuals = ui.visuals().clone();
    let response = value_plot(ui, view, scale, extent, metrics).show(ui, |plot_ui| {
        if view.interactive {
            clamp_view(plot_ui, extent.lo, extent.hi, f64::from(height));
        } else {
            // An image shows the whole chart, laid out for its own width.
            plot_ui.set_plot_bounds_x(extent.lo..=extent.hi);
            plot_ui.set_plot_bounds_y(-f64::from(height)..=0.0);
        }
        let bars: Vec<Bar> = view
            .data
            .bars
            .iter()
            .zip(&rows)
            .map(|(b, r)| {
                let marked = highlight == Some(b.indicator);
                styled_bar(b, r, metrics.bar, scale, view.data.kind, marked, &visuals)
            })
            .collect();
        plot_ui.bar_chart(BarChart::new("bars", bars).horizontal().allow_hover(false));
    });
    // The plot area takes the focus before the bars: it is the chart, said in one sentence.
    response.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, s.chart_summary(view.data))
    });
    let placed = Placed {
        transform: response.transform,
        zero: if scale.log { scale.start } else { 0.0 },
        metrics,
    };
    out.bar_rects = view
        .data
        .bars
        .iter()
        .zip(&rows)
        .map(|(b, r)| (b.indicator, placed.bar_rect(r, scale.x(b.value))))
        .collect();
    paint_words(ui, view, &rows, &placed, &response.response, out);
    if view.interactive {
        let frame = *placed.transform.frame();
        let rows: Vec<Rect> = rows
            .iter()
            .map(|r| {
                let bottom = r.centre + metrics.bar / 2.0 + 4.0;
                let (top, bottom) = (placed.at(r.top).y, placed.at(bottom).y);
                Rect::from_x_y_ranges(frame.x_range(), top..=bottom).intersect(frame)
            })
            .collect();
        hover_ui(ui, view, &rows, &response.response, out);
    }
}

/// Each bar's row laid out from the top: its label (wrapped to the width) and value galleys,
/// and where its bar sits; and the total height.
fn layout_rows(ui: &Ui, view: &FigureView<'_>, width: f32, metrics: Metrics) -> (Vec<Row>, f32) {
    let s = strings::of(ui.ctx());
    let color = ui.visuals().strong_text_color();
    let font = egui::FontId::proportional(14.0 * metrics.zoom);
    let mut rows = Vec::with_capacity(view.data.bars.len());
    let mut cursor = 4.0 * metrics.zoom;
    for b in &view.data.bars {
        let label = ui.painter().layout(
            s.bar_name(b).to_owned(),
            font.clone(),
            color,
            (width - LEFT - 8.0).max(40.0),
        );
        let value =
            ui.painter()
                .layout_no_wrap(s.bar_value(b, &view.data.unit), font.clone(), color);
        let top = cursor;
        let centre = top + label.size().y + metrics.label_gap + metrics.bar / 2.0;
        cursor = centre + metrics.bar / 2.0 + metrics.row_gap;
        rows.push(Row {
            label,
            value,
            centre,
            top,
        });
    }
    (rows, cursor)
}

/// The value axis for the bars and the room their words need right of them.
fn fit_axis(view: &FigureView<'_>, rows: &[Row], scale: XScale, width: f32, height: f32) -> Extent {
    let (first, ticks) = value_axis(view.data.bars.as_slice(), scale, width);
    let mut ends: Vec<(f64, f32)> = view
        .data
        .bars
        .iter()
        .zip(rows)
        .map(|(b, r)| (scale.x(b.value.max(0.0)), r.room(b.value)))
        .collect();
    if let Some(t) = ticks {
        ends.push((t.max, LEFT));
    }
    let (lo, hi) = fit(first, &ends, width, LEFT).unwrap_or((first, first + 1.0));
    Extent {
        first,
        ticks,
        lo,
        hi,
        height,
    }
}

/// The plot of the bars: values along, rows down in points; zoom and pan along the values
/// only, and only on screen.
fn value_plot<'a>(
    ui: &Ui,
    view: &FigureView<'_>,
    scale: XScale,
    extent: Extent,
    metrics: Metrics,
) -> Plot<'a> {
    let data = view.data;
    let unit_free = move |mark: GridMark, _: &std::ops::RangeInclusive<f64>| {
        // On a log scale only powers of ten are labelled; the unit is in the title.
        if scale.log && (mark.value - mark.value.round()).abs() > 1e-9 {
            String::new()
        } else {
            trim_number(scale.value(mark.value))
        }
    };
    let Extent {
        first,
        ticks,
        lo,
        hi,
        height,
    } = extent;
    // The plot keeps its zoom by its id: a chart of other bars (another report's first chart,
    // a figure kept in review) starts from its own fit, not from the last one's bounds.
    let plot = Plot::new((
        "chart",
        data.chart,
        scale.log,
        data.title.as_str(),
        data.bars.len(),
    ))
    .height(height + AXIS * metrics.zoom)
    .custom_x_axes(vec![
        AxisHints::new_x()
            .formatter(unit_free)
            .label_spacing(30.0..=40.0),
    ])
    .show_axes([true, false])
    .show_grid([true, false])
    .grid_spacing(1.0..=2.0)
    .grid_color(ui.visuals().widgets.noninteractive.bg_stroke.color)
    .show_background(false)
    // Zoom (Ctrl+wheel) and pan along the values only; rows stay put.
    .allow_zoom([view.interactive, false])
    .allow_drag([view.interactive, false])
    .allow_scroll(false)
    .allow_boxed_zoom(false)
    .allow_double_click_reset(view.interactive)
    .show_x(false)
    .show_y(false)
    .include_x(lo)
    .include_x(hi)
    .include_y(0.0)
    .include_y(-f64::from(height))
    .set_margin_fraction(egui::vec2(0.0, 0.0))
    .x_grid_spacer(move |input| grid(input, ticks, first));
    if view.reset { plot.reset() } else { plot }
}

/// Where the plot put things: from its values and rows to the screen.
struct Placed {
    transform: egui_plot::PlotTransform,
    /// Where the bars start (0, or the start of a log scale).
    zero: f64,
    metrics: Metrics,
}

impl Placed {
    /// The point at the bars' start on row height `y` (points from the top).
    fn at(&self, y: f32) -> egui::Pos2 {
        self.point(self.zero, y)
    }

    fn point(&self, x: f64, y: f32) -> egui::Pos2 {
        self.transform
            .position_from_point(&PlotPoint::new(x, f64::from(-y)))
    }

    /// The bar of row `r` ending at `x` (plot units).
    fn bar_rect(&self, r: &Row, x: f64) -> Rect {
        let half = self.metrics.bar / 2.0;
        Rect::from_two_pos(self.at(r.centre - half), self.point(x, r.centre + half))
    }
}

/// The zero line, and each row's label above its bar and value after it, on a clean ground.
fn paint_words(
    ui: &Ui,
    view: &FigureView<'_>,
    rows: &[Row],
    placed: &Placed,
    plot: &egui::Response,
    out: &FigureOutput,
) {
    let visuals = ui.visuals();
    let frame = *placed.transform.frame();
    let painter = ui.painter().with_clip_rect(plot.rect);
    let zero_x = placed.at(0.0).x;
    if frame.x_range().contains(zero_x) {
        painter.vline(
            zero_x,
            frame.y_range(),
            Stroke::new(1.0, visuals.text_color().gamma_multiply(0.7)),
        );
    }
    let clean = visuals.panel_fill;
    let (half, gap) = (placed.metrics.bar / 2.0, placed.metrics.label_gap);
    for ((b, r), &(_, rect)) in view.data.bars.iter().zip(rows).zip(&out.bar_rects) {
        let label_at = placed.at(r.centre - half) + egui::vec2(4.0, -gap);
        let label_rect = Align2::LEFT_BOTTOM.anchor_size(label_at, r.label.size());
        painter.rect_filled(label_rect.expand2(egui::vec2(3.0, 1.0)), 2.0, clean);
        painter.galley(
            label_rect.min,
            Arc::clone(&r.label),
            visuals.strong_text_color(),
        );
        // A decrease's bar runs left of zero; its value sits right of the zero line on its own
        // row, where no bar is (the room for it is kept when the axis is fitted).
        let end = if b.value < 0.0 { zero_x } else { rect.right() };
        let value_rect =
            Align2::LEFT_CENTER.anchor_size(egui::pos2(end + PAD, rect.center().y), r.value.size());
        painter.rect_filled(value_rect.expand2(egui::vec2(2.0, 1.0)), 2.0, clean);
        painter.galley(
            value_rect.min,
            Arc::clone(&r.value),
            visuals.strong_text_color(),
        );
    }
}

/// The first gridline and the round gridlines of a linear axis (`None` on a log scale, whose
/// gridlines are the powers of ten from the axis start).
fn value_axis(bars: &[BarDatum], scale: XScale, width: f32) -> (f64, Option<Ticks>) {
    if scale.log {
        return (scale.start, None);
    }
    let lo = bars.iter().map(|b| b.value).fold(0.0, f64::min);
    let hi = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let ticks = Ticks::nice(lo, hi, intervals_for(width * 0.8, TICK_ROOM));
    (ticks.min, Some(ticks))
}

/// The gridlines: the round ticks while the whole axis is in view; when zoomed in, round
/// values at the plot's own spacing, never before the first tick.
fn grid(input: egui_plot::GridInput, ticks: Option<Ticks>, first: f64) -> Vec<GridMark> {
    let (a, b) = input.bounds;
    let marks: Vec<GridMark> = match ticks {
        Some(t) => {
            let shown = if (b - a) > (t.max - t.min) * 0.6 {
                t
            } else {
                Ticks::nice(a.max(t.min), b, 4)
            };
            shown
                .values()
                .into_iter()
                .map(|value| GridMark {
                    value,
                    step_size: t.step,
                })
                .collect()
        }
        None => egui_plot::log_grid_spacer(10)(input)
            .into_iter()
            .filter(|m| (m.value - m.value.round()).abs() < 1e-9)
            .collect(),
    };
    marks
        .into_iter()
        .filter(|m| m.value >= first - 1e-9)
        .collect()
}

/// The hovered bar: pointing hand, its card beside the chart, and a click to its sentence;
/// the keyboard and screen-reader targets over each row.
fn hover_ui(
    ui: &Ui,
    view: &FigureView<'_>,
    rows: &[Rect],
    plot: &egui::Response,
    out: &mut FigureOutput,
) {
    let s = strings::of(ui.ctx());
    let data = view.data;
    out.opened = crate::charts::keyboard_ui::bar_targets_ui(ui, view.report, data, rows, plot);
    let hovered = plot
        .hover_pos()
        .and_then(|pos| {
            out.bar_rects
                .iter()
                .find(|(_, r)| r.expand(2.0).contains(pos))
        })
        .and_then(|&(ind, rect)| Some((data.bars.iter().find(|b| b.indicator == ind)?, rect)));
    if let Some((bar, bar_rect)) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        if plot.clicked() {
            out.opened = Some(Opened {
                indicator: bar.indicator,
                by_keyboard: false,
            });
        }
        card_beside_ui(ui, plot.rect, bar_rect, |ui| {
            indicator_card_ui(ui, view.report, bar.indicator, s.click_to_read);
        });
    }
}

/// The card of a hovered bar, beside the chart rather than over it, so no neighbouring bar is
/// covered: left of the plot level with the bar when there is room (the chart right of the
/// text), else above the plot (the chart below the text).
fn card_beside_ui(ui: &Ui, plot: Rect, bar: Rect, card: impl FnOnce(&mut Ui)) {
    let (pivot, at) = if plot.left() > 380.0 {
        (
            Align2::RIGHT_CENTER,
            egui::pos2(plot.left() - 8.0, bar.center().y),
        )
    } else {
        (
            Align2::CENTER_BOTTOM,
            egui::pos2(bar.center().x.min(plot.center().x), plot.top() - 8.0),
        )
    };
    egui::Area::new(egui::Id::unique("bar-card"))
        .order(egui::Order::Tooltip)
        .pivot(pivot)
        .fixed_pos(at)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(360.0);
                card(ui);
            });
        });
}

fn styled_bar(
    b: &BarDatum,
    row: &Row,
    thickness: f32,
    scale: XScale,
    kind: ChartKind,
    highlighted: bool,
    visuals: &egui::Visuals,
) -> Bar {
    let color = palette::period_color(b.period, visuals);
    // Targets are drawn as light bars with a solid outline, so they read as aims, not results.
    let (fill, stroke) = match kind {
        ChartKind::Target => (color.gamma_multiply(0.3), Stroke::new(1.5, color)),
        ChartKind::Result => (color, Stroke::new(1.0, color)),
    };
    let stroke = if highlighted {
        Stroke::new(3.0, visuals.strong_text_color())
    } else {
        stroke
    };
    let start = if scale.log { scale.start } else { 0.0 };
    Bar::new(f64::from(-row.centre), scale.x(b.value) - start)
        .base_offset(start)
        .width(f64::from(thickness))
        .fill(if highlighted { color } else { fill })
        .stroke(stroke)
        .name(&b.label)
}

/// Keeps zoom and pan within sensible bounds: rows fixed, values between a little before the
/// axis start and a little past the longest bar, and no closer than a twentieth of that range.
fn clamp_view(plot_ui: &mut egui_plot::PlotUi<'_>, lo: f64, hi: f64, total: f64) {
    let bounds = plot_ui.plot_bounds();
    // A new plot has no bounds until its first auto-fit; leave that frame alone.
    if !bounds.is_valid() {
        return;
    }
    let width = (bounds.max()[0] - bounds.min()[0]).clamp((hi - lo) / 20.0, hi - lo);
    let a = bounds.min()[0].clamp(lo, (hi - width).max(lo));
    if (a - bounds.min()[0]).abs() > 1e-9 || (a + width - bounds.max()[0]).abs() > 1e-9 {
        plot_ui.set_plot_bounds_x(a..=a + width);
    }
    if (bounds.min()[1] + total).abs() > 1e-9 || bounds.max()[1].abs() > 1e-9 {
        plot_ui.set_plot_bounds_y(-total..=0.0);
    }
}

/// `7` for 7.0, `2.5` for 2.5: axis ticks without trailing zeros.
fn trim_number(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}
