//! The comparison drawn: its targets as grouped bars (one colour per report, the qualifier
//! drawn), and the whole comparison as a figure to publish (title, reports, bars, targets
//! against results, a source line naming every report). The 报告库 window shows the bars; the
//! exporter draws the figure offscreen.

use crate::command::LibraryCommand;
use egui::{RichText, Ui};

use super::canonical::name_of;
use super::library::Entry;
use super::outcomes::Pair;
use super::targets::Row;
use crate::Command;
use crate::i18n::{Lang, Strings};
use crate::report::Qualifier;
use crate::ui::strings;

/// What the window shows.
#[derive(Clone, Copy)]
pub struct CompareView<'a> {
    /// The library.
    pub entries: &'a [Entry],
    /// The keys of the reports ticked for comparison, in the order of the columns.
    pub compared: &'a [String],
    /// Their headline targets side by side.
    pub rows: &'a [Row],
    /// Their targets against the next report's results.
    pub pairs: &'a [Pair],
}

/// A report's column name: its region (全国 for the national report) and year.
#[must_use]
pub fn column_name(s: &Strings, entry: &Entry) -> String {
    let region = if entry.region.is_empty() {
        s.level_national.to_owned()
    } else {
        entry.region.clone()
    };
    entry
        .year
        .map_or(region.clone(), |y| format!("{region} {y}"))
}

/// Distance between two targets' groups of bars, in rows (room for the target's name above).
const PITCH: f64 = 1.5;

/// The percentage targets as grouped bars, one colour per report; a target in words has no
/// bar. Each bar is labelled with the figure as written (`5%左右`: about, `5%以上`: at least).
pub(super) fn grouped_bars_ui(
    ui: &mut Ui,
    rows: &[Row],
    names: &[String],
    links: Option<(&[String], &mut Vec<Command>)>,
) {
    use egui_plot::{Bar, BarChart, Legend, Plot, PlotPoint, Text};
    let numeric: Vec<&Row> = rows
        .iter()
        .filter(|r| r.in_percent())
        .filter(|r| r.said.iter().flatten().any(|s| s.value.is_some()))
        .collect();
    if numeric.is_empty() {
        return;
    }
    let s = strings::of(ui.ctx());
    let n = names.len().max(1) as f64;
    let width = 0.8 / n;
    let colours = [
        egui::Color32::from_rgb(0, 114, 178),
        egui::Color32::from_rgb(213, 94, 0),
        egui::Color32::from_rgb(0, 158, 115),
        egui::Color32::from_rgb(204, 121, 167),
        egui::Color32::from_rgb(86, 180, 233),
    ];
    let height = 22.0 * numeric.len() as f32 * (n as f32 + 1.0) + 60.0;
    // Room right of the longest bar for its figure as written; a decrease runs left of zero.
    let values = || {
        numeric
            .iter()
            .flat_map(|r| r.said.iter().flatten())
            .filter_map(|s| s.value)
    };
    let max = values().fold(0.0, f64::max);
    let min = values().fold(0.0, f64::min);
    let y_of = |r: usize, c: usize| -(r as f64) * PITCH - (c as f64 - (n - 1.0) / 2.0) * width;
    let response = Plot::new("targets-grouped")
        .height(height.min(640.0))
        .show_grid([true, false])
        .legend(Legend::default().position(egui_plot::Corner::RightBottom))
        .show_axes([true, false])
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .include_x(min * 1.1)
        .include_x(max * 1.3)
        // Room above the first group for its name.
        .include_y(1.0)
        .show(ui, |plot| {
            for (c, name) in names.iter().enumerate() {
                let mut bars = Vec::new();
                for (r, row) in numeric.iter().enumerate() {
                    let Some(said) = row.said.get(c).and_then(Option::as_ref) else {
                        continue;
                    };
                    let Some(value) = said.value else {
                        continue;
                    };
                    let y = y_of(r, c);
                    let colour = colours[c % colours.len()];
                    // The qualifier drawn: an approximate target is a pale bar, a floor or a
                    // ceiling has an arrow at its end.
                    let (fill, mark) = match said.qualifier {
                        Some(Qualifier::About | Qualifier::Nearly) => {
                            (colour.gamma_multiply(0.15), "")
                        }
                        Some(Qualifier::AtLeast | Qualifier::Over) => {
                            (colour.gamma_multiply(0.5), "▶")
                        }
                        Some(Qualifier::AtMost) => (colour.gamma_multiply(0.5), "◀"),
                        _ => (colour.gamma_multiply(0.5), ""),
                    };
                    bars.push(
                        Bar::new(y, value)
                            .width(width * 0.9)
                            .fill(fill)
                            .stroke(egui::Stroke::new(1.0, colour))
                            .name(&said.value_text),
                    );
                    // No name: the legend lists the reports only.
                    plot.text(
                        Text::new(
                            "",
                            // A decrease's figure right of zero, on its own row, off its bar.
                            PlotPoint::new(value.max(0.0), y),
                            format!(" {mark}{}", said.value_text),
                        )
                        .anchor(egui::Align2::LEFT_CENTER),
                    );
                }
                let colour = colours[c % colours.len()];
                plot.bar_chart(
                    BarChart::new(name.as_str(), bars)
                        .horizontal()
                        .color(colour)
                        // The card below says more: the sentence, and a click goes there.
                        .allow_hover(false),
                );
            }
            for (r, row) in numeric.iter().enumerate() {
                let label = row.name(s.lang == Lang::Zh);
                plot.text(
                    Text::new("", PlotPoint::new(0.0, -(r as f64) * PITCH + 0.5), label)
                        .anchor(egui::Align2::LEFT_BOTTOM),
                );
            }
        });
    // The chart as a whole, for screen readers: the table above says every figure.
    response
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, s.targets_heading));
    ui.weak(s.qualifier_key);
    // A bar shows its sentence; a click opens its report there (not in an exported image).
    let Some((keys, commands)) = links else {
        return;
    };
    let hovered = response.response.hover_pos().and_then(|pos| {
        let point = response.transform.value_from_position(pos);
        numeric.iter().enumerate().find_map(|(r, row)| {
            row.said.iter().enumerate().find_map(|(c, said)| {
                let said = said.as_ref()?;
                let value = said.value?;
                let near = (point.y - y_of(r, c)).abs() <= width * 0.45;
                let (from, to) = (value.min(0.0), value.max(0.0));
                (near && point.x >= from && point.x <= to).then_some((c, said))
            })
        })
    });
    if let Some((c, said)) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        if response.response.clicked()
            && let Some(key) = keys.get(c)
        {
            commands.push(Command::Library(LibraryCommand::OpenFromLibrary(
                key.clone(),
                Some(said.indicator),
            )));
        }
        response.response.on_hover_ui_at_pointer(|ui| {
            ui.set_max_width(360.0);
            ui.label(RichText::new(&said.value_text).strong());
            ui.label(&said.quote);
            ui.weak(s.click_to_read);
        });
    }
}

