//! What a chart figure is asked to draw and what it reports back, apart from the drawing so
//! that the figure and its bars (two modules) both name them without importing each other.

use egui::Rect;

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

/// A bar the user opened: its sentence is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The bar's indicator.
    pub indicator: usize,
    /// By the keyboard (Enter or Space on the bar): the keyboard follows to the figure in the
    /// text, so a screen reader says where the user went.
    pub by_keyboard: bool,
}

/// What the figure reports back: plain data (the panel turns an opened bar into commands; an
/// export draws the same figure and has no use for them).
pub struct FigureOutput {
    /// The bar opened this frame.
    pub opened: Option<Opened>,
    /// Screen rect of each bar, by indicator index.
    pub bar_rects: Vec<(usize, Rect)>,
    /// The whole figure, margin included: what an export crops to.
    pub rect: Rect,
}
