//! The charts made for an imported report, checked chart by chart against what is written out
//! here: grouping by period, kind and unit, one-bar groups and counts left out, titles in both
//! languages (with the unit where two units share a title), parts past 30 bars, the targets'
//! footnote.

use jiedu_report::{Chart, ChartKind, Indicator, Kind, Meta, Period, Report};

use crate::charts::make;

fn ind(id: &str, kind: Kind, period: Period, unit: Option<&str>, value: Option<f64>) -> Indicator {
    Indicator {
        id: id.to_owned(),
        section: "s".to_owned(),
        label: id.to_owned(),
        label_en: None,
        value_text: String::new(),
        value,
        value_hi: None,
        qualifier: None,
        unit: unit.map(str::to_owned),
        kind,
        period,
        quote: String::new(),
        truncated: false,
        same_as: None,
        note: None,
        review: None,
        compare_as: None,
    }
}

fn report(year: Option<i32>, indicators: Vec<Indicator>) -> Report {
    let mut r = Report::placeholder("t", "t");
    r.meta = Meta {
        year,
        ..r.meta.clone()
    };
    r.indicators = indicators;
    r
}

fn summary(charts: &[Chart]) -> Vec<(String, String, String, String, ChartKind, Vec<String>)> {
    charts
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                c.title.clone(),
                c.title_en.clone().unwrap_or_default(),
                c.unit.clone(),
                c.kind,
                c.indicators.clone(),
            )
        })
        .collect()
}

fn s(v: &str) -> String {
    v.to_owned()
}

#[test]
fn one_chart_per_period_kind_and_unit_with_two_bars_or_more() {
    use Kind::{Amount, Count, GrowthRate, Target};
    use Period::{Plan, Review};
    let r = report(
        Some(2025),
        vec![
            ind("g1", GrowthRate, Review, Some("%"), Some(5.0)),
            ind("g2", GrowthRate, Review, Some("%"), Some(6.0)),
            ind("a1", Amount, Review, Some("亿元"), Some(10.0)),
            ind("a2", Amount, Review, Some("亿元"), Some(20.0)),
            ind("a3", Amount, Review, Some("万亿元"), Some(1.0)),
            ind("a4", Amount, Review, Some("万亿元"), Some(2.0)),
            // One bar only: stays in the table.
            ind("lonely", GrowthRate, Plan, Some("%"), Some(3.0)),
            // Counts are no chart.
            ind("c1", Count, Review, Some("个"), Some(3.0)),
            ind("c2", Count, Review, Some("个"), Some(4.0)),
            // No number: no bar.
            ind("g3", GrowthRate, Review, Some("%"), None),
            ind("t1", Target, Plan, Some("%"), Some(5.0)),
            ind("t2", Target, Plan, Some("%"), Some(6.0)),
            // A target without a number: the targets chart's footnote.
            ind("t3", Target, Plan, None, None),
            // A figure in words without a number (翻番) that is no target: no footnote.
            ind("w1", GrowthRate, Plan, None, None),
        ],
    );
    let charts = make(&r);
    assert_eq!(
        summary(&charts),
        vec![
            (
                s("review_growth_1"),
                s("2024年增速"),
                s("2024: growth rates"),
                s("%"),
                ChartKind::Result,
                vec![s("g1"), s("g2")]
            ),
            (
                s("review_amounts_2"),
                s("2024年金额（万亿元）"),
                s("2024: amounts (万亿元)"),
                s("万亿元"),
                ChartKind::Result,
                vec![s("a3"), s("a4")]
            ),
            (
                s("review_amounts_3"),
                s("2024年金额（亿元）"),
                s("2024: amounts (亿元)"),
                s("亿元"),
                ChartKind::Result,
                vec![s("a1"), s("a2")]
            ),
            (
                s("plan_targets_4"),
                s("2025年主要预期目标"),
                s("2025: main targets"),
                s("%"),
                ChartKind::Target,
                vec![s("t1"), s("t2")]
            ),
        ]
    );
    assert_eq!(charts[3].footnotes, vec![s("t3")]);
    assert!(charts[..3].iter().all(|c| c.footnotes.is_empty()));
}

#[test]
fn a_large_group_is_split_into_numbered_parts_of_thirty() {
    let figures: Vec<Indicator> = (0..31)
        .map(|i| {
            ind(
                &format!("s{i}"),
                Kind::Share,
                Period::FiveYearGoal,
                Some("%"),
                Some(f64::from(i)),
            )
        })
        .collect();
    let charts = make(&report(None, figures));
    let heads: Vec<(String, String, String, ChartKind, usize)> = charts
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                c.title.clone(),
                c.title_en.clone().unwrap_or_default(),
                c.kind,
                c.indicators.len(),
            )
        })
        .collect();
    assert_eq!(
        heads,
        vec![
            (
                s("five_year_goal_shares_1_1"),
                s("五年目标比率与占比 1/2"),
                s("Five-year goals: rates and shares 1/2"),
                ChartKind::Target,
                30
            ),
            (
                s("five_year_goal_shares_2_2"),
                s("五年目标比率与占比 2/2"),
                s("Five-year goals: rates and shares 2/2"),
                ChartKind::Target,
                1
            ),
        ]
    );
}

#[test]
fn every_period_and_kind_has_its_own_words() {
    use Kind::{Amount, GrowthRate, PointChange, Share};
    use Period::{FiveYearReview, Plan, Review};
    let two = |id: &str, kind, period, unit: &str| {
        vec![
            ind(&format!("{id}1"), kind, period, Some(unit), Some(1.0)),
            ind(&format!("{id}2"), kind, period, Some(unit), Some(2.0)),
        ]
    };
    let mut figures = Vec::new();
    figures.extend(two("p", PointChange, Review, "个百分点"));
    figures.extend(two("r", Share, FiveYearReview, "%"));
    figures.extend(two("g", GrowthRate, Plan, "%"));
    figures.extend(two("a", Amount, Plan, "亿元"));
    let charts = make(&report(None, figures));
    let titles: Vec<(&str, &str, &str, ChartKind)> = charts
        .iter()
        .map(|c| {
            (
                c.id.as_str(),
                c.title.as_str(),
                c.title_en.as_deref().unwrap_or_default(),
                c.kind,
            )
        })
        .collect();
    assert_eq!(
        titles,
        vec![
            (
                "review_points_1",
                "过去一年百分点变化",
                "Past year: changes in points",
                ChartKind::Result
            ),
            (
                "plan_growth_2",
                "本年度增速",
                "This year: growth rates",
                ChartKind::Target
            ),
            (
                "plan_amounts_3",
                "本年度金额",
                "This year: amounts",
                ChartKind::Target
            ),
            (
                "five_year_review_shares_4",
                "五年回顾比率与占比",
                "Five-year review: rates and shares",
                ChartKind::Result
            ),
        ]
    );
}
