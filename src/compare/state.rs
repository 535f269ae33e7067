//! The comparison's state in the app: the library, whether its window is open, the reports
//! ticked and what is compared of them (side by side, against results, over the years), and
//! its two save dialogs; and its own state changes (ticking, comparing again), so that the
//! app shell only hands it the report open.

use std::sync::Arc;

use crate::compare::library::Library;
use crate::compare::outcomes::{self, Pair, Placed, pairs};
use crate::compare::targets::{self, Row, side_by_side};
use crate::compare::timeline;
use crate::report::Report;

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

/// The comparison's own state changes: what is ticked, and what is compared of it, made again
/// each time. `open` is the report open in the reader, compared as it stands (review steps
/// included) rather than as its kept copy.
impl Comparison {
    /// Ticks report `key`, or unticks it when it is ticked.
    pub fn toggle(&mut self, key: String, open: &Report) {
        if let Some(at) = self.compared.iter().position(|k| *k == key) {
            self.compared.remove(at);
        } else {
            self.compared.push(key);
        }
        self.compare_again(open);
    }

    /// Ticks every report the window shows, in the order shown, after those already ticked.
    pub fn tick_shown(&mut self, open: &Report) {
        for entry in self.shelf.shown(self.library.entries()) {
            if !self.compared.contains(&entry.key) {
                self.compared.push(entry.key.clone());
            }
        }
        self.compare_again(open);
    }

    /// Unticks report `key` (taken out of the library, say).
    pub fn untick(&mut self, key: &str, open: &Report) {
        self.compared.retain(|k| k != key);
        self.compare_again(open);
    }

    /// Unticks every report.
    pub fn untick_all(&mut self, open: &Report) {
        self.compared.clear();
        self.compare_again(open);
    }

    /// Shows headline indicator `key` in the chart over the years.
    pub fn show_timeline(&mut self, key: &'static str, open: &Report) {
        self.timeline_key = Some(key);
        self.compare_again(open);
    }

    /// The reports ticked compared again: side by side, against results, over the years. A
    /// ticked report whose copy no longer loads is left out of the columns.
    pub fn compare_again(&mut self, open: &Report) {
        let open_key = self.library.key_of(open);
        let loaded: Vec<(String, Arc<Report>)> = self
            .compared
            .iter()
            .filter_map(|k| {
                let report = if *k == open_key {
                    Arc::new(open.clone())
                } else {
                    self.library.report(k).ok()?
                };
                Some((k.clone(), report))
            })
            .collect();
        self.compared.retain(|k| loaded.iter().any(|(l, _)| l == k));
        let refs: Vec<&Report> = loaded.iter().map(|(_, r)| r.as_ref()).collect();
        self.rows = side_by_side(&refs);
        let placed: Vec<Placed<'_>> = loaded
            .iter()
            .filter_map(|(k, report)| {
                let e = self.library.entries().iter().find(|e| e.key == *k)?;
                Some(Placed {
                    key: &e.key,
                    region: &e.region,
                    year: e.year,
                    report,
                })
            })
            .collect();
        self.pairs = pairs(&placed);
        let keys = timeline::keys(&placed);
        let key = self
            .timeline_key
            .filter(|k| keys.contains(k))
            .or_else(|| keys.first().copied());
        self.timeline = key.map_or_else(Default::default, |k| timeline::timeline(&placed, k));
        self.timeline_keys = keys;
    }

    /// Both views as CSV: the targets side by side, then (after a blank line) the targets
    /// against results; `zh`: the words of the interface in Chinese.
    #[must_use]
    pub fn csv(&self, zh: bool) -> String {
        let titles: Vec<&str> = self
            .compared
            .iter()
            .filter_map(|k| self.library.entries().iter().find(|e| e.key == *k))
            .map(|e| e.title.as_str())
            .collect();
        let mut csv = targets::to_csv(&self.rows, &titles, zh);
        if !self.pairs.is_empty() {
            csv.push('\n');
            csv.push_str(&outcomes::to_csv(&self.pairs, zh));
        }
        csv
    }
}
