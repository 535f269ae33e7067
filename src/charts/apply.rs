//! What the chart panel's commands do, in its folder: the chart shown, its order and scale,
//! the words of its figure; and what others ask of it: a section's chart offered when the
//! reader moves, a figure followed to its bar, the data table's ticked rows made a chart.

use crate::charts::command::ChartsCommand;
use crate::charts::data::ChartRef;
use crate::charts::figure_text::FigureField;
use crate::charts::view::ChartView;
use crate::data_view::state::{DataViewState, SideTab};
use crate::reader::apply::ForCharts;
use crate::reader::navigation::Navigation;
use crate::report::Report;
use crate::settings::Settings;

/// What the chart panel's commands change.
pub struct Charting<'a> {
    /// The report charted.
    pub report: &'a Report,
    /// The chart shown and its marked bar.
    pub view: &'a mut ChartView,
    /// The panel shown, the bars' order and the figures' words are kept with the settings.
    pub settings: &'a mut Settings,
    /// The reading place: one thing is marked at a time, in the text or on a bar.
    pub nav: &'a mut Navigation,
    /// The figure whose details are open (a figure in no chart).
    pub popup: &'a mut Option<usize>,
    /// The data table, whose ticked rows become a chart.
    pub table: &'a mut DataViewState,
    /// Charts or data in the side panel.
    pub side_tab: &'a mut SideTab,
}

impl Charting<'_> {
    /// Applies `command`.
    pub fn apply(self, command: ChartsCommand) {
        let Self {
            report,
            view,
            settings,
            ..
        } = self;
        match command {
            ChartsCommand::SelectChart(chart) => {
                // One highlight at a time: another chart leaves nothing marked.
                self.nav.highlight = None;
                view.highlight = None;
                view.select(report, chart, settings.chart_sort);
            }
            ChartsCommand::SetSort(order) => {
                settings.chart_sort = order;
                view.select(report, view.selected, order);
            }
            ChartsCommand::ToggleCharts => settings.show_charts = !settings.show_charts,
            ChartsCommand::RenameChart(i, name) => {
                if let Some(chart) = view.custom.get_mut(i) {
                    chart.title_en = Some(name.clone());
                    chart.title = name;
                    view.select(report, view.selected, settings.chart_sort);
                }
            }
            ChartsCommand::ToggleLogScale => view.log_scale = !view.log_scale,
            ChartsCommand::ResetChartView => view.reset_requested = true,
            ChartsCommand::EditFigureText(field, text) => {
                edit_figure_text(report, view, settings, Some((field, text)));
            }
            ChartsCommand::ResetFigureText => edit_figure_text(report, view, settings, None),
        }
    }

    /// Does what a command of the reader asked of the chart panel.
    pub fn follow(self, asked: ForCharts) {
        match asked {
            ForCharts::Highlight(indicator) => self.view.highlight = Some(indicator),
            ForCharts::ShowFigure(indicator) => self.show_figure(indicator),
        }
    }

    /// After moving to another section: offer its chart (the first of `relevant`, the charts
    /// with its figures), unless the one shown is already one.
    pub fn offer_chart(self, relevant: &[usize]) {
        let shown_is_one =
            matches!(self.view.selected, ChartRef::Report(i) if relevant.contains(&i));
        if let Some(&first) = relevant.first()
            && !shown_is_one
        {
            self.view.highlight = None;
            self.view.select(
                self.report,
                ChartRef::Report(first),
                self.settings.chart_sort,
            );
        }
    }

    /// From a figure in the text to a chart with its bar highlighted (the chart shown if it has
    /// the figure, else the first that does), or to the figure's details when no chart has it.
    fn show_figure(self, indicator: usize) {
        let shown_has_it = self
            .view
            .data
            .as_ref()
            .is_some_and(|d| d.bar_of(indicator).is_some());
        let chart = if shown_has_it {
            Some(self.view.selected)
        } else {
            self.report.chart_with(indicator).map(ChartRef::Report)
        };
        if let Some(chart) = chart {
            self.settings.show_charts = true;
            *self.popup = None;
            self.view.highlight = Some(indicator);
            self.view
                .select(self.report, chart, self.settings.chart_sort);
        } else {
            *self.popup = Some(indicator);
        }
    }

    /// "Chart these": a chart of the ticked rows, shown at once; it lives until another
    /// report opens.
    pub fn chart_ticked(self) {
        let number = self.view.custom.len() + 1;
        let s = crate::i18n::strings(self.settings.lang);
        match self.table.chart_of_ticked(self.report, number, s) {
            Ok(chart) => {
                self.table.notice = Some(chart.title.clone());
                self.view.custom.push(chart);
                let index = ChartRef::Custom(self.view.custom.len() - 1);
                self.view.highlight = None;
                self.view
                    .select(self.report, index, self.settings.chart_sort);
                self.table.ticked.clear();
                *self.side_tab = SideTab::Charts;
                self.settings.show_charts = true;
            }
            Err(why) => self.table.notice = Some(why.to_owned()),
        }
    }
}

/// Rewrites one of the words of the chart shown, or (`None`) forgets every rewrite of it.
fn edit_figure_text(
    report: &Report,
    view: &ChartView,
    settings: &mut Settings,
    edit: Option<(FigureField, String)>,
) {
    let Some(data) = &view.data else {
        return;
    };
    let (report, chart) = crate::charts::figure_text::keys(report, data);
    let charts = settings.figure_edits.entry(report.clone()).or_default();
    match edit {
        Some((field, text)) => charts.entry(chart).or_default().set(field, text),
        None => {
            charts.remove(&chart);
        }
    }
    if charts.is_empty() {
        settings.figure_edits.remove(&report);
    }
}
