//! The glossary of work-report terms (`src/i18n/glossary.rs`) on the nine corpus reports: how
//! many of their labels it names in English (BENCHMARKS.md keeps the count), and that the
//! labels of every main-targets chart are all named, so an English figure of a report's main
//! targets has no Chinese label in it.

#![allow(clippy::expect_used)]

use jiedu::i18n::glossary::english;
use jiedu::report::{ChartKind, Period};

use crate::common::CORPUS as REPORTS;

#[test]
fn the_glossary_names_the_main_targets_of_every_corpus_report() {
    let (mut named, mut total) = (0, 0);
    let mut missing = Vec::new();
    for name in REPORTS {
        let Some(report) = crate::common::corpus_report(name) else {
            return;
        };
        total += report.indicators.len();
        named += report
            .indicators
            .iter()
            .filter(|i| english(&i.label).is_some())
            .count();
        for chart in report.charts.iter().filter(|c| c.kind == ChartKind::Target) {
            for id in &chart.indicators {
                let ind = &report.indicators[report.indicator_index(id).expect("in the report")];
                if ind.period == Period::Plan && english(&ind.label).is_none() {
                    missing.push(format!("{name}: {}", ind.label));
                }
            }
        }
    }
    eprintln!("the glossary names {named} of {total} corpus labels");
    assert!(
        missing.is_empty(),
        "main targets with no English: {missing:#?}"
    );
    // A floor, so that a rule broken by an edit shows: the count is in BENCHMARKS.md.
    assert!(named * 10 >= total, "{named} of {total}");
}

/// The text of every `<text>` element of an SVG, joined (tspans included).
fn svg_words(svg: &str) -> String {
    let mut words = String::new();
    let mut inside = false;
    for piece in svg.split(['<', '>']) {
        if piece.starts_with("text") || piece.starts_with("tspan") {
            inside = true;
        } else if piece.starts_with("/text") {
            inside = false;
        } else if inside && !piece.starts_with('/') && !piece.starts_with("tspan") {
            words.push_str(piece);
            words.push('\n');
        }
    }
    words
}

#[test]
fn an_english_main_targets_figure_of_a_corpus_report_has_no_chinese_but_its_title() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut chinese = Vec::new();
    for name in REPORTS {
        let Some(report) = crate::common::corpus_report(name) else {
            return;
        };
        let json = dir.path().join(format!("{name}.json"));
        std::fs::write(&json, serde_json::to_vec(&report).expect("serialises")).expect("written");
        for chart in report.charts.iter().filter(|c| c.kind == ChartKind::Target) {
            let svg = dir.path().join(format!("{name}-{}.svg", chart.id));
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_jiedu"))
                .args([
                    "export", "--lang", "en", "--format", "svg", "--chart", &chart.id,
                ])
                .arg("--report")
                .arg(&json)
                .arg("--out")
                .arg(&svg)
                .status()
                .expect("runs");
            assert!(status.success(), "{name}: {}", chart.id);
            let words = svg_words(&std::fs::read_to_string(&svg).expect("svg"));
            assert!(words.contains("Source:"), "{name}: {words}");
            let left: String = words
                .replace(&report.meta.title, "")
                .chars()
                .filter(|c| jiedu::i18n::glossary::has_chinese(&c.to_string()))
                .collect();
            if !left.is_empty() {
                chinese.push(format!("{name} {}: {left}", chart.id));
            }
        }
    }
    assert!(
        chinese.is_empty(),
        "Chinese left in English figures: {chinese:#?}"
    );
}
