//! Every kind of bad input the app can be handed, each with the message it must produce.

use super::*;
use crate::{MAX_SECTIONS, MAX_VALUE};

const FIXTURE: &str = include_str!("../../../tests/fixtures/sample-report.json");

fn message(bytes: &[u8]) -> String {
    match from_bytes(bytes) {
        Ok(_) => panic!("{} should not load", String::from_utf8_lossy(bytes)),
        Err(e) => e.to_string(),
    }
}

fn fixture() -> serde_json::Value {
    serde_json::from_str(FIXTURE).expect("fixture is JSON")
}

fn message_of(value: &serde_json::Value) -> String {
    message(value.to_string().as_bytes())
}

#[test]
fn the_fixture_and_the_embedded_report_open() {
    let sample = from_bytes(FIXTURE.as_bytes()).expect("fixture loads");
    assert!(sample.meta.source.contains("FIXTURE"));
    assert_eq!(sample.charts.len(), 2);
    from_bytes(crate::EMBEDDED_JSON.as_bytes()).expect("embedded loads");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(FIXTURE.as_bytes());
    from_bytes(&with_bom).expect("a byte-order mark is fine");
}

#[test]
fn not_json_gives_line_and_column() {
    let m = message(b"{\n  \"format_version\": 1,\n  oops\n}");
    assert!(m.contains("第 3 行第 3 列"), "{m}");
}

#[test]
fn not_utf8_gives_where() {
    let m = message(b"{\n\"a\": \"\xff\"}");
    assert!(m.contains("UTF-8") && m.contains("第 2 行第 7 列"), "{m}");
}

#[test]
fn truncated_file_says_where_it_ends() {
    let cut = &FIXTURE.as_bytes()[..FIXTURE.len() / 2];
    let m = message(cut);
    assert!(m.contains("文件在这里意外结束"), "{m}");
    assert!(m.contains("行") && !m.contains("EOF"), "{m}");
}

#[test]
fn wrong_type_names_the_json_path() {
    let mut v = fixture();
    v["indicators"][1]["value"] = "十二".into();
    let m = message_of(&v);
    assert!(m.contains("indicators[1].value"), "{m}");
    assert!(m.contains("这里应是数字，却是 \"十二\""), "{m}");
    assert!(!m.contains("invalid type"), "{m}");
}

#[test]
fn missing_field_names_the_field() {
    let mut v = fixture();
    v["indicators"][0]
        .as_object_mut()
        .expect("object")
        .remove("quote");
    let m = message_of(&v);
    assert!(
        m.contains("缺少必需的字段“quote”") && m.contains("indicators[0]"),
        "{m}"
    );
}

#[test]
fn unknown_field_is_an_error() {
    let mut v = fixture();
    v["meta"]["titel"] = "typo".into();
    let m = message_of(&v);
    assert!(m.contains("格式里没有字段“titel”"), "{m}");
}

#[test]
fn validation_lists_every_problem_with_its_path() {
    let mut v = fixture();
    // Duplicate id, dangling section, quote not in its section, dangling chart reference.
    v["indicators"][1]["id"] = "gdp_growth".into();
    v["indicators"][2]["section"] = "nowhere".into();
    v["indicators"][3]["quote"] = "新增就业9999人".into();
    v["indicators"][3]["value_text"] = "9999人".into();
    v["indicators"][3]["value"] = 9999.into();
    v["charts"][1]["indicators"][0] = "ghost".into();
    let m = message_of(&v);
    for expected in [
        "indicators[1].id",
        "重复",
        "indicators[2].section",
        "indicators[3].quote",
        "不是小节",
        "charts[1].indicators[0]",
        "ghost",
    ] {
        assert!(m.contains(expected), "missing {expected}: {m}");
    }
    assert!(m.starts_with("报告有 5 处问题"), "{m}");
}

