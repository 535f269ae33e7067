//! The 报告库 window: every report opened or imported, with its level, region and year; open
//! one, take it out of the library, or tick several to see their headline targets side by side.
//! Each figure of the comparison shows its sentence on hover and opens its report there on a
//! click, so every number is traceable.

use egui::{RichText, Ui};

use super::canonical::name_of;
use super::chart_ui::{CompareView, column_name, targets_links_ui};
use super::library::{BUILT_IN, Entry, Level};
use super::shelf::Order;
use super::table_ui::figure_link;
use crate::compare::command::LibraryCommand;
use crate::i18n::{Lang, Strings};
use crate::settings::export_options::Target;
use crate::ui::strings;

/// Draws the window while it is open; returns what the user asked for.
#[must_use]
pub fn library_ui<C: From<LibraryCommand>>(ctx: &egui::Context, view: &CompareView<'_>) -> Vec<C> {
    let s = strings::of(ctx);
    let mut commands = Vec::new();
    let mut open = true;
    egui::Window::new(s.library_title)
        .id(egui::Id::unique("jiedu-library"))
        .open(&mut open)
        .default_width(800.0)
        .default_height(560.0)
        .vscroll(true)
        .show(ctx, |ui| {
            ui.weak(s.library_hint);
            ui.add_space(4.0);
            let shown = view.shelf.shown(view.entries);
            shelf_ui(ui, view, shown.len(), &mut commands);
            entries_ui(ui, view, &shown, &mut commands);
            dataset_ui(ui, &mut commands);
            ui.separator();
            targets_ui(ui, view, &mut commands);
            outcomes_ui(ui, view, &mut commands);
            if !view.compared.is_empty() {
                ui.separator();
                super::chart_ui::timeline_section_ui(ui, view, &mut commands);
            }
        });
    if !open {
        commands.push(LibraryCommand::ShowLibrary(false).into());
    }
    commands
}

fn level_name(s: &Strings, level: Level) -> &'static str {
    match level {
        Level::National => s.level_national,
        Level::Provincial => s.level_provincial,
        Level::City => s.level_city,
        Level::District => s.level_district,
        Level::Unknown => s.level_unknown,
    }
}

/// The region of an entry, as the title or meeting line tells it, for the user to correct
/// (empty: the national report, 全国).
fn region_ui<C: From<LibraryCommand>>(ui: &mut Ui, entry: &Entry, commands: &mut Vec<C>) {
    let s = strings::of(ui.ctx());
    let mut region = entry.region.clone();
    // Sized, not only desired: a grid cell would otherwise keep the narrow width of the frame
    // it was first laid out in.
    let field = ui
        .add_sized(
            [96.0, ui.spacing().interact_size.y],
            egui::TextEdit::singleline(&mut region).hint_text(s.level_national),
        )
        .on_hover_text(s.region_hint);
    // The grid has no caption per row: the field is named for its report.
    let name = crate::i18n::fill::fill(s.region_of_n, &[("title", &entry.title)]);
    ui.ctx()
        .accesskit_node_builder(field.id, |node| node.set_label(name));
    if field.changed() {
        commands.push(LibraryCommand::SetRegion(entry.key.clone(), region).into());
    }
}

/// The title of an entry, for the user to change (not the built-in report's).
fn title_ui<C: From<LibraryCommand>>(ui: &mut Ui, entry: &Entry, commands: &mut Vec<C>) {
    if entry.key == BUILT_IN {
        ui.label(&entry.title);
        return;
    }
    let s = strings::of(ui.ctx());
    let mut title = entry.title.clone();
    let field = ui
        .add_sized(
            [220.0, ui.spacing().interact_size.y],
            egui::TextEdit::singleline(&mut title),
        )
        .on_hover_text(s.title_hint);
    let name = crate::i18n::fill::fill(s.title_of_n, &[("title", &entry.title)]);
    ui.ctx()
        .accesskit_node_builder(field.id, |node| node.set_label(name));
    // An emptied field is left alone until something is typed: a report keeps a title.
    if field.changed() && !title.trim().is_empty() {
        commands.push(LibraryCommand::SetTitle(entry.key.clone(), title).into());
    }
}

/// The library as one table, for a spreadsheet or pandas (the same as `jiedu dataset`).
fn dataset_ui<C: From<LibraryCommand>>(ui: &mut Ui, commands: &mut Vec<C>) {
    use crate::compare::dataset::Table;
    let s = strings::of(ui.ctx());
    ui.horizontal(|ui| {
        if ui
            .button(s.export_dataset)
            .on_hover_text(s.export_dataset_hint)
            .clicked()
        {
            commands.push(LibraryCommand::SaveDataset(Table::Figures).into());
        }
        if ui
            .button(s.export_targets_table)
            .on_hover_text(s.export_targets_table_hint)
            .clicked()
        {
            commands.push(LibraryCommand::SaveDataset(Table::Targets).into());
        }
    });
}

