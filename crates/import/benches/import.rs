//! Import speed: the largest development report (四川省, about 26k characters) and a text 100
//! times as large, in release; and a report's PDF (浙江省, printed by LibreOffice) against the
//! same report's text, measured in the same run. Run with `cargo bench -p jiedu-import --bench
//! import`; the corpus is read from `../shared/corpus` beside the repository.

// Helpers outside #[test] functions panic on purpose: an expect() here is an assertion.
#![allow(clippy::expect_used)]
use std::path::Path;
use std::time::{Duration, Instant};

/// Median time of `runs` imports of `text`.
fn median(text: &str, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let report = jiedu_import::import_text(std::hint::black_box(text));
            let elapsed = start.elapsed();
            assert!(report.is_ok_and(|r| !r.indicators.is_empty()));
            elapsed
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// Median time of `runs` imports of a file's bytes.
fn median_bytes(bytes: &[u8], runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let imported = jiedu_import::import_bytes(std::hint::black_box(bytes), None);
            let elapsed = start.elapsed();
            assert!(imported.is_ok_and(|i| !i.report.indicators.is_empty()));
            elapsed
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// A PDF against the text it was printed from.
fn pdf_against_text(corpus: &Path) {
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/浙江省.pdf");
    let (Ok(pdf), Ok(text)) = (std::fs::read(pdf), std::fs::read(corpus.join("浙江省.txt")))
    else {
        return;
    };
    let as_text = median_bytes(&text, 11);
    let as_pdf = median_bytes(&pdf, 5);
    println!(
        "import 浙江省 as text: median {:.1} ms over 11 runs; as its PDF ({} KB, LibreOffice): \
         median {:.0} ms over 5 runs, {:.0}× the text",
        as_text.as_secs_f64() * 1e3,
        pdf.len() / 1024,
        as_pdf.as_secs_f64() * 1e3,
        as_pdf.as_secs_f64() / as_text.as_secs_f64()
    );
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/四川省.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{} not found: nothing to measure", path.display());
        return;
    };
    let chars = text.chars().count();
    let one = median(&text, 51);
    let big = text.repeat(100);
    let hundred = median(&big, 5);
    println!(
        "import 四川省 ({chars} characters): median {:.2} ms over 51 runs",
        one.as_secs_f64() * 1e3
    );
    println!(
        "import 100× ({} characters): median {:.1} ms over 5 runs",
        chars * 100,
        hundred.as_secs_f64() * 1e3
    );
    // What people paste by mistake: one 5 MB line without a line break (a minified page).
    let line: String = text
        .replace('\n', "")
        .chars()
        .cycle()
        .take(5 * 1024 * 1024 / 3)
        .collect();
    let one_line = median(&line, 3);
    println!(
        "import one line of {} bytes: median {:.1} ms over 3 runs",
        line.len(),
        one_line.as_secs_f64() * 1e3
    );
    pdf_against_text(path.parent().unwrap_or(Path::new(".")));
}
