//! The comparison drawn: its targets as small multiples (`targets_ui`) that link to their
//! sentences in the window, and the whole comparison as a figure to publish (title, reports,
//! targets, targets against results, a source line naming every report by region and year).
//! The 报告库 window shows the targets; the exporter draws the figure offscreen.

use egui::{RichText, Ui};

use super::canonical::name_of;
use super::library::Entry;
use super::outcomes::Pair;
use super::targets::Row;
use crate::compare::command::LibraryCommand;
use crate::i18n::{Lang, Strings};
use crate::ui::strings;

/// What the window shows.
#[derive(Clone, Copy)]
pub struct CompareView<'a> {
    /// The library.
    pub entries: &'a [Entry],
    /// Which of its reports the window shows, and in what order.
    pub shelf: &'a crate::compare::shelf::Shelf,
    /// The keys of the reports ticked for comparison, in the order of the columns.
    pub compared: &'a [String],
    /// Their headline targets side by side.
    pub rows: &'a [Row],
    /// Their targets against the next report's results.
    pub pairs: &'a [Pair],
}

/// A report's column name: its region (全国 for the national report; in English a
/// province-level region's English name, China for the nation) and year.
#[must_use]
pub fn column_name(s: &Strings, entry: &Entry) -> String {
    let english = (s.lang == Lang::En)
        .then(|| crate::i18n::glossary::region_en(&entry.region))
        .flatten();
    let region = match english {
        Some(en) => en.to_owned(),
        None if entry.region.is_empty() => s.nation.to_owned(),
        None => entry.region.clone(),
    };
    entry
        .year
        .map_or(region.clone(), |y| format!("{region} {y}"))
}

/// The targets as small multiples (see [`super::targets_ui`]) in the window: a bar shows its
/// sentence under the pointer, and a click opens its report there.
pub(super) fn targets_links_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    rows: &[Row],
    names: &[String],
    (keys, commands): (&[String], &mut Vec<C>),
) {
    let s = strings::of(ui.ctx());
    let placed = super::targets_ui::targets_ui(ui, rows, names);
    if placed.bars.is_empty() {
        return;
    }
    // The drawing as a whole, for screen readers: the table above says every figure.
    let response = ui.interact(
        placed.rect,
        ui.scope_id().with("comparison-targets"),
        egui::Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, s.targets_heading));
    ui.weak(s.qualifier_key);
    let under = response
        .hover_pos()
        .and_then(|pos| placed.bars.iter().find(|(_, _, rect)| rect.contains(pos)));
    if let Some(&(r, c, _)) = under
        && let Some(said) = rows
            .get(r)
            .and_then(|row| row.said.get(c))
            .and_then(Option::as_ref)
    {
        bar_link_ui(ui, &response, said, keys.get(c), commands);
    }
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
                    RichText::new(crate::i18n::fill::fill(
                        s.title_with_unit,
                        &[("title", &s.targets_heading), ("unit", &"%")],
                    ))
                    .family(crate::platform::fonts::heading_family())
                    .size(17.0)
                    .strong(),
                )
                .wrap(),
            );
            ui.add(egui::Label::new(RichText::new(names.join(s.list_separator)).weak()).wrap());
            let placed = super::targets_ui::targets_ui(ui, view.rows, &names);
            ui.weak(s.qualifier_key);
            let chinese = |(w, _): &(String, egui::Rect)| crate::i18n::glossary::has_chinese(w);
            if s.lang == Lang::En && placed.words.iter().any(chinese) {
                // Said, not mixed in silently: a target in the report's own words.
                ui.weak(s.chinese_words_note);
            }
            if !view.pairs.is_empty() {
                ui.add_space(6.0);
                ui.label(RichText::new(s.outcomes_heading).strong());
                for pair in view.pairs {
                    let name = name_of(pair.key, s.lang == Lang::Zh).unwrap_or_default();
                    let gap = pair
                        .gap
                        .as_ref()
                        .map_or_else(String::new, |g| format!("（{} {}）", g.text(), g.unit));
                    let region = match s.lang {
                        Lang::En => {
                            crate::i18n::glossary::region_en(&pair.region).unwrap_or(&pair.region)
                        }
                        Lang::Zh => &pair.region,
                    };
                    let said = |said: &super::targets::Said| {
                        s.figure_value(&said.value_text, said.qualifier, "%")
                    };
                    ui.label(format!(
                        "{region} {} · {name}{}{} → {}{gap}",
                        pair.year,
                        s.colon,
                        said(&pair.target.1),
                        said(&pair.result.1)
                    ));
                }
            }
            ui.add_space(4.0);
            ui.add(
                egui::Label::new(
                    RichText::new(crate::i18n::fill::fill(
                        s.source_reports,
                        &[("names", &names.join(s.list_separator))],
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
