//! Plain data for a chart, computed from the report before anything is drawn: one bar per
//! indicator with its label, value and a link back to the indicator (and so to its sentence).
//! No egui here, so ordering and lookups are unit-tested on their own.

pub use crate::report::charts_by_section;
use crate::report::{Chart, ChartKind, Kind, Period, Qualifier, Report};

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct BarDatum {
    /// Index into [`Report::indicators`].
    pub indicator: usize,
    /// The indicator's label.
    pub label: String,
    /// Its English label: the report's, else the glossary's (`i18n::glossary`), if either.
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
    /// 左右, 以上 … as the report qualifies it: the English figure says it in words.
    pub qualifier: Option<Qualifier>,
}

/// Value span (largest over smallest) above which the log-scale toggle is offered.
pub const LOG_SCALE_SPAN: f64 = 100.0;

pub use crate::settings::chart_options::SortOrder;

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
                // A figure reaches a chart once a person kept it in review, or the import kept
                // it (no doubt); a rejected one leaves it at once.
                if !ind.charted() {
                    return None;
                }
                Some(BarDatum {
                    indicator,
                    label: ind.label.clone(),
                    label_en: crate::i18n::glossary::label_en(ind)
                        .map(std::borrow::Cow::into_owned),
                    // A decrease is drawn below zero (`下降3.3%` → −3.3); the label keeps the word.
                    value: ind.signed_value()?,
                    value_text: ind.value_text.clone(),
                    period: ind.period,
                    year: report.meta.year,
                    kind: ind.kind,
                    qualifier: ind.qualifier,
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

#[cfg(test)]
#[path = "data_tests.rs"]
mod tests;