/// The search box, the level, year and order menus, how many reports are shown, and the
/// buttons that tick every report shown or untick all.
fn shelf_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    shown: usize,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let mut shelf = view.shelf.clone();
    ui.horizontal_wrapped(|ui| {
        let search = ui.add(
            egui::TextEdit::singleline(&mut shelf.query)
                .hint_text(s.library_search_hint)
                .desired_width(180.0),
        );
        ui.ctx()
            .accesskit_node_builder(search.id, |node| node.set_label(s.library_search));
        let any = |level: Option<Level>| level.map_or(s.all_levels, |l| level_name(s, l));
        let years = super::shelf::years(view.entries);
        let year_text =
            |y: Option<i32>| y.map_or_else(|| s.all_years.to_owned(), |y| y.to_string());
        menu(ui, s.filter_level, any(shelf.level).to_owned(), |ui| {
            ui.selectable_value(&mut shelf.level, None, s.all_levels);
            for level in Level::ALL {
                ui.selectable_value(&mut shelf.level, Some(level), level_name(s, level));
            }
        });
        menu(ui, s.filter_year, year_text(shelf.year), |ui| {
            ui.selectable_value(&mut shelf.year, None, s.all_years);
            for year in years {
                ui.selectable_value(&mut shelf.year, Some(year), year.to_string());
            }
        });
        menu(
            ui,
            s.library_order,
            order_name(s, shelf.order).to_owned(),
            |ui| {
                for order in Order::ALL {
                    ui.selectable_value(&mut shelf.order, order, order_name(s, order));
                }
            },
        );
    });
    if shelf != *view.shelf {
        commands.push(LibraryCommand::Shelve(shelf).into());
    }
    ui.horizontal_wrapped(|ui| {
        let total = view.entries.len();
        ui.label(crate::i18n::fill::fill(
            s.library_shown_n,
            &[("shown", &shown), ("total", &total)],
        ));
        if view.shelf.filters() && ui.button(s.show_all_reports).clicked() {
            commands.push(LibraryCommand::Shelve(super::shelf::Shelf::default()).into());
        }
        let tick = crate::i18n::fill::fill(s.tick_shown_n, &[("n", &shown)]);
        if shown > 0 && ui.button(tick).clicked() {
            commands.push(LibraryCommand::TickShown.into());
        }
        if !view.compared.is_empty() && ui.button(s.untick_all).clicked() {
            commands.push(LibraryCommand::UntickAll.into());
        }
    });
}

/// A drop-down named `label` (for screen readers and tests) showing `selected`.
fn menu(ui: &mut Ui, label: &'static str, selected: String, items: impl FnOnce(&mut Ui)) {
    egui::ComboBox::from_id_salt(("library-menu", label))
        .selected_text(selected)
        .show_ui(ui, items)
        .response
        .on_hover_text(label)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label));
}

fn order_name(s: &Strings, order: Order) -> &'static str {
    match order {
        Order::Added => s.order_added,
        Order::Region => s.order_region,
        Order::Year => s.order_year,
        Order::Title => s.order_title,
    }
}

/// The reports shown, one row each. Only the rows in view are laid out, so a library of
/// hundreds costs a frame what a library of twenty does.
fn entries_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    shown: &[&Entry],
    commands: &mut Vec<C>,
) {
    let row = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body) + 8.0);
    // Both ways: in a narrow window the fields keep their width and the list scrolls sideways.
    egui::ScrollArea::both()
        .id_salt("library-entries-scroll")
        .max_height(row * ENTRIES_IN_VIEW)
        .auto_shrink([false, true])
        .show_rows(ui, row, shown.len(), |ui, range| {
            egui::Grid::new("library-entries")
                .num_columns(6)
                .striped(true)
                .min_row_height(row)
                .show(ui, |ui| {
                    for entry in &shown[range] {
                        entry_ui(ui, view, entry, commands);
                        ui.end_row();
                    }
                });
        });
}

/// How many reports the list shows before it scrolls.
const ENTRIES_IN_VIEW: f32 = 12.0;

