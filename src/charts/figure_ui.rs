//! The chart as a figure that stands on its own: title with unit, the note that targets are not
//! results, the bars, footnotes and a source line. The chart panel draws it live; the exporter
//! draws the very same figure offscreen, so an exported image is what the user saw.

use std::ops::RangeInclusive;

use egui::{Align2, Rect, RichText, Stroke, Ui};
use egui_plot::{Bar, BarChart, Plot, PlotPoint, Text};

use crate::Command;
use crate::charts::data::{BarDatum, ChartData, XScale};
use crate::report::{ChartKind, Report};
use crate::ui::indicator_card::indicator_card_ui;
use crate::ui::{palette, strings};

/// Height of one bar row in points (label above, bar below).
const ROW_HEIGHT: f32 = 46.0;
/// Bar thickness in plot units (one row is one unit).
const BAR_WIDTH: f64 = 0.42;
/// Space around the figure, part of the figure (and of the exported image).
pub const FIGURE_MARGIN: f32 = 10.0;

/// What to draw and how.
pub struct FigureView<'a> {
    /// The report the chart's indicators belong to.
    pub report: &'a Report,
    /// The chart, ready to draw.
    pub data: &'a ChartData,
    /// Log scale (only honoured when the chart offers it).
    pub log_scale: bool,
    /// Bar to outline.
    pub highlight: Option<usize>,
    /// Forget zoom and pan this frame.
    pub reset: bool,
    /// Value range to show (the on-screen zoom, when drawing offscreen); `None` lets the user
    /// zoom and pan.
    pub x_range: Option<RangeInclusive<f64>>,
    /// Tooltips, clicks and the hover cursor; off when drawing for an image.
    pub interactive: bool,
}

/// What the figure reports back.
pub struct FigureOutput {
    /// Commands to apply.
    pub commands: Vec<Command>,
    /// Screen rect of each bar, by indicator index.
    pub bar_rects: Vec<(usize, Rect)>,
    /// The whole figure, margin included: what an export crops to.
    pub rect: Rect,
    /// The value range shown (zoom and pan included), once the plot has one.
    pub x_range: Option<RangeInclusive<f64>>,
}

/// Draws the figure filling the available width.
pub fn chart_figure_ui(ui: &mut Ui, view: &FigureView<'_>) -> FigureOutput {
    let s = strings::of(ui.ctx());
    // The figure grows with the interface text (200% at most); exports drawn offscreen are at 1.
    let k = crate::ui::style::chrome_scale(ui.style());
    let mut out = FigureOutput {
        commands: Vec::new(),
        bar_rects: Vec::new(),
        rect: Rect::NOTHING,
        x_range: None,
    };
    let frame = egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(FIGURE_MARGIN);
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let data = view.data;
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(s.figure_title(data))
                    .family(crate::platform::fonts::heading_family())
                    .size(17.0 * k)
                    .strong(),
            );
        });
        if data.kind == ChartKind::Target {
            ui.weak(s.targets_not_results);
        }
        ui.add_space(2.0);
        let scale = XScale::new(data, view.log_scale && data.offers_log_scale());
        bars_ui(ui, view, scale, &mut out);
        for &i in &data.footnotes {
            let ind = &view.report.indicators[i];
            ui.label(
                RichText::new(format!(
                    "★ {}{}{}{}",
                    s.indicator_label(ind),
                    s.colon,
                    ind.value_text,
                    s.no_number_target
                ))
                .color(palette::period_color(ind.period, ui.visuals())),
            );
            // A note that only quotes the target again would say the same thing twice.
            if let Some(note) = ind.note.as_ref().filter(|n| !n.contains(&ind.value_text)) {
                ui.weak(note);
            }
        }
        ui.add_space(4.0);
        ui.label(
            RichText::new(s.figure_source(&view.report.meta))
                .size(12.0 * k)
                .color(ui.visuals().weak_text_color()),
        );
    });
    out.rect = response.response.rect;
    out
}

