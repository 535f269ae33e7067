//! An imported report is usable at once (#26), as a user meets it: the chart panel draws the
//! figures the importer is sure of as soon as the report opens; the counter says how many
//! figures need a look and leads to them; the review list shows only those, each with why; a
//! decrease is drawn left of zero, its word kept in its label.

#![allow(clippy::expect_used)]

use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{bar_rect, corpus, harness_sized, until_imported};
use jiedu::report::{Direction, Review};

/// The number a label such as `18 个数字需要核对` opens with.
fn leading_number(label: &str) -> usize {
    label
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number first")
}

/// 福建省 pasted into a window of 1280×800 (none without the corpus, outside CI).
fn fujian() -> Option<egui_kittest::Harness<'static, jiedu::JieduApp>> {
    let text = corpus("福建省.txt")?;
    let mut harness = harness_sized(1280.0, 800.0);
    harness.event(egui::Event::Paste(text));
    until_imported(&mut harness);
    harness.run();
    Some(harness)
}

#[test]
fn an_import_charts_at_once_and_opens_the_review_on_the_doubtful_few() {
    let Some(mut harness) = fujian() else {
        return;
    };
    // Charts at once: the first chart shows its bars before anyone has checked a figure.
    let bars = harness.state().doc.drawn.bar_rects.len();
    assert!(bars >= 2, "{bars} bars drawn right after the import");
    // The counter counts the doubtful figures: some, and far fewer than all.
    let counter = harness.get_by_label_contains("个数字需要核对");
    let label = counter.accesskit_node().label().expect("a label");
    let n = leading_number(&label);
    let total = harness.state().report().indicators.len();
    assert!(n > 0 && n * 3 < total, "{n} of {total} wait");
    // It leads to them: the data table, showing just those, each with its state and doubt.
    counter.click();
    harness.run();
    harness.get_by_label_contains(&format!("显示 {n} / {total} 个指标"));
    let marked = harness.query_all_by_label_contains("⚠ 待确认").count();
    assert!(marked > 0, "the rows say they wait, with a doubt");
    let report = harness.state().report();
    let doubtful = report
        .indicators
        .iter()
        .filter(|i| i.review == Some(Review::Unreviewed))
        .count();
    assert_eq!(doubtful, n, "the counter counts what waits");
    assert!(
        report
            .indicators
            .iter()
            .filter(|i| i.review == Some(Review::Unreviewed))
            .all(|i| i.doubt.as_deref().is_some_and(|d| !d.is_empty())),
        "every figure that waits says why"
    );
    // Accepting everything shown is one step, and one undo takes it back.
    harness.get_by_label(&format!("确认显示的 {n} 个")).click();
    harness.run();
    assert!(harness.query_by_label_contains("个数字需要核对").is_none());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(
        harness
            .query_all_by_label(&format!("{n} 个数字需要核对"))
            .next()
            .is_some(),
        "one undo brings them all back"
    );
}

#[test]
fn a_decrease_is_drawn_left_of_zero_with_its_word() {
    let Some(harness) = fujian() else {
        return;
    };
    let report = harness.state().report();
    let chart = harness
        .state()
        .doc
        .charts
        .data
        .clone()
        .expect("a chart shown");
    let bar = |down: bool| {
        chart
            .bars
            .iter()
            .find(|b| (report.indicators[b.indicator].direction == Some(Direction::Down)) == down)
            .expect("a bar of each direction in the economy's growth")
            .indicator
    };
    let (fall, rise) = (bar(true), bar(false));
    assert!(report.indicators[fall].label.contains("下降"));
    let (fall_rect, rise_rect) = (bar_rect(&harness, fall), bar_rect(&harness, rise));
    // The rise starts at zero and goes right; the fall ends at zero and goes left.
    assert!(fall_rect.width() > 2.0, "{fall_rect:?}");
    assert!(
        (fall_rect.max.x - rise_rect.min.x).abs() <= 1.5,
        "both meet at zero: {fall_rect:?} {rise_rect:?}"
    );
    assert!(fall_rect.min.x < rise_rect.min.x - 2.0);
}
