//! Comparing reports (issue #15): the headline targets and results every report states, under
//! one name whatever words a report uses for them (`canonical`). The library of reports and the
//! views come next.

pub mod canonical;
