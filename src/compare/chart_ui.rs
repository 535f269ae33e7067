//! The comparison drawn: its targets as small multiples (`targets_ui`) and its chart over the
//! years (`timeline_ui`), each mark linked to its sentence in the window, and both as figures
//! to publish (title, reports, the drawing, a source line naming every report by region and
//! year). The 报告库 window shows them; the exporter draws the figures offscreen.

use egui::{RichText, Ui};

use super::canonical::name_of;
use super::library::Entry;
use super::outcomes::Pair;
use super::targets::Row;
use super::timeline::Timeline;
use super::timeline_ui::MarkAt;
use crate::compare::command::LibraryCommand;
use crate::i18n::fill::fill;
use crate::i18n::{Lang, Strings};
use crate::settings::export_options::Target;
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
    /// Their chart over the years.
    pub timeline: &'a crate::compare::timeline::Timeline,
    /// The headline indicators it can show.
    pub timeline_keys: &'a [&'static str],
}

/// A report's column name: its region (全国 for the national report; in English a
/// province-level region's English name, China for the nation) and year.
#[must_use]
pub fn column_name(s: &Strings, entry: &Entry) -> String {
    let region = super::timeline_ui::region_name(s, &entry.region);
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
        bar_link_ui(ui, &response, (None, said), keys.get(c), commands);
    }
}

/// The mark under the pointer: its sentence in a card (under `caption`, what the mark is, when
/// the drawing does not say it), and a click opens its report there.
fn bar_link_ui<C: From<LibraryCommand>>(
    ui: &Ui,
    response: &egui::Response,
    (caption, said): (Option<String>, &super::targets::Said),
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
        if let Some(caption) = &caption {
            ui.weak(caption);
        }
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
            chinese_words_note_ui(ui, &placed.words);
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
            source_line_ui(ui, &names);
        })
        .response
        .rect
}

/// The chart over the years's title: the indicator it shows.
#[must_use]
pub fn timeline_title(s: &Strings, timeline: &Timeline) -> String {
    let indicator = name_of(timeline.key, s.lang == Lang::Zh).unwrap_or(timeline.key);
    fill(s.timeline_title_n, &[("indicator", &indicator)])
}

/// The chart over the years in the window: the indicator to show, the chart with each mark
/// linked to its sentence, its export buttons, and what it could not draw.
pub(super) fn timeline_section_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    ui.label(RichText::new(s.timeline_heading).strong());
    if view.timeline_keys.is_empty() {
        ui.weak(s.timeline_none);
        return;
    }
    ui.horizontal_wrapped(|ui| {
        indicator_menu_ui(ui, view, commands);
        if ui
            .button(s.export_timeline)
            .on_hover_text(s.export_timeline_hint)
            .clicked()
        {
            commands.push(LibraryCommand::ExportTimeline(Target::AskFile).into());
        }
        if ui.button(s.copy_timeline).clicked() {
            commands.push(LibraryCommand::ExportTimeline(Target::Clipboard).into());
        }
    });
    ui.weak(s.timeline_subtitle);
    timeline_links_ui(ui, view.timeline, commands);
    not_drawn_ui(ui, view.timeline);
}

/// The drop-down of the headline indicators the chart can show.
fn indicator_menu_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let name = |key: &'static str| name_of(key, s.lang == Lang::Zh).unwrap_or(key);
    egui::ComboBox::from_id_salt("timeline-indicator")
        .selected_text(name(view.timeline.key))
        .show_ui(ui, |ui| {
            for &key in view.timeline_keys {
                if ui
                    .selectable_label(view.timeline.key == key, name(key))
                    .clicked()
                    && view.timeline.key != key
                {
                    commands.push(LibraryCommand::ShowTimeline(key).into());
                }
            }
        })
        .response
        .on_hover_text(s.timeline_pick)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, s.timeline_pick));
}

/// The chart over the years: each mark is a link of its own (named for screen readers by what
/// it is and its figure), shows its sentence under the pointer, and opens its report there.
fn timeline_links_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    timeline: &Timeline,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let placed = super::timeline_ui::timeline_ui(ui, timeline);
    let Some(rect) = placed.rect else {
        return;
    };
    let id = ui.scope_id().with("timeline");
    ui.interact(rect, id, egui::Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, s.timeline_heading));
    // Registered after their targets, a result's dot (drawn over its target's bar) answers
    // first where the two meet.
    for (i, mark) in placed.marks.iter().enumerate() {
        let Some(stated) = mark.stated(timeline) else {
            continue;
        };
        let caption = mark_caption(s, timeline, mark).unwrap_or_default();
        let response = ui.interact(mark.rect, id.with(i), egui::Sense::click());
        let name = format!("{caption} {}", stated.said.value_text);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
        if response.hovered() || response.clicked() {
            bar_link_ui(
                ui,
                &response,
                (Some(caption), &stated.said),
                Some(&stated.report),
                commands,
            );
        }
    }
}

