//! The data view: every figure of the report in a table that can be filtered (text, kind,
//! chapter, unit) and sorted by any column; "copy table" and "save CSV" take exactly the rows shown, and ticked
//! rows of one unit become a chart of their own.

use egui::{RichText, Ui};
use egui_extras::{Column as Width, TableBuilder};

use crate::data_view::command::TableAsks;
use crate::data_view::command::TableCommand;
use crate::data_view::state::DataViewState;
use crate::data_view::table::{Column, TableQuery};
use crate::data_view::waiting_ui::to_review_ui;
use crate::i18n::Strings;
use crate::reader::command::ReaderCommand;
use crate::report::{Kind, Report};
use crate::review::command::ReviewCommand;
use crate::review::review_ui::{in_review, review_cell_ui, review_filter_ui, review_keys};
use crate::ui::strings;

/// Draws the data view; `wide` when it has the main area (the text then sits beside it). The
/// focused row, else the first drawn, goes to `landing` (where F6 lands in the side panel).
pub fn data_view_ui<C: TableAsks>(
    ui: &mut Ui,
    report: &Report,
    state: &DataViewState,
    wide: bool,
    landing: &mut Option<egui::Id>,
) -> Vec<C> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    let mut query = state.query.clone();
    // Scanned once a frame: whether the report's figures carry a review state.
    let reviewing = in_review(report);
    filters_ui(ui, report, reviewing, &mut query);
    ui.horizontal_wrapped(|ui| table_buttons_ui(ui, report, state, wide, &mut commands));
    counts_ui(ui, report, state, reviewing, &mut commands);
    if let Some(notice) = &state.notice {
        let label = ui.label(RichText::new(notice).color(ui.visuals().hyperlink_color));
        crate::ui::a11y::announce(ui, &label, false);
    }
    ui.separator();
    // Under review the table is wider than the side panel: it scrolls sideways there.
    egui::ScrollArea::horizontal()
        .id_salt("data-table-sideways")
        .show(ui, |ui| {
            // A table to screen readers: rows (each said whole) of cells.
            let name = s.data_table_name;
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(egui::Role::Table);
                node.set_label(name);
            });
            let mut out = TableOut {
                commands: &mut commands,
                landing,
            };
            table_ui(
                ui,
                report,
                Shape { reviewing, wide },
                state,
                &mut query,
                &mut out,
            );
        });
    if query != state.query {
        commands.push(TableCommand::SetTableQuery(query).into());
    }
    commands
}

/// The table's buttons: wide or narrow, copy, save as CSV, and a chart of the rows ticked.
fn table_buttons_ui<C: TableAsks>(
    ui: &mut Ui,
    report: &Report,
    state: &DataViewState,
    wide: bool,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let (label, hint) = if wide {
        (s.table_narrow, s.table_narrow_hint)
    } else {
        (s.table_wide, s.table_wide_hint)
    };
    if ui.button(label).on_hover_text(hint).clicked() {
        commands.push(TableCommand::ToggleWideTable.into());
    }
    if ui
        .button(s.copy_table)
        .on_hover_text(s.copy_table_hint)
        .clicked()
    {
        commands.push(TableCommand::CopyTable.into());
    }
    if ui
        .button(s.save_csv)
        .on_hover_text(s.save_csv_hint)
        .clicked()
    {
        commands.push(TableCommand::SaveCsv.into());
    }
    let chart = state.chart_of_ticked(report, 0, s);
    let button = ui.add_enabled(chart.is_ok(), egui::Button::new(s.chart_these));
    let button = match &chart {
        Ok(_) => button,
        Err(why) => button.on_disabled_hover_text(*why),
    };
    if button.clicked() {
        commands.push(TableCommand::ChartTicked.into());
    }
    // Said beside the greyed button, not only in its tooltip, once rows are ticked.
    if let (false, Err(why)) = (state.ticked.is_empty(), &chart) {
        ui.weak(*why);
    }
}

