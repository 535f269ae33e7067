//! The comparison drawn: its targets as grouped bars (one colour per report, the qualifier
//! drawn), and the whole comparison as a figure to publish (title, reports, bars, targets
//! against results, a source line naming every report). The 报告库 window shows the bars; the
//! exporter draws the figure offscreen.

use egui::{RichText, Ui};

use super::canonical::name_of;
use super::library::Entry;
use super::outcomes::Pair;
use super::targets::Row;
use crate::compare::command::LibraryCommand;
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
pub(super) fn grouped_bars_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    rows: &[Row],
    names: &[String],
    links: Option<(&[String], &mut Vec<C>)>,
) {
    use egui_plot::{Legend, Plot, PlotPoint, Text};
    let numeric: Vec<&Row> = rows
        .iter()
        .filter(|r| r.in_percent())
        .filter(|r| r.said.iter().flatten().any(|s| s.value.is_some()))
        .collect();
    if numeric.is_empty() {
        return;
    }
    let s = strings::of(ui.ctx());
    let groups = Groups::of(names.len());
    let height = 22.0 * numeric.len() as f32 * (groups.n as f32 + 1.0) + 60.0;
    // Room right of the longest bar for its figure as written; a decrease runs left of zero.
    let values = || {
        numeric
            .iter()
            .flat_map(|r| r.said.iter().flatten())
            .filter_map(|s| s.value)
    };
    let max = values().fold(0.0, f64::max);
    let min = values().fold(0.0, f64::min);
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
                report_bars(plot, &numeric, (c, name), groups);
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
    if let Some((keys, commands)) = links {
        let point = response
            .response
            .hover_pos()
            .map(|pos| response.transform.value_from_position(pos));
        if let Some((c, said)) = point.and_then(|p| said_at(&numeric, groups, p)) {
            bar_link_ui(ui, &response.response, said, keys.get(c), commands);
        }
    }
}

/// The reports' bars in each row's group: `n` reports, each bar `width` high (plot units).
#[derive(Clone, Copy)]
struct Groups {
    n: f64,
    width: f64,
}

impl Groups {
    fn of(reports: usize) -> Self {
        let n = reports.max(1) as f64;
        Self { n, width: 0.8 / n }
    }

    /// Where report `c`'s bar of row `r` sits.
    fn y(self, r: usize, c: usize) -> f64 {
        -(r as f64) * PITCH - (c as f64 - (self.n - 1.0) / 2.0) * self.width
    }
}

/// Report `c`'s colour (Okabe–Ito, told apart by most colour-blind readers).
fn colour_of(c: usize) -> egui::Color32 {
    const COLOURS: [egui::Color32; 5] = [
        egui::Color32::from_rgb(0, 114, 178),
        egui::Color32::from_rgb(213, 94, 0),
        egui::Color32::from_rgb(0, 158, 115),
        egui::Color32::from_rgb(204, 121, 167),
        egui::Color32::from_rgb(86, 180, 233),
    ];
    COLOURS[c % COLOURS.len()]
}

/// Report `c`'s bars, one a row where it states a number, each with its figure as written.
fn report_bars(
    plot: &mut egui_plot::PlotUi<'_>,
    numeric: &[&Row],
    (c, name): (usize, &String),
    groups: Groups,
) {
    use egui_plot::{Bar, BarChart, PlotPoint, Text};
    let colour = colour_of(c);
    let mut bars = Vec::new();
    for (r, row) in numeric.iter().enumerate() {
        let Some(said) = row.said.get(c).and_then(Option::as_ref) else {
            continue;
        };
        let Some(value) = said.value else {
            continue;
        };
        let y = groups.y(r, c);
        // The qualifier drawn: an approximate target is a pale bar, a floor or a ceiling has
        // an arrow at its end.
        let (fill, mark) = match said.qualifier {
            Some(Qualifier::About | Qualifier::Nearly) => (colour.gamma_multiply(0.15), ""),
            Some(Qualifier::AtLeast | Qualifier::Over) => (colour.gamma_multiply(0.5), "▶"),
            Some(Qualifier::AtMost) => (colour.gamma_multiply(0.5), "◀"),
            _ => (colour.gamma_multiply(0.5), ""),
        };
        bars.push(
            Bar::new(y, value)
                .width(groups.width * 0.9)
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
    plot.bar_chart(
        BarChart::new(name.as_str(), bars)
            .horizontal()
            .color(colour)
            // The card below says more: the sentence, and a click goes there.
            .allow_hover(false),
    );
}

/// The report and figure of the bar under `point` (plot units), if any.
fn said_at<'a>(
    numeric: &[&'a Row],
    groups: Groups,
    point: egui_plot::PlotPoint,
) -> Option<(usize, &'a super::targets::Said)> {
    numeric.iter().enumerate().find_map(|(r, row)| {
        row.said.iter().enumerate().find_map(|(c, said)| {
            let said = said.as_ref()?;
            let value = said.value?;
            let near = (point.y - groups.y(r, c)).abs() <= groups.width * 0.45;
            let (from, to) = (value.min(0.0), value.max(0.0));
            (near && point.x >= from && point.x <= to).then_some((c, said))
        })
    })
}

/// The bar under the pointer: its sentence in a card, and a click opens its report there.
fn bar_link_ui<C: From<LibraryCommand>>(
    ui: &Ui,
    response: &egui::Response,
    said: &super::targets::Said,
    key: Option<&String>,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    if response.clicked()
        && let Some(key) = key
    {
        commands.push(LibraryCommand::OpenFromLibrary(key.clone(), Some(said.indicator)).into());
    }
    response.clone().on_hover_ui_at_pointer(|ui| {
        ui.set_max_width(360.0);
        ui.label(RichText::new(&said.value_text).strong());
        ui.label(&said.quote);
        ui.weak(s.click_to_read);
        if let Some(why) = said.why(s) {
            ui.weak(why);
        }
    });
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
        .inner_margin(crate::ui::style::FIGURE_MARGIN)
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
            grouped_bars_ui::<LibraryCommand>(ui, view.rows, &names, None);
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
