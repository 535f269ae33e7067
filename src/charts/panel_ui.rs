//! The chart panel: a picker with every chart of the report in a fixed order (those of the
//! section being read marked), the controls (order, scale, zoom reset, export), and the chart figure with its
//! tooltips and links to the text (see [`super::figure_ui`]).

use egui::Ui;

use crate::charts::command::ChartsAsks;
use crate::charts::command::ChartsCommand;
use crate::charts::data::{ChartData, ChartRef, SortOrder};
use crate::charts::figure_text::{EditsByReport, FigureText, edits_for};
use crate::charts::figure_ui::{FigureView, Opened, chart_figure_ui};
use crate::charts::view::ChartView;
use crate::data_view::waiting_ui::show_doubtful;
use crate::reader::command::ReaderCommand;
use crate::report::Report;
use crate::ui::drawn::{Drawn, FigurePlacement};
use crate::ui::strings;
use crate::window::WindowCommand;

/// Below this height the panel's header is compact: the charts as one menu, the export's
/// controls behind one button.
const COMPACT_BELOW_HEIGHT: f32 = 560.0;

/// More charts than this are listed in one menu whatever the panel's height: a real report has
/// about ten; a text of hundreds of pages has hundreds, whose labels would fill the panel and
/// push the chart out of sight.
const PICKER_MAX_CHARTS: usize = 24;

/// What the chart panel shows.
pub struct ChartPanel<'a> {
    /// The open report.
    pub report: &'a Report,
    /// Which chart, its order, scale and highlighted bar.
    pub view: &'a ChartView,
    /// The charts of the section being read.
    pub relevant: &'a [usize],
    /// The order of the bars.
    pub sort: SortOrder,
    /// The words the user rewrote, by report and chart.
    pub edits: &'a EditsByReport,
}

/// Draws the chart panel; where the bars and the figure were drawn goes to `drawn`.
/// `export_bar` draws the export controls where the panel puts them (the export is a feature
/// above the charts: it draws them, and the panel only gives them their place).
pub fn chart_panel_ui<C: ChartsAsks>(
    ui: &mut Ui,
    panel: &ChartPanel<'_>,
    drawn: &mut Drawn,
    export_bar: impl FnOnce(&mut Ui, &mut Vec<C>),
) -> Vec<C> {
    let ChartPanel {
        report,
        view,
        sort,
        edits,
        ..
    } = *panel;
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    drawn.bar_rects.clear();
    drawn.figure = None;
    // In a short panel (a small window) the header takes two rows, not four or more: the
    // figure keeps its room.
    let compact = ui.available_height() < COMPACT_BELOW_HEIGHT;
    choice_ui(ui, panel, compact, &mut commands);
    let Some(data) = &view.data else {
        ui.weak(s.no_chart);
        return commands;
    };
    if waiting_ui(ui, report, view, data.bars.is_empty(), &mut commands) {
        // Nothing kept yet: an empty axis (or its export) would say nothing.
        return commands;
    }
    ui.horizontal_wrapped(|ui| {
        view_controls_ui(ui, (view, data), sort, compact, &mut commands);
        ui.separator();
        export_ui(ui, compact, |ui| export_bar(ui, &mut commands));
    });
    let edits = edits_for(edits, report, data);
    let text = FigureText::new(s, report, data, edits);
    commands.extend(super::words_ui::words_ui(ui, report, data, edits));
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("chart-scroll")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let figure = chart_figure_ui(
                ui,
                &FigureView {
                    report,
                    data,
                    text: &text,
                    log_scale: view.log_scale,
                    highlight: view.highlight,
                    reset: view.reset_requested,
                    interactive: true,
                },
            );
            if let Some(opened) = figure.opened {
                commands.extend(opened_commands(opened));
            }
            drawn.bar_rects = figure.bar_rects;
            drawn.figure = Some(FigurePlacement { rect: figure.rect });
            // F6 lands on the highlighted bar, else the first.
            let bar = view
                .highlight
                .filter(|&h| data.bar_of(h).is_some())
                .or_else(|| data.bars.first().map(|b| b.indicator));
            drawn.regions[3] = bar.map(|b| super::keyboard_ui::bar_id(data.chart, b));
            ui.add_space(6.0);
            // The chart in words, for screen readers and for anyone quoting it.
            ui.label(s.chart_summary(data));
            ui.add_space(4.0);
            ui.weak(s.chart_source_hint);
        });
    commands
}

