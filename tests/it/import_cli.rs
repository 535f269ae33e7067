//! `jiedu import` as a script uses it: a text (file, GB18030 file, standard input) becomes a
//! report that `jiedu check` accepts and the app opens; what is not a report's text fails with
//! a message, exit status 1 and no file written.

#![allow(clippy::expect_used)]

use jiedu::OpenCommand;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// A short report text in the shape of the real ones (invented figures, not real data).
const TEXT: &str = "下载\n打印\n2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n某省省长 某某\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、2025年工作回顾\n全省生产总值达到1.2万亿元、增长5.1%。\n二、2026年重点工作\n今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业50万人以上；居民收入增长与经济增长同步。\n";

fn jiedu(args: &[&str], stdin: Option<&[u8]>) -> Output {
    jiedu_in(None, args, stdin)
}

/// `jiedu` run with `LANG` set to `lang` (none: no locale variable at all).
fn jiedu_in(lang: Option<&str>, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jiedu"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(lang) = lang {
        command.env("LANG", lang);
    }
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(bytes) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(bytes)
            .expect("writes");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("finishes")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_text_file_becomes_a_report_that_checks_and_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = dir.path().join("report.txt");
    std::fs::write(&text, TEXT).expect("write");
    let json = dir.path().join("report.json");
    let out = jiedu(
        &[
            "import",
            text.to_str().expect("path"),
            "--out",
            json.to_str().expect("path"),
            "--lang",
            "en",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = stdout(&out);
    for part in ["3 chapters", "5 figures", "3 targets", "UTF-8"] {
        assert!(line.contains(part), "{line}");
    }
    let check = jiedu(&["check", json.to_str().expect("path")], None);
    assert!(check.status.success(), "{}", stdout(&check));
    let report = jiedu::report::open_file(&json).expect("opens");
    assert_eq!(report.meta.title, "2026年某省政府工作报告");
    assert!(report.indicators.iter().any(|i| i.value_text == "5%左右"));

    // The app opens it like any report: its first chapter is in the navigator.
    let mut harness = crate::common::harness();
    harness
        .state_mut()
        .apply(jiedu::Command::Open(OpenCommand::OpenFile(json.clone())));
    harness.run();
    assert!(harness.state().opening.failure.is_none());
    crate::common::toc(&harness, "一、2025年工作回顾");
}

#[test]
fn gb18030_and_standard_input_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = dir.path().join("from-stdin.json");
    // Encoded by the system's iconv, not by the importer's own decoder library.
    let gbk = gb18030(TEXT);
    let out = jiedu(
        &["import", "-", "--out", json.to_str().expect("path")],
        Some(&gbk),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout(&out).contains("GB18030"), "{}", stdout(&out));
    assert!(jiedu::report::open_file(&json).is_ok());
}

