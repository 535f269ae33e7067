//! Importing a report's plain text in the app, as a user does: pasted into the window, chosen
//! with 文件 → 导入文本… (Ctrl+I), dropped on the window, or named on the command line; the
//! encoding shown and switched; a text that does not import leaves the open report open.

#![allow(clippy::expect_used)]

use crate::common::{corpus, drop_file, harness, open_failure, until_imported};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiedu::open::imported::ImportSource;
use jiedu::open::state::ReportOrigin;
use jiedu::{Command, JieduApp};
use jiedu::{OpenCommand, ReaderCommand};

const BUILT_IN_TITLE: &str = "解读上街区政府工作报告";

fn title(harness: &Harness<'_, JieduApp>) -> String {
    harness.state().report().meta.title.clone()
}

#[test]
fn pasted_text_becomes_a_report_with_charts() {
    let Some(text) = corpus("江苏省.txt") else {
        return;
    };
    let mut harness = harness();
    harness.event(egui::Event::Paste(text));
    until_imported(&mut harness);
    assert_eq!(title(&harness), "2026年江苏省政府工作报告");
    assert_eq!(
        harness.state().opening.origin,
        ReportOrigin::Imported(ImportSource::Pasted)
    );
    // What the importer found, said over the text; the figures are there to check.
    harness
        .get_by_label_contains("已从 粘贴的文本 导入：4 章，147 个数字，6 个图表；按 UTF-8 读取");
    assert!(!harness.state().report().charts.is_empty());
    assert!(
        harness.state().doc.charts.data.is_some(),
        "a chart is shown"
    );
}

#[test]
fn ctrl_i_imports_the_text_file_the_dialog_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("国务院-2024.txt");
    let Some(text) = corpus("国务院-2024.txt") else {
        return;
    };
    std::fs::write(&path, text).expect("write");
    let mut harness = harness();
    harness.state_mut().opening.dialog_answer = Some(path.clone());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    until_imported(&mut harness);
    assert_eq!(title(&harness), "政府工作报告");
    assert_eq!(
        harness.state().opening.origin,
        ReportOrigin::Imported(ImportSource::File(path.clone()))
    );
    assert_eq!(harness.state().settings.recent_files, vec![path]);
}

#[test]
fn the_file_menu_offers_the_import() {
    let mut harness = harness();
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("导入文本…").click();
    harness.run();
    // The dialog is asked for (its answer is the subject of the test above).
    assert!(harness.state().opening.dialog.is_some() || harness.state().opening.failure.is_some());
}

#[test]
fn a_text_file_dropped_or_named_on_the_command_line_is_imported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("江苏省.txt");
    let Some(text) = corpus("江苏省.txt") else {
        return;
    };
    std::fs::write(&path, text).expect("write");
    let mut harness = harness();
    drop_file(&mut harness, &path);
    until_imported(&mut harness);
    assert_eq!(title(&harness), "2026年江苏省政府工作报告");

    // `jiedu 江苏省.txt` opens the window with that path, the same way.
    let mut harness = crate::common::harness();
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path)));
    until_imported(&mut harness);
    assert_eq!(title(&harness), "2026年江苏省政府工作报告");
}

#[test]
fn a_gb18030_file_is_read_as_such_and_can_be_read_again_as_utf8() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("gbk.txt");
    let Some(text) = corpus("国务院-2024.txt") else {
        return;
    };
    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
    std::fs::write(&path, &bytes).expect("write");
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path)));
    until_imported(&mut harness);
    assert_eq!(title(&harness), "政府工作报告");
    harness.get_by_label_contains("按 GB18030 读取");
    // Read again as UTF-8: these bytes are not UTF-8, which is said; the report stays.
    harness.get_by_label("按 UTF-8 重新读取").click();
    until_imported(&mut harness);
    assert!(
        open_failure(&harness).contains("这些字节不是有效的 UTF-8 文本"),
        "{}",
        open_failure(&harness)
    );
    assert_eq!(title(&harness), "政府工作报告");
}

#[test]
fn a_text_that_does_not_import_leaves_the_open_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("picture.txt");
    std::fs::write(&path, include_bytes!("../../assets/window-icon.png")).expect("write");
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Reader(ReaderCommand::NextSection));
    let place = harness.state().doc.nav.current;
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path)));
    until_imported(&mut harness);
    assert!(
        open_failure(&harness).contains("这不是纯文本"),
        "{}",
        open_failure(&harness)
    );
    assert_eq!(title(&harness), BUILT_IN_TITLE);
    assert_eq!(harness.state().doc.nav.current, place);
}

#[test]
fn a_link_box_before_the_last_chapter_keeps_the_chapter_and_is_named() {
    // A related-links caption pasted with the page, alone on its line before the last chapter.
    let Some(text) = corpus("江苏省.txt") else {
        return;
    };
    let at = text
        .find("三、2026年重点工作")
        .expect("the corpus's last chapter");
    let text = format!("{}相关报道：\n{}", &text[..at], &text[at..]);
    let mut harness = harness();
    harness.event(egui::Event::Paste(text));
    until_imported(&mut harness);
    let report = harness.state().report();
    assert_eq!(report.chapters.len(), 4, "the last chapter is kept");
    assert!(report.chapters[3].title.starts_with("三、2026年重点工作"));
    assert!(
        !report.chapters[2]
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .any(|p| p.contains("相关报道")),
        "the caption is no paragraph"
    );
    // The caption and the footer at the text's end (another 相关报道：) are both said.
    harness.get_by_label_contains(
        "略去了页面末尾 5 字：相关报道：…；略去了正文中单独成行的链接框标题 1 处：相关报道：",
    );
}

