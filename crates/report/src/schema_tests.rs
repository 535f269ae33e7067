//! `docs/report.schema.json` is generated from the Rust types (the serde attributes included),
//! so the published format cannot drift from what the loader reads. Regenerate it with
//! `UPDATE_SCHEMA=1 cargo test --lib schema`.

use super::Report;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/report.schema.json");

fn generated() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Report)).expect("schema");
    schema["title"] = "Jiedu report (format version 4)".into();
    schema["description"] = "A government work report for the Jiedu reader; see docs/report-format.md. Generated from src/report by `UPDATE_SCHEMA=1 cargo test --lib schema`.".into();
    schema
}

#[test]
fn the_published_schema_is_the_one_the_types_make() {
    let text = serde_json::to_string_pretty(&generated()).expect("json") + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &text).expect("write schema");
    }
    let published = std::fs::read_to_string(SCHEMA_PATH).expect("docs/report.schema.json exists");
    assert_eq!(
        published, text,
        "docs/report.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --lib schema"
    );
}

#[test]
fn the_schema_forbids_unknown_fields_and_names_the_enums() {
    let schema = generated();
    let text = schema.to_string();
    assert_eq!(schema["additionalProperties"], false);
    for word in [
        "growth_rate",
        "review",
        "plan",
        "target",
        "format_version",
        "quote",
    ] {
        assert!(text.contains(word), "{word} not in the schema");
    }
}
