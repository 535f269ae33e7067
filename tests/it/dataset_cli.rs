//! Many reports at once from the command line (issue #27): a folder of texts imported into a
//! folder of reports (a bad text among them does not stop the others; a reviewed report is
//! kept), and the reports' figures written as one table with a row a figure.

#![allow(clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

fn jiedu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jiedu"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("runs")
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

/// The nine corpus texts copied into `dir`, and a picture saved as `.txt` among them.
fn corpus_folder(dir: &Path) -> Option<usize> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(&corpus).ok()? {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, dir.join(path.file_name().expect("name"))).expect("copy");
            n += 1;
        }
    }
    std::fs::write(dir.join("扫描件.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    (n > 0).then_some(n)
}

/// The rows of a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks).
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    rows
}

#[test]
fn a_folder_of_texts_becomes_a_folder_of_reports_and_one_table() {
    let texts = tempfile::tempdir().expect("temp dir");
    let Some(n) = corpus_folder(texts.path()) else {
        return;
    };
    let reports = tempfile::tempdir().expect("temp dir");
    let (texts_dir, out_dir) = (
        texts.path().to_str().expect("path"),
        reports.path().to_str().expect("path"),
    );
    let out = jiedu(&["import", texts_dir, "--out-dir", out_dir]);
    // The picture fails, is named, and the exit says so; every real text is written.
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("扫描件.txt") && err.contains("not plain text"),
        "{err}"
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains(&format!("{n} reports written")), "{stdout}");
    assert!(stdout.contains("1 failed"), "{stdout}");
    let written = std::fs::read_dir(reports.path()).expect("folder").count();
    assert_eq!(written, n);
    assert!(reports.path().join("四川省.json").is_file());

    // A report a person has reviewed is kept, unless --force.
    let sichuan = reports.path().join("四川省.json");
    let mut value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&sichuan).expect("read")).expect("json");
    value["indicators"][0]["review"] = "accepted".into();
    std::fs::write(&sichuan, value.to_string()).expect("write");
    let again = jiedu(&["import", texts_dir, "--out-dir", out_dir]);
    assert!(text(&again.stdout).contains("四川省.json: reviewed by a person, kept"));
    let kept = jiedu::report::open_file(&sichuan).expect("opens");
    assert_eq!(
        kept.indicators[0].review,
        Some(jiedu::report::Review::Accepted)
    );
    let forced = jiedu(&["import", texts_dir, "--out-dir", out_dir, "--force"]);
    assert!(
        text(&forced.stdout).contains("0 kept"),
        "{}",
        text(&forced.stdout)
    );
    assert_ne!(
        jiedu::report::open_file(&sichuan)
            .expect("opens")
            .indicators[0]
            .review,
        Some(jiedu::report::Review::Accepted)
    );

    // The dataset: one row a figure, each with its report, region and sentence.
    let csv_path = reports.path().join("figures.csv");
    let out = jiedu(&[
        "dataset",
        out_dir,
        "--out",
        csv_path.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(&csv_path).expect("written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let rows = csv_rows(&String::from_utf8(bytes).expect("UTF-8"));
    let header = &rows[0];
    assert_eq!(header.len(), 25);
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let mut figures = 0;
    for entry in std::fs::read_dir(reports.path()).expect("folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            figures += jiedu::report::open_file(&path)
                .expect("opens")
                .indicators
                .len();
        }
    }
    assert_eq!(rows.len() - 1, figures, "exactly one row a figure");
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len(), "{row:?}");
        let (value, quote) = (&row[col("value_text")], &row[col("quote")]);
        assert!(quote.contains(value.as_str()), "{value} not in {quote}");
        assert!(!row[col("region")].is_empty(), "{row:?}");
        if row[col("level")] == "national" {
            assert_eq!(row[col("region")], "全国");
        }
        assert!(!row[col("report")].is_empty() && !row[col("chapter")].is_empty());
    }
    // The GDP growth target of 四川省's plan year, keyed as the comparison keys it.
    let gdp = rows[1..].iter().find(|r| {
        r[col("report")] == "四川省.json"
            && r[col("indicator")] == "gdp_growth"
            && r[col("period")] == "plan"
    });
    let gdp = gdp.expect("四川省's GDP growth target");
    assert_eq!(gdp[col("region")], "四川省");
    assert_eq!(gdp[col("years")], gdp[col("year")]);
}

