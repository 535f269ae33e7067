//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

/// The library of reports and the comparison of those ticked.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryCommand {
    /// Show or hide the library of reports (and the comparison).
    ShowLibrary(bool),
    /// Tick or untick the library's report `key` for comparison.
    ToggleCompared(String),
    /// Show the library's reports this search, filter and order let through.
    Shelve(crate::compare::shelf::Shelf),
    /// Tick every report shown (those not ticked yet join the comparison in the order shown).
    TickShown,
    /// Untick every report.
    UntickAll,
    /// Take report `key` out of the library (its file stays where it is).
    RemoveFromLibrary(String),
    /// Open the library's report `key`, at figure `n` when one is given.
    OpenFromLibrary(String, Option<usize>),
    /// Set the level of the library's report `key`.
    SetLevel(String, crate::compare::library::Level),
    /// Set the region of the library entry with this key (typed by the user).
    SetRegion(String, String),
    /// Set the title of the library entry with this key (typed by the user).
    SetTitle(String, String),
    /// Export the comparison as an image (the export does it, as for a chart).
    ExportComparison(crate::settings::export_options::Target),
    /// Show headline indicator `key` in the chart over the years.
    ShowTimeline(&'static str),
    /// Export the chart over the years as an image (as a chart is exported).
    ExportTimeline(crate::settings::export_options::Target),
    /// Copy the comparison as CSV.
    CopyCompareCsv,
    /// Save the comparison as a CSV file the user picks.
    SaveCompareCsv,
    /// Save every report of the library as one table (the figures, or the headline targets).
    SaveDataset(crate::compare::dataset::Table),
}
