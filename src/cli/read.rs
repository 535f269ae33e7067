//! A report as the command line's tables read it: its file's name, its region (the nation's
//! for the national report) and level, and the names of values as the report format writes
//! them. Shared by the figures table and the targets table.

use std::path::Path;

use crate::report::Report;

/// The region of the national report.
const NATION: &str = "全国";

/// A report read for the table: its file name, region and level as the dataset gives them.
pub(super) struct Read {
    /// The file's name.
    pub file: String,
    /// Its region (`全国` for the national report).
    pub region: String,
    /// Its level's name.
    pub level: String,
    /// The report.
    pub report: Report,
}

/// A report as the tables give it: its file's name, its region (the nation's for the national
/// report: a blank would read as missing in a spreadsheet or pandas) and level.
pub(super) fn placed(path: &Path, report: Report) -> Read {
    let (region, level) = crate::compare::library::place_of(&report.meta);
    let region = match (region.is_empty(), level) {
        (true, crate::compare::library::Level::National) => NATION.to_owned(),
        _ => region,
    };
    Read {
        file: path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        region,
        level: name_of(&level),
        report,
    }
}

/// A value's name as the report format writes it (`growth_rate`, `about`, `down`, `review`).
pub(super) fn name_of(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_lowercase))
        .unwrap_or_default()
}
