//! The rules a report must follow beyond its JSON shape. The validator returns every problem,
//! each with the JSON path of the offending value, so an author can fix a file in one pass.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::figures::value_offset;
use super::numbers::written_numbers;
use super::rule::{Counted, MAX_VALUE, Mixed, Rule};
use super::{FORMAT_VERSION, Indicator, Kind, OLDEST_FORMAT_VERSION, Period, Qualifier, Report};

/// One broken rule, with the JSON path of the value that breaks it.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// JSON path, e.g. `indicators[3].quote`.
    pub path: String,
    /// What is wrong (worded by whoever shows it; `Display` is Chinese).
    pub rule: Rule,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}：{}", self.path, self.rule)
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, path: impl Into<String>, rule: Rule) {
        self.0.push(Problem {
            path: path.into(),
            rule,
        });
    }

    fn non_empty(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.push(path, Rule::Empty);
        }
    }

    /// Records a duplicate-id problem for every id seen before, and returns the known ids.
    fn unique_ids<'a>(
        &mut self,
        items: impl Iterator<Item = (String, &'a str)>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (path, id) in items {
            if id.trim().is_empty() {
                self.push(path, Rule::EmptyId);
            } else if !seen.insert(id) {
                self.push(path, Rule::DuplicateId(id.to_owned()));
            }
        }
        seen
    }
}

/// Most sections a report may have.
pub const MAX_SECTIONS: usize = 20_000;
/// Most indicators a report may have.
pub const MAX_INDICATORS: usize = 200_000;
/// Most charts a report may have.
pub const MAX_CHARTS: usize = 5_000;
/// Most bars (indicators) one chart may have.
pub const MAX_BARS: usize = 1_000;

/// Checks every rule of `docs/report-format.md` and returns all problems (empty when valid).
#[must_use]
pub fn validate(report: &Report) -> Vec<Problem> {
    let mut p = Problems::default();
    let sections: usize = report.chapters.iter().map(|c| c.sections.len()).sum();
    for (path, what, count, limit) in [
        ("chapters", Counted::Sections, sections, MAX_SECTIONS),
        (
            "indicators",
            Counted::Indicators,
            report.indicators.len(),
            MAX_INDICATORS,
        ),
        ("charts", Counted::Charts, report.charts.len(), MAX_CHARTS),
    ] {
        if count > limit {
            p.push(path, Rule::TooMany { what, count, limit });
        }
    }
    if !p.0.is_empty() {
        // Over a limit, the rest is not worth checking (and could take long).
        return p.0;
    }
    if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&report.format_version) {
        p.push(
            "format_version",
            Rule::UnsupportedVersion {
                found: report.format_version,
                supported: FORMAT_VERSION,
            },
        );
    }
    p.non_empty("meta.title", &report.meta.title);
    if report.chapters.is_empty() {
        p.push("chapters", Rule::NoChapters);
    }
    check_text(report, &mut p);
    check_indicators(report, &mut p);
    check_charts(report, &mut p);
    p.0
}

fn check_text(report: &Report, p: &mut Problems) {
    p.unique_ids(
        report
            .chapters
            .iter()
            .enumerate()
            .map(|(c, ch)| (format!("chapters[{c}].id"), ch.id.as_str())),
    );
    p.unique_ids(report.chapters.iter().enumerate().flat_map(|(c, ch)| {
        ch.sections
            .iter()
            .enumerate()
            .map(move |(s, sec)| (format!("chapters[{c}].sections[{s}].id"), sec.id.as_str()))
    }));
    for (c, chapter) in report.chapters.iter().enumerate() {
        p.non_empty(format!("chapters[{c}].title"), &chapter.title);
        if chapter.sections.is_empty() {
            p.push(format!("chapters[{c}].sections"), Rule::NoSections);
        }
        for (s, section) in chapter.sections.iter().enumerate() {
            let path = format!("chapters[{c}].sections[{s}]");
            p.non_empty(format!("{path}.title"), &section.title);
            if section.paragraphs.is_empty() {
                p.push(format!("{path}.paragraphs"), Rule::NoParagraphs);
            }
            for (i, para) in section.paragraphs.iter().enumerate() {
                p.non_empty(format!("{path}.paragraphs[{i}]"), para);
            }
        }
    }
}

