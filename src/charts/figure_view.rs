//! What a chart figure is asked to draw and what it reports back, apart from the drawing so
//! that the figure and its bars (two modules) both name them without importing each other.

use egui::Rect;

use crate::Command;
use crate::charts::data::ChartData;
use crate::charts::figure_text::FigureText;
use crate::report::Report;

/// What to draw and how.
pub struct FigureView<'a> {
    /// The report the chart's indicators belong to.
    pub report: &'a Report,
    /// The chart, ready to draw.
    pub data: &'a ChartData,
    /// Its words (title, subtitle, notes, source), as the user may have rewritten them.
    pub text: &'a FigureText,
    /// Log scale (only honoured when the chart offers it).
    pub log_scale: bool,
    /// Bar to outline.
    pub highlight: Option<usize>,
    /// Forget zoom and pan this frame.
    pub reset: bool,
    /// Tooltips, clicks, zoom and the hover cursor; off when drawing for an image, which shows
    /// the whole chart laid out for its own width.
    pub interactive: bool,
}

/// What the figure reports back.
pub struct FigureOutput {
    /// Commands to apply.
    pub commands: Vec<Command>,
    /// Screen rect of each bar, by indicator index.
    pub bar_rects: Vec<(usize, Rect)>,
    /// The whole figure, margin included: what an export crops to.
    pub rect: Rect,
}
