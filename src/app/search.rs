//! What the app does with the search's commands: the query, the match shown, clearing it.

use super::JieduApp;
use crate::command::SearchCommand;
use crate::reader::navigation::Highlight;

impl JieduApp {
    /// Applies a command of search.
    pub(super) fn apply_search(&mut self, command: SearchCommand) {
        match command {
            SearchCommand::FocusSearch => self.doc.search.focus_requested = true,
            SearchCommand::SetQuery(query) => {
                self.doc.search.set_query(&self.doc.report, query);
                self.doc.nav.highlight = None;
            }
            SearchCommand::OpenHit(i) => {
                if let Some(hit) = self.doc.search.hits.get(i) {
                    self.doc.search.selected = Some(i);
                    self.doc.nav.show_match(Highlight {
                        section: hit.section,
                        place: hit.place,
                        range: hit.range.clone(),
                    });
                }
            }
            SearchCommand::ClearSearch => {
                self.doc.search.set_query(&self.doc.report, String::new());
                self.doc.nav.highlight = None;
            }
        }
    }
}
