//! The rules of charts: known figures with a number, one unit, one kind and one period.

use super::Report;
use super::problem::Problems;
use super::rule::{Counted, MAX_BARS, Mixed, Rule};

pub(crate) fn check_charts(report: &Report, p: &mut Problems) {
    p.unique_ids(
        report
            .charts
            .iter()
            .enumerate()
            .map(|(c, ch)| (format!("charts[{c}].id"), ch.id.as_str())),
    );
    let ids = report.indicator_ids();
    let indicator = |id: &str| ids.get(id).map(|&i| &report.indicators[i]);
    for (c, chart) in report.charts.iter().enumerate() {
        let path = format!("charts[{c}]");
        let first = chart.indicators.first().and_then(|id| indicator(id));
        p.non_empty(format!("{path}.title"), &chart.title);
        if let Some(en) = &chart.title_en {
            p.non_empty(format!("{path}.title_en"), en);
        }
        if chart.indicators.is_empty() {
            p.push(format!("{path}.indicators"), Rule::NoBars);
        } else if chart.indicators.len() > MAX_BARS {
            p.push(
                format!("{path}.indicators"),
                Rule::TooMany {
                    what: Counted::Bars,
                    count: chart.indicators.len(),
                    limit: MAX_BARS,
                },
            );
        }
        for (k, id) in chart.indicators.iter().enumerate() {
            let at = format!("{path}.indicators[{k}]");
            match indicator(id) {
                None => p.push(at, Rule::UnknownIndicator(id.clone())),
                Some(ind) if ind.value.is_none() => {
                    p.push(at, Rule::BarWithoutValue(id.clone()));
                }
                Some(ind) if ind.unit.as_deref() != Some(chart.unit.as_str()) => p.push(
                    at,
                    Rule::UnitMismatch {
                        id: id.clone(),
                        unit: ind.unit.clone(),
                        chart_unit: chart.unit.clone(),
                    },
                ),
                Some(ind) => {
                    let differs = first.and_then(|f| {
                        if f.kind != ind.kind {
                            Some(Mixed::Kind)
                        } else if f.period != ind.period {
                            Some(Mixed::Period)
                        } else {
                            None
                        }
                    });
                    if let Some(mixed) = differs {
                        p.push(
                            at,
                            Rule::ChartMixes {
                                id: id.clone(),
                                mixed,
                            },
                        );
                    }
                }
            }
        }
        for (k, id) in chart.footnotes.iter().enumerate() {
            if indicator(id).is_none() {
                p.push(
                    format!("{path}.footnotes[{k}]"),
                    Rule::UnknownIndicator(id.clone()),
                );
            }
        }
    }
}
