//! The data view's rows: every indicator as a table row that can be filtered and sorted. Pure
//! data; `table_text` writes the same rows for the clipboard and for a CSV file, so what the
//! table shows and what is copied or saved are the same rows by construction.

use crate::report::{Kind, Report, Review, unit_scale};

/// A sortable column of the data view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    /// Report order (the default).
    #[default]
    Order,
    /// Label.
    Label,
    /// Numeric value (figures without a number last).
    Value,
    /// Unit.
    Unit,
    /// Kind.
    Kind,
    /// Period.
    Period,
    /// Section title.
    Section,
}

/// What the table shows: filters and order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableQuery {
    /// Text that label, value, quote or section title must contain (empty: any).
    pub text: String,
    /// Only this kind (None: any).
    pub kind: Option<Kind>,
    /// Only this unit, as written (None: any).
    pub unit: Option<String>,
    /// Only figures in this review state (None: any but rejected; rejected ones show only when
    /// asked for).
    pub review: Option<Review>,
    /// Only this chapter (None: any).
    pub chapter: Option<usize>,
    /// Only the figures of the report's chart with this id (None: any), e.g. the figures of
    /// the chart shown that wait for a person.
    pub chart: Option<String>,
    /// Sort column.
    pub sort: Column,
    /// Sort descending.
    pub descending: bool,
}

/// One row: an indicator and the title of its section.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index into [`Report::indicators`].
    pub indicator: usize,
    /// Title of the indicator's section.
    pub section_title: String,
}

/// The rows that match `query`, in its order.
#[must_use]
pub fn rows(report: &Report, query: &TableQuery) -> Vec<Row> {
    let needle = query.text.trim().to_lowercase();
    let sections = report.section_index();
    let charted: Option<Vec<&str>> = query.chart.as_deref().map(|id| {
        report
            .charts
            .iter()
            .filter(|c| c.id == id)
            .flat_map(|c| c.indicators.iter().map(String::as_str))
            .collect()
    });
    let mut rows: Vec<(usize, Row)> = report
        .indicators
        .iter()
        .enumerate()
        // A figure rejected in review is not data, unless the rejected ones are asked for.
        .filter(|(_, ind)| match query.review {
            None => !ind.rejected(),
            Some(state) => ind.review == Some(state),
        })
        .filter_map(|(i, ind)| {
            let place = *sections.get(ind.section.as_str())?;
            let title = report.section(place)?.title.clone();
            let keep = query.kind.is_none_or(|k| k == ind.kind)
                && query
                    .unit
                    .as_deref()
                    .is_none_or(|u| ind.unit.as_deref() == Some(u))
                && query.chapter.is_none_or(|c| c == place.chapter)
                && charted
                    .as_ref()
                    .is_none_or(|ids| ids.contains(&ind.id.as_str()))
                && (needle.is_empty()
                    || [
                        ind.label.as_str(),
                        &crate::i18n::glossary::label_en(ind).unwrap_or_default(),
                        &ind.value_text,
                        &ind.quote,
                        &title,
                    ]
                    .iter()
                    .any(|t| t.to_lowercase().contains(&needle)));
            keep.then_some((
                i,
                Row {
                    indicator: i,
                    section_title: title,
                },
            ))
        })
        .collect();
    rows.sort_by(|a, b| {
        let order = compare_rows(report, query.sort, a, b);
        let order = if query.descending {
            order.reverse()
        } else {
            order
        };
        // Ties keep report order, whatever the direction.
        order.then(a.0.cmp(&b.0))
    });
    rows.into_iter().map(|(_, r)| r).collect()
}