fn filters_ui(ui: &mut Ui, report: &Report, reviewing: bool, query: &mut TableQuery) {
    let s = strings::of(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        // A caption moves to the next row whole, never split between two (a narrow panel).
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        let label = ui.label(s.filter);
        ui.add(
            egui::TextEdit::singleline(&mut query.text)
                .id_salt("data-filter")
                .hint_text(s.filter_hint)
                .desired_width(150.0 * crate::ui::style::chrome_scale(ui.style())),
        )
        .labelled_by(label.id);
        // The caption before its list, as a form reads; it names the list for screen readers.
        let caption = ui.label(s.col_kind);
        egui::ComboBox::from_id_salt("kind-filter")
            .selected_text(query.kind.map_or(s.any_kind, |k| s.kind(k)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut query.kind, None, s.any_kind);
                for kind in Kind::ALL {
                    ui.selectable_value(&mut query.kind, Some(kind), s.kind(kind));
                }
            })
            .response
            .labelled_by(caption.id);
        // The units of the report, in the order they first appear.
        let mut units: Vec<&str> = Vec::new();
        for unit in report.indicators.iter().filter_map(|i| i.unit.as_deref()) {
            if !units.contains(&unit) {
                units.push(unit);
            }
        }
        if reviewing {
            review_filter_ui(ui, &mut query.review);
        }
        // The caption before its list, as a form reads; it names the list for screen readers.
        let caption = ui.label(s.col_unit);
        egui::ComboBox::from_id_salt("unit-filter")
            .selected_text(query.unit.as_deref().unwrap_or(s.any_unit))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut query.unit, None, s.any_unit);
                for unit in units {
                    ui.selectable_value(&mut query.unit, Some(unit.to_owned()), unit);
                }
            })
            .response
            .labelled_by(caption.id);
        let chapter_name = |c: Option<usize>| {
            c.and_then(|c| report.chapters.get(c))
                .map_or(s.any_chapter, |ch| ch.title.as_str())
        };
        // The caption before its list, as a form reads; it names the list for screen readers.
        let caption = ui.label(s.chapter);
        egui::ComboBox::from_id_salt("chapter-filter")
            .selected_text(chapter_name(query.chapter))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut query.chapter, None, s.any_chapter);
                for (c, chapter) in report.chapters.iter().enumerate() {
                    ui.selectable_value(&mut query.chapter, Some(c), &chapter.title);
                }
            })
            .response
            .labelled_by(caption.id);
        chart_filter_ui(ui, report, query);
    });
}

/// The table shows one chart's figures (asked from under the chart): says which, with the way
/// back to all.
fn chart_filter_ui(ui: &mut Ui, report: &Report, query: &mut TableQuery) {
    let Some(id) = query.chart.clone() else {
        return;
    };
    let s = strings::of(ui.ctx());
    let title = report
        .charts
        .iter()
        .find(|c| c.id == id)
        .map_or(id.as_str(), |c| c.title.as_str());
    ui.label(crate::i18n::fill::fill(
        s.chart_filter_n,
        &[("title", &title)],
    ));
    if ui.button(s.all_charts).clicked() {
        query.chart = None;
    }
}

/// Which columns the table has: the review column while figures carry a review state; the
/// qualifier and the quote when the table has the main area.
#[derive(Clone, Copy)]
struct Shape {
    reviewing: bool,
    wide: bool,
}

/// What the table hands back: commands, and the row where F6 lands.
struct TableOut<'a, C> {
    commands: &'a mut Vec<C>,
    landing: &'a mut Option<egui::Id>,
}

