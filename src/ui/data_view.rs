//! The data view: every figure of the report in a table that can be filtered (text, kind,
//! chapter) and sorted by any column; "copy as CSV" copies exactly the rows shown, and ticked
//! rows of one unit become a chart of their own.

use egui::{RichText, Ui};
use egui_extras::{Column as Width, TableBuilder};

use crate::Command;
use crate::data_table::{Column, TableQuery};
use crate::data_view_state::DataViewState;
use crate::report::{Kind, Report};
use crate::ui::strings;

const KINDS: [Kind; 6] = [
    Kind::GrowthRate,
    Kind::Amount,
    Kind::Count,
    Kind::Share,
    Kind::Level,
    Kind::Target,
];

/// Draws the data view.
pub fn data_view_ui(ui: &mut Ui, report: &Report, state: &DataViewState) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut query = state.query.clone();
    filters_ui(ui, report, &mut query);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(strings::COPY_CSV)
            .on_hover_text(strings::COPY_CSV_HINT)
            .clicked()
        {
            commands.push(Command::CopyCsv);
        }
        let chart = state.chart_of_ticked(report, 0);
        let button = ui.add_enabled(chart.is_ok(), egui::Button::new(strings::CHART_THESE));
        let button = match &chart {
            Ok(_) => button,
            Err(why) => button.on_disabled_hover_text(*why),
        };
        if button.clicked() {
            commands.push(Command::ChartTicked);
        }
    });
    ui.weak(strings::row_count(
        state.rows.len(),
        report.indicators.len(),
    ));
    if let Some(notice) = &state.notice {
        ui.label(RichText::new(notice).color(ui.visuals().hyperlink_color));
    }
    ui.separator();
    table_ui(ui, report, state, &mut query, &mut commands);
    if query != state.query {
        commands.push(Command::SetTableQuery(query));
    }
    commands
}

fn filters_ui(ui: &mut Ui, report: &Report, query: &mut TableQuery) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(strings::FILTER);
        ui.add(
            egui::TextEdit::singleline(&mut query.text)
                .id_salt("data-filter")
                .hint_text(strings::FILTER_HINT)
                .desired_width(150.0),
        )
        .labelled_by(label.id);
        egui::ComboBox::new("kind-filter", strings::COL_KIND)
            .selected_text(query.kind.map_or(strings::ANY_KIND, Kind::label_zh))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut query.kind, None, strings::ANY_KIND);
                for kind in KINDS {
                    ui.selectable_value(&mut query.kind, Some(kind), kind.label_zh());
                }
            });
        let chapter_name = |c: Option<usize>| {
            c.and_then(|c| report.chapters.get(c))
                .map_or(strings::ANY_CHAPTER, |ch| ch.title.as_str())
        };
        egui::ComboBox::new("chapter-filter", strings::CHAPTER)
            .selected_text(chapter_name(query.chapter))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut query.chapter, None, strings::ANY_CHAPTER);
                for (c, chapter) in report.chapters.iter().enumerate() {
                    ui.selectable_value(&mut query.chapter, Some(c), &chapter.title);
                }
            });
    });
}

fn table_ui(
    ui: &mut Ui,
    report: &Report,
    state: &DataViewState,
    query: &mut TableQuery,
    commands: &mut Vec<Command>,
) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut header_button = |ui: &mut Ui, column: Column, title: &str| {
        let arrow = match (query.sort == column, query.descending) {
            (true, false) => " ▲",
            (true, true) => " ▼",
            (false, _) => "",
        };
        if ui.button(format!("{title}{arrow}")).clicked() {
            if query.sort == column {
                query.descending = !query.descending;
            } else {
                query.sort = column;
                query.descending = false;
            }
        }
    };
    TableBuilder::new(ui)
        .id_salt("data-table")
        .striped(true)
        .resizable(true)
        .column(Width::exact(22.0))
        // Narrow enough for a 440-point panel; long labels are clipped (hover shows the
        // sentence, a click jumps to it) and every column can be resized.
        .column(Width::initial(120.0).at_least(70.0).clip(true))
        .column(Width::initial(72.0).at_least(48.0).clip(true))
        .column(Width::initial(56.0).at_least(48.0).clip(true))
        .column(Width::initial(56.0).at_least(48.0).clip(true))
        .column(Width::initial(64.0).at_least(40.0).clip(true))
        .column(Width::remainder().at_least(60.0).clip(true))
        .header(row_height + 4.0, |mut header| {
            header.col(|_| {});
            header.col(|ui| header_button(ui, Column::Label, strings::COL_LABEL));
            header.col(|ui| header_button(ui, Column::Value, strings::COL_VALUE));
            header.col(|ui| header_button(ui, Column::Unit, strings::COL_UNIT));
            header.col(|ui| header_button(ui, Column::Kind, strings::COL_KIND));
            header.col(|ui| header_button(ui, Column::Period, strings::COL_PERIOD));
            header.col(|ui| header_button(ui, Column::Section, strings::COL_SECTION));
        })
        .body(|body| {
            body.rows(row_height, state.rows.len(), |mut row| {
                let r = &state.rows[row.index()];
                let ind = &report.indicators[r.indicator];
                row.col(|ui| {
                    let mut ticked = state.ticked.contains(&r.indicator);
                    if ui
                        .checkbox(&mut ticked, "")
                        .on_hover_text(strings::TICK_HINT)
                        .changed()
                    {
                        commands.push(Command::ToggleRow(r.indicator));
                    }
                });
                row.col(|ui| {
                    if ui
                        .link(&ind.label)
                        .on_hover_text(strings::ROW_HINT)
                        .clicked()
                    {
                        commands.push(Command::ShowSource(r.indicator));
                    }
                });
                row.col(|ui| {
                    ui.label(&ind.value_text);
                });
                row.col(|ui| {
                    ui.label(ind.unit.as_deref().unwrap_or("—"));
                });
                row.col(|ui| {
                    ui.label(ind.kind.label_zh());
                });
                row.col(|ui| {
                    ui.label(ind.period.short_label_zh())
                        .on_hover_text(ind.period.label_zh());
                });
                row.col(|ui| {
                    ui.label(&r.section_title);
                });
            });
        });
}
