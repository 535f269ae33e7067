//! Reviewing an imported report, as a user does: the count of figures to check, accept and
//! reject in the data table (buttons and the keys A and R), a rejected figure gone from table
//! and charts at once, undo and redo, and saving the report with its review so that it
//! reopens as it was left.

#![allow(clippy::expect_used)]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::report::Review;
use jiedu::{Command, JieduApp};
use jiedu::{OpenCommand, ReaderCommand, ReviewCommand};

fn imported() -> Option<Harness<'static, JieduApp>> {
    crate::common::imported_national()
}

/// The rows' review buttons (`mark` is 确认 or 剔除), top to bottom.
fn buttons<'a>(harness: &'a Harness<'_, JieduApp>, mark: &'a str) -> Vec<egui_kittest::Node<'a>> {
    let mut found: Vec<_> = harness.query_all_by_label(mark).collect();
    found.sort_by(|a, b| {
        let y =
            |n: &egui_kittest::Node<'_>| n.accesskit_node().bounding_box().map_or(0.0, |r| r.y0);
        y(a).total_cmp(&y(b))
    });
    found
}

/// The count of figures to check is shown (over the text and in the data tab).
fn to_check(harness: &Harness<'_, JieduApp>, n: usize) {
    let label = format!("{n} 个数字需要核对");
    assert!(
        harness.query_all_by_label(&label).next().is_some(),
        "{label} is not shown"
    );
}

fn review_of(harness: &Harness<'_, JieduApp>, indicator: usize) -> Option<Review> {
    harness.state().report().indicators[indicator].review
}

#[test]
fn accept_reject_undo_redo_and_the_count() {
    let Some(mut harness) = imported() else {
        return;
    };
    let total = harness.state().report().indicators.len();
    assert_eq!(total, 42);
    to_check(&harness, 42);
    let first = harness.state().doc.data_view.rows[0].indicator;
    let second = harness.state().doc.data_view.rows[1].indicator;

    buttons(&harness, "确认")[0].click();
    harness.run();
    assert_eq!(review_of(&harness, first), Some(Review::Accepted));
    to_check(&harness, 41);

    // Rejected: out of the table and of every chart at once.
    buttons(&harness, "剔除")[1].click();
    harness.run();
    assert_eq!(review_of(&harness, second), Some(Review::Rejected));
    assert!(
        harness
            .state()
            .doc
            .data_view
            .rows
            .iter()
            .all(|r| r.indicator != second)
    );
    let report = harness.state().report().clone();
    for (c, _) in report.charts.iter().enumerate() {
        if let Some(data) = jiedu::charts::data::ChartData::build(
            &report,
            c,
            jiedu::charts::data::SortOrder::Report,
        ) {
            assert!(data.bars.iter().all(|b| b.indicator != second), "chart {c}");
        }
    }
    to_check(&harness, 40);

    // Undo brings it back; redo rejects it again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(review_of(&harness, second), Some(Review::Unreviewed));
    assert!(
        harness
            .state()
            .doc
            .data_view
            .rows
            .iter()
            .any(|r| r.indicator == second)
    );
    harness.key_press_modifiers(
        Modifiers {
            shift: true,
            ..Modifiers::COMMAND
        },
        Key::Z,
    );
    harness.run();
    assert_eq!(review_of(&harness, second), Some(Review::Rejected));

    // The rejected ones can be listed, and only they.
    harness
        .get_by_role_and_label(Role::ComboBox, "审核")
        .click();
    harness.run();
    harness.get_by_label("已剔除").click();
    harness.run();
    let rows = &harness.state().doc.data_view.rows;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].indicator, second);
}

#[test]
fn the_keys_a_and_r_review_the_focused_row() {
    let Some(mut harness) = imported() else {
        return;
    };
    let third = harness.state().doc.data_view.rows[2].indicator;
    let label = harness.state().report().indicators[third].label.clone();
    harness
        .query_all_by_label(&label)
        .find(|n| n.accesskit_node().role() == Role::Row)
        .expect("the row")
        .focus();
    harness.run();
    harness.key_press(Key::A);
    harness.run();
    assert_eq!(review_of(&harness, third), Some(Review::Accepted));
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(review_of(&harness, third), Some(Review::Rejected));
}

#[test]
fn a_saved_review_reopens_as_it_was_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some(mut harness) = imported() else {
        return;
    };
    let first = harness.state().doc.data_view.rows[0].indicator;
    let second = harness.state().doc.data_view.rows[1].indicator;
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::SetReview(
            first,
            Review::Accepted,
        )));
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::SetReview(
            second,
            Review::Rejected,
        )));
    assert!(harness.state().unsaved_review());
    crate::common::save_report_as(&mut harness, dir.path().join("国务院"));
    let path = dir.path().join("国务院.json");
    assert!(path.is_file(), "saved with .json");
    assert!(!harness.state().unsaved_review());
    harness.get_by_label_contains("已保存到");

    let mut reopened = crate::common::harness();
    reopened
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path)));
    reopened.run();
    let r = reopened.state().report();
    assert_eq!(r.meta.title, "政府工作报告");
    assert_eq!(r.indicators[first].review, Some(Review::Accepted));
    assert_eq!(r.indicators[second].review, Some(Review::Rejected));
    reopened.get_by_label("数据").click();
    reopened.run();
    to_check(&reopened, 40);
}

