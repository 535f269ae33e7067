//! The canonical indicators (issue #15) against the main targets of every report in
//! `../shared/corpus/`: each report's 主要预期目标, as the importer finds them, matched to a
//! headline indicator by label and unit. BENCHMARKS.md lists what stays unmatched and why.

#![allow(clippy::expect_used)]

use jiedu::compare::canonical::canonical_of;
use jiedu::report::{Kind, Period};

const REPORTS: [&str; 9] = [
    "上海市.txt",
    "内蒙古自治区.txt",
    "四川省.txt",
    "国务院-2024.txt",
    "山东省.txt",
    "江苏省.txt",
    "浙江省.txt",
    "福建省.txt",
    "陕西省.txt",
];

#[test]
fn the_canonical_table_matches_the_main_targets_of_every_corpus_report() {
    let (mut matched, mut total) = (0, 0);
    let mut unmatched = Vec::new();
    for name in REPORTS {
        let Some(text) = crate::common::corpus(name) else {
            return;
        };
        let report = jiedu_import::import_bytes(text.as_bytes(), None)
            .expect("imports")
            .report;
        let targets: Vec<_> = report
            .indicators
            .iter()
            .filter(|i| i.period == Period::Plan && i.kind == Kind::Target)
            .collect();
        let keys: Vec<Option<&str>> = targets
            .iter()
            .map(|i| canonical_of(i).map(|c| c.key))
            .collect();
        // Every report's first target is its growth target.
        assert_eq!(
            keys.first().copied().flatten(),
            Some("gdp_growth"),
            "{name}"
        );
        for key in ["unemployment", "cpi"] {
            assert!(
                keys.contains(&Some(key)) || name == "山东省.txt" && key == "cpi",
                "{name}: no {key} in {:?}",
                targets.iter().map(|i| &i.label).collect::<Vec<_>>()
            );
        }
        total += targets.len();
        matched += keys.iter().filter(|k| k.is_some()).count();
        for (ind, key) in targets.iter().zip(&keys) {
            if key.is_none() {
                unmatched.push(format!("{name}: {} ({})", ind.label, ind.value_text));
            }
        }
    }
    println!(
        "{matched} of {total} main targets matched; unmatched:\n{}",
        unmatched.join("\n")
    );
    assert!(total >= 60, "{total} targets");
    assert!(
        matched * 10 >= total * 9,
        "{matched} of {total}:\n{}",
        unmatched.join("\n")
    );
}
