//! Charts made for an imported report: one per kind, period and unit that has at least two
//! figures with a number (the year's targets, the review's growth rates, amounts in 亿元 …),
//! so a chart never mixes units, kinds or periods; large groups are split into parts.
//! Counts and other levels are left to the data table: bars of unrelated things are no chart.

use std::collections::BTreeMap;

use jiedu_report::{Chart, ChartKind, Kind, Period, Report};

/// Most bars in one chart; a larger group becomes several charts.
const MAX_BARS: usize = 30;

/// The charts of `report`'s indicators.
#[must_use]
pub fn make(report: &Report) -> Vec<Chart> {
    let mut groups: BTreeMap<(Period, Kind, String), Vec<String>> = BTreeMap::new();
    let mut footnotes: Vec<String> = Vec::new();
    for ind in &report.indicators {
        let charted = matches!(
            ind.kind,
            Kind::Target | Kind::GrowthRate | Kind::PointChange | Kind::Amount | Kind::Share
        );
        match (&ind.unit, ind.value) {
            (Some(unit), Some(_)) if charted => groups
                .entry((ind.period, ind.kind, unit.clone()))
                .or_default()
                .push(ind.id.clone()),
            (None, None) if ind.kind == Kind::Target => footnotes.push(ind.id.clone()),
            _ => {}
        }
    }
    // A chart of one bar says nothing a sentence does not; such figures stay in the table.
    groups.retain(|_, ids| ids.len() >= 2);
    // Where charts of one period and kind come in several units, each title names its unit
    // (the app then shows it once): `2025年金额（亿元）`, `2025年金额（万亿元）`.
    let mut per_title: BTreeMap<(Period, Kind), usize> = BTreeMap::new();
    for (period, kind, _) in groups.keys() {
        *per_title.entry((*period, *kind)).or_default() += 1;
    }
    let mut charts = Vec::new();
    for ((period, kind, unit), ids) in groups {
        let (zh, en) = names(period, kind, report.meta.year);
        let (zh, en) = if per_title[&(period, kind)] > 1 {
            (format!("{zh}（{unit}）"), format!("{en} ({unit})"))
        } else {
            (zh, en)
        };
        let parts = ids.len().div_ceil(MAX_BARS);
        for (n, chunk) in ids.chunks(MAX_BARS).enumerate() {
            let part = if parts > 1 {
                format!(" {}/{parts}", n + 1)
            } else {
                String::new()
            };
            let target =
                kind == Kind::Target || matches!(period, Period::Plan | Period::FiveYearGoal);
            charts.push(Chart {
                id: format!(
                    "{}_{}_{}{}",
                    period_id(period),
                    kind_id(kind),
                    charts.len() + 1,
                    if parts > 1 {
                        format!("_{}", n + 1)
                    } else {
                        String::new()
                    }
                ),
                // The app shows the unit beside the title; the title says what is charted.
                title: format!("{zh}{part}"),
                title_en: Some(format!("{en}{part}")),
                unit: unit.clone(),
                kind: if target {
                    ChartKind::Target
                } else {
                    ChartKind::Result
                },
                indicators: chunk.to_vec(),
                footnotes: if kind == Kind::Target && n == 0 && unit == "%" {
                    std::mem::take(&mut footnotes)
                } else {
                    Vec::new()
                },
            });
        }
    }
    charts
}

fn names(period: Period, kind: Kind, year: Option<i32>) -> (String, String) {
    let (pz, pe) = match (period, year) {
        (Period::Review, Some(y)) => (format!("{}年", y - 1), format!("{}", y - 1)),
        (Period::Review, None) => ("过去一年".to_owned(), "Past year".to_owned()),
        (Period::Plan, Some(y)) => (format!("{y}年"), format!("{y}")),
        (Period::Plan, None) => ("本年度".to_owned(), "This year".to_owned()),
        (Period::FiveYearReview, _) => ("五年回顾".to_owned(), "Five-year review".to_owned()),
        (Period::FiveYearGoal, _) => ("五年目标".to_owned(), "Five-year goals".to_owned()),
    };
    let (kz, ke) = match kind {
        Kind::Target => ("主要预期目标", "main targets"),
        Kind::GrowthRate => ("增速", "growth rates"),
        Kind::PointChange => ("百分点变化", "changes in points"),
        Kind::Amount => ("金额", "amounts"),
        Kind::Share => ("比率与占比", "rates and shares"),
        Kind::Count => ("数量", "counts"),
        Kind::Level => ("规模", "levels"),
    };
    (format!("{pz}{kz}"), format!("{pe}: {ke}"))
}

fn period_id(period: Period) -> &'static str {
    match period {
        Period::Review => "review",
        Period::Plan => "plan",
        Period::FiveYearReview => "five_year_review",
        Period::FiveYearGoal => "five_year_goal",
    }
}

fn kind_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Target => "targets",
        Kind::GrowthRate => "growth",
        Kind::PointChange => "points",
        Kind::Amount => "amounts",
        Kind::Share => "shares",
        Kind::Count => "counts",
        Kind::Level => "levels",
    }
}
