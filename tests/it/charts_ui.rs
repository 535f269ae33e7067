//! The chart panel, driven as a user would: hover and click bars, click figures in the text,
//! change the order. Bars are not AccessKit nodes in egui_plot, so the tests use the bar rects
//! the app records each frame to know where to point.

// Helpers outside #[test] functions panic on purpose when the UI lacks what a test needs.
#![allow(clippy::expect_used)]

use crate::common::{click_at, current_id, drawn_at as drawn, harness, harness_sized};
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::JieduApp;
use jiedu::charts::data::{ChartRef, SortOrder};
use jiedu::{ChartsCommand, ReaderCommand, TableCommand};

fn indicator(harness: &Harness<'_, JieduApp>, id: &str) -> usize {
    harness
        .state()
        .report()
        .indicators
        .iter()
        .position(|i| i.id == id)
        .expect("indicator exists")
}

fn chart(harness: &Harness<'_, JieduApp>, id: &str) -> ChartRef {
    ChartRef::Report(
        harness
            .state()
            .report()
            .charts
            .iter()
            .position(|c| c.id == id)
            .expect("chart exists"),
    )
}

fn bar_center(harness: &Harness<'_, JieduApp>, indicator: usize) -> Pos2 {
    drawn(&harness.state().doc.drawn.bar_rects, indicator).center()
}

fn figure_point(harness: &Harness<'_, JieduApp>, indicator: usize) -> Pos2 {
    drawn(&harness.state().doc.drawn.figure_rects, indicator).center()
}

fn go_to_targets(harness: &mut Harness<'_, JieduApp>) {
    harness.get_by_label("主要预期目标").click();
    harness.run();
    assert_eq!(current_id(harness), "main_targets");
}

#[test]
fn the_section_offers_its_chart() {
    let mut harness = harness();
    go_to_targets(&mut harness);
    let targets = chart(&harness, "targets_2024");
    assert_eq!(harness.state().doc.charts.selected, targets);
    assert!(
        harness
            .query_by_label_contains("2024年主要预期目标 · 本节")
            .is_some()
    );
    // The income target has no number: a note under the chart, not a bar.
    assert!(
        harness
            .query_by_label_contains("居民人均可支配收入：与经济社会发展保持同步")
            .is_some()
    );
    assert_eq!(harness.state().doc.drawn.bar_rects.len(), 5);
}

#[test]
fn hovering_a_target_bar_shows_its_quote() {
    let mut harness = harness();
    go_to_targets(&mut harness);
    let gdp = indicator(&harness, "target_gdp");
    harness.hover_at(bar_center(&harness, gdp));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("原文：“地区生产总值增长7%”")
            .is_some(),
        "the tooltip quotes the source"
    );
    assert!(harness.query_by_label_contains("时期：2024年").is_some());
}

#[test]
fn clicking_a_bar_lands_the_reader_on_its_sentence() {
    let mut harness = harness();
    crate::common::toc(&harness, "先进制造业集群加速形成").click();
    harness.run();
    assert_eq!(
        harness.state().doc.charts.selected,
        chart(&harness, "investment_growth")
    );
    let private = indicator(&harness, "private_investment_growth");
    let at = bar_center(&harness, private);
    click_at(&mut harness, at);
    assert_eq!(current_id(&harness), "investment");
    assert_eq!(crate::common::highlighted(&harness), "民间投资增长18.7%");
    assert_eq!(harness.state().doc.charts.highlight, Some(private));
}

#[test]
fn clicking_a_figure_selects_its_chart_and_bar() {
    let mut harness = harness();
    crate::common::toc(&harness, "投资活力持续释放").click();
    harness.run();
    let key = indicator(&harness, "key_projects_investment");
    let at = figure_point(&harness, key);
    click_at(&mut harness, at);
    assert_eq!(
        harness.state().doc.charts.selected,
        chart(&harness, "investment_completed")
    );
    assert_eq!(harness.state().doc.charts.highlight, Some(key));
    assert!(harness.state().doc.popup.is_none());
}

#[test]
fn a_figure_in_no_chart_opens_its_details() {
    let mut harness = harness();
    crate::common::toc(&harness, "郑州国际陆港上街片区建设全面提速").click();
    harness.run();
    let trains = indicator(&harness, "china_europe_trains");
    let at = figure_point(&harness, trains);
    click_at(&mut harness, at);
    assert_eq!(harness.state().doc.popup, Some(trains));
    assert!(harness.query_by_label("数字详情").is_some());
    assert!(
        harness
            .query_by_label_contains("原文：“累计开行中欧班列290列")
            .is_some()
    );
    // Esc closes it.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().doc.popup, None);
    assert!(harness.query_by_label("数字详情").is_none());
}

