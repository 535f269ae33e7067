//! The charts made for an imported report, checked chart by chart against what is written out
//! here: like with like (the economy's growth apart from other growth and other declines, money
//! of one kind, the targets), one-bar groups, shares and counts left out, titles in both
//! languages (with the unit where two units share a title), at most twelve bars, the targets'
//! footnote.

use jiedu_report::{Chart, ChartKind, Direction, Indicator, Kind, Meta, Period, Report};

use crate::charts::make;

fn ind(id: &str, kind: Kind, period: Period, unit: Option<&str>, value: Option<f64>) -> Indicator {
    labelled(id, id, kind, period, unit, value)
}

fn labelled(
    id: &str,
    label: &str,
    kind: Kind,
    period: Period,
    unit: Option<&str>,
    value: Option<f64>,
) -> Indicator {
    Indicator {
        id: id.to_owned(),
        section: "s".to_owned(),
        label: label.to_owned(),
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
        direction: None,
        doubt: None,
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
fn like_with_like_the_economy_other_growth_declines_money_and_targets() {
    use Kind::{Amount, Count, GrowthRate, Share, Target};
    use Period::{Plan, Review};
    let down = |mut i: Indicator| {
        i.direction = Some(Direction::Down);
        i
    };
    let r = report(
        Some(2026),
        vec![
            labelled(
                "gdp",
                "地区生产总值增长",
                GrowthRate,
                Review,
                Some("%"),
                Some(5.0),
            ),
            down(labelled(
                "inv",
                "固定资产投资下降",
                GrowthRate,
                Review,
                Some("%"),
                Some(3.3),
            )),
            labelled(
                "tour",
                "接待旅游总人数增长",
                GrowthRate,
                Review,
                Some("%"),
                Some(10.6),
            ),
            labelled(
                "africa",
                "对非洲市场出口增长",
                GrowthRate,
                Review,
                Some("%"),
                Some(20.0),
            ),
            down(labelled(
                "acc",
                "生产安全事故起数下降",
                GrowthRate,
                Review,
                Some("%"),
                Some(15.2),
            )),
            down(labelled(
                "dead",
                "死亡人数下降",
                GrowthRate,
                Review,
                Some("%"),
                Some(13.3),
            )),
            labelled("i1", "工业投资", Amount, Review, Some("亿元"), Some(10.0)),
            labelled(
                "i2",
                "省重点项目完成投资",
                Amount,
                Review,
                Some("亿元"),
                Some(20.0),
            ),
            // Money of no kind named: no chart.
            labelled("m1", "带动消费", Amount, Review, Some("亿元"), Some(791.0)),
            labelled(
                "m2",
                "实际使用台资",
                Amount,
                Review,
                Some("亿元"),
                Some(7.0),
            ),
            // Unrelated shares and counts are never ranked.
            labelled("s1", "城镇调查失业率", Share, Review, Some("%"), Some(4.7)),
            labelled("s2", "贡献率", Share, Review, Some("%"), Some(36.5)),
            ind("c1", Count, Review, Some("个"), Some(3.0)),
            ind("c2", Count, Review, Some("个"), Some(4.0)),
            // One bar only: stays in the table.
            labelled(
                "lonely",
                "工业投资增长",
                GrowthRate,
                Plan,
                Some("%"),
                Some(3.0),
            ),
            // No number: no bar.
            labelled("g3", "工业增加值增长", GrowthRate, Review, Some("%"), None),
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
                s("review_economy_1"),
                s("2025年经济增速"),
                s("2025: economic growth"),
                s("%"),
                ChartKind::Result,
                vec![s("gdp"), s("inv")]
            ),
            (
                s("review_growth_2"),
                s("2025年其他增速"),
                s("2025: other growth rates"),
                s("%"),
                ChartKind::Result,
                vec![s("tour"), s("africa")]
            ),
            (
                s("review_declines_3"),
                s("2025年下降的指标"),
                s("2025: declines"),
                s("%"),
                ChartKind::Result,
                vec![s("acc"), s("dead")]
            ),
            (
                s("review_amounts_4"),
                s("2025年投资"),
                s("2025: investment"),
                s("亿元"),
                ChartKind::Result,
                vec![s("i1"), s("i2")]
            ),
            (
                s("plan_targets_5"),
                s("2026年主要预期目标"),
                s("2026: main targets"),
                s("%"),
                ChartKind::Target,
                vec![s("t1"), s("t2")]
            ),
        ]
    );
    assert_eq!(charts[4].footnotes, vec![s("t3")]);
    assert!(charts[..4].iter().all(|c| c.footnotes.is_empty()));
}

#[test]
fn a_chart_has_at_most_twelve_bars_and_the_rest_stay_in_the_table() {
    let figures: Vec<Indicator> = (0..31)
        .map(|i| {
            labelled(
                &format!("g{i}"),
                "某项增长",
                Kind::GrowthRate,
                Period::Review,
                Some("%"),
                Some(f64::from(i)),
            )
        })
        .collect();
    let charts = make(&report(Some(2026), figures));
    assert_eq!(charts.len(), 1);
    let first_twelve: Vec<String> = (0..12).map(|i| format!("g{i}")).collect();
    assert_eq!(charts[0].indicators, first_twelve);
}

#[test]
fn money_of_one_kind_in_two_units_names_the_unit_and_five_years_chart_annual_averages() {
    use Kind::{Amount, GrowthRate};
    use Period::{FiveYearReview, Plan};
    let r = report(
        None,
        vec![
            labelled("a1", "工业投资", Amount, Plan, Some("亿元"), Some(10.0)),
            labelled("a2", "民间投资", Amount, Plan, Some("亿元"), Some(20.0)),
            labelled(
                "a3",
                "固定资产投资",
                Amount,
                Plan,
                Some("万亿元"),
                Some(1.0),
            ),
            labelled(
                "a4",
                "基础设施投资",
                Amount,
                Plan,
                Some("万亿元"),
                Some(2.0),
            ),
            labelled(
                "y1",
                "地区生产总值年均增长",
                GrowthRate,
                FiveYearReview,
                Some("%"),
                Some(5.5),
            ),
            labelled(
                "y2",
                "规上工业增加值年均增长",
                GrowthRate,
                FiveYearReview,
                Some("%"),
                Some(7.0),
            ),
            // Growth over the five years, or of something else: not beside annual averages.
            labelled(
                "y3",
                "国企资产总额增长",
                GrowthRate,
                FiveYearReview,
                Some("%"),
                Some(116.2),
            ),
            labelled(
                "y4",
                "地区生产总值增长",
                GrowthRate,
                FiveYearReview,
                Some("%"),
                Some(30.0),
            ),
            // Money over five years (`从2.9万亿元增至3.8万亿元`): not ranked.
            labelled(
                "m1",
                "民营经济增加值",
                Amount,
                FiveYearReview,
                Some("万亿元"),
                Some(2.9),
            ),
            labelled(
                "m2",
                "民营经济增加值",
                Amount,
                FiveYearReview,
                Some("万亿元"),
                Some(3.8),
            ),
        ],
    );
    let titles: Vec<(String, String, String, ChartKind)> = make(&r)
        .into_iter()
        .map(|c| (c.id, c.title, c.title_en.unwrap_or_default(), c.kind))
        .collect();
    assert_eq!(
        titles,
        vec![
            (
                s("plan_amounts_1"),
                s("本年度投资（万亿元）"),
                s("This year: investment (万亿元)"),
                ChartKind::Target
            ),
            (
                s("plan_amounts_2"),
                s("本年度投资（亿元）"),
                s("This year: investment (亿元)"),
                ChartKind::Target
            ),
            (
                s("five_year_review_annual_average_3"),
                s("五年回顾年均增速"),
                s("Five-year review: average annual growth"),
                ChartKind::Result
            ),
        ]
    );
}