/// One report of the list: its tick, title, region, level, year, and open and remove buttons.
fn entry_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    entry: &Entry,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let mut ticked = view.compared.contains(&entry.key);
    let tick = ui.checkbox(&mut ticked, s.compare_col);
    if tick.changed() {
        commands.push(LibraryCommand::ToggleCompared(entry.key.clone()).into());
    }
    title_ui(ui, entry, commands);
    region_ui(ui, entry, commands);
    level_ui(ui, entry, commands);
    ui.label(entry.year.map_or_else(|| "—".to_owned(), |y| y.to_string()));
    ui.horizontal(|ui| {
        if ui.button(s.open_entry).clicked() {
            commands.push(LibraryCommand::OpenFromLibrary(entry.key.clone(), None).into());
        }
        if entry.key != BUILT_IN
            && ui
                .button(s.remove_entry)
                .on_hover_text(s.remove_entry_hint)
                .clicked()
        {
            commands.push(LibraryCommand::RemoveFromLibrary(entry.key.clone()).into());
        }
    });
}

/// The level as the title tells it, or as the user sets it.
fn level_ui<C: From<LibraryCommand>>(ui: &mut Ui, entry: &Entry, commands: &mut Vec<C>) {
    let s = strings::of(ui.ctx());
    egui::ComboBox::from_id_salt(("library-level", &entry.key))
        .selected_text(level_name(s, entry.level))
        .show_ui(ui, |ui| {
            for level in Level::ALL {
                if ui
                    .selectable_label(entry.level == level, level_name(s, level))
                    .clicked()
                    && entry.level != level
                {
                    commands.push(LibraryCommand::SetLevel(entry.key.clone(), level).into());
                }
            }
        })
        .response
        .on_hover_text(s.level_hint)
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                crate::i18n::fill::fill(s.level_of_n, &[("title", &entry.title)]),
            )
        });
}

fn targets_ui<C: From<LibraryCommand>>(ui: &mut Ui, view: &CompareView<'_>, commands: &mut Vec<C>) {
    let s = strings::of(ui.ctx());
    ui.label(RichText::new(s.targets_heading).strong());
    if view.compared.is_empty() {
        ui.weak(s.tick_to_compare);
        return;
    }
    if view.rows.is_empty() {
        ui.weak(s.no_targets);
        return;
    }
    let column = |key: &str| {
        view.entries
            .iter()
            .find(|e| e.key == key)
            .map_or_else(String::new, |e| column_name(s, e))
    };
    let names: Vec<String> = view.compared.iter().map(|k| column(k)).collect();
    super::table_ui::table_ui(ui, view, &names, commands);
    ui.horizontal_wrapped(|ui| comparison_buttons_ui(ui, commands));
    ui.add_space(6.0);
    targets_links_ui(ui, view.rows, &names, (view.compared, commands));
}

/// The comparison exported as an image or copied, its table copied or saved as CSV.
fn comparison_buttons_ui<C: From<LibraryCommand>>(ui: &mut Ui, commands: &mut Vec<C>) {
    let s = strings::of(ui.ctx());
    let label = crate::i18n::fill::fill(s.export, &[("format", &"PNG / SVG")]);
    if ui
        .button(label)
        .on_hover_text(s.export_comparison_hint)
        .clicked()
    {
        commands.push(LibraryCommand::ExportComparison(Target::AskFile).into());
    }
    if ui.button(s.copy_image).clicked() {
        commands.push(LibraryCommand::ExportComparison(Target::Clipboard).into());
    }
    if ui.button(s.copy_csv).clicked() {
        commands.push(LibraryCommand::CopyCompareCsv.into());
    }
    if ui.button(s.save_csv).clicked() {
        commands.push(LibraryCommand::SaveCompareCsv.into());
    }
}

/// Targets against the results the next report of the same region states, with the gap.
fn outcomes_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    commands: &mut Vec<C>,
) {
    if view.compared.len() < 2 {
        return;
    }
    let s = strings::of(ui.ctx());
    ui.separator();
    ui.label(RichText::new(s.outcomes_heading).strong());
    if view.pairs.is_empty() {
        ui.weak(s.no_outcomes);
        return;
    }
    egui::Grid::new("outcomes-grid")
        .num_columns(5)
        .striped(true)
        .show(ui, |ui| {
            for title in [
                s.indicator_col,
                s.outcome_target,
                s.outcome_result,
                s.outcome_gap,
            ] {
                ui.strong(title);
            }
            ui.end_row();
            for pair in view.pairs {
                let name = name_of(pair.key, s.lang == Lang::Zh).unwrap_or_default();
                ui.label(format!("{} {} · {name}", pair.region, pair.year));
                figure_link(ui, &pair.target.0, &pair.target.1, commands);
                figure_link(ui, &pair.result.0, &pair.result.1, commands);
                match &pair.gap {
                    Some(gap) => ui.label(format!("{} {}", gap.text(), gap.unit)),
                    None => ui.weak("—"),
                };
                ui.end_row();
            }
        });
}
