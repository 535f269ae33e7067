//! Many reports as one table, for a spreadsheet or pandas: every figure a row (where it stands,
//! what it is, its value as written and as numbers, its review and its sentence), or every
//! headline target a row with the next year's result beside it. CSV in UTF-8 with a BOM; the
//! columns are documented in `docs/dataset.md`. The command line (`jiedu dataset`) and the
//! library window write the same tables. Plain data, no egui.

use std::collections::HashMap;

use super::canonical::name_of as indicator_name;
use super::outcomes::{Pair, Placed, pairs};
use super::place::{Level, place_of};
use super::targets::side_by_side;
use crate::report::{Indicator, Period, Report};
use crate::storage::csv::{UTF8_BOM, field};

/// The region of the national report.
const NATION: &str = "全国";

/// A report read for the table: its file name, region and level as the dataset gives them.
pub struct Read {
    /// The file's name.
    pub file: String,
    /// Its region (`全国` for the national report).
    pub region: String,
    /// Its level's name.
    pub level: String,
    /// The report.
    pub report: Report,
}

/// A report as the tables give it, under the name `file` (its file's, or its kept copy's in the
/// library): its region (the nation's for the national report: a blank would read as missing in
/// a spreadsheet or pandas) and level.
#[must_use]
pub fn placed(file: String, report: Report) -> Read {
    let (region, level) = place_of(&report.meta);
    let region = match (region.is_empty(), level) {
        (true, Level::National) => NATION.to_owned(),
        _ => region,
    };
    Read {
        file,
        region,
        level: name_of(&level),
        report,
    }
}

/// A value's name as the report format writes it (`growth_rate`, `about`, `down`, `review`).
#[must_use]
pub fn name_of(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_lowercase))
        .unwrap_or_default()
}
/// The columns, in order (`docs/dataset.md` says what each holds).
pub const COLUMNS: [&str; 25] = [
    "report",
    "title",
    "region",
    "level",
    "year",
    "chapter",
    "section",
    "id",
    "label",
    "label_en",
    "indicator",
    "value_text",
    "value",
    "value_hi",
    "unit",
    "qualifier",
    "kind",
    "direction",
    "signed_value",
    "period",
    "years",
    "review",
    "doubt",
    "quote",
    "section_id",
];

/// Which of the two tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Table {
    /// A row a figure.
    #[default]
    Figures,
    /// A row per report and headline target, with the next year's result.
    Targets,
}

impl Table {
    /// The table of `reports` as CSV (BOM, header, rows).
    #[must_use]
    pub fn csv(self, reports: &[Read]) -> String {
        match self {
            Self::Figures => figures_csv(reports),
            Self::Targets => targets_csv(reports),
        }
    }
}

/// The figures table of `reports`: BOM, header, a line a figure.
#[must_use]
pub fn figures_csv(reports: &[Read]) -> String {
    let mut csv = String::from(UTF8_BOM);
    csv.push_str(&COLUMNS.join(","));
    csv.push_str("\r\n");
    for read in reports {
        rows(read, &mut csv);
    }
    csv
}

/// The targets table of `reports`: BOM, header, a line per report and headline target.
#[must_use]
pub fn targets_csv(reports: &[Read]) -> String {
    let mut csv = String::from(UTF8_BOM);
    csv.push_str(&TARGET_COLUMNS.join(","));
    csv.push_str("\r\n");
    target_rows(reports, &mut csv);
    csv
}

/// Appends one CSV line a figure of `read` to `csv`.
fn rows(read: &Read, csv: &mut String) {
    let report = &read.report;
    let year = report.meta.year.map(|y| y.to_string()).unwrap_or_default();
    let places = section_titles(report);
    for ind in &report.indicators {
        let (chapter, section) = places
            .get(ind.section.as_str())
            .copied()
            .unwrap_or(("", ""));
        let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        let fields: [String; 25] = [
            read.file.clone(),
            report.meta.title.clone(),
            read.region.clone(),
            read.level.clone(),
            year.clone(),
            chapter.to_owned(),
            section.to_owned(),
            ind.id.clone(),
            ind.label.clone(),
            ind.label_en.clone().unwrap_or_default(),
            crate::compare::canonical::canonical_of(ind)
                .map(|c| c.key.to_owned())
                .unwrap_or_default(),
            ind.value_text.clone(),
            number(ind.value),
            number(ind.value_hi),
            ind.unit.clone().unwrap_or_default(),
            ind.qualifier.as_ref().map(name_of).unwrap_or_default(),
            name_of(&ind.kind),
            ind.direction.as_ref().map(name_of).unwrap_or_default(),
            number(ind.signed_value()),
            name_of(&ind.period),
            years(ind, report.meta.year),
            ind.review.as_ref().map(name_of).unwrap_or_default(),
            ind.doubt.clone().unwrap_or_default(),
            ind.quote.clone(),
            ind.section.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| field(f, ',')).collect();
        csv.push_str(&line.join(","));
        csv.push_str("\r\n");
    }
}

