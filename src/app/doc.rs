//! Everything that belongs to the open report, in one struct that is built whole when a report
//! opens: nothing of the previous report (a highlight, a search hit, a custom chart, a bar's
//! place on screen) can survive into the next one, because nothing is reset field by field.

use std::collections::HashMap;

use crate::charts::data::{ChartRef, SortOrder, charts_by_section};
use crate::charts::view::ChartView;
use crate::data_view::state::DataViewState;
use crate::reader::navigation::Navigation;
use crate::report::{FigureSpan, Report, SectionRef, figure_spans_by_section};
use crate::review::state::ReviewState;
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
    /// The review: its steps, the editor, the text selected.
    pub review: ReviewState,
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
            review: ReviewState::default(),
            nav,
            charts,
            report,
        }
    }
}

impl Doc {
    /// The figures changed (a review step): what shows them follows at once: marks in the
    /// text, the table's rows, the charts (made again from the figures kept, so an edited kind
    /// or unit moves a figure to its chart) and the chart shown (a rejected figure leaves all
    /// of them), its bars in `sort` order.
    pub fn figures_changed(&mut self, sort: SortOrder) {
        if crate::review::review_ui::in_review(&self.report) {
            let shown = match self.charts.selected {
                ChartRef::Report(i) => self.report.charts.get(i).map(|c| c.id.clone()),
                ChartRef::Custom(_) => None,
            };
            self.report.charts = crate::review::apply::charts_of_kept(&self.report);
            self.section_charts = charts_by_section(&self.report);
            if let Some(id) = shown {
                let at = self.report.charts.iter().position(|c| c.id == id);
                self.charts.selected = ChartRef::Report(at.unwrap_or(0));
            }
        }
        self.figures = figure_spans_by_section(&self.report);
        let query = self.data_view.query.clone();
        self.data_view.set_query(&self.report, query);
        self.charts.select(&self.report, self.charts.selected, sort);
    }

    /// The sections changed (merged or split): what points into the text is found again, at
    /// the same place (the section being read, or the one it merged into).
    pub fn sections_changed(&mut self) {
        let here = self
            .report
            .section(self.nav.current)
            .or_else(|| {
                let before = self.nav.current.section.checked_sub(1)?;
                self.report.section(SectionRef {
                    section: before,
                    ..self.nav.current
                })
            })
            .map(|s| s.id.clone());
        self.nav = Navigation::new(&self.report, here.as_deref());
        self.search = SearchState::default();
        self.review.selection = None;
    }
}
