//! The chart data built from the report: bars, order, log scale, extremes.

use super::*;

fn report() -> Report {
    Report::embedded().expect("loads")
}

fn chart(r: &Report, id: &str) -> usize {
    r.charts
        .iter()
        .position(|c| c.id == id)
        .expect("chart exists")
}

/// A chart a user could make of the report's other amounts (亿元), from 1.6 to 314.8: a
/// span of two orders of magnitude. (The report has no such chart: they are unrelated.)
fn amounts(r: &Report, order: SortOrder) -> ChartData {
    let ids = [
        "zone_business_revenue",
        "industry_fund",
        "resort_loan_quota",
        "housing_special_loans",
        "housing_bank_credit",
        "crop_protection_orders",
        "signed_projects_amount",
        "tech_contract_value",
        "loans_facilitated",
        "soe_funds_raised",
        "soe_revenue",
        "soe_total_assets",
    ];
    let def = crate::report::Chart {
        id: "amounts".to_owned(),
        title: "金额".to_owned(),
        title_en: None,
        unit: "亿元".to_owned(),
        kind: ChartKind::Result,
        indicators: ids.iter().map(|&i| i.to_owned()).collect(),
        footnotes: Vec::new(),
    };
    ChartData::from_def(r, ChartRef::Custom(0), &def, order)
}

#[test]
fn targets_chart_has_five_bars_and_the_income_note() {
    let r = report();
    let data = ChartData::build(&r, chart(&r, "targets_2024"), SortOrder::Report).expect("builds");
    let values: Vec<f64> = data.bars.iter().map(|b| b.value).collect();
    assert_eq!(values, [7.0, 9.0, 10.0, 8.0, 3.0]);
    assert_eq!(data.kind, ChartKind::Target);
    assert_eq!(data.footnotes.len(), 1);
    assert!(r.indicators[data.footnotes[0]].value.is_none());
}

#[test]
fn value_order_sorts_descending_and_keeps_every_bar() {
    let r = report();
    let by_report = amounts(&r, SortOrder::Report);
    let by_value = amounts(&r, SortOrder::Value);
    assert_eq!(by_report.bars.len(), by_value.bars.len());
    assert!(by_value.bars.windows(2).all(|w| w[0].value >= w[1].value));
    assert_ne!(by_report.bars, by_value.bars);
    assert_eq!(by_value.bars[0].value_text, "314.8亿元");
}

#[test]
fn lookups_link_sections_indicators_and_charts() {
    let r = report();
    let growth = chart(&r, "investment_growth");
    let by_section = charts_by_section(&r);
    let of = |id: &str| by_section.get(&r.find_section(id).expect("section exists"));
    assert!(of("manufacturing").expect("has charts").contains(&growth));
    assert!(of("lede").is_none_or(Vec::is_empty));
    let private = r
        .indicators
        .iter()
        .position(|i| i.id == "private_investment_growth")
        .expect("exists");
    assert_eq!(r.chart_with(private), Some(growth));
    let data = ChartData::build(&r, growth, SortOrder::Report).expect("builds");
    assert_eq!(data.bar_of(private), Some(2));
}

#[test]
fn log_scale_starts_at_a_power_of_ten_and_round_trips() {
    let r = report();
    let data = amounts(&r, SortOrder::Report);
    let log = XScale::new(&data, true);
    assert!(log.log);
    assert!(
        (log.start - 0.0).abs() < f64::EPSILON,
        "1.6 亿元 starts the axis at 10^0"
    );
    assert!((log.x(100.0) - 2.0).abs() < 1e-12);
    assert!((log.value(log.x(5.8)) - 5.8).abs() < 1e-9);
    let linear = XScale::new(&data, false);
    assert!((linear.x(5.8) - 5.8).abs() < f64::EPSILON);
}

#[test]
fn value_span_measures_orders_of_magnitude() {
    let r = report();
    let data = amounts(&r, SortOrder::Report);
    assert!(data.value_span() > 100.0, "{}", data.value_span());
}

#[test]
fn a_figure_rejected_in_review_leaves_its_chart() {
    let mut r = report();
    let targets = r
        .charts
        .iter()
        .position(|c| c.id == "targets_2024")
        .expect("chart");
    let gdp = r.indicator_index("target_gdp").expect("exists");
    r.indicators[gdp].review = Some(crate::report::Review::Rejected);
    let data = ChartData::build(&r, targets, SortOrder::Report).expect("builds");
    let labels: Vec<&str> = data.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "规上工业增加值增长",
            "固定资产投资增长",
            "社会消费品零售总额增长",
            "一般公共预算收入增长"
        ]
    );
}

fn with_values(values: &[f64]) -> ChartData {
    let r = report();
    let mut data = amounts(&r, SortOrder::Report);
    let template = data.bars[0].clone();
    data.bars = values
        .iter()
        .enumerate()
        .map(|(i, v)| BarDatum {
            indicator: i,
            value: *v,
            ..template.clone()
        })
        .collect();
    data
}

#[test]
fn the_first_of_equal_values_is_the_highest_and_the_lowest() {
    let data = with_values(&[3.0, 7.0, 7.0, 1.0, 1.0]);
    let (max, min) = data.extremes().expect("bars");
    assert_eq!((max.indicator, min.indicator), (1, 3));
}

#[test]
fn a_span_of_exactly_a_hundred_offers_no_log_scale() {
    assert!((with_values(&[1.0, 100.0]).value_span() - 100.0).abs() < 1e-9);
    assert!(!with_values(&[1.0, 100.0]).offers_log_scale());
    assert!(with_values(&[1.0, 100.5]).offers_log_scale());
    // Zero and negative values do not count as the smallest.
    assert!((with_values(&[0.0, -3.0, 5.0, 1000.0]).value_span() - 200.0).abs() < 1e-9);
    // Nothing positive: no span to speak of.
    assert!((with_values(&[0.0, -3.0]).value_span() - 1.0).abs() < 1e-9);
}