/// Which chart: every chart as labels in a tall panel, as one menu in a short one or when there
/// are many; the name of a chart the user made.
fn choice_ui<C: ChartsAsks>(
    ui: &mut Ui,
    panel: &ChartPanel<'_>,
    compact: bool,
    commands: &mut Vec<C>,
) {
    let ChartPanel {
        report,
        view,
        relevant,
        ..
    } = *panel;
    if compact || view.all(report).count() > PICKER_MAX_CHARTS {
        chart_menu_ui(ui, report, view, relevant, commands);
    } else {
        picker_ui(ui, report, view, relevant, commands);
    }
    if let ChartRef::Custom(i) = view.selected {
        rename_ui(ui, view, i, commands);
    }
    ui.separator();
}

/// The export's controls: in the row in a tall panel, behind one button in a short one (open
/// while its options are set, closed by an export).
fn export_ui(ui: &mut Ui, compact: bool, export_bar: impl FnOnce(&mut Ui)) {
    if !compact {
        // One row that wraps: in a wide panel the controls take two lines, not four.
        export_bar(ui);
        return;
    }
    let s = strings::of(ui.ctx());
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    egui::containers::menu::MenuButton::new(s.export_menu)
        .config(config)
        .ui(ui, export_bar)
        .0
        .on_hover_text(s.export_menu_hint);
}

/// What opening a bar asks: its sentence, and by the keyboard the keyboard follows to the
/// figure in the text, so a screen reader says where the user went.
fn opened_commands<C: ChartsAsks>(opened: Opened) -> Vec<C> {
    let mut commands = vec![ReaderCommand::ShowSource(opened.indicator).into()];
    if opened.by_keyboard {
        commands.push(WindowCommand::FocusFigure(opened.indicator).into());
    }
    commands
}

/// The order of the bars, the log scale where the values span two orders of magnitude, and the
/// reset of zoom and pan.
/// In a short panel the order is a menu, so the controls and the export fit one row.
fn view_controls_ui<C: ChartsAsks>(
    ui: &mut Ui,
    (view, data): (&ChartView, &ChartData),
    sort: SortOrder,
    compact: bool,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let caption = ui.label(s.sort);
    let orders = [
        (SortOrder::Report, s.sort_report),
        (SortOrder::Value, s.sort_value),
    ];
    let mut chosen = sort;
    if compact {
        let name = |o: SortOrder| orders.iter().find(|(x, _)| *x == o).map_or("", |(_, l)| l);
        egui::ComboBox::from_id_salt("chart-order")
            .selected_text(name(sort))
            .show_ui(ui, |ui| {
                for (order, label) in orders {
                    ui.selectable_value(&mut chosen, order, label);
                }
            })
            .response
            .labelled_by(caption.id);
    } else {
        for (order, label) in orders {
            if ui.selectable_label(sort == order, label).clicked() {
                chosen = order;
            }
        }
    }
    if chosen != sort {
        commands.push(ChartsCommand::SetSort(chosen).into());
    }
    ui.separator();
    if data.offers_log_scale()
        && ui
            .selectable_label(view.log_scale, s.log_scale)
            .on_hover_text(s.log_scale_hint)
            .clicked()
    {
        commands.push(ChartsCommand::ToggleLogScale.into());
    }
    if ui
        .button(s.reset_view)
        .on_hover_text(s.reset_view_hint)
        .clicked()
    {
        commands.push(ChartsCommand::ResetChartView.into());
    }
}

