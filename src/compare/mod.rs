//! Comparing reports (issue #15): the headline targets and results every report states, under
//! one name whatever words a report uses (`canonical`); the library of reports opened or
//! imported (`library`) and which of them the window shows, searched, filtered and sorted
//! (`shelf`); targets side by side (`targets`), targets against the next report's results
//! (`outcomes`), targets and results over the years (`timeline`); the window that shows them
//! (`compare_ui`), its table of targets whose header and names stay put (`table_ui`), the
//! targets drawn as small multiples (`targets_ui`), the chart over the years (`timeline_ui`)
//! and both as figures to export (`chart_ui`); where a report comes from (`place`) and many
//! reports as one table of figures or of targets (`dataset`).

pub mod apply;
pub mod canonical;
pub mod chart_ui;
pub mod command;
pub mod compare_ui;
pub mod dataset;
pub mod files;
pub mod library;
pub mod outcomes;
pub mod place;
pub mod shelf;
pub mod state;
pub mod table_ui;
pub mod targets;
pub mod targets_ui;
pub mod timeline;
pub mod timeline_ui;
