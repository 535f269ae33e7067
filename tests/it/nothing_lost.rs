//! Nothing the user has is lost or hidden (issue #31), met as a user meets it: two reports of
//! the same title both stay in the library, a title set there stays, a data folder that cannot
//! be written is said (the library, the review's autosave, the settings), and the question
//! before leaving a restored review counts all that would be lost.

#![allow(clippy::expect_used)]

use crate::common::{corpus, harness, retype, until_imported};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiedu::compare::library::Library;
use jiedu::report::{Report, Review};
use jiedu::review::autosave::Autosave;
use jiedu::{Command, JieduApp};
use jiedu::{ExportCommand, LibraryCommand, ReviewCommand, WindowCommand};

/// Invented for these tests (not real reports): two provinces' reports titled as many are.
fn text(province: &str, growth: &str) -> String {
    format!(
        "政府工作报告\n——2026年1月20日在{province}第十四届人民代表大会第四次会议上\n{province}省长 张三\n\
         各位代表：\n一、2025年工作回顾\n全省生产总值增长{growth}。\n二、2026年工作安排\n\
         今年主要预期目标是：地区生产总值增长5%左右。\n"
    )
}

fn paste(harness: &mut Harness<'_, JieduApp>, text: String) {
    harness.event(egui::Event::Paste(text));
    until_imported(harness);
}

fn open_library(harness: &mut Harness<'_, JieduApp>) {
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报告库…").click();
    harness.run();
}

/// A folder that cannot be made, whoever runs the test (root too): it is under a file.
fn unwritable(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let blocker = dir.path().join("a-file-not-a-folder");
    std::fs::write(&blocker, b"x").expect("file");
    blocker.join("data")
}

#[test]
fn two_reports_of_the_same_title_both_stay_in_the_library() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    let library = Library::at(Some(dir.path().to_path_buf()), None);
    harness.state_mut().comparison.library = library;
    paste(&mut harness, text("甲省", "5.2%"));
    paste(&mut harness, text("乙省", "6.1%"));
    open_library(&mut harness);
    let regions: Vec<String> = harness
        .query_all_by_role_and_label(Role::TextInput, "“政府工作报告”的地区")
        .filter_map(|n| n.value())
        .collect();
    assert_eq!(regions, ["甲省", "乙省"], "both kept, neither replaced");
    // Each opens as itself, also in a new session (from the kept copies).
    let mut again = Library::at(Some(dir.path().to_path_buf()), None);
    let keys: Vec<String> = again.entries().iter().map(|e| e.key.clone()).collect();
    let speakers: Vec<String> = keys
        .iter()
        .map(|k| again.report(k).expect("opens").meta.speaker.clone())
        .collect();
    assert_eq!(speakers.len(), 2, "{speakers:?}");
    assert!(
        speakers[0].contains("甲省") && speakers[1].contains("乙省"),
        "{speakers:?}"
    );
}

#[test]
fn a_title_set_in_the_library_is_the_one_the_report_opens_with() {
    let mut harness = harness();
    paste(&mut harness, text("甲省", "5.2%"));
    open_library(&mut harness);
    retype(
        &mut harness,
        "“政府工作报告”的标题",
        "2026年甲省政府工作报告",
    );
    let entry = harness
        .state()
        .comparison
        .library
        .entries()
        .last()
        .expect("the report")
        .clone();
    assert_eq!(entry.title, "2026年甲省政府工作报告");
    harness
        .state_mut()
        .apply(Command::Library(LibraryCommand::OpenFromLibrary(
            entry.key.clone(),
            None,
        )));
    harness.run();
    assert_eq!(
        harness.state().report().meta.title,
        "2026年甲省政府工作报告"
    );
    // Pasted again (the same report), the title the user gave stays.
    paste(&mut harness, text("甲省", "5.2%"));
    let titles: Vec<String> = harness
        .state()
        .comparison
        .library
        .entries()
        .iter()
        .map(|e| e.title.clone())
        .collect();
    assert_eq!(titles[1..], ["2026年甲省政府工作报告"]);
    // The built-in report's title is not a field.
    assert!(
        harness
            .query_all_by_role_and_label(Role::TextInput, "“解读上街区政府工作报告”的标题")
            .next()
            .is_none()
    );
}

#[test]
fn a_library_that_cannot_be_written_is_said_not_only_logged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.state_mut().comparison.library = Library::at(Some(unwritable(&dir)), None);
    paste(&mut harness, text("甲省", "5.2%"));
    // What was not kept, and where.
    let notice = harness.get_by_label_contains("报告库没能保存这次的改动");
    assert!(
        format!("{notice:?}").contains("a-file-not-a-folder"),
        "{notice:?}"
    );
    // The report is open all the same.
    assert_eq!(harness.state().report().meta.title, "政府工作报告");
}

#[test]
fn an_autosave_that_cannot_be_written_tells_the_user_to_save_the_review() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    paste(&mut harness, text("甲省", "5.2%"));
    harness.state_mut().autosave =
        Autosave::at(Some(unwritable(&dir).join("review-autosave.json")));
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::SetReview(
            0,
            Review::Rejected,
        )));
    // The autosave writes on its own thread; its failure comes back in a later frame.
    let said = (0..300).any(|_| {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness
            .query_by_label_contains("审核没能自动保存")
            .is_some()
    });
    assert!(said, "the failed autosave is said");
    harness.get_by_label_contains("保存为报告…");
}

#[test]
fn settings_that_cannot_be_written_are_said_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.state_mut().settings_file.path =
        Some(unwritable(&dir).join(jiedu::settings::FILE_NAME));
    harness.state_mut().store_settings();
    harness.run();
    harness.get_by_label_contains("设置没能保存");
    // Closed, it does not come back at every later try.
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::DismissNotice));
    harness.state_mut().store_settings();
    harness.run();
    assert!(harness.query_by_label_contains("设置没能保存").is_none());
    // A folder that can be written keeps them.
    let good = dir.path().join("good").join(jiedu::settings::FILE_NAME);
    harness.state_mut().settings_file.path = Some(good.clone());
    harness.state_mut().settings.text_scale = 1.4;
    harness.state_mut().store_settings();
    let kept = jiedu::settings::Settings::load(Some(&good), None);
    assert!((kept.text_scale - 1.4).abs() < 1e-6);
}

#[test]
fn the_close_question_after_a_restore_counts_all_that_would_be_lost() {
    let Some(national) = corpus("国务院-2024.txt") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let kept = dir.path().join("review-autosave.json");
    // The last session decided on 7 figures and crashed.
    let mut report: Report = jiedu_import::import_text(&national).expect("imports");
    for indicator in &mut report.indicators[..7] {
        indicator.review = Some(Review::Accepted);
    }
    std::fs::write(&kept, serde_json::to_vec(&report).expect("json")).expect("autosave");
    let mut harness = crate::common::after_a_crash(&kept);
    harness.get_by_label("恢复这份审核").click();
    harness.run();
    // One more step here, then the window is closed.
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::SetReview(
            10,
            Review::Rejected,
        )));
    harness
        .state_mut()
        .apply(Command::Window(WindowCommand::CloseWindow));
    harness.run();
    let question = format!("{:?}", harness.get_by_label_contains("还没有保存"));
    assert!(question.contains("共 8 个数字已审核"), "{question}");
    assert!(!question.contains("1 步"), "{question}");
    assert!(question.contains("全部丢失"), "{question}");
}
