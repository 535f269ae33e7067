//! What the user can ask of this feature, as one command each; the app applies them once per
//! frame (`src/app/`) and the root [`crate::Command`] wraps them.

use crate::charts::data::SortOrder;

/// The chart panel: which chart, its order and scale, and the words of its figure.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum ChartsCommand {
    /// Show this chart.
    SelectChart(crate::charts::data::ChartRef),
    /// Order the bars.
    SetSort(SortOrder),
    /// Show or hide the chart panel.
    ToggleCharts,
    /// Switch the log scale of the chart panel.
    ToggleLogScale,
    /// Undo zoom and pan of the chart.
    ResetChartView,
    /// Give chart `n` of those the user made this name.
    RenameChart(usize, String),
    /// Rewrite one of the words of the chart shown (remembered for its report and chart).
    EditFigureText(crate::charts::figure_text::FigureField, String),
    /// Back to the default words of the chart shown.
    ResetFigureText,
}
