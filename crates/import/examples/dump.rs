//! Prints what the importer reads in a text, one figure a line (tab-separated: id, review,
//! kind, period, direction, qualifier, value as written, label, doubt, quote), for a developer
//! reading the importer's output beside the text:
//! `cargo run -p jiedu-import --example dump -- ../shared/corpus/福建省.txt`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump <text file>");
        return ExitCode::FAILURE;
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let report = match jiedu_import::import_bytes(&bytes, None) {
        Ok(i) => i.report,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "# {} | {:?} | {:?}",
        report.meta.title, report.meta.year, report.meta.occasion
    );
    for c in &report.charts {
        println!("# chart {} {} ({} bars)", c.id, c.title, c.indicators.len());
    }
    for i in &report.indicators {
        println!(
            "{}\t{:?}\t{:?}\t{:?}\t{:?}\t{:?}\t{}\t{}\t{}\t{}",
            i.id,
            i.review,
            i.kind,
            i.period,
            i.direction,
            i.qualifier,
            i.value_text,
            i.label,
            i.doubt.as_deref().unwrap_or(""),
            i.quote
        );
    }
    ExitCode::SUCCESS
}
