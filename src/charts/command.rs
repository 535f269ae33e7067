//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

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

/// Any command type the chart panel can push into: one that holds the chart panel's own, the reader's (a bar's sentence), the window's (the keyboard to the figure) and the data table's (the chart's figures that wait). The app's root
/// `Command` is one; so the feature names no type above it.
pub trait ChartsAsks:
    From<ChartsCommand>
    + From<crate::reader::command::ReaderCommand>
    + From<crate::window::WindowCommand>
    + From<crate::data_view::command::TableCommand>
{
}

impl<
    C: From<ChartsCommand>
        + From<crate::reader::command::ReaderCommand>
        + From<crate::window::WindowCommand>
        + From<crate::data_view::command::TableCommand>,
> ChartsAsks for C
{
}