/// The titles of each section's chapter and of the section, by section id.
fn section_titles(report: &Report) -> HashMap<&str, (&str, &str)> {
    report
        .chapters
        .iter()
        .flat_map(|c| {
            c.sections
                .iter()
                .map(move |s| (s.id.as_str(), (c.title.as_str(), s.title.as_str())))
        })
        .collect()
}

/// The year or years a figure covers, from its period and the report's year: the past year
/// (`2025` in a report of 2026), the plan's year, the five years of the plan period just ended
/// (`2021-2025`). A five-year goal's years are left empty: the text may mean 2030 or 2035.
fn years(ind: &Indicator, year: Option<i32>) -> String {
    let Some(year) = year else {
        return String::new();
    };
    match ind.period {
        Period::Review => (year - 1).to_string(),
        Period::Plan => year.to_string(),
        Period::FiveYearReview => format!("{}-{}", year - 5, year - 1),
        Period::FiveYearGoal => String::new(),
    }
}

/// The columns of the targets table, in order.
pub const TARGET_COLUMNS: [&str; 20] = [
    "report",
    "region",
    "level",
    "year",
    "indicator",
    "indicator_zh",
    "indicator_en",
    "label",
    "value_text",
    "value",
    "value_hi",
    "qualifier",
    "unit",
    "quote",
    "result_report",
    "result_value_text",
    "result_value",
    "result_quote",
    "gap",
    "gap_unit",
];

/// The lines of the targets table of `reports`, one a row.
fn target_rows(reports: &[Read], csv: &mut String) {
    let placed: Vec<Placed<'_>> = reports
        .iter()
        .map(|r| Placed {
            key: &r.file,
            region: &r.region,
            year: r.report.meta.year,
            report: &r.report,
        })
        .collect();
    let results = pairs(&placed);
    for read in reports {
        for row in side_by_side(&[&read.report]) {
            let (Some(canonical), Some(Some(said))) = (row.canonical, row.said.first()) else {
                continue;
            };
            let Some(ind) = read.report.indicators.get(said.indicator) else {
                continue;
            };
            let result = results
                .iter()
                .find(|p| p.key == canonical.key && p.target.0 == read.file);
            // The result's value as its report writes it (the pair keeps it signed).
            let result_value = result.and_then(|p| {
                let reviewing = reports.iter().find(|r| r.file == p.result.0)?;
                reviewing.report.indicators.get(p.result.1.indicator)?.value
            });
            let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
            let fields: [String; 20] = [
                read.file.clone(),
                read.region.clone(),
                read.level.clone(),
                number(read.report.meta.year.map(f64::from)),
                canonical.key.to_owned(),
                indicator_name(canonical.key, true)
                    .unwrap_or_default()
                    .to_owned(),
                indicator_name(canonical.key, false)
                    .unwrap_or_default()
                    .to_owned(),
                ind.label.clone(),
                ind.value_text.clone(),
                number(ind.value),
                number(ind.value_hi),
                name_of(&ind.qualifier),
                ind.unit.clone().unwrap_or_default(),
                ind.quote.clone(),
                result.map(|p| p.result.0.clone()).unwrap_or_default(),
                result
                    .map(|p| p.result.1.value_text.clone())
                    .unwrap_or_default(),
                number(result_value),
                result.map(|p| p.result.1.quote.clone()).unwrap_or_default(),
                result.and_then(gap).unwrap_or_default(),
                result
                    .and_then(|p| p.gap.as_ref())
                    .map(|g| g.unit.clone())
                    .unwrap_or_default(),
            ];
            let line: Vec<String> = fields.iter().map(|f| field(f, ',')).collect();
            csv.push_str(&line.join(","));
            csv.push_str("\r\n");
        }
    }
}

/// The gap as the comparison shows it (`+0.2`, to the figures' own decimals).
fn gap(pair: &Pair) -> Option<String> {
    pair.gap.as_ref().map(super::outcomes::Gap::text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_report_format_s() {
        assert_eq!(name_of(&crate::report::Kind::GrowthRate), "growth_rate");
        assert_eq!(name_of(&Period::FiveYearReview), "five_year_review");
        assert_eq!(name_of(&Level::Provincial), "provincial");
    }
}
