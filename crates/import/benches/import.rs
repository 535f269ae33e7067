//! Import speed: the largest development report (四川省, about 26k characters) and a text 100
//! times as large, in release. Run with `cargo bench -p jiedu-import --bench import`; the corpus
//! is read from `../shared/corpus` beside the repository.

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
}
