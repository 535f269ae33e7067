//! Plain data for a chart, computed from the report before anything is drawn: one bar per
//! indicator with its label, value and a link back to the indicator (and so to its sentence).
//! No egui here, so ordering and lookups are unit-tested on their own.

pub use crate::report::charts_by_section;
use crate::report::{Chart, ChartKind, Kind, Period, Report};

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct BarDatum {
    /// Index into [`Report::indicators`].
    pub indicator: usize,
    /// The indicator's label.
    pub label: String,
    /// Its English label, if the report has one.
    pub label_en: Option<String>,
    /// The value drawn.
    pub value: f64,
    /// The value as written in the text (`57.8%`).
    pub value_text: String,
    /// Review or plan.
    pub period: Period,
    /// The year of the report's plan (`meta.year`), which names the periods.
    pub year: Option<i32>,
    /// Growth rate, amount, target …
    pub kind: Kind,
}

/// Value span (largest over smallest) above which the log-scale toggle is offered.
pub const LOG_SCALE_SPAN: f64 = 100.0;

/// The order of the bars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SortOrder {
    /// As the figures appear in the report.
    #[default]
    Report,
    /// Largest first.
    Value,
}

/// Which chart: one of the report's, or one the user made in the data view. A custom chart
/// is never "an index past the end of the report's charts".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartRef {
    /// Index into [`Report::charts`].
    Report(usize),
    /// Index into the custom charts of the chart panel, in the order they were made.
    Custom(usize),
}

impl Default for ChartRef {
    fn default() -> Self {
        Self::Report(0)
    }
}

/// A chart ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// Which chart this is.
    pub chart: ChartRef,
    /// Chart title.
    pub title: String,
    /// Its English title, if the report has one.
    pub title_en: Option<String>,
    /// The unit of every bar.
    pub unit: String,
    /// Results or targets.
    pub kind: ChartKind,
    /// Bars, top to bottom.
    pub bars: Vec<BarDatum>,
    /// Indicators shown as notes under the chart (e.g. a target without a number).
    pub footnotes: Vec<usize>,
}

impl ChartData {
    /// The highest and the lowest bar (the first of equals, in the order shown); `None` for a
    /// chart without bars. For the chart's text summary.
    #[must_use]
    pub fn extremes(&self) -> Option<(&BarDatum, &BarDatum)> {
        let first = self.bars.first()?;
        let (mut max, mut min) = (first, first);
        for b in &self.bars[1..] {
            if b.value > max.value {
                max = b;
            }
            if b.value < min.value {
                min = b;
            }
        }
        Some((max, min))
    }

    /// Builds chart `chart` of `report` in the given order; `None` if there is no such chart.
    /// Indicators that are missing or have no number are left out (validation reports them).
    #[must_use]
    pub fn build(report: &Report, chart: usize, order: SortOrder) -> Option<Self> {
        Some(Self::from_def(
            report,
            ChartRef::Report(chart),
            report.charts.get(chart)?,
            order,
        ))
    }

    /// Builds the chart `def` (a chart of the report, or one the user made from the data view)
    /// and calls it `chart`.
    #[must_use]
    pub fn from_def(report: &Report, chart: ChartRef, def: &Chart, order: SortOrder) -> Self {
        let mut bars: Vec<BarDatum> = def
            .indicators
            .iter()
            .filter_map(|id| {
                let indicator = report.indicator_index(id)?;
                let ind = &report.indicators[indicator];
                // A figure reaches a chart once a person kept it in review; a rejected one
                // leaves it at once.
                if !ind.charted() {
                    return None;
                }
                Some(BarDatum {
                    indicator,
                    label: ind.label.clone(),
                    label_en: ind.label_en.clone(),
                    value: ind.value?,
                    value_text: ind.value_text.clone(),
                    period: ind.period,
                    year: report.meta.year,
                    kind: ind.kind,
                })
            })
            .collect();
        if order == SortOrder::Value {
            // Stable: equal values keep report order.
            bars.sort_by(|a, b| b.value.total_cmp(&a.value));
        }
        Self {
            chart,
            title: def.title.clone(),
            title_en: def.title_en.clone(),
            unit: def.unit.clone(),
            kind: def.kind,
            bars,
            footnotes: def
                .footnotes
                .iter()
                .filter_map(|id| report.indicator_index(id))
                .collect(),
        }
    }

    /// Position of the bar of indicator `indicator`, if the chart has it.
    #[must_use]
    pub fn bar_of(&self, indicator: usize) -> Option<usize> {
        self.bars.iter().position(|b| b.indicator == indicator)
    }

    /// Whether the values span enough orders of magnitude for a log scale to help.
    #[must_use]
    pub fn offers_log_scale(&self) -> bool {
        self.value_span() > LOG_SCALE_SPAN
    }

    /// Largest value over smallest positive value; a log scale helps past 100.
    #[must_use]
    pub fn value_span(&self) -> f64 {
        let positive = self.bars.iter().map(|b| b.value).filter(|v| *v > 0.0);
        let min = positive.clone().fold(f64::INFINITY, f64::min);
        let max = positive.fold(0.0, f64::max);
        if min.is_finite() && min > 0.0 {
            max / min
        } else {
            1.0
        }
    }
}

/// The value axis: linear from 0, or logarithmic from the power of ten below the smallest
/// positive value. Bars, labels and hit-testing all go through it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct XScale {
    /// Logarithmic (base 10)?
    pub log: bool,
    /// Where bars start, in axis units (0, or log10 of a power of ten).
    pub start: f64,
}

impl XScale {
    /// The scale for `data`; `log` is honoured only when the chart has a positive value.
    #[must_use]
    pub fn new(data: &ChartData, log: bool) -> Self {
        let min = data
            .bars
            .iter()
            .map(|b| b.value)
            .filter(|v| *v > 0.0)
            .fold(f64::INFINITY, f64::min);
        if log && min.is_finite() {
            Self {
                log: true,
                start: min.log10().floor(),
            }
        } else {
            Self {
                log: false,
                start: 0.0,
            }
        }
    }

    /// Axis position of value `v` (values ≤ 0 sit at the start on a log scale).
    #[must_use]
    pub fn x(&self, v: f64) -> f64 {
        if self.log {
            if v > 0.0 {
                v.log10().max(self.start)
            } else {
                self.start
            }
        } else {
            v
        }
    }

    /// Value at axis position `x`.
    #[must_use]
    pub fn value(&self, x: f64) -> f64 {
        if self.log { 10f64.powf(x) } else { x }
    }
}

/// The first chart with a bar for indicator `indicator`.
#[must_use]
pub fn chart_with(report: &Report, indicator: usize) -> Option<usize> {
    let id = &report.indicators.get(indicator)?.id;
    report.charts.iter().position(|c| c.indicators.contains(id))
}

#[cfg(test)]
mod tests {
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
        let data =
            ChartData::build(&r, chart(&r, "targets_2024"), SortOrder::Report).expect("builds");
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
        assert_eq!(chart_with(&r, private), Some(growth));
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
}
