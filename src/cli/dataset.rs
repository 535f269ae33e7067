//! `jiedu dataset <report|folder>... --out <file.csv>`: every figure of many reports as one
//! table, a row a figure, ready for a spreadsheet or pandas: where it stands (report, region,
//! level, year, chapter, section), what it is (label, the headline indicator it matches, kind,
//! period, the years it covers), its value as written and as numbers, the review state and the
//! sentence it comes from. The columns are documented in `docs/dataset.md`.

use std::collections::HashMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use super::Invocation;
use super::read::{Read, name_of, placed};
use crate::data_view::table_text::{UTF8_BOM, field};
use crate::i18n::Lang;
use crate::i18n::fill::fill;
use crate::report::{Indicator, Period, Report};

/// Arguments of `jiedu dataset`.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetArgs {
    /// Report files, and folders whose `.json` reports are read.
    pub inputs: Vec<PathBuf>,
    /// The CSV file to write.
    pub out: PathBuf,
    /// The language of the messages.
    pub lang: Lang,
    /// The targets table (a row per report and headline indicator) instead of the figures.
    pub targets: bool,
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

/// Reads the arguments of `jiedu dataset` (after the word `dataset`).
pub(super) fn parse(args: &[OsString], mut lang: Lang) -> Result<Invocation, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_iter(
        std::iter::once(OsString::from("jiedu-dataset")).chain(args.iter().cloned()),
    );
    let (mut inputs, mut out, mut targets) = (Vec::new(), None, false);
    while let Some(arg) = parser.next()? {
        match arg {
            Value(v) => inputs.push(PathBuf::from(v)),
            Long("out") => out = Some(PathBuf::from(parser.value()?)),
            Long("lang") => lang = super::lang(&parser.value()?.string()?)?,
            Long("targets") => targets = true,
            Short('h') | Long("help") => return Ok(Invocation::Print(super::USAGE.to_owned())),
            _ => return Err(arg.unexpected()),
        }
    }
    if inputs.is_empty() {
        return Err("dataset needs report files or folders of them".into());
    }
    let out = out.ok_or("dataset needs --out <file.csv>")?;
    Ok(Invocation::Dataset(DatasetArgs {
        inputs,
        out,
        lang,
        targets,
    }))
}

/// Writes the table; a report that does not open is named on standard error, the others are
/// written, and the exit is 1.
pub(super) fn run(args: &DatasetArgs) -> Result<(), String> {
    let s = crate::i18n::strings(args.lang);
    let mut read = Vec::new();
    let mut failed = Vec::new();
    for path in report_files(&args.inputs) {
        match crate::report::open_file(&path) {
            Ok(report) => read.push(placed(&path, report)),
            Err(e) => {
                eprintln!("jiedu: {}: {}", path.display(), s.open_error(&e));
                failed.push(path.display().to_string());
            }
        }
    }
    let mut csv = String::from(UTF8_BOM);
    if args.targets {
        csv.push_str(&super::targets::COLUMNS.join(","));
        csv.push_str("\r\n");
        super::targets::rows(&read, &mut csv);
    } else {
        csv.push_str(&COLUMNS.join(","));
        csv.push_str("\r\n");
        for r in &read {
            rows(r, &mut csv);
        }
    }
    crate::storage::write_atomically(&args.out, csv.as_bytes()).map_err(|e| e.describe(s))?;
    let figures: usize = read.iter().map(|r| r.report.indicators.len()).sum();
    let template = if args.targets {
        s.dataset_targets_written_n
    } else {
        s.dataset_written_n
    };
    let line = fill(
        template,
        &[
            ("figures", &figures),
            ("reports", &read.len()),
            ("out", &args.out.display()),
        ],
    );
    writeln!(std::io::stdout().lock(), "{line}").map_err(|e| e.to_string())?;
    if failed.is_empty() {
        Ok(())
    } else {
        Err(fill(
            s.dataset_failed_n,
            &[("names", &failed.join(s.list_separator))],
        ))
    }
}

/// The report files named: files as they are, and each folder's `.json` files in name order
/// (the library's index, `library.json`, is no report).
fn report_files(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && p.extension()
                            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                        && p.file_name().is_some_and(|n| n != "library.json")
                })
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    files
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_report_format_s() {
        assert_eq!(name_of(&crate::report::Kind::GrowthRate), "growth_rate");
        assert_eq!(name_of(&Period::FiveYearReview), "five_year_review");
        assert_eq!(
            name_of(&crate::compare::library::Level::Provincial),
            "provincial"
        );
    }
}
