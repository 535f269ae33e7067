//! Which chart the chart panel shows, in which order, and which bar is highlighted. The chart
//! data is rebuilt only when one of these changes, not every frame.

use crate::charts::data::{ChartData, SortOrder};
use crate::report::{Chart, Report};

/// State of the chart panel (not persisted; the sort order is a setting).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartView {
    /// Index into [`Report::charts`].
    pub selected: usize,
    /// Indicator whose bar is highlighted (chosen in the text or clicked).
    pub highlight: Option<usize>,
    /// The chart ready to draw, for `selected` in the current order.
    pub data: Option<ChartData>,
    /// Charts made in the data view ("chart these"); they live until the app closes and are
    /// numbered after the report's charts.
    pub custom: Vec<Chart>,
    /// Log scale for charts whose values span more than two orders of magnitude.
    pub log_scale: bool,
    /// Reset zoom and pan on the next frame.
    pub reset_requested: bool,
}

impl ChartView {
    /// Shows chart `chart` in `order`.
    pub fn select(&mut self, report: &Report, chart: usize, order: SortOrder) {
        self.selected = chart;
        self.data = match chart.checked_sub(report.charts.len()) {
            None => ChartData::build(report, chart, order),
            Some(i) => self
                .custom
                .get(i)
                .map(|def| ChartData::from_def(report, chart, def, order)),
        };
        if let (Some(data), Some(h)) = (&self.data, self.highlight)
            && data.bar_of(h).is_none()
        {
            self.highlight = None;
        }
    }

    /// Title of chart `chart` (a report chart or a custom one).
    #[must_use]
    pub fn chart<'a>(&'a self, report: &'a Report, chart: usize) -> Option<&'a Chart> {
        match chart.checked_sub(report.charts.len()) {
            None => report.charts.get(chart),
            Some(i) => self.custom.get(i),
        }
    }

    /// Number of charts the picker offers.
    #[must_use]
    pub fn count(&self, report: &Report) -> usize {
        report.charts.len() + self.custom.len()
    }
}
