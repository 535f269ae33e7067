//! The comparison's state in the app: the library, whether its window is open, the reports
//! ticked and what is compared of them (side by side, against results, over the years), and
//! its two save dialogs.

use crate::compare::library::Library;
use crate::compare::outcomes::Pair;
use crate::compare::targets::Row;

/// The library, whether its window is open, and the comparison.
#[derive(Default)]
pub struct Comparison {
    /// Every report opened or imported.
    pub library: Library,
    /// The window is open.
    pub open: bool,
    /// Which reports the window shows, and in what order.
    pub shelf: crate::compare::shelf::Shelf,
    /// The reports ticked, in the order they were ticked (the columns).
    pub compared: Vec<String>,
    /// Their targets side by side.
    pub rows: Vec<Row>,
    /// Targets against the next report's results, among the reports ticked.
    pub pairs: Vec<Pair>,
    /// The headline indicators the chart over the years can show, and the one it shows.
    pub timeline_keys: Vec<&'static str>,
    /// The indicator the user picked for the chart over the years (else the first there is).
    pub timeline_key: Option<&'static str>,
    /// The chart over the years of the reports ticked.
    pub timeline: crate::compare::timeline::Timeline,
    /// Saving the comparison as a CSV file.
    pub csv: crate::platform::file_dialog::SaveDialog,
    /// Saving the library as one table, and which table.
    pub dataset: (
        crate::platform::file_dialog::SaveDialog,
        crate::compare::dataset::Table,
    ),
}

impl Comparison {
    /// The comparison as its window and its figure show it.
    #[must_use]
    pub fn view(&self) -> crate::compare::chart_ui::CompareView<'_> {
        crate::compare::chart_ui::CompareView {
            entries: self.library.entries(),
            shelf: &self.shelf,
            compared: &self.compared,
            rows: &self.rows,
            pairs: &self.pairs,
            timeline: &self.timeline,
            timeline_keys: &self.timeline_keys,
        }
    }
}
