//! The whole review of a real report, end to end, as the "done" asks: paste the text,
//! land in review mode, accept, correct (label and kind), reject, add a figure the importer
//! missed, undo one step, save, and reopen the file to find the same figures.

#![allow(clippy::expect_used)]

use crate::common::{corpus, harness, row_buttons, two_on_a_line, until_imported};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jiedu::Command;
use jiedu::report::{Kind, Review};
use jiedu::{OpenCommand, ReviewCommand};

#[test]
fn paste_review_save_and_reopen_a_real_report() {
    let Some(text) = corpus("国务院-2024.txt") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.event(egui::Event::Paste(text));
    until_imported(&mut harness);
    // Review mode, every figure waiting (as if the importer doubted them all): the reader
    // offers selection.
    crate::common::all_waiting(&mut harness);
    harness.get_by_label_contains("42 个数字需要核对");
    harness.get_by_label("审核中：在正文里拖选文字，可添加漏掉的数字或设为引文");
    harness.get_by_label("数据").click();
    harness.run();
    let rows: Vec<usize> = harness.state().doc.data_view.rows[..4]
        .iter()
        .map(|r| r.indicator)
        .collect();

    // Accept the first, reject the second.
    row_buttons(&harness, "确认")[0].click();
    harness.run();
    row_buttons(&harness, "剔除")[1].click();
    harness.run();

    // Correct the third (now second in the table): label and kind.
    let third = rows[2];
    let before = harness.state().report().indicators[third].clone();
    let place = harness
        .state()
        .doc
        .data_view
        .rows
        .iter()
        .position(|r| r.indicator == third)
        .expect("row");
    row_buttons(&harness, "编辑")[place].click();
    harness.run();
    crate::common::retype(&mut harness, "指标", "核对后的标签");
    let (kind_name, kind) = if before.kind == Kind::Target {
        ("增速", Kind::GrowthRate)
    } else {
        ("目标", Kind::Target)
    };
    crate::common::pick_kind(&mut harness, kind_name);
    harness.get_by_label("保存更正").click();
    harness.run();

    // Add a figure by selecting it in the text, then undo one step (a fourth figure accepted).
    harness.get_by_label("图表").click();
    harness.run();
    let (a, b) = two_on_a_line(&mut harness);
    crate::common::select_from_figure_to_figure(&mut harness, a, b);
    harness.get_by_label("添加为数字").click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::SetReview(
            rows[3],
            Review::Accepted,
        )));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();

    let report = harness.state().report().clone();
    assert_eq!(report.indicators.len(), 43, "42 found and one added");
    assert_eq!(report.indicators[rows[0]].review, Some(Review::Accepted));
    assert_eq!(report.indicators[rows[1]].review, Some(Review::Rejected));
    assert_eq!(report.indicators[third].label, "核对后的标签");
    assert_eq!(report.indicators[third].kind, kind);
    assert_eq!(report.indicators[third].review, Some(Review::Corrected));
    assert_eq!(
        report.indicators[rows[3]].review,
        Some(Review::Unreviewed),
        "undone"
    );
    assert_eq!(
        report.indicators[42].value_text,
        report.indicators[a].value_text
    );
    assert_eq!(jiedu::report::validate(&report), vec![]);

    // Save, reopen: the same figures, the same states.
    crate::common::save_report_as(&mut harness, dir.path().join("国务院审核"));
    let path = dir.path().join("国务院审核.json");
    let mut reopened = crate::common::harness();
    reopened
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path)));
    reopened.run();
    assert_eq!(reopened.state().report().indicators, report.indicators);
    reopened.get_by_label("数据").click();
    reopened.run();
    reopened.get_by_label_contains("39 个数字需要核对");
}
