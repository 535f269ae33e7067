//! Fuzz target: the web-page reader (`jiedu_import::html`) must never panic on any page, and
//! what an imported page makes must pass the validator. The bytes are read as a page's body, so
//! every run goes through the HTML reader, not only those that happen to start like a page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = jiedu_import::html::article_text(&String::from_utf8_lossy(data));
    let mut page = b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>".to_vec();
    page.extend_from_slice(data);
    if let Ok(imported) = jiedu_import::import_bytes(&page, None) {
        let problems = jiedu_report::validate(&imported.report);
        assert!(problems.is_empty(), "{problems:?}");
    }
});
