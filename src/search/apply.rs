//! What the search's commands do, in the search's folder: the query, the match shown in the
//! text, clearing it. The search moves the reading place (a match shown is a highlight in the
//! text), so it is handed the reader's navigation; the reader knows nothing of the search.

use crate::reader::navigation::{Highlight, Navigation};
use crate::report::Report;
use crate::search::command::SearchCommand;
use crate::search::state::SearchState;

impl SearchState {
    /// Applies `command` to the search of `report`, showing a match through `nav`.
    pub fn apply(&mut self, command: SearchCommand, report: &Report, nav: &mut Navigation) {
        match command {
            SearchCommand::FocusSearch => self.focus_requested = true,
            SearchCommand::SetQuery(query) => {
                self.set_query(report, query);
                nav.highlight = None;
            }
            SearchCommand::OpenHit(i) => {
                if let Some(hit) = self.hits.get(i) {
                    self.selected = Some(i);
                    nav.show_match(Highlight {
                        section: hit.section,
                        place: hit.place,
                        range: hit.range.clone(),
                    });
                }
            }
            SearchCommand::ClearSearch => {
                self.set_query(report, String::new());
                nav.highlight = None;
            }
        }
    }
}