fn table_ui<C: TableAsks>(
    ui: &mut Ui,
    report: &Report,
    shape: Shape,
    state: &DataViewState,
    query: &mut TableQuery,
    out: &mut TableOut<'_, C>,
) {
    let s = strings::of(ui.ctx());
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut table = columns(TableBuilder::new(ui), shape);
    if let Some(row) = state.focus_row {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(row_height + 4.0, |mut header| {
            header_ui(&mut header, s, shape, query);
        })
        .body(|body| {
            body.rows(row_height, state.rows.len(), |mut row| {
                row_ui(&mut row, report, shape, state, out);
            });
        });
    name_dividers(ui, shape);
}

/// The columns: a tick, the review, then label, value, unit, kind, period, section and, wide,
/// qualifier and quote.
fn columns(table: TableBuilder<'_>, shape: Shape) -> TableBuilder<'_> {
    let mut table = table
        .id_salt("data-table")
        .striped(true)
        .resizable(true)
        // The table scrolls in whatever height its panel has: it must not push a panel below
        // the text taller than the user left it (the default asks for 200 points).
        .min_scrolled_height(60.0)
        .column(Width::exact(22.0));
    if shape.reviewing {
        table = table.column(Width::initial(190.0).at_least(180.0));
    }
    // Narrow enough for a 440-point panel; long labels are clipped (hover shows the sentence,
    // a click jumps to it) and every column can be resized. With the main area's width the
    // table also shows each figure's qualifier and its quote.
    table = table
        .column(Width::initial(120.0).at_least(70.0).clip(true))
        .column(Width::initial(72.0).at_least(48.0).clip(true))
        .column(Width::initial(56.0).at_least(48.0).clip(true))
        .column(Width::initial(56.0).at_least(48.0).clip(true))
        .column(Width::initial(64.0).at_least(40.0).clip(true));
    if shape.wide {
        table
            .column(Width::initial(140.0).at_least(60.0).clip(true))
            .column(Width::initial(56.0).at_least(40.0).clip(true))
            .column(Width::remainder().at_least(120.0).clip(true))
    } else {
        table.column(Width::remainder().at_least(60.0).clip(true))
    }
}

/// The header: a button a sortable column (a second click turns the order).
fn header_ui(
    header: &mut egui_extras::TableRow<'_, '_>,
    s: &Strings,
    shape: Shape,
    query: &mut TableQuery,
) {
    // The tick column has no title.
    header.col(|_| {});
    let mut sort_button = |ui: &mut Ui, column: Column, title: &str| {
        let arrow = match (query.sort == column, query.descending) {
            (true, false) => " ▲",
            (true, true) => " ▼",
            (false, _) => "",
        };
        let mut button = ui.button(format!("{title}{arrow}"));
        if column == Column::Value {
            button = button.on_hover_text(s.sort_by_size_hint);
        }
        if button.clicked() {
            if query.sort == column {
                query.descending = !query.descending;
            } else {
                query.sort = column;
                query.descending = false;
            }
        }
    };
    if shape.reviewing {
        header.col(|ui| {
            ui.strong(s.review_col);
        });
    }
    header.col(|ui| sort_button(ui, Column::Label, s.col_label));
    header.col(|ui| sort_button(ui, Column::Value, s.col_value));
    header.col(|ui| sort_button(ui, Column::Unit, s.col_unit));
    header.col(|ui| sort_button(ui, Column::Kind, s.col_kind));
    header.col(|ui| sort_button(ui, Column::Period, s.col_period));
    header.col(|ui| sort_button(ui, Column::Section, s.col_section));
    if shape.wide {
        header.col(|ui| {
            ui.strong(s.edit_qualifier);
        });
        header.col(|ui| {
            ui.strong(s.edit_quote);
        });
    }
}

/// One figure's row.
fn row_ui<C: TableAsks>(
    row: &mut egui_extras::TableRow<'_, '_>,
    report: &Report,
    shape: Shape,
    state: &DataViewState,
    out: &mut TableOut<'_, C>,
) {
    let index = row.index();
    let r = &state.rows[index];
    let ind = &report.indicators[r.indicator];
    let year = report.meta.year;
    row.col(|ui| {
        let s = strings::of(ui.ctx());
        let mut ticked = state.ticked.contains(&r.indicator);
        let tick = ui.checkbox(&mut ticked, "");
        // The box has no text beside it; a screen reader names it by its row.
        tick.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::CheckBox, true, ticked, s.indicator_label(ind))
        });
        if tick.on_hover_text(s.tick_hint).changed() {
            out.commands
                .push(TableCommand::ToggleRow(r.indicator).into());
        }
    });
    if shape.reviewing {
        row.col(|ui| review_cell_ui(ui, r.indicator, ind, out.commands));
    }
    row.col(|ui| label_cell_ui(ui, report, shape, state, index, out));
    row.col(|ui| cell(&value_cell_ui(ui, ind)));
    row.col(|ui| cell(&ui.label(ind.unit.as_deref().unwrap_or("—"))));
    row.col(|ui| cell(&ui.label(strings::of(ui.ctx()).kind(ind.kind))));
    row.col(|ui| {
        let s = strings::of(ui.ctx());
        let period = ui
            .label(s.period_short(ind.period, year))
            .on_hover_text(s.period(ind.period, year));
        cell(&period);
    });
    row.col(|ui| cell(&ui.label(&r.section_title)));
    if shape.wide {
        row.col(|ui| {
            let s = strings::of(ui.ctx());
            cell(&ui.label(ind.qualifier.map_or("—", |q| s.qualifier(q))));
        });
        row.col(|ui| cell(&ui.label(&ind.quote).on_hover_text(&ind.quote)));
    }
}

