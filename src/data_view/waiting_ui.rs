//! The way to the figures that wait for a person: how many the importer was unsure of, as a
//! link that opens the data table showing only those (of the whole report, or of one chart).

use egui::{RichText, Ui};

use crate::data_view::command::TableCommand;
use crate::data_view::state::SideTab;
use crate::data_view::table::TableQuery;
use crate::i18n::fill::fill;
use crate::report::{Report, Review};
use crate::review::history::unreviewed;
use crate::ui::strings;

/// How many figures the importer was unsure of and a person must still check, when any are:
/// a link to them (the data table, showing only those).
pub fn to_review_ui<C: From<TableCommand>>(ui: &mut Ui, report: &Report, commands: &mut Vec<C>) {
    let n = unreviewed(report);
    if n > 0 {
        let s = strings::of(ui.ctx());
        let link = ui
            .link(RichText::new(fill(s.to_review_n, &[("n", &n)])).strong())
            .on_hover_text(s.to_review_hint);
        if link.clicked() {
            commands.extend(show_doubtful(None));
        }
    }
}

/// The commands that show the figures waiting for a person (of the chart with id `chart`, or
/// of the whole report): the data tab, filtered to them.
#[must_use]
pub fn show_doubtful<C: From<TableCommand>>(chart: Option<String>) -> [C; 2] {
    [
        TableCommand::SetSideTab(SideTab::Data).into(),
        TableCommand::SetTableQuery(doubtful(chart)).into(),
    ]
}

/// The table's query of the figures waiting for a person (of the chart with id `chart`, or
/// of the whole report).
#[must_use]
pub fn doubtful(chart: Option<String>) -> TableQuery {
    TableQuery {
        review: Some(Review::Unreviewed),
        chart,
        ..TableQuery::default()
    }
}
