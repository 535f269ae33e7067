//! Comparing reports (issue #15): the headline targets and results every report states, under
//! one name whatever words a report uses (`canonical`); the library of reports opened or
//! imported (`library`); targets side by side (`targets`), targets against the next report's
//! results (`outcomes`), and the window that shows them (`compare_ui`).

pub mod canonical;
pub mod compare_ui;
pub mod library;
pub mod outcomes;
pub mod targets;
