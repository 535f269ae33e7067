//! `jiedu dataset <report|folder>... --out <file.csv> [--targets]`: the reports named (a folder:
//! its reports) read and written as one table (`compare::dataset`): a row a figure, or a row per
//! report and headline target. A report that does not open is named and the others written.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::compare::dataset::{figures_csv, placed, targets_csv};
use crate::i18n::Lang;
use crate::i18n::fill::fill;

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

/// Reads the arguments of `jiedu dataset` (after the word `dataset`).
/// `None` when `--help` was asked.
pub(super) fn parse(
    args: &[OsString],
    mut lang: Lang,
) -> Result<Option<DatasetArgs>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_iter(
        std::iter::once(OsString::from("jiedu-dataset")).chain(args.iter().cloned()),
    );
    let (mut inputs, mut out, mut targets) = (Vec::new(), None, false);
    while let Some(arg) = parser.next()? {
        match arg {
            Value(v) => inputs.push(PathBuf::from(v)),
            Long("out") => out = Some(PathBuf::from(parser.value()?)),
            Long("lang") => lang = super::lang::lang(&parser.value()?.string()?)?,
            Long("targets") => targets = true,
            Short('h') | Long("help") => return Ok(None),
            _ => return Err(arg.unexpected()),
        }
    }
    if inputs.is_empty() {
        return Err("dataset needs report files or folders of them".into());
    }
    let out = out.ok_or("dataset needs --out <file.csv>")?;
    Ok(Some(DatasetArgs {
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
            Ok(report) => read.push(placed(file_name(&path), report)),
            Err(e) => {
                eprintln!("jiedu: {}: {}", path.display(), s.open_error(&e));
                failed.push(path.display().to_string());
            }
        }
    }
    let csv = if args.targets {
        targets_csv(&read)
    } else {
        figures_csv(&read)
    };
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

/// A file's name, for the tables' `report` column.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}
