//! Any bytes into the loader and validator: no panic, no hang, no unbounded memory; and a
//! report that loads must survive what the app does when it opens one, and round-trip
//! through JSON unchanged.

#![no_main]

use jiedu_report::{Report, charts_by_section, figure_spans_by_section, from_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(report) = from_bytes(data) else {
        return;
    };
    let spans = figure_spans_by_section(&report);
    assert!(spans.len() <= report.section_refs().count());
    let _ = charts_by_section(&report);
    let json = serde_json::to_string(&report).expect("a loaded report serialises");
    let again = Report::from_json(&json).expect("a loaded report reloads");
    assert_eq!(again, report);
});