/// The GB18030 bytes of `text`, from the system's `iconv`.
fn gb18030(text: &str) -> Vec<u8> {
    let mut child = Command::new("iconv")
        .args(["-f", "UTF-8", "-t", "GB18030"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("iconv runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("iconv finishes");
    assert!(out.status.success());
    assert!(
        std::str::from_utf8(&out.stdout).is_err(),
        "not UTF-8 any more"
    );
    out.stdout
}

#[test]
fn what_is_not_a_report_text_fails_with_a_message_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = dir.path().join("never.json");
    let png = dir.path().join("picture.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").expect("write");
    let report = dir.path().join("a-report.json");
    std::fs::write(&report, jiedu::report::EMBEDDED_JSON).expect("write");
    let missing = dir.path().join("missing.txt");
    for (input, words) in [
        (&png, "not plain text"),
        (&empty, "empty"),
        (&report, "already a Jiedu report"),
        (&missing, "does not exist"),
    ] {
        let out = jiedu_in(
            Some("en_GB.UTF-8"),
            &[
                "import",
                input.to_str().expect("path"),
                "--out",
                json.to_str().expect("path"),
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(1), "{input:?}");
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(message.contains(words), "{input:?}: {message}");
        assert!(!message.contains("os error"), "{input:?}: {message}");
        assert!(!json.exists(), "{input:?} wrote a file");
    }
    let out = jiedu(&["import", "--out", json.to_str().expect("path")], None);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn check_speaks_one_language_for_success_and_failure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.json");
    std::fs::write(&good, jiedu::report::EMBEDDED_JSON).expect("write");
    let bad = dir.path().join("bad.json");
    let mut v: serde_json::Value =
        serde_json::from_str(jiedu::report::EMBEDDED_JSON).expect("JSON");
    v["indicators"][1]["value"] = "57.8".into();
    v["meta"]["year"] = "2024年".into();
    std::fs::write(&bad, v.to_string()).expect("write");
    let path = |p: &std::path::Path| p.to_str().expect("path").to_owned();

    let zh_ok = stdout(&jiedu(&["check", &path(&good)], None));
    assert!(
        zh_ok.contains("：通过 · 解读上街区政府工作报告 · 4 章，26 节，118 个数字，5 个图表"),
        "{zh_ok}"
    );
    let zh_bad = jiedu(&["check", &path(&bad)], None);
    assert!(!zh_bad.status.success());
    let err = String::from_utf8_lossy(&zh_bad.stderr);
    assert!(err.contains("报告的格式有 2 处问题"), "{err}");
    assert!(
        err.contains("数字“工业投资增长”（57.8%）：这里应是数字"),
        "{err}"
    );
    assert!(!err.contains("invalid type"), "{err}");

    let en_ok = stdout(&jiedu(&["check", "--lang", "en", &path(&good)], None));
    assert!(
        en_ok.contains(
            ": OK · 解读上街区政府工作报告 · 4 chapters, 26 sections, 118 figures, 5 charts"
        ),
        "{en_ok}"
    );
    let en_bad = jiedu(&["check", "--lang", "en", &path(&bad)], None);
    let err = String::from_utf8_lossy(&en_bad.stderr);
    assert!(
        err.contains("Values of the wrong form in the report: 2"),
        "{err}"
    );
    assert!(
        err.contains("figure “工业投资增长” (57.8%): this should be a number, but is \"57.8\" (indicators[1].value)"),
        "{err}"
    );
    assert!(
        err.contains("meta.year: this should be a whole number, but is \"2024年\""),
        "{err}"
    );
}

#[test]
fn import_speaks_the_language_of_lang_else_the_systems() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = dir.path().join("report.txt");
    std::fs::write(&text, TEXT).expect("write");
    let json = dir.path().join("report.json");
    let missing = dir.path().join("missing.txt");
    let (text, json, missing) = (
        text.to_str().expect("path"),
        json.to_str().expect("path"),
        missing.to_str().expect("path"),
    );
    // No locale set (as in many services): Chinese, as the app.
    let zh = stdout(&jiedu_in(None, &["import", text, "--out", json], None));
    assert!(zh.contains("3 章") && zh.contains("3 个目标"), "{zh}");
    let en = stdout(&jiedu_in(
        Some("en_US.UTF-8"),
        &["import", text, "--out", json],
        None,
    ));
    assert!(
        en.contains("3 chapters") && en.contains("3 targets"),
        "{en}"
    );
    // --lang wins over the system's.
    let zh = stdout(&jiedu_in(
        Some("en_US.UTF-8"),
        &["import", text, "--out", json, "--lang", "zh"],
        None,
    ));
    assert!(zh.contains("3 章"), "{zh}");
    // A failure too, with the system's words in the same language.
    let out = jiedu_in(
        Some("zh_CN.UTF-8"),
        &["import", missing, "--out", json],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("无法导入") && err.contains("文件或文件夹不存在"),
        "{err}"
    );
}

#[test]
fn utf16_without_a_bom_and_a_named_encoding_are_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = dir.path().join("report.json");
    let le: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let out = jiedu(
        &["import", "-", "--out", json.to_str().expect("path")],
        Some(&le),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout(&out).contains("UTF-16LE"), "{}", stdout(&out));
    let be: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let out = jiedu(
        &[
            "import",
            "-",
            "--out",
            json.to_str().expect("path"),
            "--encoding",
            "utf-16be",
        ],
        Some(&be),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = jiedu::report::open_file(&json).expect("opens");
    assert_eq!(report.meta.title, "2026年某省政府工作报告");
}

#[test]
fn a_file_too_large_is_told_in_megabytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.txt");
    let file = std::fs::File::create(&big).expect("create");
    // Sparse: no 60 MB written to the disk.
    file.set_len(60 * 1024 * 1024).expect("size");
    let json = dir.path().join("report.json");
    let out = jiedu_in(
        Some("en_US.UTF-8"),
        &[
            "import",
            big.to_str().expect("path"),
            "--out",
            json.to_str().expect("path"),
        ],
        None,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("60.0 MB") && err.contains("20.0 MB"), "{err}");
    assert!(!err.contains("bytes"), "{err}");
}
