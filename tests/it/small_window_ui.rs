//! A small window (900×600) with a report imported and its review open: the text and a chart
//! of several bars are both on the first screen (#30), and the chart panel's header, compact
//! there, still does all it does in a large window (the chart menu, the order, the export).

#![allow(clippy::expect_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiedu::JieduApp;

use crate::common::{corpus, harness_sized, until_imported};
use crate::export_ui::decoded;

const WINDOW: egui::Vec2 = egui::vec2(900.0, 600.0);

/// 浙江省 pasted into a 900×600 window (none without the corpus, outside CI).
fn zhejiang_small() -> Option<Harness<'static, JieduApp>> {
    let text = corpus("浙江省.txt")?;
    let mut harness = harness_sized(WINDOW.x, WINDOW.y);
    harness.event(egui::Event::Paste(text));
    until_imported(&mut harness);
    harness.run();
    Some(harness)
}

#[test]
fn a_small_window_after_an_import_shows_the_text_and_a_chart_of_several_bars() {
    let Some(harness) = zhejiang_small() else {
        return;
    };
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, WINDOW);
    // The review is open: the line above the text says how to add a figure.
    let hint = harness.get_by_label_contains("在正文里拖选文字");
    assert!(window.contains_rect(hint.rect()), "{:?}", hint.rect());
    // Body text, not only the title and the chapter's heading, on the first screen.
    let in_view = |text: &str| {
        harness
            .get_all_by_label_contains(text)
            .map(|n| n.rect())
            .find(|r| window.contains_rect(*r))
            .unwrap_or_else(|| panic!("{text} is not in view"))
    };
    let opening = in_view("各位代表");
    let sentence = in_view("我代表省人民政府");
    // A chart of several bars, at least 200 points of it in view.
    let drawn = &harness.state().doc.drawn;
    let figure = drawn.figure.clone().expect("a chart is drawn").rect;
    let seen = figure.intersect(window);
    assert!(
        seen.height() >= 200.0,
        "{figure:?}: {} in view",
        seen.height()
    );
    let bars_seen = drawn
        .bar_rects
        .iter()
        .filter(|(_, r)| window.contains_rect(*r))
        .count();
    assert!(bars_seen >= 4, "{bars_seen} bars in view");
    // Neither covers the other: the chart is beside the text.
    assert!(!figure.intersects(opening) && !figure.intersects(sentence));
}

#[test]
fn the_compact_chart_header_picks_orders_and_exports() {
    let Some(mut harness) = zhejiang_small() else {
        return;
    };
    // The charts are one menu: open it, pick another chart.
    let before = harness.state().doc.charts.selected;
    harness
        .get_by_role_and_label(Role::ComboBox, "显示的图表")
        .click();
    harness.run();
    harness.get_by_label_contains("2025年其他增速").click();
    harness.run();
    assert_ne!(harness.state().doc.charts.selected, before);
    // The order is a menu too.
    harness
        .get_by_role_and_label(Role::ComboBox, "排序：")
        .click();
    harness.run();
    harness.get_by_label("按数值大小").click();
    harness.run();
    assert_eq!(
        harness.state().settings.chart_sort,
        jiedu::charts::data::SortOrder::Value
    );
    // The export is behind one button; what it opens exports as the large window's bar does.
    let dir = tempfile::tempdir().expect("temp dir");
    harness.state_mut().export.dialog_answer = Some(dir.path().join("small"));
    harness.get_by_label("导出图片").click();
    harness.run();
    harness.get_by_label("SVG").click();
    harness.run();
    assert_eq!(
        harness.state().settings.export_format,
        jiedu::export::ExportFormat::Svg
    );
    harness.get_by_label("PNG").click();
    harness.run();
    harness.get_by_label("导出 PNG…").click();
    harness.run();
    decoded(&dir.path().join("small.png"));
    // The export closed the menu.
    assert!(harness.query_by_label("导出 PNG…").is_none());
}