#[test]
fn review_work_not_saved_is_asked_about_before_it_is_lost() {
    // Another report: held back, the question asked, the review still there.
    let Some((mut harness, first)) = asked_before_leaving() else {
        return;
    };
    assert_eq!(harness.state().report().meta.title, "政府工作报告");
    harness.get_by_label("取消").click();
    harness.run();
    assert!(harness.query_by_label("审核尚未保存").is_none());
    assert_eq!(harness.state().report().meta.title, "政府工作报告");
    assert_eq!(review_of(&harness, first), Some(Review::Accepted));

    // Closing the window: the close is cancelled and the same question asked.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let cancelled = harness.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::CancelClose))
    });
    assert!(cancelled, "the window stays open");
    drop(harness.try_run());
    harness.get_by_label("审核尚未保存");
    harness.get_by_label("取消").click();
    harness.run();

    // Discarding goes on with what was asked.
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenBuiltIn));
    harness.run();
    harness.get_by_label("放弃审核并继续").click();
    harness.run();
    assert_eq!(
        harness.state().report().meta.title,
        "解读上街区政府工作报告"
    );
}

/// An imported report with its first figure accepted (not saved), and the built-in report
/// asked for: the unsaved-work question is up. Returns the figure.
fn asked_before_leaving() -> Option<(Harness<'static, JieduApp>, usize)> {
    let mut harness = imported()?;
    let first = harness.state().doc.data_view.rows[0].indicator;
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::SetReview(
            first,
            Review::Accepted,
        )));
    harness.run();
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenBuiltIn));
    harness.run();
    harness.get_by_label("审核尚未保存");
    Some((harness, first))
}

#[test]
fn saving_from_the_question_then_does_what_was_asked() {
    let Some((mut harness, first)) = asked_before_leaving() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    // 保存为报告… in the question: saved where the dialog says, then the other report opens.
    harness.state_mut().save_report.dialog_answer = Some(dir.path().join("reviewed"));
    harness.get_by_label("保存为报告…").click();
    for _ in 0..20 {
        harness.step();
    }
    drop(harness.try_run());
    let saved = jiedu::report::open_file(&dir.path().join("reviewed.json")).expect("saved");
    assert_eq!(saved.indicators[first].review, Some(Review::Accepted));
    assert_eq!(
        harness.state().report().meta.title,
        "解读上街区政府工作报告",
        "what was asked goes ahead once the review is saved"
    );

    // Cancelled in the dialog: nothing saved, nothing done, the review still open.
    let Some((mut harness, first)) = asked_before_leaving() else {
        return;
    };
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::SaveReviewThenGoOn));
    harness.state_mut().happened(jiedu::Event::DialogClosed(
        jiedu::Dialog::SaveReport,
        jiedu::DialogAnswer::Cancelled,
    ));
    harness.run();
    assert_eq!(harness.state().report().meta.title, "政府工作报告");
    assert_eq!(review_of(&harness, first), Some(Review::Accepted));
}

/// Pixels of the unchecked figures' orange underline in the text column.
fn orange_in_text(harness: &mut Harness<'_, JieduApp>) -> usize {
    let image = harness.render().expect("renders");
    let (left, right) = (crate::common::NAVIGATOR_RIGHT as u32 + 10, 740);
    (0..image.height())
        .flat_map(|y| (left..right).map(move |x| (x, y)))
        .filter(|&(x, y)| image.get_pixel(x, y).0[..3] == [0xD5, 0x5E, 0x00])
        .count()
}

#[test]
fn figures_not_yet_checked_are_underlined_in_the_text() {
    let Some(mut harness) = imported() else {
        return;
    };
    harness.get_by_label("图表").click();
    let place = *harness
        .state()
        .doc
        .figures
        .iter()
        .filter(|(_, spans)| spans.len() >= 3)
        .map(|(place, _)| place)
        .min()
        .expect("a section with figures");
    harness
        .state_mut()
        .apply(Command::Reader(ReaderCommand::GoTo(place)));
    harness.run();
    assert!(
        orange_in_text(&mut harness) > 50,
        "unchecked figures are underlined"
    );
    let all = harness.state().report().indicators.len();
    for i in 0..all {
        harness
            .state_mut()
            .apply(Command::Review(ReviewCommand::SetReview(
                i,
                Review::Accepted,
            )));
    }
    harness.run();
    assert_eq!(orange_in_text(&mut harness), 0, "checked figures are not");
}

#[test]
fn a_clicked_row_keeps_the_keyboard_for_a_r_and_the_arrows() {
    let Some(mut harness) = imported() else {
        return;
    };
    let rows: Vec<usize> = harness.state().doc.data_view.rows[..3]
        .iter()
        .map(|r| r.indicator)
        .collect();
    let label = harness.state().report().indicators[rows[0]].label.clone();
    harness
        .query_all_by_label(&label)
        .find(|n| n.accesskit_node().role() == Role::Row)
        .expect("the row")
        .click();
    harness.run();
    harness.key_press(Key::A);
    harness.run();
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(review_of(&harness, rows[0]), Some(Review::Accepted));
    assert_eq!(review_of(&harness, rows[1]), Some(Review::Rejected));
    // The rejected row left the list; the focus is on the row that took its place.
    harness.key_press(Key::A);
    harness.run();
    assert_eq!(review_of(&harness, rows[2]), Some(Review::Accepted));
}
