//! Opening other reports in the app: the fixture opens (menu, drop, dialog, recent list, back
//! to the built-in report); every kind of bad file gives its message in a dialog, and the
//! report that was open stays open.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};

use crate::common::{drop_file, harness};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiedu::open::state::ReportOrigin;
use jiedu::{Command, DialogAnswer, JieduApp};
use jiedu::{OpenCommand, ReaderCommand, SearchCommand, TableCommand};

const FIXTURE: &str = include_str!("../fixtures/sample-report.json");
const BUILT_IN_TITLE: &str = "解读上街区政府工作报告";

fn fixture_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    edit(&mut v);
    v.to_string().into_bytes()
}

fn open(harness: &mut Harness<'_, JieduApp>, path: &Path) {
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path.to_path_buf())));
    harness.run();
}

fn title(harness: &Harness<'_, JieduApp>) -> String {
    harness.state().report().meta.title.clone()
}

/// Opens `path`, expects the error dialog with `says` in it and the built-in report still
/// open, then closes the dialog with 好.
fn assert_refused(harness: &mut Harness<'_, JieduApp>, path: &Path, says: &str) {
    open(harness, path);
    let failure = harness
        .state()
        .opening
        .failure
        .clone()
        .unwrap_or_else(|| panic!("{} opened", path.display()));
    assert!(
        failure.message.contains(says),
        "{}: {}",
        path.display(),
        failure.message
    );
    harness.get_by_label("无法打开报告");
    harness.get_by_label_contains(says);
    harness.get_by_label("当前打开的报告保持不变。");
    assert_eq!(title(harness), BUILT_IN_TITLE, "the open report changed");
    assert_eq!(harness.state().opening.origin, ReportOrigin::BuiltIn);
    harness.get_by_label("好").click();
    harness.run();
    assert!(harness.state().opening.failure.is_none());
    assert!(harness.query_by_label("无法打开报告").is_none());
}

#[test]
fn every_bad_file_is_explained_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        path
    };
    let cases: Vec<(PathBuf, &str)> = vec![
        (
            write("not-json.json", b"<html>not a report</html>"),
            "第 1 行第 1 列",
        ),
        (
            write("latin1.json", b"{\"meta\": \"Caf\xe9\"}"),
            "不是 UTF-8",
        ),
        (
            write("truncated.json", &FIXTURE.as_bytes()[..FIXTURE.len() / 3]),
            "文件在这里意外结束",
        ),
        (
            write(
                "wrong-type.json",
                &fixture_with(|v| v["indicators"][0]["value"] = "五".into()),
            ),
            "indicators[0].value",
        ),
        (
            write(
                "missing.json",
                &fixture_with(|v| {
                    v.as_object_mut().expect("object").remove("chapters");
                }),
            ),
            "缺少必需的字段“chapters”",
        ),
        (
            write(
                "unknown.json",
                &fixture_with(|v| v["meta"]["auther"] = "x".into()),
            ),
            "格式里没有字段“auther”",
        ),
        (
            write(
                "duplicate.json",
                &fixture_with(|v| v["indicators"][1]["id"] = "gdp_growth".into()),
            ),
            "id “gdp_growth” 重复",
        ),
        (
            write(
                "dangling.json",
                &fixture_with(|v| v["charts"][0]["indicators"][0] = "nope".into()),
            ),
            "未知的指标 id “nope”",
        ),
        (
            write(
                "quote.json",
                &fixture_with(|v| v["indicators"][2]["quote"] = "新建公园9个".into()),
            ),
            "不是小节",
        ),
        (
            write(
                "huge-number.json",
                FIXTURE
                    .replace("\"value\": 1200", "\"value\": 1e999")
                    .as_bytes(),
            ),
            "无效的数字",
        ),
        (write("empty.json", b""), "文件是空的"),
        (
            write(
                "no-chapters.json",
                br#"{"format_version":1,"meta":{"title":"x"},"chapters":[]}"#,
            ),
            "没有任何章节",
        ),
        (write("deep.json", "[".repeat(5000).as_bytes()), "嵌套过深"),
        (dir.path().to_path_buf(), "是文件夹"),
        (dir.path().join("does-not-exist.json"), "无法读取"),
    ];
    let big = dir.path().join("big.json");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("100 MB sparse file");
    let mut harness = harness();
    for (path, says) in cases
        .iter()
        .map(|(p, s)| (p.as_path(), *s))
        .chain([(big.as_path(), "文件过大")])
    {
        assert_refused(&mut harness, path, says);
    }
    // After all that, the built-in report still works: its TOC is there.
    crate::common::toc(&harness, "总体情况");
}

#[test]
fn all_problems_are_listed_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("two.json");
    std::fs::write(
        &path,
        fixture_with(|v| {
            v["indicators"][1]["id"] = "gdp_growth".into();
            v["charts"][1]["indicators"][0] = "ghost".into();
        }),
    )
    .expect("write");
    let mut harness = harness();
    open(&mut harness, &path);
    let message = crate::common::open_failure(&harness);
    // The renamed id also leaves chart 0 pointing at an id that no longer exists: three.
    assert!(message.starts_with("报告有 3 处问题"), "{message}");
    for path in [
        "indicators[1].id",
        "charts[0].indicators[1]",
        "charts[1].indicators[0]",
    ] {
        assert!(message.contains(path), "{path} missing: {message}");
    }
}