/// The label of row `index`: a link to its sentence, and the row's one stop for the keyboard
/// (↑/↓ between rows, A/R/E on it while reviewing).
fn label_cell_ui<C: TableAsks>(
    ui: &mut Ui,
    report: &Report,
    shape: Shape,
    state: &DataViewState,
    index: usize,
    out: &mut TableOut<'_, C>,
) {
    let s = strings::of(ui.ctx());
    let r = &state.rows[index];
    let ind = &report.indicators[r.indicator];
    let link = ui
        .link(s.indicator_label(ind))
        // The whole label: the column may cut it short.
        .on_hover_text(format!("{}\n{}", s.indicator_label(ind), s.row_hint));
    // The row's one stop for the keyboard: a table row named by its label,
    // the other cells its description, so a screen reader says it whole.
    let rest = [
        ind.value_text.as_str(),
        ind.unit.as_deref().unwrap_or("—"),
        s.kind(ind.kind),
        &s.period_short(ind.period, report.meta.year),
        &r.section_title,
    ]
    .join(s.list_separator);
    let name = s.indicator_label(ind);
    link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Row, true, name.as_ref()));
    ui.ctx()
        .accesskit_node_builder(link.id, |node| node.set_description(rest));
    if out.landing.is_none() || link.has_focus() {
        *out.landing = Some(link.id);
    }
    let commands = &mut *out.commands;
    if link.clicked() {
        // The clicked row keeps the keyboard: A, R, E and ↑/↓ act on it next.
        link.request_focus();
        commands.push(ReaderCommand::ShowSource(r.indicator).into());
    }
    // ↑/↓ move between rows (the table scrolls to rows not drawn yet).
    if state.focus_row == Some(index) {
        link.request_focus();
        commands.push(TableCommand::FocusRow(None).into());
    }
    crate::ui::a11y::keep_vertical_arrows(ui, &link);
    if link.has_focus()
        && let Some(step) = crate::ui::a11y::vertical_step(ui)
    {
        let next = index.saturating_add_signed(step);
        if next != index {
            commands.push(TableCommand::FocusRow(Some(next)).into());
        }
    }
    if shape.reviewing && link.has_focus() {
        review_keys(ui, r.indicator, commands);
    }
}

/// How many rows are shown, how many figures wait, and the button that accepts those shown.
fn counts_ui<C: TableAsks>(
    ui: &mut Ui,
    report: &Report,
    state: &DataViewState,
    reviewing: bool,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.weak(s.row_count(state.rows.len(), report.indicators.len()));
        to_review_ui(ui, report, commands);
        if reviewing {
            accept_shown_ui(ui, report, state, commands);
        }
    });
}

/// `确认显示的 N 个`: every figure shown that waits for a person accepted in one step (one
/// Ctrl+Z takes it back), for a reviewer who has read the list.
fn accept_shown_ui<C: TableAsks>(
    ui: &mut Ui,
    report: &Report,
    state: &DataViewState,
    commands: &mut Vec<C>,
) {
    let waiting: Vec<usize> = state
        .rows
        .iter()
        .map(|r| r.indicator)
        .filter(|&i| report.indicators[i].waits())
        .collect();
    if waiting.is_empty() {
        return;
    }
    let s = strings::of(ui.ctx());
    let label = crate::i18n::fill::fill(s.accept_shown_n, &[("n", &waiting.len())]);
    if ui
        .button(label)
        .on_hover_text(s.accept_shown_hint)
        .clicked()
    {
        commands.push(ReviewCommand::SetReviewAll(waiting, crate::report::Review::Accepted).into());
    }
}

/// A figure's value as written; a decrease with its arrow (`↓ 3.3%`), so the sign is seen
/// where the words say it.
fn value_cell_ui(ui: &mut Ui, ind: &crate::report::Indicator) -> egui::Response {
    if ind.direction == Some(crate::report::Direction::Down) {
        let s = strings::of(ui.ctx());
        ui.label(ind.value_shown())
            .on_hover_text(crate::i18n::fill::fill(
                s.value_down_hint_n,
                &[("value", &ind.value_text)],
            ))
    } else {
        ui.label(&ind.value_text)
    }
}

/// Names the dividers between columns (egui_extras leaves them unnamed) by the column each
/// one widens. The ids are egui_extras' own for the table `data-table` in `ui`.
fn name_dividers(ui: &Ui, shape: Shape) {
    let Shape { reviewing, wide } = shape;
    let s = strings::of(ui.ctx());
    let mut columns = vec![s.tick_column];
    if reviewing {
        columns.push(s.review_col);
    }
    columns.extend([
        s.col_label,
        s.col_value,
        s.col_unit,
        s.col_kind,
        s.col_period,
        s.col_section,
    ]);
    if wide {
        columns.extend([s.edit_qualifier, s.edit_quote]);
    }
    let table = ui.scope_id().with(egui::IdSalt::new("data-table"));
    for (i, column) in columns.iter().enumerate() {
        let id = table.with("resize_column").with(i);
        // Only a divider drawn this frame: naming an id makes a node of it.
        if ui.ctx().has_accesskit_node(id) {
            let name = crate::i18n::fill::fill(s.resize_column, &[("column", column)]);
            ui.ctx()
                .accesskit_node_builder(id, |node| node.set_label(name));
        }
    }
}

/// A cell of the table, to screen readers.
fn cell(response: &egui::Response) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        // A label's text is its value; a cell is named by its label.
        if let Some(text) = node.value().map(str::to_owned) {
            node.set_label(text);
        }
        node.set_role(egui::Role::Cell);
    });
}
