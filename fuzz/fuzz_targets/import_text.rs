//! Fuzz target: the importer must never panic, whatever the bytes, and what it makes must pass
//! the validator (an import that does not validate is a bug, not bad input).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = jiedu_import::import_bytes(data, None) {
        let problems = jiedu_report::validate(&imported.report);
        assert!(problems.is_empty(), "{problems:?}");
    }
});