/// What a mark is: `某省 2025年目标`, `某省 2025年完成情况（2026年报告）`.
fn mark_caption(s: &Strings, timeline: &Timeline, mark: &MarkAt) -> Option<String> {
    let track = timeline.tracks.get(mark.track)?;
    let year = track.years.get(mark.year)?.year;
    Some(caption(s, &track.region, year, mark.outcome))
}

fn caption(s: &Strings, region: &str, year: i32, outcome: bool) -> String {
    let region = super::timeline_ui::region_name(s, region);
    if outcome {
        let next = year + 1;
        fill(
            s.timeline_outcome_of_n,
            &[("region", &region), ("year", &year), ("next", &next)],
        )
    } else {
        fill(
            s.timeline_target_of_n,
            &[("region", &region), ("year", &year)],
        )
    }
}

/// What the chart could not draw (a target in words, another unit, a report with no year),
/// said under it: nothing is left out silently.
fn not_drawn_ui(ui: &mut Ui, timeline: &Timeline) {
    let s = strings::of(ui.ctx());
    if !timeline.undrawn.is_empty() {
        let list: Vec<String> = timeline
            .undrawn
            .iter()
            .map(|u| {
                let what = caption(s, &u.region, u.year, u.outcome);
                format!("{what} {}", u.stated.said.value_text)
            })
            .collect();
        let list = list.join(s.list_separator);
        small_note_ui(ui, fill(s.timeline_undrawn_n, &[("list", &list)]));
    }
    if timeline.without_year > 0 {
        ui.weak(fill(
            s.timeline_without_year_n,
            &[("n", &timeline.without_year)],
        ));
    }
}

/// The chart over the years as a figure to publish: its title and unit, what it shows, the
/// chart, what it could not draw, and a source line naming every report used.
pub fn timeline_figure_ui(ui: &mut Ui, view: &CompareView<'_>) -> egui::Rect {
    let s = strings::of(ui.ctx());
    let names: Vec<String> = view
        .compared
        .iter()
        .filter_map(|k| view.entries.iter().find(|e| e.key == *k))
        .map(|e| column_name(s, e))
        .collect();
    let unit = view.timeline.unit.as_deref().unwrap_or("");
    egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(crate::ui::style::FIGURE_MARGIN)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = timeline_title(s, view.timeline);
            let title = if unit.is_empty() {
                title
            } else {
                fill(s.title_with_unit, &[("title", &title), ("unit", &unit)])
            };
            ui.add(
                egui::Label::new(
                    RichText::new(title)
                        .family(crate::platform::fonts::heading_family())
                        .size(17.0)
                        .strong(),
                )
                .wrap(),
            );
            ui.add(egui::Label::new(RichText::new(s.timeline_subtitle).weak()).wrap());
            ui.add_space(4.0);
            let placed = super::timeline_ui::timeline_ui(ui, view.timeline);
            chinese_words_note_ui(ui, &placed.words);
            not_drawn_ui(ui, view.timeline);
            ui.add_space(4.0);
            source_line_ui(ui, &names);
        })
        .response
        .rect
}

/// In English, a figure with words in Chinese (a target or a region the glossary has no English
/// for) says so, rather than mixing them in silently.
fn chinese_words_note_ui(ui: &mut Ui, words: &[(String, egui::Rect)]) {
    let s = strings::of(ui.ctx());
    let chinese = |(w, _): &(String, egui::Rect)| crate::i18n::glossary::has_chinese(w);
    if s.lang == Lang::En && words.iter().any(chinese) {
        ui.weak(s.chinese_words_note);
    }
}

/// The source line naming every report a figure uses.
fn source_line_ui(ui: &mut Ui, names: &[String]) {
    let s = strings::of(ui.ctx());
    let names = names.join(s.list_separator);
    small_note_ui(ui, fill(s.source_reports, &[("names", &names)]));
}

/// A note in a figure's small, weak type, wrapped to its width.
fn small_note_ui(ui: &mut Ui, text: String) {
    let colour = ui.visuals().weak_text_color();
    ui.add(egui::Label::new(RichText::new(text).size(12.0).color(colour)).wrap());
}