/// The comparison as a figure to publish: title, the reports compared, the grouped bars, the
/// targets against results, and a source line naming every report used. Returns its rect.
pub fn comparison_figure_ui(ui: &mut Ui, view: &CompareView<'_>) -> egui::Rect {
    let s = strings::of(ui.ctx());
    let entries: Vec<&Entry> = view
        .compared
        .iter()
        .filter_map(|k| view.entries.iter().find(|e| e.key == *k))
        .collect();
    let names: Vec<String> = entries.iter().map(|e| column_name(s, e)).collect();
    egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(crate::charts::figure_ui::FIGURE_MARGIN)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{}（%）", s.targets_heading))
                        .family(crate::platform::fonts::heading_family())
                        .size(17.0)
                        .strong(),
                )
                .wrap(),
            );
            ui.add(egui::Label::new(RichText::new(names.join(s.list_separator)).weak()).wrap());
            grouped_bars_ui(ui, view.rows, &names, None);
            if !view.pairs.is_empty() {
                ui.add_space(6.0);
                ui.label(RichText::new(s.outcomes_heading).strong());
                for pair in view.pairs {
                    let name = name_of(pair.key, s.lang == Lang::Zh).unwrap_or_default();
                    let gap = pair
                        .gap
                        .as_ref()
                        .map_or_else(String::new, |g| format!("（{} {}）", g.text(), g.unit));
                    ui.label(format!(
                        "{} {} · {name}：{} → {}{gap}",
                        pair.region, pair.year, pair.target.1.value_text, pair.result.1.value_text
                    ));
                }
            }
            ui.add_space(4.0);
            let titles: Vec<&str> = entries.iter().map(|e| e.title.as_str()).collect();
            ui.add(
                egui::Label::new(
                    RichText::new(crate::i18n::fill::fill(
                        s.source_reports,
                        &[("titles", &titles.join(s.list_separator))],
                    ))
                    .size(12.0)
                    .color(ui.visuals().weak_text_color()),
                )
                .wrap(),
            );
        })
        .response
        .rect
}
