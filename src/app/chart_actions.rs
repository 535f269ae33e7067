//! What the app does when the user moves between text and charts: offering a section's chart,
//! following a figure to its bar, and charting rows ticked in the data view.

use super::JieduApp;
use crate::charts::data::ChartRef;
use crate::command::ChartsCommand;
use crate::data_view::state::SideTab;

impl JieduApp {
    /// After moving to another section: offer its chart, unless the one shown is already one.
    pub(super) fn offer_chart(&mut self) {
        let relevant = self.relevant_charts();
        let shown_is_one =
            matches!(self.doc.charts.selected, ChartRef::Report(i) if relevant.contains(&i));
        if let Some(&first) = relevant.first()
            && !shown_is_one
        {
            self.doc.charts.highlight = None;
            self.doc.charts.select(
                &self.doc.report,
                ChartRef::Report(first),
                self.settings.chart_sort,
            );
        }
    }

    /// From a figure in the text to a chart with its bar highlighted (the chart shown if it has
    /// the figure, else the first that does), or to the figure's details when no chart has it.
    pub(super) fn show_figure(&mut self, indicator: usize) {
        let shown_has_it = self
            .doc
            .charts
            .data
            .as_ref()
            .is_some_and(|d| d.bar_of(indicator).is_some());
        let chart = if shown_has_it {
            Some(self.doc.charts.selected)
        } else {
            self.doc.report.chart_with(indicator).map(ChartRef::Report)
        };
        if let Some(chart) = chart {
            self.settings.show_charts = true;
            self.doc.popup = None;
            self.doc.charts.highlight = Some(indicator);
            self.doc
                .charts
                .select(&self.doc.report, chart, self.settings.chart_sort);
        } else {
            self.doc.popup = Some(indicator);
        }
    }

    /// "Chart these": a chart of the ticked rows, shown at once; it lives until another report opens.
    pub(super) fn chart_ticked(&mut self) {
        let number = self.doc.charts.custom.len() + 1;
        match self
            .doc
            .data_view
            .chart_of_ticked(&self.doc.report, number, self.s())
        {
            Ok(chart) => {
                self.doc.data_view.notice = Some(chart.title.clone());
                self.doc.charts.custom.push(chart);
                let index = ChartRef::Custom(self.doc.charts.custom.len() - 1);
                self.doc.charts.highlight = None;
                self.doc
                    .charts
                    .select(&self.doc.report, index, self.settings.chart_sort);
                self.doc.data_view.ticked.clear();
                self.side_tab = SideTab::Charts;
                self.settings.show_charts = true;
            }
            Err(why) => self.doc.data_view.notice = Some(why.to_owned()),
        }
    }
}

impl JieduApp {
    /// Exports the chart shown, unless it has no bar yet (every figure waits for review): then
    /// the notice says so instead of writing an empty image.
    pub(super) fn export_shown(&mut self, target: crate::export::Target) {
        match &self.doc.charts.data {
            Some(data) if data.bars.is_empty() => {
                let why = crate::export::ExportError::NothingToDraw(data.title.clone());
                self.export.notice = Some(crate::export::Notice::new(
                    crate::export::NoticeKind::Failed,
                    why.describe(self.s()),
                ));
            }
            _ => self.export.start(target),
        }
    }

    /// Rewrites one of the words of the chart shown, or (`None`) forgets every rewrite of it.
    pub(super) fn edit_figure_text(
        &mut self,
        edit: Option<(crate::charts::figure_text::FigureField, String)>,
    ) {
        let Some(data) = &self.doc.charts.data else {
            return;
        };
        let (report, chart) = crate::charts::figure_text::keys(&self.doc.report, data);
        let charts = self
            .settings
            .figure_edits
            .entry(report.clone())
            .or_default();
        match edit {
            Some((field, text)) => charts.entry(chart).or_default().set(field, text),
            None => {
                charts.remove(&chart);
            }
        }
        if charts.is_empty() {
            self.settings.figure_edits.remove(&report);
        }
    }
}

impl JieduApp {
    /// Applies a command of charts.
    pub(super) fn apply_charts(&mut self, command: ChartsCommand) {
        match command {
            ChartsCommand::SelectChart(chart) => {
                // One highlight at a time: another chart leaves nothing marked.
                self.doc.nav.highlight = None;
                self.doc.charts.highlight = None;
                self.doc
                    .charts
                    .select(&self.doc.report, chart, self.settings.chart_sort);
            }
            ChartsCommand::SetSort(order) => {
                self.settings.chart_sort = order;
                self.doc
                    .charts
                    .select(&self.doc.report, self.doc.charts.selected, order);
            }
            ChartsCommand::ToggleCharts => self.settings.show_charts = !self.settings.show_charts,
            ChartsCommand::RenameChart(i, name) => {
                let charts = &mut self.doc.charts;
                if let Some(chart) = charts.custom.get_mut(i) {
                    chart.title_en = Some(name.clone());
                    chart.title = name;
                    charts.select(&self.doc.report, charts.selected, self.settings.chart_sort);
                }
            }
            ChartsCommand::ToggleLogScale => self.doc.charts.log_scale = !self.doc.charts.log_scale,
            ChartsCommand::ResetChartView => self.doc.charts.reset_requested = true,
            ChartsCommand::EditFigureText(field, text) => {
                self.edit_figure_text(Some((field, text)));
            }
            ChartsCommand::ResetFigureText => self.edit_figure_text(None),
        }
    }
}