#[test]
fn a_report_that_does_not_open_is_named_and_the_others_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.json");
    std::fs::write(&good, jiedu::report::EMBEDDED_JSON).expect("write");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ not a report").expect("write");
    let csv = dir.path().join("out.csv");
    let out = jiedu(&[
        "dataset",
        good.to_str().expect("path"),
        bad.to_str().expect("path"),
        "--out",
        csv.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bad.json"),
        "{}",
        text(&out.stderr)
    );
    let rows = csv_rows(&std::fs::read_to_string(&csv).expect("written"));
    assert_eq!(rows.len() - 1, 118, "the built-in report's figures");
}

/// The label, value and qualifier of the GDP growth target in a corpus report's gold, labelled
/// by reading the text (`tests/fixtures/import-gold/`).
fn gold_gdp_target(name: &str) -> Option<(f64, Option<f64>, Option<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import-gold")
        .join(format!("{name}.json"));
    let gold: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).ok()?).expect("gold is JSON");
    let target = gold["targets"].as_array()?.iter().find(|t| {
        t["label"]
            .as_str()
            .is_some_and(|l| l.contains("生产总值") && l.contains("增长"))
    })?;
    Some((
        target["value"].as_f64()?,
        target["value_hi"].as_f64(),
        target["qualifier"].as_str().map(str::to_owned),
    ))
}