#[test]
fn absurd_and_non_finite_numbers_are_refused() {
    let mut v = fixture();
    v["indicators"][3]["value_text"] = "9e99人".into();
    v["indicators"][3]["quote"] = "新增就业1200人".into();
    let text = v.to_string().replace("\"value\":1200", "\"value\":1e400");
    let m = message(text.as_bytes());
    assert!(m.contains("无效的数字"), "{m}");
    let mut v = fixture();
    v["chapters"][0]["sections"][0]["paragraphs"][1] =
        "新建公园3个,新增就业9000000000000000人。".into();
    v["indicators"][3]["value_text"] = "9000000000000000人".into();
    v["indicators"][3]["quote"] = "新增就业9000000000000000人".into();
    v["indicators"][3]["value"] = 9_000_000_000_000_000.0_f64.into();
    let m = message_of(&v);
    assert!(
        m.contains("indicators[3].value") && m.contains("超出范围"),
        "{m}"
    );
    const { assert!(MAX_VALUE < 9e15) };
}

#[test]
fn empty_inputs_are_named() {
    assert_eq!(message(b""), "文件是空的");
    assert_eq!(message(b" \n\t"), "文件是空的");
    let m = message(b"{}");
    assert!(m.contains("缺少必需的字段“format_version”"), "{m}");
    assert!(m.contains("缺少必需的字段“meta”"), "{m}");
    let m = message(br#"{"format_version":1,"meta":{"title":"t"},"chapters":[]}"#);
    assert!(m.contains("chapters") && m.contains("没有任何章节"), "{m}");
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let m = message(deep.as_bytes());
    assert!(
        m.contains("嵌套过深") && m.contains("第 1 行第 33 列"),
        "{m}"
    );
    // Brackets inside strings do not count.
    let mut v = fixture();
    v["meta"]["byline"] = "[".repeat(1000).into();
    from_bytes(v.to_string().as_bytes()).expect("brackets in a string are text");
}

#[test]
fn too_large_input_is_refused_without_parsing() {
    let big = vec![b' '; usize::try_from(MAX_FILE_BYTES).expect("fits") + 1];
    let m = message(&big);
    assert!(m.contains("文件过大"), "{m}");
}

#[test]
fn over_the_count_limits_is_one_clear_problem() {
    let mut v = fixture();
    let section = v["chapters"][0]["sections"][0].clone();
    let sections: Vec<serde_json::Value> = (0..=MAX_SECTIONS)
        .map(|i| {
            let mut s = section.clone();
            s["id"] = format!("s{i}").into();
            s
        })
        .collect();
    v["chapters"][0]["sections"] = sections.into();
    let m = message_of(&v);
    assert!(m.contains("小节过多") && m.contains("上限 20000"), "{m}");
}

#[test]
fn files_folders_and_missing_paths() {
    let dir = tempfile::tempdir().expect("temp dir");
    let m = open_file(dir.path()).expect_err("a folder").to_string();
    assert!(m.contains("文件夹"), "{m}");
    let missing = dir.path().join("missing.json");
    let m = open_file(&missing).expect_err("missing").to_string();
    assert!(m.contains("无法读取") && m.contains("missing.json"), "{m}");
    let path = dir.path().join("big.json");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(100 * 1024 * 1024).expect("sparse 100 MB");
    let m = open_file(&path).expect_err("too large").to_string();
    assert!(m.contains("文件过大") && m.contains("104857600"), "{m}");
    let path = dir.path().join("ok.json");
    std::fs::write(&path, FIXTURE).expect("write");
    assert_eq!(open_file(&path).expect("opens").charts.len(), 2);
}

#[test]
fn a_picture_pdf_or_word_file_is_named_for_what_it_is() {
    for (bytes, format) in [
        (b"%PDF-1.7\n".as_slice(), "PDF"),
        (b"\x89PNG\r\n\x1a\n".as_slice(), "PNG"),
        (b"PK\x03\x04\x14\x00".as_slice(), "ZIP / Word .docx"),
    ] {
        match from_bytes(bytes) {
            Err(OpenError::OtherFormat { format: named }) => assert_eq!(named, format),
            other => panic!("{format}: {other:?}"),
        }
    }
}