#[test]
fn sorting_changes_the_order_of_the_bars() {
    let mut harness = harness();
    crate::common::toc(&harness, "招商引资力度持续加大").click();
    harness.run();
    let order = |h: &Harness<'_, JieduApp>| -> Vec<usize> {
        let mut bars = h.state().doc.drawn.bar_rects.clone();
        bars.sort_by(|a, b| a.1.top().total_cmp(&b.1.top()));
        bars.into_iter().map(|(i, _)| i).collect()
    };
    let by_report = order(&harness);
    harness.get_by_label("按数值大小").click();
    harness.run();
    assert_eq!(harness.state().settings.chart_sort, SortOrder::Value);
    let by_value = order(&harness);
    assert_ne!(by_report, by_value);
    let values: Vec<f64> = by_value
        .iter()
        .map(|&i| {
            harness.state().report().indicators[i]
                .value
                .expect("number")
        })
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
}

#[test]
fn the_chart_panel_can_be_hidden_and_goes_below_in_a_narrow_window() {
    let mut harness = harness();
    harness.get_by_label("图表与数据").click();
    harness.run();
    assert!(!harness.state().settings.show_charts);
    assert!(harness.state().doc.drawn.bar_rects.is_empty());

    let mut narrow = harness_sized(760.0, 600.0);
    // The entry is below the fold of the navigator here; go there as the keyboard would.
    let targets = narrow
        .state()
        .report()
        .find_section("main_targets")
        .expect("section");
    narrow
        .state_mut()
        .apply(jiedu::Command::Reader(ReaderCommand::GoTo(targets)));
    narrow.run();
    let bars = narrow.state().doc.drawn.bar_rects.clone();
    assert_eq!(bars.len(), 5);
    // Below the text: bars span the width under the reader, not a column on the right.
    assert!(bars.iter().all(|(_, r)| r.top() > 300.0), "{bars:?}");
}

#[test]
fn log_scale_is_offered_only_where_values_span_two_orders_of_magnitude() {
    let mut harness = harness();
    // Investment completed: 25.5 to 73.4, no log scale.
    harness.get_by_label("完成投资").click();
    harness.run();
    assert!(!harness.state().doc.drawn.bar_rects.is_empty());
    assert!(harness.query_by_label("对数刻度").is_none());
    // A chart of three amounts made from the data table: 1.6 to 314.8 亿元.
    for id in [
        "crop_protection_orders",
        "soe_revenue",
        "signed_projects_amount",
    ] {
        let i = indicator(&harness, id);
        harness
            .state_mut()
            .apply(jiedu::Command::Table(TableCommand::ToggleRow(i)));
    }
    harness
        .state_mut()
        .apply(jiedu::Command::Table(TableCommand::ChartTicked));
    harness.run();
    assert_eq!(harness.state().doc.drawn.bar_rects.len(), 3);
    let widths = |h: &Harness<'_, JieduApp>| -> Vec<f32> {
        h.state()
            .doc
            .drawn
            .bar_rects
            .iter()
            .map(|(_, r)| r.width())
            .collect()
    };
    let linear = widths(&harness);
    harness.get_by_label("对数刻度").click();
    harness.run();
    assert!(harness.state().doc.charts.log_scale);
    let log = widths(&harness);
    assert_eq!(linear.len(), log.len());
    // On a log scale the smallest bar grows relative to the largest.
    let ratio = |w: &[f32]| {
        let max = w.iter().copied().fold(f32::MIN, f32::max);
        let min = w.iter().copied().fold(f32::MAX, f32::min);
        min / max
    };
    assert!(ratio(&log) > ratio(&linear) * 5.0, "{linear:?} {log:?}");
}

#[test]
fn reset_view_restores_zoom() {
    let mut harness = harness();
    go_to_targets(&mut harness);
    let gdp = indicator(&harness, "target_gdp");
    let before = drawn(&harness.state().doc.drawn.bar_rects, gdp).width();
    // Ctrl+wheel over the chart zooms along the values.
    harness.hover_at(bar_center(&harness, gdp));
    harness.event(egui::Event::Zoom(2.0));
    harness.run();
    let zoomed = drawn(&harness.state().doc.drawn.bar_rects, gdp).width();
    assert!(zoomed > before * 1.3, "{before} -> {zoomed}");
    harness.get_by_label("重置视图").click();
    harness.run();
    let reset = drawn(&harness.state().doc.drawn.bar_rects, gdp).width();
    assert!((reset - before).abs() < 1.0, "{before} -> {reset}");
}

/// The chart buttons of the picker as drawn, top to bottom and left to right, without the
/// mark of the section's charts.
fn picker(harness: &Harness<'_, JieduApp>) -> Vec<String> {
    let titles: Vec<String> = harness
        .state()
        .report()
        .charts
        .iter()
        .map(|c| c.title.clone())
        .collect();
    let mut shown: Vec<(i64, i64, String)> = harness
        .query_all_by(|_| true)
        .filter_map(|n| {
            let node = n.accesskit_node();
            let label = node.label()?;
            let title = label.trim_end_matches(" · 本节").to_owned();
            let b = node.bounding_box()?;
            titles
                .contains(&title)
                .then_some((b.y0 as i64, b.x0 as i64, title))
        })
        .filter(|(_, x, _)| *x > 700)
        .collect();
    shown.sort();
    shown.into_iter().map(|(_, _, t)| t).collect()
}

