//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

/// The data table: its filters and order, its place, its ticks, copying and saving it.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum TableCommand {
    /// Charts or data table in the side panel.
    SetSideTab(crate::data_view::state::SideTab),
    /// New filters or order for the data table.
    SetTableQuery(crate::data_view::table::TableQuery),
    /// The data table in the main area (the text beside it), or back in the side panel.
    ToggleWideTable,
    /// Move the keyboard focus to row `n` of the data table (none: the move is done).
    FocusRow(Option<usize>),
    /// Tick or untick the row of indicator `n`.
    ToggleRow(usize),
    /// Copy the rows shown, tab-separated, for a spreadsheet.
    CopyTable,
    /// Save the rows shown as a CSV file the user picks.
    SaveCsv,
    /// Make a chart of the ticked rows.
    ChartTicked,
}

/// Any command type the data table can push into: one that holds the table's own, the reader's (a row's sentence) and the review's (a row accepted, rejected or edited). The app's root
/// `Command` is one; so the feature names no type above it.
pub trait TableAsks:
    From<TableCommand>
    + From<crate::reader::command::ReaderCommand>
    + From<crate::review::command::ReviewCommand>
{
}

impl<
    C: From<TableCommand>
        + From<crate::reader::command::ReaderCommand>
        + From<crate::review::command::ReviewCommand>,
> TableAsks for C
{
}
