//! Everything that belongs to the open report, in one struct that is built whole when a report
//! opens: nothing of the previous report (a highlight, a search hit, a custom chart, a bar's
//! place on screen) can survive into the next one, because nothing is reset field by field.

use std::collections::HashMap;

use crate::charts::data::{ChartRef, SortOrder, charts_by_section};
use crate::charts::view::ChartView;
use crate::data_view::state::DataViewState;
use crate::reader::navigation::Navigation;
use crate::report::{FigureSpan, Report, SectionRef, figure_spans_by_section};
use crate::review::edit::{Editor, TextSelection};
use crate::review::history::History;
use crate::search::state::SearchState;
use crate::ui::drawn::Drawn;

/// The open report and the state of every panel that shows it.
pub struct Doc {
    /// The report.
    pub report: Report,
    /// The figures of each section, in text order (computed once).
    pub figures: HashMap<SectionRef, Vec<FigureSpan>>,
    /// The report charts with figures of each section (computed once).
    pub section_charts: HashMap<SectionRef, Vec<usize>>,
    /// Reading position.
    pub nav: Navigation,
    /// Search field and hits.
    pub search: SearchState,
    /// The chart panel's chart and highlighted bar.
    pub charts: ChartView,
    /// The data table.
    pub data_view: DataViewState,
    /// Figure whose details popup is open (a figure in no chart).
    pub popup: Option<usize>,
    /// Where things were drawn last frame.
    pub drawn: Drawn,
    /// Review steps, for undo and redo.
    pub history: History,
    /// How many review steps were done when the report was last saved (or opened).
    pub saved_steps: usize,
    /// Taken back from an autosave: unsaved although no step was taken here.
    pub recovered: bool,
    /// The figure open in the editor.
    pub editor: Option<Editor>,
    /// The run of text selected in the reader (under review).
    pub selection: Option<TextSelection>,
}

impl Doc {
    /// The state of a report just opened, at `section` (its id) or at the start, with the
    /// first chart of that section shown in `sort` order.
    #[must_use]
    pub fn new(report: Report, section: Option<&str>, sort: SortOrder) -> Self {
        let nav = Navigation::new(&report, section);
        let section_charts = charts_by_section(&report);
        let first = section_charts
            .get(&nav.current)
            .and_then(|c| c.first())
            .copied()
            .unwrap_or(0);
        let mut charts = ChartView::default();
        charts.select(&report, ChartRef::Report(first), sort);
        Self {
            figures: figure_spans_by_section(&report),
            section_charts,
            data_view: DataViewState::new(&report),
            search: SearchState::default(),
            popup: None,
            drawn: Drawn::default(),
            history: History::default(),
            saved_steps: 0,
            recovered: false,
            editor: None,
            selection: None,
            nav,
            charts,
            report,
        }
    }
}