fn check_indicators(report: &Report, p: &mut Problems) {
    let ids = p.unique_ids(
        report
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (format!("indicators[{i}].id"), ind.id.as_str())),
    );
    let sections: HashMap<&str, &[String]> = report
        .chapters
        .iter()
        .flat_map(|c| &c.sections)
        .map(|s| (s.id.as_str(), s.paragraphs.as_slice()))
        .collect();
    for (i, ind) in report.indicators.iter().enumerate() {
        let path = format!("indicators[{i}]");
        p.non_empty(format!("{path}.label"), &ind.label);
        if let Some(en) = &ind.label_en {
            p.non_empty(format!("{path}.label_en"), en);
        }
        p.non_empty(format!("{path}.value_text"), &ind.value_text);
        match sections.get(ind.section.as_str()) {
            None => p.push(
                format!("{path}.section"),
                Rule::UnknownSection(ind.section.clone()),
            ),
            Some(paragraphs) => {
                if ind.quote.trim().is_empty() {
                    p.push(format!("{path}.quote"), Rule::Empty);
                } else if !paragraphs.iter().any(|t| t.contains(&ind.quote)) {
                    p.push(
                        format!("{path}.quote"),
                        Rule::QuoteNotInSection {
                            quote: ind.quote.clone(),
                            section: ind.section.clone(),
                        },
                    );
                }
            }
        }
        if value_offset(&ind.quote, &ind.value_text).is_none() {
            p.push(
                format!("{path}.value_text"),
                Rule::ValueNotInQuote {
                    value_text: ind.value_text.clone(),
                    quote: ind.quote.clone(),
                },
            );
        }
        check_value(ind, &path, p);
        check_range(ind, &path, p);
        check_version(ind, report.format_version, &path, p);
        if let Some(other) = &ind.same_as
            && !ids.contains(other.as_str())
        {
            p.push(
                format!("{path}.same_as"),
                Rule::UnknownIndicator(other.clone()),
            );
        }
    }
}

/// The number and unit must be the ones written in `value_text`.
fn check_value(ind: &super::Indicator, path: &str, p: &mut Problems) {
    if let Some(value) = ind.value {
        if value.is_finite() && value.abs() > MAX_VALUE {
            p.push(format!("{path}.value"), Rule::ValueOutOfRange(value));
        } else if value.is_finite() {
            match leading_number(&ind.value_text) {
                Some(written) if (written - value).abs() <= f64::EPSILON * value.abs().max(1.0) => {
                }
                Some(written) => p.push(
                    format!("{path}.value"),
                    Rule::ValueMismatch {
                        value,
                        value_text: ind.value_text.clone(),
                        written,
                    },
                ),
                None => p.push(
                    format!("{path}.value"),
                    Rule::NoNumber(ind.value_text.clone()),
                ),
            }
        } else {
            p.push(format!("{path}.value"), Rule::NotFinite);
        }
    }
    if let Some(unit) = &ind.unit {
        if unit.trim().is_empty() {
            p.push(format!("{path}.unit"), Rule::EmptyUnit);
        } else if !ind.value_text.contains(unit.as_str()) {
            p.push(
                format!("{path}.unit"),
                Rule::UnitNotInText {
                    unit: unit.clone(),
                    value_text: ind.value_text.clone(),
                },
            );
        }
    }
}

/// The number a figure states first (`57.8%` → 57.8, `近1000亿元` → 1000).
fn leading_number(text: &str) -> Option<f64> {
    written_numbers(text).first().copied()
}

/// `value_hi` is the second number written and above `value`, and goes with `qualifier: range`.
fn check_range(ind: &Indicator, path: &str, p: &mut Problems) {
    let is_range = ind.qualifier == Some(Qualifier::Range);
    match ind.value_hi {
        Some(hi) if is_range => {
            let second = written_numbers(&ind.value_text).get(1).copied();
            let matches =
                second.is_some_and(|w| (w - hi).abs() <= f64::EPSILON * hi.abs().max(1.0));
            if !matches || ind.value.is_some_and(|lo| hi <= lo) {
                p.push(
                    format!("{path}.value_hi"),
                    Rule::ValueHiMismatch {
                        value_hi: hi,
                        value_text: ind.value_text.clone(),
                    },
                );
            }
        }
        None if !is_range => {}
        _ => p.push(format!("{path}.value_hi"), Rule::RangeWithoutHi),
    }
}

/// A file of an older version may not use what a later one added: version 2 the qualifier,
/// `value_hi`, `point_change` and the five-year periods; version 3 the review state.
fn check_version(ind: &Indicator, version: u32, path: &str, p: &mut Problems) {
    let mut newer = |field: &str, what: &str, needs: u32| {
        if version < needs {
            p.push(
                format!("{path}.{field}"),
                Rule::NeedsNewerVersion {
                    what: what.to_owned(),
                    version: needs,
                },
            );
        }
    };
    if ind.qualifier.is_some() {
        newer("qualifier", "qualifier", 2);
    }
    if ind.value_hi.is_some() {
        newer("value_hi", "value_hi", 2);
    }
    if ind.kind == Kind::PointChange {
        newer("kind", "point_change", 2);
    }
    match ind.period {
        Period::FiveYearReview => newer("period", "five_year_review", 2),
        Period::FiveYearGoal => newer("period", "five_year_goal", 2),
        Period::Review | Period::Plan => {}
    }
    if ind.review.is_some() {
        newer("review", "review", 3);
    }
}

fn check_charts(report: &Report, p: &mut Problems) {
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

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