/// How two rows (with their places in the report) compare by `column`.
fn compare_rows(
    report: &Report,
    column: Column,
    (ia, a): &(usize, Row),
    (ib, b): &(usize, Row),
) -> std::cmp::Ordering {
    let ind = |r: &Row| &report.indicators[r.indicator];
    match column {
        Column::Order => ia.cmp(ib),
        Column::Label => ind(a).label.cmp(&ind(b).label),
        // By size across magnitude words (7098万元 below 314.8亿元), as the tooltip says.
        Column::Value => {
            let v = |r: &Row| {
                let i = ind(r);
                i.value.map_or(f64::NEG_INFINITY, |v| {
                    v * i.unit.as_deref().map_or(1.0, unit_scale)
                })
            };
            v(a).total_cmp(&v(b))
        }
        Column::Unit => ind(a).unit.cmp(&ind(b).unit),
        // Grouped in the order the format lists them, whatever the interface language.
        Column::Kind => ind(a).kind.cmp(&ind(b).kind),
        Column::Period => ind(a).period.cmp(&ind(b).period),
        Column::Section => a.section_title.cmp(&b.section_title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        Report::embedded().expect("loads")
    }

    #[test]
    fn no_filter_lists_every_indicator_in_report_order() {
        let r = report();
        let all = rows(&r, &TableQuery::default());
        assert_eq!(all.len(), r.indicators.len());
        assert!(all.windows(2).all(|w| w[0].indicator < w[1].indicator));
    }

    #[test]
    fn the_text_filter_reads_english_labels_too() {
        let r = report();
        let found = rows(
            &r,
            &TableQuery {
                text: "industrial INVESTMENT".into(),
                ..TableQuery::default()
            },
        );
        let labels: Vec<&str> = found
            .iter()
            .filter_map(|row| r.indicators[row.indicator].label_en.as_deref())
            .collect();
        assert!(
            labels.contains(&"Industrial investment growth"),
            "{labels:?}"
        );
    }

    #[test]
    fn filters_combine() {
        let r = report();
        let targets = rows(
            &r,
            &TableQuery {
                kind: Some(Kind::Target),
                ..TableQuery::default()
            },
        );
        assert_eq!(targets.len(), 7);
        let text = rows(
            &r,
            &TableQuery {
                text: "投资".into(),
                kind: Some(Kind::GrowthRate),
                ..TableQuery::default()
            },
        );
        let labels: Vec<&str> = text
            .iter()
            .map(|row| r.indicators[row.indicator].label.as_str())
            .collect();
        assert!(labels.contains(&"民间投资增长"), "{labels:?}");
        assert!(
            text.iter()
                .all(|row| r.indicators[row.indicator].kind == Kind::GrowthRate)
        );
    }

    #[test]
    fn sorting_by_value_puts_figures_without_a_number_last_when_descending() {
        let r = report();
        let sorted = rows(
            &r,
            &TableQuery {
                sort: Column::Value,
                descending: true,
                ..TableQuery::default()
            },
        );
        let values: Vec<Option<f64>> = sorted
            .iter()
            .map(|row| r.indicators[row.indicator].value)
            .collect();
        // Within one unit, largest first (across units the magnitude words count too: see
        // the data view's UI test, which writes the expected order out).
        for unit in ["%", "亿元", "万元", "个"] {
            let numbers: Vec<f64> = sorted
                .iter()
                .map(|row| &r.indicators[row.indicator])
                .filter(|i| i.unit.as_deref() == Some(unit))
                .filter_map(|i| i.value)
                .collect();
            assert!(numbers.windows(2).all(|w| w[0] >= w[1]), "{unit}");
        }
        assert_eq!(values.last(), Some(&None));
    }

    #[test]
    fn a_figure_rejected_in_review_leaves_the_table() {
        let mut r = report();
        let gdp = r.indicator_index("target_gdp").expect("exists");
        r.indicators[gdp].review = Some(crate::report::Review::Rejected);
        let shown = rows(&r, &TableQuery::default());
        assert_eq!(shown.len(), 117);
        assert!(shown.iter().all(|row| row.indicator != gdp));
    }

    #[test]
    fn the_chapter_and_kind_filters_keep_only_theirs() {
        let r = report();
        let chapter = 2;
        let shown = rows(
            &r,
            &TableQuery {
                chapter: Some(chapter),
                ..TableQuery::default()
            },
        );
        let in_chapter: Vec<&str> = shown
            .iter()
            .map(|row| r.indicators[row.indicator].id.as_str())
            .collect();
        // The 2024 chapter: its six targets and nothing of the review.
        assert!(in_chapter.contains(&"target_gdp"), "{in_chapter:?}");
        assert!(!in_chapter.contains(&"industrial_investment_growth"));
        let targets = rows(
            &r,
            &TableQuery {
                kind: Some(Kind::Target),
                ..TableQuery::default()
            },
        );
        assert!(
            targets
                .iter()
                .all(|row| r.indicators[row.indicator].kind == Kind::Target)
        );
        // The six main targets, and the GDP target again where the report explains it.
        assert_eq!(targets.len(), 7);
    }

    #[test]
    fn sizes_are_compared_by_magnitude_not_by_number() {
        // 20000万元 is two hundred million, more than 1.6亿元, though 20000 < 1.6e8 and
        // 20000 + 10^4 < 1.6 + 10^8.
        let mut r = report();
        let big = r.indicator_index("subsidies_applied").expect("exists");
        r.indicators[big].value = Some(20000.0);
        let small = r.indicator_index("crop_protection_orders").expect("exists");
        let order: Vec<usize> = rows(
            &r,
            &TableQuery {
                sort: Column::Value,
                descending: true,
                ..TableQuery::default()
            },
        )
        .iter()
        .map(|row| row.indicator)
        .collect();
        let at = |i: usize| order.iter().position(|x| *x == i).expect("shown");
        assert!(at(big) < at(small), "20000万元 before 1.6亿元");
    }
}
