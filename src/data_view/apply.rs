//! What the data table's commands do, in its folder: its filters and order, its place, its
//! ticks, copying it, asking where to save it. Making a chart of the ticked rows is the chart
//! panel's, which stands above the table: it is handed back ([`ChartTheTicked`]) and the app
//! gives it to the chart panel.

use crate::data_view::command::TableCommand;
use crate::data_view::state::{DataViewState, SideTab};
use crate::data_view::table_text::to_tsv;
use crate::i18n::Strings;
use crate::platform::file_dialog::SaveDialog;
use crate::report::Report;

/// What the data table's commands change.
pub struct Tabling<'a> {
    /// The report whose figures are the rows.
    pub report: &'a Report,
    /// The table's filters, rows, ticks and notice.
    pub table: &'a mut DataViewState,
    /// Charts or data in the side panel.
    pub side_tab: &'a mut SideTab,
    /// The table has the main area and the text sits beside it.
    pub wide_table: &'a mut bool,
    /// Text to put on the clipboard at the end of the frame.
    pub clipboard: &'a mut Option<String>,
    /// The dialog that asks where the CSV file goes.
    pub csv: &'a mut SaveDialog,
    /// The words of the interface.
    pub s: &'static Strings,
}

/// The table asks the chart panel for a chart of its ticked rows.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartTheTicked;

impl Tabling<'_> {
    /// Applies `command`; a chart of the ticked rows, when that is what it asks.
    #[must_use = "the chart asked for is the chart panel's to make"]
    pub fn apply(self, command: TableCommand) -> Option<ChartTheTicked> {
        let Self { report, table, .. } = self;
        match command {
            TableCommand::SetSideTab(tab) => *self.side_tab = tab,
            TableCommand::ToggleWideTable => *self.wide_table = !*self.wide_table,
            TableCommand::FocusRow(row) => {
                table.focus_row = row.filter(|&r| r < table.rows.len());
            }
            TableCommand::SetTableQuery(query) => table.set_query(report, query),
            TableCommand::ToggleRow(indicator) => {
                if !table.ticked.remove(&indicator) {
                    table.ticked.insert(indicator);
                }
            }
            TableCommand::CopyTable => {
                // The rows shown, tab-separated, to the clipboard at the end of the frame.
                *self.clipboard = Some(to_tsv(report, &table.rows, self.s));
                table.notice = Some(self.s.copied_rows(table.rows.len()));
            }
            TableCommand::SaveCsv => self.csv.ask = true,
            TableCommand::ChartTicked => return Some(ChartTheTicked),
        }
        None
    }
}
