//! Which chart the chart panel shows, in which order, and which bar is highlighted. The chart
//! data is rebuilt only when one of these changes, not every frame.

use crate::charts::data::{ChartData, ChartRef, SortOrder};
use crate::report::{Chart, Report};

/// State of the chart panel (not persisted; the sort order is a setting).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartView {
    /// The chart shown.
    pub selected: ChartRef,
    /// Indicator whose bar is highlighted (chosen in the text or clicked).
    pub highlight: Option<usize>,
    /// The chart ready to draw, for `selected` in the current order.
    pub data: Option<ChartData>,
    /// Charts made in the data view ("chart these"); they live until another report opens.
    pub custom: Vec<Chart>,
    /// Log scale for charts whose values span more than two orders of magnitude.
    pub log_scale: bool,
    /// Reset zoom and pan on the next frame.
    pub reset_requested: bool,
}

impl ChartView {
    /// Shows chart `chart` in `order`.
    pub fn select(&mut self, report: &Report, chart: ChartRef, order: SortOrder) {
        self.selected = chart;
        self.data = self
            .chart(report, chart)
            .map(|def| ChartData::from_def(report, chart, def, order));
        if let (Some(data), Some(h)) = (&self.data, self.highlight)
            && data.bar_of(h).is_none()
        {
            self.highlight = None;
        }
    }

    /// Title of chart `chart` (a report chart or a custom one).
    #[must_use]
    pub fn chart<'a>(&'a self, report: &'a Report, chart: ChartRef) -> Option<&'a Chart> {
        match chart {
            ChartRef::Report(i) => report.charts.get(i),
            ChartRef::Custom(i) => self.custom.get(i),
        }
    }

    /// Every chart the picker offers: the report's, then the custom ones.
    pub fn all(&self, report: &Report) -> impl Iterator<Item = ChartRef> + use<> {
        (0..report.charts.len())
            .map(ChartRef::Report)
            .chain((0..self.custom.len()).map(ChartRef::Custom))
    }
}