#[test]
fn a_report_broken_only_in_its_figures_opens_anyway_with_them_marked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("figures.json");
    std::fs::write(
        &path,
        fixture_with(|v| v["indicators"][2]["quote"] = "新建公园9个".into()),
    )
    .expect("write");
    let mut harness = harness();
    open(&mut harness, &path);
    harness.get_by_label("无法打开报告");
    harness.get_by_label("仍然打开").click();
    harness.run();
    assert!(harness.state().opening.failure.is_none());
    assert_eq!(title(&harness), "示例区政府工作报告（测试样例）");
    let figure = &harness.state().report().indicators[2];
    assert_eq!(figure.review, Some(jiedu::report::Review::Unreviewed));
    assert!(!figure.charted(), "left out of charts");
    harness.get_by_label("已打开；1 个有问题的数字标为待确认，不进图表");
    harness.get_by_label("数据").click();
    harness.run();
    harness.get_by_label_contains("1 个数字需要核对");

    // A structural problem offers no such way.
    let chapters = dir.path().join("no-chapters.json");
    std::fs::write(
        &chapters,
        br#"{"format_version":1,"meta":{"title":"x"},"chapters":[]}"#,
    )
    .expect("write");
    open(&mut harness, &chapters);
    harness.get_by_label("无法打开报告");
    assert!(harness.query_by_label("仍然打开").is_none());
}

#[test]
fn the_fixture_opens_and_the_built_in_report_comes_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sample.json");
    std::fs::write(&path, FIXTURE).expect("write");
    let mut harness = harness();
    open(&mut harness, &path);
    assert_eq!(title(&harness), "示例区政府工作报告（测试样例）");
    assert_eq!(
        harness.state().opening.origin,
        ReportOrigin::File(path.clone())
    );
    harness.get_by_label("经济运行");
    assert!(
        harness.query_by_label("总体情况").is_none(),
        "the old TOC is gone"
    );
    assert_eq!(harness.state().settings.recent_files, vec![path.clone()]);
    // The chart panel shows the new report's charts.
    assert_eq!(
        harness
            .state()
            .doc
            .charts
            .all(harness.state().report())
            .count(),
        2
    );

    // Back to the built-in report from the 文件 menu.
    harness.get_by_label("文件").click();
    harness.run();
    harness
        .get_by_label("内置报告：解读上街区政府工作报告")
        .click();
    harness.run();
    assert_eq!(title(&harness), BUILT_IN_TITLE);
    crate::common::toc(&harness, "总体情况");

    // And again from the recent list.
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("sample.json").click();
    harness.run();
    assert_eq!(title(&harness), "示例区政府工作报告（测试样例）");
}

#[test]
fn ctrl_o_opens_what_the_dialog_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sample.json");
    std::fs::write(&path, FIXTURE).expect("write");
    let mut harness = harness();
    harness.state_mut().opening.dialog_answer = Some(path);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    assert_eq!(title(&harness), "示例区政府工作报告（测试样例）");
}

#[test]
fn a_file_dropped_on_the_window_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sample.json");
    std::fs::write(&path, FIXTURE).expect("write");
    let mut harness = harness();
    drop_file(&mut harness, &path);
    harness.run();
    assert_eq!(title(&harness), "示例区政府工作报告（测试样例）");
}

#[test]
fn another_report_starts_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sample.json");
    std::fs::write(&path, FIXTURE).expect("write");
    let mut harness = harness();
    // Traces of use on the built-in report: a search with its hit shown, a chart of two ticked
    // rows, a figure's details open.
    harness
        .state_mut()
        .apply(Command::Search(SearchCommand::SetQuery("投资".to_owned())));
    harness
        .state_mut()
        .apply(Command::Search(SearchCommand::OpenHit(0)));
    let percent: Vec<usize> = harness
        .state()
        .report()
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| i.value.is_some() && i.unit.as_deref() == Some("%"))
        .map(|(n, _)| n)
        .take(2)
        .collect();
    for &row in &percent {
        harness
            .state_mut()
            .apply(Command::Table(TableCommand::ToggleRow(row)));
    }
    harness
        .state_mut()
        .apply(Command::Table(TableCommand::ChartTicked));
    harness.run();
    let before = &harness.state().doc;
    assert!(before.nav.highlight.is_some() && !before.search.hits.is_empty());
    assert_eq!(before.charts.custom.len(), 1);
    harness.get_by_label("自选图表 1");

    open(&mut harness, &path);
    let doc = &harness.state().doc;
    assert_eq!(doc.search.query, "");
    assert!(doc.search.hits.is_empty());
    assert!(doc.nav.highlight.is_none());
    assert!(doc.charts.custom.is_empty());
    assert!(doc.data_view.ticked.is_empty());
    assert_eq!(doc.popup, None);
    assert!(
        harness.query_by_label("自选图表 1").is_none(),
        "the custom chart of the old report is not offered"
    );
}

#[test]
fn no_open_dialog_says_so_and_keeps_the_report() {
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Reader(ReaderCommand::NextSection));
    let place = harness.state().doc.nav.current;
    // What the open dialog's thread answers when no dialog could be shown; it reaches the
    // app as an event, like every answer of a dialog.
    harness.state_mut().happened(jiedu::Event::DialogClosed(
        jiedu::Dialog::Open,
        DialogAnswer::Unavailable,
    ));
    harness.run();
    assert!(
        crate::common::open_failure(&harness).contains("无法显示打开文件的对话框"),
        "{}",
        crate::common::open_failure(&harness)
    );
    assert_eq!(title(&harness), BUILT_IN_TITLE);
    assert_eq!(harness.state().doc.nav.current, place);
}
