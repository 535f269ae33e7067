//! Which chart the chart panel shows, in which order, and which bar is highlighted. The chart
//! data is rebuilt only when one of these changes, not every frame.

use crate::chart_data::{ChartData, SortOrder};
use crate::report::Report;

/// State of the chart panel (not persisted; the sort order is a setting).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartView {
    /// Index into [`Report::charts`].
    pub selected: usize,
    /// Indicator whose bar is highlighted (chosen in the text or clicked).
    pub highlight: Option<usize>,
    /// The chart ready to draw, for `selected` in the current order.
    pub data: Option<ChartData>,
}

impl ChartView {
    /// Shows chart `chart` in `order`.
    pub fn select(&mut self, report: &Report, chart: usize, order: SortOrder) {
        self.selected = chart;
        self.data = ChartData::build(report, chart, order);
        if let (Some(data), Some(h)) = (&self.data, self.highlight)
            && data.bar_of(h).is_none()
        {
            self.highlight = None;
        }
    }
}