#[test]
fn a_saved_portal_page_in_gb2312_imports_its_article_and_says_it_was_a_web_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some(text) = corpus("福建省.txt") else {
        return;
    };
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let heading = lines.next().expect("a title line").to_owned();
    let paragraphs: String = lines.flat_map(|l| ["<p>", l, "</p>\n"]).collect();
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>{heading}_门户网站</title>\
         </head><body><div class=\"nav\">首页 政务公开 互动交流</div>\
         <div class=\"article\"><h1>{heading}</h1>{paragraphs}</div>\
         <div class=\"footer\">网站标识码 扫一扫在手机打开当前页</div></body></html>"
    );
    let (bytes, _, _) = encoding_rs::GB18030.encode(&page);
    let path = dir.path().join("福建省政府工作报告.html");
    std::fs::write(&path, &bytes).expect("write");
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path)));
    until_imported(&mut harness);
    let plain = jiedu_import::import_text(&text).expect("the text imports");
    assert_eq!(
        title(&harness),
        plain.meta.title,
        "the article's title, as the text's, not the navigation"
    );
    harness.get_by_label_contains("按 网页，GB18030 读取");
    let report = harness.state().report();
    assert!(report.indicators.len() > 100, "{}", report.indicators.len());
    let first = &report.chapters[0].sections[0].paragraphs;
    assert!(
        first
            .iter()
            .all(|p| !p.contains("政务公开") && !p.contains("网站标识码")),
        "{first:?}"
    );
}

/// A PDF of the corpus, as LibreOffice prints a report (the importer's fixture).
fn pdf_fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/import/tests/fixtures/pdf")
        .join(name)
}

#[test]
fn a_pdf_dropped_on_the_window_imports_its_text_and_a_scan_says_it_is_one() {
    let mut harness = harness();
    drop_file(&mut harness, &pdf_fixture("浙江省.pdf"));
    until_imported(&mut harness);
    assert_eq!(title(&harness), "2026年浙江省政府工作报告");
    harness.get_by_label_contains("按 PDF 文字层 读取");
    assert!(
        harness
            .query_all_by_label_contains("重新读取")
            .next()
            .is_none(),
        "a PDF is not read again in another encoding"
    );
    let report = harness.state().report();
    assert!(report.indicators.len() > 100, "{}", report.indicators.len());

    drop_file(&mut harness, &pdf_fixture("scanned.pdf"));
    until_imported(&mut harness);
    let said = open_failure(&harness);
    assert!(
        said.contains("扫描件") && said.contains("scanned.pdf"),
        "{said}"
    );
    assert_eq!(
        title(&harness),
        "2026年浙江省政府工作报告",
        "the open report stays"
    );
}

/// Frames until the folder import is done (it runs on its own thread).
fn until_folder_imported(harness: &mut Harness<'_, JieduApp>) {
    crate::common::until_done(
        harness,
        600,
        |app| app.opening.folder.is_some(),
        "the folder import",
    );
}

#[test]
fn a_folder_imported_from_the_file_menu_joins_the_library_and_names_what_failed() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["浙江省.txt", "国务院-2024.txt", "福建省.txt"] {
        let Some(text) = corpus(name) else {
            return;
        };
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    // One that is no text (a picture named .txt), and a file that is not a report at all.
    std::fs::write(dir.path().join("扫描件.txt"), b"\x89PNG\r\n\x1a\n0000").expect("write");
    std::fs::write(dir.path().join("说明.json"), b"{}").expect("write");
    let mut harness = harness();
    let before = harness.state().comparison.library.entries().len();
    harness.state_mut().opening.dialog_answer = Some(dir.path().to_path_buf());
    // 文件 → 导入文件夹…, as a user does.
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("导入文件夹…").click();
    until_folder_imported(&mut harness);
    let app = harness.state();
    assert_eq!(app.comparison.library.entries().len(), before + 3);
    let notice = app.export.notice.as_ref().expect("a notice").text.clone();
    assert!(notice.contains("3 份报告加入报告库"), "{notice}");
    assert!(notice.contains("未能导入：扫描件.txt"), "{notice}");
    assert!(!notice.contains("说明.json"), "{notice}");
    // The library opens on them.
    assert!(app.comparison.open);
    assert!(
        harness
            .query_all_by_label_contains("2026年浙江省政府工作报告")
            .count()
            > 0
    );
}

#[test]
fn a_folder_import_can_be_cancelled_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some(text) = corpus("国务院-2024.txt") else {
        return;
    };
    for i in 0..80 {
        std::fs::write(dir.path().join(format!("{i:02}.txt")), &text).expect("write");
    }
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::ImportFolder(
            dir.path().to_path_buf(),
        )));
    // Cancelled once a few are in, as a user who sees it running.
    for _ in 0..500 {
        harness.step();
        if harness
            .state()
            .opening
            .folder
            .as_ref()
            .is_some_and(|j| j.done >= 3)
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    harness.get_by_label("取消导入").click();
    until_folder_imported(&mut harness);
    let notice = harness
        .state()
        .export
        .notice
        .as_ref()
        .expect("a notice")
        .text
        .clone();
    assert!(notice.contains("已取消"), "{notice}");
    // Eighty copies of one report are one entry of the library, and the notice says so.
    assert!(notice.contains("1 份报告加入报告库（另有"), "{notice}");
}
