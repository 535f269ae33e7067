//! The charts of a report under review, as a user meets them: a chart whose figures all wait
//! shows no empty axis but the way to check them, and exporting it says why nothing was
//! written.

#![allow(clippy::expect_used)]

use crate::common::{harness, until_imported};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::ReviewCommand;
use jiedu::report::Review;

/// Invented for this test (not a real report): three growth rates of the past year.
const TEXT: &str = "2024年政府工作报告\n一、过去一年工作回顾\n全区生产总值增长7.5%，规上工业增加值增长6%，社会消费品零售总额增长5.2%。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长7%左右。\n";

#[test]
fn a_chart_of_figures_not_yet_checked_leads_to_them_and_is_not_exported_empty() {
    let mut harness = harness();
    harness.event(egui::Event::Paste(TEXT.to_owned()));
    until_imported(&mut harness);
    crate::common::all_waiting(&mut harness);
    harness.get_by_label("本图还有 3 个数字待确认：确认后才画进图中。");
    assert!(harness.state().doc.drawn.figure.is_none(), "no empty axis");

    // Exporting it writes nothing and says why.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label_contains("还没有确认过的数字，没有导出");

    // The button goes to this chart's figures waiting: the three rates, not the target.
    harness.get_by_label("去确认待确认的数字").click();
    harness.run();
    assert_eq!(
        harness.state().doc.data_view.rows.len(),
        3,
        "the chart's rates"
    );
    harness.get_by_label_contains("只看图表“");
    assert_eq!(
        harness.state().doc.data_view.query.review,
        Some(Review::Unreviewed)
    );
    // All the report's figures are one click away.
    harness.get_by_label("显示全部数字").click();
    harness.run();
    let rows = &harness.state().doc.data_view.rows;
    assert_eq!(rows.len(), 4, "three rates and the target");

    // One accepted: the chart draws it, and says two still wait.
    let first = rows[0].indicator;
    harness
        .state_mut()
        .apply(jiedu::Command::Review(ReviewCommand::SetReview(
            first,
            Review::Accepted,
        )));
    harness.get_by_label("图表").click();
    harness.run();
    harness.get_by_label("本图还有 2 个数字待确认：确认后才画进图中。");
    let bars: Vec<usize> = harness
        .state()
        .doc
        .drawn
        .bar_rects
        .iter()
        .map(|(i, _)| *i)
        .collect();
    assert_eq!(bars, vec![first]);

    // The chart's figures accepted in one step: every bar drawn.
    harness.get_by_label("去确认待确认的数字").click();
    harness.run();
    harness.get_by_label("确认显示的 2 个").click();
    harness.run();
    harness.get_by_label("图表").click();
    harness.run();
    assert_eq!(harness.state().doc.drawn.bar_rects.len(), 3);
}

#[test]
fn a_rejected_figure_stays_in_the_text_struck_through_and_says_so() {
    let mut harness = harness();
    harness.event(egui::Event::Paste(TEXT.to_owned()));
    until_imported(&mut harness);
    crate::common::all_waiting(&mut harness);
    let r = harness.state().report();
    let six = r
        .indicators
        .iter()
        .position(|i| i.value_text == "6%")
        .expect("figure");
    let label = format!("6%（{}）", r.indicators[six].label);
    harness
        .state_mut()
        .apply(jiedu::Command::Review(ReviewCommand::SetReview(
            six,
            Review::Rejected,
        )));
    harness.run();
    // Still a link in the text; its card says it was rejected.
    harness
        .query_all_by_label(&label)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
        .expect("the figure is still in the text")
        .focus();
    harness.run();
    harness.get_by_label("审核：已剔除");
    // Struck through in the text's colour, not in the figures' blue.
    let rect = crate::common::figure_rect(&harness, six);
    let image = harness.render().expect("renders");
    let blue = jiedu::ui::style::figure_color(&egui::Visuals::light());
    let (x0, y0) = (rect.left() as u32, rect.top() as u32);
    let blue_pixels = (y0..y0 + rect.height() as u32)
        .flat_map(|y| (x0..x0 + 30).map(move |x| (x, y)))
        .filter(|&(x, y)| image.get_pixel(x, y).0[..3] == blue.to_array()[..3])
        .count();
    assert_eq!(blue_pixels, 0, "a rejected figure is not drawn as a figure");
}
