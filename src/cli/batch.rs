//! `jiedu import <text|folder>... --out-dir <folder>`: a folder of reports' texts made into a
//! folder of reports, one per text and named after it, for the library or `jiedu dataset`. It
//! goes on past a text that does not import (saying which and why) and exits 1 at the end; a
//! report a person has reviewed is never replaced without `--force`.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::import::BatchArgs;
use crate::i18n::Strings;
use crate::i18n::fill::fill;

/// How the texts went.
#[derive(Default)]
struct Tally {
    written: usize,
    kept: usize,
    failed: Vec<String>,
}

/// Runs the batch import; one line a text on standard output (failures on standard error),
/// then the total.
pub(super) fn run(args: &BatchArgs) -> Result<(), String> {
    let s = crate::i18n::strings(args.lang);
    let texts = texts(&args.inputs).map_err(|(path, e)| {
        fill(
            s.imp_read_path_n,
            &[
                ("path", &path.display()),
                ("detail", &s.os_error(e.kind(), &e.to_string())),
            ],
        )
    })?;
    std::fs::create_dir_all(&args.out_dir).map_err(|e| {
        crate::export::ExportError::Write {
            path: args.out_dir.clone(),
            source: e,
        }
        .describe(s)
    })?;
    let mut tally = Tally::default();
    let mut names = BTreeSet::new();
    let mut out = std::io::stdout().lock();
    for text in &texts {
        let report = args.out_dir.join(report_name(text, &mut names));
        let name = text.display().to_string();
        if !args.force && reviewed(&report) {
            tally.kept += 1;
            let line = fill(s.batch_kept_n, &[("path", &report.display())]);
            writeln!(out, "{line}").map_err(|e| e.to_string())?;
            continue;
        }
        match super::import::import_to(Some(text), &name, &report, args.encoding, s) {
            Ok(line) => {
                tally.written += 1;
                writeln!(out, "{line}").map_err(|e| e.to_string())?;
            }
            Err(why) => {
                eprintln!("jiedu: {why}");
                tally.failed.push(name);
            }
        }
    }
    total(s, &tally, &args.out_dir, &mut out)
}

/// The total line; an error (exit 1) when a text failed, naming them.
fn total(s: &Strings, tally: &Tally, folder: &Path, out: &mut impl Write) -> Result<(), String> {
    let line = fill(
        s.batch_total_n,
        &[
            ("written", &tally.written),
            ("folder", &folder.display()),
            ("kept", &tally.kept),
            ("failed", &tally.failed.len()),
        ],
    );
    writeln!(out, "{line}").map_err(|e| e.to_string())?;
    if tally.failed.is_empty() {
        Ok(())
    } else {
        Err(fill(
            s.batch_failed_n,
            &[("names", &tally.failed.join(s.list_separator))],
        ))
    }
}

/// The texts named: files as they are, and each folder's texts and web pages (`.txt`, `.html` …) in name order.
fn texts(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut texts = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let found =
                crate::open::folder_job::importable_in(input).map_err(|e| (input.clone(), e))?;
            texts.extend(found);
        } else {
            texts.push(input.clone());
        }
    }
    Ok(texts)
}

/// `<stem>.json` for `text`, with `-2`, `-3` … when another text of this run has the stem.
fn report_name(text: &Path, taken: &mut BTreeSet<String>) -> String {
    let stem = text
        .file_stem()
        .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
    let name = (1..usize::MAX)
        .map(|n| {
            if n == 1 {
                stem.clone()
            } else {
                format!("{stem}-{n}")
            }
        })
        .find(|name| !taken.contains(name))
        .unwrap_or(stem);
    taken.insert(name.clone());
    format!("{name}.json")
}

/// Whether the report at `path` holds a person's review (a figure accepted, corrected or
/// rejected): such a file is not replaced without `--force`.
fn reviewed(path: &Path) -> bool {
    path.exists()
        && crate::report::open_file(path).is_ok_and(|r| crate::review::history::decided(&r) > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_of_one_stem_get_names_of_their_own() {
        let mut taken = BTreeSet::new();
        let names: Vec<String> = ["a/2026年报告.txt", "b/2026年报告.txt", "c/other.txt"]
            .iter()
            .map(|p| report_name(Path::new(p), &mut taken))
            .collect();
        assert_eq!(
            names,
            ["2026年报告.json", "2026年报告-2.json", "other.json"]
        );
    }
}
