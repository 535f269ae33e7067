//! The chart panel: a picker with every chart of the report (those of the current section
//! first), the chart as horizontal bars with their labels above them (long Chinese labels stay
//! whole at any width), value labels, a tooltip with the source sentence, and a click that
//! takes the reader to that sentence.

use egui::{Align2, Rect, RichText, Stroke, Ui};
use egui_plot::{Bar, BarChart, Plot, PlotPoint, Text};

use crate::Command;
use crate::chart_data::{BarDatum, ChartData, SortOrder, XScale};
use crate::chart_view::ChartView;
use crate::report::{ChartKind, Report};
use crate::ui::indicator_card::indicator_card_ui;
use crate::ui::{palette, strings};

/// Height of one bar row in points (label above, bar below).
const ROW_HEIGHT: f32 = 46.0;
/// Bar thickness in plot units (one row is one unit).
const BAR_WIDTH: f64 = 0.42;

/// What the chart panel reports back besides commands: where each bar is on screen (tests and
/// keyboard focus use it).
#[derive(Default)]
pub struct ChartOutput {
    /// Commands to apply.
    pub commands: Vec<Command>,
    /// Screen rect of each bar, by indicator index.
    pub bar_rects: Vec<(usize, Rect)>,
}

/// Draws the chart panel. `relevant` are the charts of the section being read.
pub fn chart_panel_ui(
    ui: &mut Ui,
    report: &Report,
    view: &ChartView,
    relevant: &[usize],
    sort: SortOrder,
) -> ChartOutput {
    let mut out = ChartOutput::default();
    picker_ui(ui, report, view, relevant, &mut out.commands);
    ui.separator();
    let Some(data) = &view.data else {
        ui.weak(strings::NO_CHART);
        return out;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{}（{}）", data.title, data.unit))
                .family(crate::fonts::heading_family())
                .size(17.0)
                .strong(),
        );
    });
    if data.kind == ChartKind::Target {
        ui.weak(strings::TARGETS_NOT_RESULTS);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(strings::SORT);
        for (order, label) in [
            (SortOrder::Report, strings::SORT_REPORT),
            (SortOrder::Value, strings::SORT_VALUE),
        ] {
            if ui.selectable_label(sort == order, label).clicked() && sort != order {
                out.commands.push(Command::SetSort(order));
            }
        }
        ui.separator();
        if data.offers_log_scale()
            && ui
                .selectable_label(view.log_scale, strings::LOG_SCALE)
                .on_hover_text(strings::LOG_SCALE_HINT)
                .clicked()
        {
            out.commands.push(Command::ToggleLogScale);
        }
        if ui
            .button(strings::RESET_VIEW)
            .on_hover_text(strings::RESET_VIEW_HINT)
            .clicked()
        {
            out.commands.push(Command::ResetChartView);
        }
    });
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("chart-scroll")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let scale = XScale::new(data, view.log_scale && data.offers_log_scale());
            bars_ui(ui, report, data, view, scale, &mut out);
            for &i in &data.footnotes {
                let ind = &report.indicators[i];
                ui.label(
                    RichText::new(format!("★ {}：{}", ind.label, ind.value_text))
                        .color(palette::period_color(ind.period, ui.visuals())),
                );
                if let Some(note) = &ind.note {
                    ui.weak(note);
                }
            }
            ui.add_space(6.0);
            ui.weak(strings::CHART_SOURCE_HINT);
        });
    out
}

fn picker_ui(
    ui: &mut Ui,
    report: &Report,
    view: &ChartView,
    relevant: &[usize],
    commands: &mut Vec<Command>,
) {
    let selected = view.selected;
    let others = (0..view.count(report)).filter(|i| !relevant.contains(i));
    ui.horizontal_wrapped(|ui| {
        for i in relevant.iter().copied().chain(others) {
            let mut title = view.title(report, i).to_owned();
            if relevant.contains(&i) {
                title.push_str(strings::IN_THIS_SECTION);
            }
            if ui.selectable_label(i == selected, title).clicked() && i != selected {
                commands.push(Command::SelectChart(i));
            }
        }
    });
}

fn bars_ui(
    ui: &mut Ui,
    report: &Report,
    data: &ChartData,
    view: &ChartView,
    scale: XScale,
    out: &mut ChartOutput,
) {
    let highlight = view.highlight;
    let n = data.bars.len();
    let max = data.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let visuals = ui.visuals().clone();
    let unit = data.unit.clone();
    let row = |i: usize| -(i as f64);
    let start = scale.start;
    // Room right of the longest bar for its value label.
    let end = start + (scale.x(max) - start) * 1.3;
    let (top, bottom) = (0.75, row(n.saturating_sub(1)) - 0.45);
    let mut plot = Plot::new(("chart", data.chart, scale.log))
        .height(ROW_HEIGHT * n as f32 + 34.0)
        .show_axes([true, false])
        .show_grid([true, false])
        .show_background(false)
        // Zoom (Ctrl+wheel) and pan along the values only; rows stay put.
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(true)
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
    if view.reset_requested {
        plot = plot.reset();
    }
    let response = plot.show(ui, |plot_ui| {
        clamp_view(plot_ui, start, end, top, bottom);
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
                    RichText::new(&b.label)
                        .size(14.0)
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
                        .size(14.0)
                        .strong(),
                )
                .anchor(Align2::LEFT_CENTER)
                .allow_hover(false),
            );
        }
        plot_ui.pointer_coordinate()
    });
    let transform = response.transform;
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
    let hovered = response
        .response
        .hover_pos()
        .and_then(|pos| {
            out.bar_rects
                .iter()
                .find(|(_, r)| r.expand(2.0).contains(pos))
        })
        .and_then(|(ind, _)| data.bars.iter().find(|b| b.indicator == *ind));
    if let Some(bar) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        if response.response.clicked() {
            out.commands.push(Command::ShowSource(bar.indicator));
        }
        response.response.on_hover_ui_at_pointer(|ui| {
            indicator_card_ui(ui, report, bar.indicator, strings::CLICK_TO_READ);
        });
    }
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

/// `7` for 7.0, `2.5` for 2.5: axis ticks without trailing zeros.
fn trim_number(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}