#[test]
fn the_targets_table_holds_every_corpus_report_s_gdp_target_as_the_gold_reads_it() {
    let texts = tempfile::tempdir().expect("temp dir");
    let Some(n) = corpus_folder(texts.path()) else {
        return;
    };
    let reports = tempfile::tempdir().expect("temp dir");
    let out_dir = reports.path().to_str().expect("path");
    jiedu(&[
        "import",
        texts.path().to_str().expect("path"),
        "--out-dir",
        out_dir,
    ]);
    let csv = reports.path().join("targets.csv");
    let out = jiedu(&[
        "dataset",
        out_dir,
        "--targets",
        "--out",
        csv.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows = csv_rows(&std::fs::read_to_string(&csv).expect("written"));
    let col = |name: &str| rows[0].iter().position(|h| h == name).expect(name);
    let gdp: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|r| r[col("indicator")] == "gdp_growth")
        .collect();
    assert_eq!(gdp.len(), n, "one GDP growth target a report");
    for row in gdp {
        let name = row[col("report")].trim_end_matches(".json");
        let (value, value_hi, qualifier) = gold_gdp_target(name).expect(name);
        assert_eq!(row[col("value")].parse::<f64>().ok(), Some(value), "{name}");
        assert_eq!(row[col("value_hi")].parse::<f64>().ok(), value_hi, "{name}");
        let written = Some(row[col("qualifier")].clone()).filter(|q| !q.is_empty());
        assert_eq!(written, qualifier, "{name}");
        assert!(
            row[col("quote")].contains(&row[col("value_text")]),
            "{name}"
        );
    }
}

#[test]
fn a_target_meets_the_next_year_s_result_with_its_gap() {
    // Invented for this test (not real reports): one province's reports of two years.
    let year = |y: i32, review: &str, plan: &str| {
        format!(
            "{y}年某某省政府工作报告\n——{y}年1月20日在某某省第十四届人民代表大会第{n}次会议上\n\
             某某省省长 张三\n各位代表：\n一、{p}年工作回顾\n{review}\n二、{y}年工作安排\n\
             今年主要预期目标是：{plan}\n",
            n = y - 2022,
            p = y - 1,
        )
    };
    let texts = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        texts.path().join("某某省2025.txt"),
        year(2025, "全省生产总值增长5.4%。", "地区生产总值增长5%左右。"),
    )
    .expect("write");
    std::fs::write(
        texts.path().join("某某省2026.txt"),
        year(2026, "全省生产总值增长5.2%。", "地区生产总值增长5%左右。"),
    )
    .expect("write");
    let reports = tempfile::tempdir().expect("temp dir");
    let out_dir = reports.path().to_str().expect("path");
    let out = jiedu(&[
        "import",
        texts.path().to_str().expect("path"),
        "--out-dir",
        out_dir,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = reports.path().join("targets.csv");
    jiedu(&[
        "dataset",
        out_dir,
        "--targets",
        "--out",
        csv.to_str().expect("path"),
    ]);
    let rows = csv_rows(&std::fs::read_to_string(&csv).expect("written"));
    let col = |name: &str| rows[0].iter().position(|h| h == name).expect(name);
    let planned_2025 = rows[1..]
        .iter()
        .find(|r| r[col("indicator")] == "gdp_growth" && r[col("year")] == "2025")
        .expect("the 2025 target");
    assert_eq!(planned_2025[col("value_text")], "5%左右");
    assert_eq!(planned_2025[col("result_report")], "某某省2026.json");
    assert_eq!(planned_2025[col("result_value_text")], "5.2%");
    assert_eq!(planned_2025[col("gap")], "+0.2");
    assert!(planned_2025[col("result_quote")].contains("5.2%"));
    // The 2026 target has no later report here: no result, no gap.
    let planned_2026 = rows[1..]
        .iter()
        .find(|r| r[col("indicator")] == "gdp_growth" && r[col("year")] == "2026")
        .expect("the 2026 target");
    assert_eq!(planned_2026[col("result_value_text")], "");
    assert_eq!(planned_2026[col("gap")], "");
}

#[test]
fn the_library_window_exports_the_library_as_the_same_tables() {
    use egui_kittest::kittest::Queryable;
    // Invented for this test (not a real report).
    const TEXT: &str = "2026年某某省政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第四次会议上\n某某省省长 张三\n各位代表：\n一、2025年工作回顾\n全省生产总值增长5.2%。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = crate::common::harness();
    harness.event(egui::Event::Paste(TEXT.to_owned()));
    crate::common::until_imported(&mut harness);
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报告库…").click();
    harness.run();
    let figures = dir.path().join("figures");
    harness.state_mut().comparison.dataset.0.dialog_answer = Some(figures.clone());
    harness.get_by_label("导出数据集…").click();
    for _ in 0..20 {
        harness.step();
    }
    let rows = csv_rows(&std::fs::read_to_string(figures.with_extension("csv")).expect("written"));
    let imported = harness.state().report().indicators.len();
    assert_eq!(
        rows.len() - 1,
        118 + imported,
        "the built-in report's figures and the import's"
    );
    harness.get_by_label_contains("已导出报告库中 2 份报告");
    let col = |name: &str| rows[0].iter().position(|h| h == name).expect(name);
    assert!(rows[1..].iter().any(|r| r[col("region")] == "某某省"));

    let targets = dir.path().join("targets");
    harness.state_mut().comparison.dataset.0.dialog_answer = Some(targets.clone());
    harness.get_by_label("导出目标表…").click();
    for _ in 0..20 {
        harness.step();
    }
    let rows = csv_rows(&std::fs::read_to_string(targets.with_extension("csv")).expect("written"));
    let col = |name: &str| rows[0].iter().position(|h| h == name).expect(name);
    assert!(
        rows[1..]
            .iter()
            .any(|r| r[col("region")] == "某某省" && r[col("value_text")] == "5%左右"),
        "{rows:?}"
    );
}
