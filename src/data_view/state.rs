//! State of the data view: the table's filters and order, its rows (recomputed only when the
//! query changes), the rows the user ticked, and the last notice.

use std::collections::BTreeSet;

use crate::data_view::table::{Row, TableQuery, rows};
use crate::i18n::Strings;
use crate::report::{Chart, ChartKind, Kind, Report};

/// Which view the side panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SideTab {
    /// The charts.
    #[default]
    Charts,
    /// The table of all indicators.
    Data,
}

/// The data view (not persisted).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataViewState {
    /// Filters and order.
    pub query: TableQuery,
    /// The rows shown, for `query`.
    pub rows: Vec<Row>,
    /// Ticked indicators (for "chart these").
    pub ticked: BTreeSet<usize>,
    /// Last notice (copied, chart made), shown under the table.
    pub notice: Option<String>,
    /// Row (index into `rows`) whose link takes the keyboard focus next frame (↑/↓).
    pub focus_row: Option<usize>,
}

impl DataViewState {
    /// All indicators, in report order.
    #[must_use]
    pub fn new(report: &Report) -> Self {
        let query = TableQuery::default();
        Self {
            rows: rows(report, &query),
            query,
            ..Self::default()
        }
    }

    /// Sets the query and recomputes the rows.
    pub fn set_query(&mut self, report: &Report, query: TableQuery) {
        self.rows = rows(report, &query);
        self.query = query;
    }

    /// The chart that "chart these" would make from the ticked rows, or why it cannot: they
    /// must all have a number and share one unit.
    ///
    /// # Errors
    /// A message for the user when the ticked rows cannot be charted together.
    pub fn chart_of_ticked(
        &self,
        report: &Report,
        number: usize,
        s: &Strings,
    ) -> Result<Chart, &'static str> {
        let picked: Vec<_> = self
            .ticked
            .iter()
            .filter_map(|&i| report.indicators.get(i))
            .collect();
        if picked.is_empty() {
            return Err(s.chart_needs_rows);
        }
        if picked.iter().any(|i| i.value.is_none()) {
            return Err(s.chart_needs_numbers);
        }
        let unit = picked[0].unit.clone().unwrap_or_default();
        if picked
            .iter()
            .any(|i| i.unit.as_deref() != Some(unit.as_str()))
        {
            return Err(s.chart_needs_one_unit);
        }
        let all_targets = picked.iter().all(|i| i.kind == Kind::Target);
        Ok(Chart {
            id: format!("custom-{number}"),
            // Both languages, so the name follows the interface when it is switched.
            title: crate::i18n::ZH.custom_chart_title(number),
            title_en: Some(crate::i18n::EN.custom_chart_title(number)),
            unit,
            kind: if all_targets {
                ChartKind::Target
            } else {
                ChartKind::Result
            },
            indicators: picked.iter().map(|i| i.id.clone()).collect(),
            footnotes: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(report: &Report, id: &str) -> usize {
        report
            .indicators
            .iter()
            .position(|i| i.id == id)
            .expect("exists")
    }

    #[test]
    fn ticked_rows_of_one_unit_make_a_chart_others_say_why_not() {
        let report = Report::embedded().expect("loads");
        let mut state = DataViewState::new(&report);
        assert!(state.chart_of_ticked(&report, 1, &crate::i18n::ZH).is_err());
        state
            .ticked
            .insert(index(&report, "finance_value_added_growth"));
        state.ticked.insert(index(&report, "rd_intensity"));
        let chart = state
            .chart_of_ticked(&report, 1, &crate::i18n::ZH)
            .expect("one unit");
        assert_eq!(chart.unit, "%");
        assert_eq!(chart.indicators.len(), 2);
        state
            .ticked
            .insert(index(&report, "signed_projects_amount"));
        assert_eq!(
            state.chart_of_ticked(&report, 1, &crate::i18n::ZH),
            Err(crate::i18n::ZH.chart_needs_one_unit)
        );
        state.ticked.clear();
        state.ticked.insert(index(&report, "target_income"));
        assert_eq!(
            state.chart_of_ticked(&report, 1, &crate::i18n::ZH),
            Err(crate::i18n::ZH.chart_needs_numbers)
        );
    }
}