fn bars_ui(ui: &mut Ui, view: &FigureView<'_>, scale: XScale, out: &mut FigureOutput) {
    let s = strings::of(ui.ctx());
    let zoom = crate::ui::style::chrome_scale(ui.style());
    let data = view.data;
    let highlight = view.highlight.filter(|_| view.interactive);
    let n = data.bars.len();
    let max = data.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let visuals = ui.visuals().clone();
    let unit = data.unit.clone();
    // Labels start a margin in from the plot's left edge and must end before its right one.
    let label_font = egui::FontId::proportional(14.0 * zoom);
    let labels: Vec<String> = data
        .bars
        .iter()
        .map(|b| fit_label(ui, s.bar_name(b), &label_font, ui.available_width() * 0.9))
        .collect();
    let row = |i: usize| -(i as f64);
    let start = scale.start;
    // Room right of the longest bar for its value label.
    let end = start + (scale.x(max) - start) * 1.3;
    let (top, bottom) = (0.75, row(n.saturating_sub(1)) - 0.45);
    let mut plot = Plot::new(("chart", data.chart, scale.log))
        .height((ROW_HEIGHT * n as f32 + 34.0) * zoom)
        .show_axes([true, false])
        .show_grid([true, false])
        .show_background(false)
        // Zoom (Ctrl+wheel) and pan along the values only; rows stay put.
        .allow_zoom([view.interactive, false])
        .allow_drag([view.interactive, false])
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(view.interactive)
        .show_x(false)
        .show_y(false)
        .include_x(start)
        .include_x(end)
        .include_y(top)
        .include_y(bottom)
        // Room at both ends for the first and last tick labels, which egui_plot centres on
        // their tick and would otherwise clip.
        .set_margin_fraction(egui::vec2(0.07, 0.0))
        .x_axis_formatter(move |mark, _| {
            // On a log scale only powers of ten are labelled.
            if scale.log && (mark.value - mark.value.round()).abs() > 1e-9 {
                String::new()
            } else {
                format!("{}{unit}", trim_number(scale.value(mark.value)))
            }
        });
    if scale.log {
        plot = plot.x_grid_spacer(egui_plot::log_grid_spacer(10));
    }
    if view.reset {
        plot = plot.reset();
    }
    let fixed = view.x_range.clone();
    let response = plot.show(ui, |plot_ui| {
        if let Some(range) = fixed {
            plot_ui.set_plot_bounds_x(range);
            plot_ui.set_plot_bounds_y(bottom..=top);
        } else {
            clamp_view(plot_ui, start, end, top, bottom);
        }
        let bars: Vec<Bar> = data
            .bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                styled_bar(
                    b,
                    row(i),
                    scale,
                    data.kind,
                    highlight == Some(b.indicator),
                    &visuals,
                )
            })
            .collect();
        plot_ui.bar_chart(BarChart::new("bars", bars).horizontal().allow_hover(false));
        for (i, b) in data.bars.iter().enumerate() {
            plot_ui.text(
                Text::new(
                    format!("label-{i}"),
                    PlotPoint::new(start, row(i) + BAR_WIDTH / 2.0 + 0.04),
                    RichText::new(&labels[i])
                        .font(label_font.clone())
                        .color(visuals.strong_text_color()),
                )
                .anchor(Align2::LEFT_BOTTOM)
                .allow_hover(false),
            );
            plot_ui.text(
                Text::new(
                    format!("value-{i}"),
                    PlotPoint::new(scale.x(b.value.max(0.0)), row(i)),
                    RichText::new(format!(" {}", b.value_text))
                        .size(14.0 * zoom)
                        .strong(),
                )
                .anchor(Align2::LEFT_CENTER)
                .allow_hover(false),
            );
        }
    });
    let transform = response.transform;
    let bounds = transform.bounds();
    if bounds.is_valid() {
        out.x_range = Some(bounds.min()[0]..=bounds.max()[0]);
    }
    out.bar_rects = data
        .bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let a = transform.position_from_point(&PlotPoint::new(start, row(i) + BAR_WIDTH / 2.0));
            let z = transform
                .position_from_point(&PlotPoint::new(scale.x(b.value), row(i) - BAR_WIDTH / 2.0));
            (b.indicator, Rect::from_two_pos(a, z))
        })
        .collect();
    if !view.interactive {
        return;
    }
    let frame = *transform.frame();
    let rows: Vec<Rect> = (0..n)
        .map(|i| {
            let y = |v: f64| transform.position_from_point_y(v);
            Rect::from_x_y_ranges(frame.x_range(), y(row(i) + 0.5)..=y(row(i) - 0.5))
                .intersect(frame)
        })
        .collect();
    out.commands
        .extend(crate::charts::keyboard_ui::bar_targets_ui(
            ui,
            view.report,
            data,
            &rows,
            &response.response,
        ));
    let hovered = response
        .response
        .hover_pos()
        .and_then(|pos| {
            out.bar_rects
                .iter()
                .find(|(_, r)| r.expand(2.0).contains(pos))
        })
        .and_then(|&(ind, rect)| Some((data.bars.iter().find(|b| b.indicator == ind)?, rect)));
    if let Some((bar, bar_rect)) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        if response.response.clicked() {
            out.commands.push(Command::ShowSource(bar.indicator));
        }
        card_beside_ui(ui, response.response.rect, bar_rect, |ui| {
            indicator_card_ui(ui, view.report, bar.indicator, s.click_to_read);
        });
    }
}

