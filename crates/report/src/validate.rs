//! The rules a report must follow beyond its JSON shape. The validator returns every problem,
//! each with the JSON path of the offending value, so an author can fix a file in one pass.

use std::collections::{HashMap, HashSet};

use super::figures::value_offset;
use super::numbers::{fold_width, written_numbers};
use super::problem::{Problem, Problems, subject_of};
use super::rule::{Counted, MAX_CHARTS, MAX_INDICATORS, MAX_SECTIONS, MAX_VALUE, Rule};
use super::validate_charts::check_charts;
use super::{
    FORMAT_VERSION, Indicator, Kind, OLDEST_FORMAT_VERSION, Period, Qualifier, Report, Review,
    Section,
};

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
    let mut problems = p.0;
    for problem in &mut problems {
        problem.subject = subject_of(
            &problem.path,
            |i| {
                let ind = report.indicators.get(i)?;
                Some((ind.label.clone(), ind.value_text.clone()))
            },
            |c, s| Some(report.chapters.get(c)?.sections.get(s)?.title.clone()),
            |c| Some(report.chapters.get(c)?.title.clone()),
            |c| Some(report.charts.get(c)?.title.clone()),
        );
    }
    problems
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
    let sections: HashMap<&str, &Section> = report
        .chapters
        .iter()
        .flat_map(|c| &c.sections)
        .map(|s| (s.id.as_str(), s))
        .collect();
    for (i, ind) in report.indicators.iter().enumerate() {
        let section = sections.get(ind.section.as_str()).copied();
        check_one(
            ind,
            &format!("indicators[{i}]"),
            section,
            &ids,
            report.format_version,
            p,
        );
    }
}

/// Checks one figure as if it stood in `report` (e.g. while a reviewer edits it): the quote in
/// its section's text, the value in its quote, the number and unit as written. Paths start at
/// `indicator`.
#[must_use]
pub fn validate_indicator(report: &Report, ind: &Indicator) -> Vec<Problem> {
    let mut p = Problems::default();
    let section = report
        .chapters
        .iter()
        .flat_map(|c| &c.sections)
        .find(|s| s.id == ind.section);
    let ids: HashSet<&str> = report.indicators.iter().map(|i| i.id.as_str()).collect();
    check_one(
        ind,
        "indicator",
        section,
        &ids,
        report.format_version,
        &mut p,
    );
    p.0
}

fn check_one(
    ind: &Indicator,
    path: &str,
    section: Option<&Section>,
    ids: &HashSet<&str>,
    version: u32,
    p: &mut Problems,
) {
    p.non_empty(format!("{path}.label"), &ind.label);
    if let Some(en) = &ind.label_en {
        p.non_empty(format!("{path}.label_en"), en);
    }
    p.non_empty(format!("{path}.value_text"), &ind.value_text);
    match section {
        None => p.push(
            format!("{path}.section"),
            Rule::UnknownSection(ind.section.clone()),
        ),
        Some(section) => {
            if ind.quote.trim().is_empty() {
                p.push(format!("{path}.quote"), Rule::Empty);
            } else if !section.paragraphs.iter().any(|t| t.contains(&ind.quote)) {
                // Named by its title: that is what a person sees in the reader.
                p.push(
                    format!("{path}.quote"),
                    Rule::QuoteNotInSection {
                        quote: ind.quote.clone(),
                        section: section.title.clone(),
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
    check_value(ind, path, p);
    check_range(ind, path, p);
    check_version(ind, version, path, p);
    check_doubt(ind, path, p);
    if let Some(other) = &ind.same_as
        && !ids.contains(other.as_str())
    {
        p.push(
            format!("{path}.same_as"),
            Rule::UnknownIndicator(other.clone()),
        );
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
        } else if !ind.value_text.contains(unit.as_str())
            // A unit is given half-width (`%`) where the figure writes it full-width (`5.1％`).
            && !fold_width(&ind.value_text).contains(unit.as_str())
        {
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
/// `value_hi`, `point_change` and the five-year periods; version 3 the review state; version 4
/// `direction`, `doubt` and the state `auto`.
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
    if ind.review == Some(Review::Auto) {
        newer("review", "auto", 4);
    }
    if ind.direction.is_some() {
        newer("direction", "direction", 4);
    }
    if ind.doubt.is_some() {
        newer("doubt", "doubt", 4);
    }
}

/// A doubt says something, and a figure with one is not kept without a person.
fn check_doubt(ind: &Indicator, path: &str, p: &mut Problems) {
    if let Some(doubt) = &ind.doubt {
        p.non_empty(format!("{path}.doubt"), doubt);
        if ind.review == Some(Review::Auto) {
            p.push(format!("{path}.review"), Rule::AutoWithDoubt);
        }
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