/// Under review, how many figures of the chart shown are still to check (they are not drawn
/// until a person keeps them), with the way to them (the table, showing this chart's). True
/// when the chart has nothing to draw for that reason.
fn waiting_ui<C: ChartsAsks>(
    ui: &mut Ui,
    report: &Report,
    view: &ChartView,
    empty: bool,
    commands: &mut Vec<C>,
) -> bool {
    let Some(def) = view.chart(report, view.selected) else {
        return false;
    };
    let waiting = def
        .indicators
        .iter()
        .filter_map(|id| report.indicator_index(id))
        .filter(|&i| report.indicators[i].waits())
        .count();
    if waiting == 0 {
        return false;
    }
    let s = strings::of(ui.ctx());
    ui.colored_label(
        ui.visuals().warn_fg_color,
        crate::i18n::fill::fill(s.chart_waiting_n, &[("n", &waiting)]),
    );
    if empty {
        ui.add_space(6.0);
    }
    // The way to this chart's figures that wait (not every figure of the report), whether
    // none or some of its bars are drawn yet.
    if ui.button(s.go_review).clicked() {
        commands.extend(show_doubtful(Some(def.id.clone())));
    }
    empty
}

/// The name of a chart the user made, editable (it is theirs; once renamed, the same name in
/// both languages). The field shows the name the chart's title shows, in the interface's
/// language.
fn rename_ui<C: ChartsAsks>(ui: &mut Ui, view: &ChartView, custom: usize, commands: &mut Vec<C>) {
    let s = strings::of(ui.ctx());
    let Some(chart) = view.custom.get(custom) else {
        return;
    };
    let mut name = s.chart_title(chart).to_owned();
    ui.horizontal(|ui| {
        let caption = ui.label(s.chart_name);
        let field = ui
            .add(egui::TextEdit::singleline(&mut name).desired_width(240.0))
            .labelled_by(caption.id);
        if field.changed() && !name.trim().is_empty() {
            commands.push(ChartsCommand::RenameChart(custom, name).into());
        }
    });
}

/// The charts as one menu (a short panel): the one shown, and every chart of the report in a
/// fixed order when it opens, those of the section being read marked.
fn chart_menu_ui<C: ChartsAsks>(
    ui: &mut Ui,
    report: &Report,
    view: &ChartView,
    relevant: &[usize],
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let title = |i: ChartRef| {
        let mut title = view
            .chart(report, i)
            .map_or_else(String::new, |c| s.chart_title(c).to_owned());
        if matches!(i, ChartRef::Report(n) if relevant.contains(&n)) {
            title.push_str(s.in_this_section);
        }
        title
    };
    let mut chosen = view.selected;
    ui.horizontal(|ui| {
        let caption = ui.label(s.chart_menu);
        egui::ComboBox::from_id_salt("chart-menu")
            .selected_text(title(view.selected))
            .width(ui.available_width() - 8.0)
            .truncate()
            .show_ui(ui, |ui| {
                for i in view.all(report) {
                    ui.selectable_value(&mut chosen, i, title(i));
                }
            })
            .response
            .labelled_by(caption.id);
    });
    if chosen != view.selected {
        commands.push(ChartsCommand::SelectChart(chosen).into());
    }
}

fn picker_ui<C: ChartsAsks>(
    ui: &mut Ui,
    report: &Report,
    view: &ChartView,
    relevant: &[usize],
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let selected = view.selected;
    let in_section = |c: &ChartRef| matches!(c, ChartRef::Report(i) if relevant.contains(i));
    ui.horizontal_wrapped(|ui| {
        // A title that wraps would make its whole row of the picker two lines high; one that
        // does not fit moves to the next row instead.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        // Always in the report's order, so a chart stays where the user saw it; the charts of
        // the section being read are marked, not moved.
        for i in view.all(report) {
            let mut title = view
                .chart(report, i)
                .map_or_else(String::new, |c| s.chart_title(c).to_owned());
            if in_section(&i) {
                title.push_str(s.in_this_section);
            }
            if ui.selectable_label(i == selected, title).clicked() && i != selected {
                commands.push(ChartsCommand::SelectChart(i).into());
            }
        }
    });
}