/// The card of a hovered bar, beside the chart rather than over it, so no neighbouring bar is
/// covered: left of the plot level with the bar when there is room (the chart right of the
/// text), else above the plot (the chart below the text).
fn card_beside_ui(ui: &Ui, plot: egui::Rect, bar: egui::Rect, card: impl FnOnce(&mut Ui)) {
    let (pivot, at) = if plot.left() > 380.0 {
        (
            egui::Align2::RIGHT_CENTER,
            egui::pos2(plot.left() - 8.0, bar.center().y),
        )
    } else {
        (
            egui::Align2::CENTER_BOTTOM,
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
    y: f64,
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
    Bar::new(y, scale.x(b.value) - scale.start)
        .base_offset(scale.start)
        .width(BAR_WIDTH)
        .fill(if highlighted { color } else { fill })
        .stroke(stroke)
        .name(&b.label)
}

/// Keeps zoom and pan within sensible bounds: rows fixed, values between the axis start and a
/// little past the longest bar, and no closer than a twentieth of that range.
fn clamp_view(plot_ui: &mut egui_plot::PlotUi<'_>, start: f64, end: f64, top: f64, bottom: f64) {
    let bounds = plot_ui.plot_bounds();
    // A new plot has no bounds until its first auto-fit; leave that frame alone.
    if !bounds.is_valid() {
        return;
    }
    let pad = (end - start) * 0.08;
    let (lo, hi) = (start - pad, end + pad);
    let width = (bounds.max()[0] - bounds.min()[0]).clamp((end - start) / 20.0, hi - lo);
    let a = bounds.min()[0].clamp(lo, hi - width);
    if (a - bounds.min()[0]).abs() > 1e-9 || (a + width - bounds.max()[0]).abs() > 1e-9 {
        plot_ui.set_plot_bounds_x(a..=a + width);
    }
    if (bounds.min()[1] - bottom).abs() > 1e-9 || (bounds.max()[1] - top).abs() > 1e-9 {
        plot_ui.set_plot_bounds_y(bottom..=top);
    }
}

/// `text` cut to `room` points with "…" when longer: a plot label cannot wrap. The whole label
/// is in the bar's tooltip, its screen-reader name and the data table.
fn fit_label(ui: &Ui, text: &str, font: &egui::FontId, room: f32) -> String {
    ui.fonts_mut(|f| {
        let total: f32 = text.chars().map(|c| f.glyph_width(font, c)).sum();
        if total <= room {
            return text.to_owned();
        }
        let budget = room - f.glyph_width(font, '…');
        let mut used = 0.0;
        let mut out = String::new();
        for c in text.chars() {
            used += f.glyph_width(font, c);
            if used > budget {
                break;
            }
            out.push(c);
        }
        out.push('…');
        out
    })
}

/// `7` for 7.0, `2.5` for 2.5: axis ticks without trailing zeros.
fn trim_number(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}
