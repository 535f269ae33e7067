//! The search box's state: the query, its hits, and which hit is shown.

use crate::report::Report;
use crate::search::data::{Hit, search};

/// Query and results of the search panel (not persisted).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchState {
    /// Text in the search field.
    pub query: String,
    /// Hits in reading order (at most [`crate::search::data::MAX_HITS`]).
    pub hits: Vec<Hit>,
    /// How many hits there are in all.
    pub total: usize,
    /// Index of the hit being shown.
    pub selected: Option<usize>,
    /// Give the search field keyboard focus next frame.
    pub focus_requested: bool,
}

impl SearchState {
    /// Sets the query and recomputes the hits.
    pub fn set_query(&mut self, report: &Report, query: String) {
        (self.hits, self.total) = search(report, &query);
        self.query = query;
        self.selected = None;
    }

    /// True when a query is entered (the hit list replaces the table of contents).
    #[must_use]
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
    }
}