#[test]
fn the_picker_keeps_its_order_and_marks_the_sections_charts() {
    let mut harness = harness();
    let at_start = picker(&harness);
    assert_eq!(
        at_start,
        [
            "2024年主要预期目标",
            "投资增速",
            "完成投资",
            "项目总投资",
            "其他增速"
        ]
    );
    go_to_targets(&mut harness);
    assert_eq!(
        picker(&harness),
        at_start,
        "the same order in another section"
    );
    harness.get_by_label("2024年主要预期目标 · 本节");
    crate::common::toc(&harness, "先进制造业集群加速形成").click();
    harness.run();
    assert_eq!(picker(&harness), at_start);
    harness.get_by_label("投资增速 · 本节");
}

#[test]
fn scrolling_the_text_leaves_the_chart_alone() {
    let mut harness = harness();
    go_to_targets(&mut harness);
    let targets = chart(&harness, "targets_2024");
    assert_eq!(harness.state().doc.charts.selected, targets);
    // The user scrolls up into a section with other charts: the chart stays.
    let investment = harness
        .state()
        .report()
        .find_section("investment")
        .expect("section");
    harness
        .state_mut()
        .apply(jiedu::Command::Reader(ReaderCommand::ScrolledTo(
            investment,
        )));
    harness.run();
    assert_eq!(harness.state().doc.charts.selected, targets);
    // Going there (a click in the contents, a search hit, a page key) offers its chart.
    harness
        .state_mut()
        .apply(jiedu::Command::Reader(ReaderCommand::GoTo(investment)));
    harness.run();
    assert_ne!(harness.state().doc.charts.selected, targets);
}

#[test]
fn one_highlight_at_a_time() {
    let mut harness = harness();
    crate::common::toc(&harness, "先进制造业集群加速形成").click();
    harness.run();
    // A bar's sentence is marked...
    let private = indicator(&harness, "private_investment_growth");
    let at = bar_center(&harness, private);
    click_at(&mut harness, at);
    assert!(harness.state().doc.nav.highlight.is_some());
    // ...until a figure of the text is chosen: then only that figure's bar is.
    let industrial = indicator(&harness, "industrial_investment_growth");
    harness
        .state_mut()
        .apply(jiedu::Command::Reader(ReaderCommand::ShowFigure(
            industrial,
        )));
    harness.run();
    assert!(
        harness.state().doc.nav.highlight.is_none(),
        "the old sentence stays marked"
    );
    assert_eq!(harness.state().doc.charts.highlight, Some(industrial));
    // Another chart: nothing stays marked.
    let targets = chart(&harness, "targets_2024");
    harness
        .state_mut()
        .apply(jiedu::Command::Charts(ChartsCommand::SelectChart(targets)));
    harness.run();
    assert!(harness.state().doc.nav.highlight.is_none());
    assert_eq!(harness.state().doc.charts.highlight, None);
}

/// The card shown for a hovered bar, as the rectangle of its lines.
fn card_rect(harness: &Harness<'_, JieduApp>, value_text: &str) -> egui::Rect {
    let lines = [format!("数值：{value_text}"), "原文：“".to_owned()];
    lines
        .iter()
        .map(|l| {
            harness
                .query_all_by_label_contains(l)
                .next()
                .unwrap_or_else(|| panic!("the card says {l}"))
                .rect()
        })
        .reduce(egui::Rect::union)
        .expect("two lines")
}

#[test]
fn the_card_of_a_hovered_bar_covers_no_other_bar() {
    // The chart right of the text, and below it (a narrow window tall enough to show the bars).
    for (width, height) in [(1280.0, 800.0), (900.0, 1100.0)] {
        let mut harness = crate::common::harness_sized(width, height);
        let targets = harness
            .state()
            .report()
            .find_section("main_targets")
            .expect("section");
        harness
            .state_mut()
            .apply(jiedu::Command::Reader(ReaderCommand::GoTo(targets)));
        harness.run();
        let industry = indicator(&harness, "target_industry");
        harness.hover_at(bar_center(&harness, industry));
        harness.run();
        let card = card_rect(&harness, "9%");
        let bars = harness.state().doc.drawn.bar_rects.clone();
        assert_eq!(bars.len(), 5);
        for (i, bar) in bars {
            assert!(
                !card.intersects(bar),
                "{width}×{height}: the card {card:?} covers bar {i} {bar:?}"
            );
        }
    }
}

#[test]
fn the_targets_footnote_says_it_once() {
    let mut harness = harness();
    go_to_targets(&mut harness);
    harness.get_by_label("★ 居民人均可支配收入：与经济社会发展保持同步（无数值，不画柱子）");
    assert!(
        harness
            .query_all_by_label_contains("这一目标没有数值")
            .next()
            .is_none(),
        "the note that only repeats the target is not shown under it"
    );
}
