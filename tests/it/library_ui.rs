//! The library with many reports, as a user meets it: a search box, level and year filters and
//! an order narrow and sort the list; one button ticks every report shown; only the rows in
//! view are laid out. The reports are invented for the test (titles and one target each).

#![allow(clippy::expect_used)]

use crate::common::{harness, retype};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::{Command, JieduApp, LibraryCommand};

/// Invented cities: two reports each (2025 and 2026), 40 in all, besides the built-in one.
const CITIES: [&str; 20] = [
    "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "南京",
    "无锡", "徐州", "常州", "苏州", "南通", "扬州", "镇江", "泰州",
];

fn library_of_forty() -> Harness<'static, JieduApp> {
    let mut harness = harness();
    for city in CITIES {
        for year in [2025, 2026] {
            let text = format!(
                "{year}年{city}市政府工作报告\n——{year}年1月10日在{city}市第十届人民代表大会第五次会议上\n各位代表：\n一、工作回顾\n{city}全市生产总值增长5.1%，{year}年。\n二、今年目标\n今年全市生产总值增长5%左右。\n"
            );
            let report = jiedu_import::import_text(&text).expect("imports");
            harness
                .state_mut()
                .comparison
                .library
                .add(&report)
                .expect("kept in memory");
        }
    }
    harness
        .state_mut()
        .apply(Command::Library(LibraryCommand::ShowLibrary(true)));
    harness.run();
    harness
}

/// The library's entries ticked for comparison, in the order ticked.
fn ticked(harness: &Harness<'_, JieduApp>) -> Vec<jiedu::compare::library::Entry> {
    let comparison = &harness.state().comparison;
    comparison
        .compared
        .iter()
        .filter_map(|k| comparison.library.entries().iter().find(|e| e.key == *k))
        .cloned()
        .collect()
}

#[test]
fn a_library_of_forty_is_searched_filtered_and_ticked_as_shown() {
    let mut harness = library_of_forty();
    harness.get_by_label("显示 41 / 41 份报告");
    // Only the rows in view are laid out: a dozen ticks, not forty-one.
    let ticks = harness.query_all_by_label("比较").count();
    assert!((10..=14).contains(&ticks), "{ticks} rows laid out");

    retype(&mut harness, "搜索报告", "苏州");
    harness.get_by_label("显示 2 / 41 份报告");
    let shows = |harness: &Harness<'_, JieduApp>, words: &str| {
        harness.query_all_by_label_contains(words).next().is_some()
    };
    assert!(shows(&harness, "2026年苏州市政府工作报告"));
    assert!(!shows(&harness, "杭州市"));

    harness.get_by_label("按年份筛选").click();
    harness.run();
    // The menu's 2025, not a row's year.
    harness
        .query_all_by_label("2025")
        .find(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .expect("2025 in the year menu")
        .click();
    harness.run();
    harness.get_by_label("显示 1 / 41 份报告");
    harness.get_by_label("勾选显示的 1 份").click();
    harness.run();
    let titles: Vec<String> = ticked(&harness).iter().map(|e| e.title.clone()).collect();
    assert_eq!(titles, ["2025年苏州市政府工作报告"]);

    // Every 2026 report, newest region order, ticked in one step.
    harness.get_by_label("显示全部").click();
    harness.run();
    harness.get_by_label("显示 41 / 41 份报告");
    harness.get_by_label("全部取消勾选").click();
    harness.run();
    assert!(harness.state().comparison.compared.is_empty());
    retype(&mut harness, "搜索报告", "2026");
    harness.get_by_label("排列顺序").click();
    harness.run();
    harness.get_by_label("按地区").click();
    harness.run();
    harness.get_by_label("勾选显示的 20 份").click();
    harness.run();
    let regions: Vec<String> = ticked(&harness).iter().map(|e| e.region.clone()).collect();
    let mut sorted = regions.clone();
    sorted.sort_unstable();
    assert_eq!(regions.len(), 20);
    assert_eq!(regions, sorted, "ticked in the order shown");
    assert_eq!(regions[0], "丽水市", "丽 U+4E3D sorts first by code point");
}

#[test]
fn with_twenty_reports_ticked_the_indicator_names_stay_while_the_reports_scroll_sideways() {
    let mut harness = library_of_forty();
    retype(&mut harness, "搜索报告", "2026");
    harness.get_by_label("勾选显示的 20 份").click();
    harness.run();
    let name = |harness: &Harness<'_, JieduApp>| {
        harness
            .query_all_by_label("地区生产总值增长")
            .map(|n| n.rect())
            .min_by(|a, b| a.top().total_cmp(&b.top()))
            .expect("the indicator's name")
    };
    let leftmost_target = |harness: &Harness<'_, JieduApp>| {
        harness
            .query_all_by_label("5%左右")
            .map(|n| n.rect().left())
            .fold(f32::INFINITY, f32::min)
    };
    let (name_before, target_before) = (name(&harness), leftmost_target(&harness));
    harness.event(egui::Event::PointerMoved(egui::pos2(
        name_before.right() + 120.0,
        name_before.center().y,
    )));
    for _ in 0..5 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(-200.0, 0.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
    }
    assert_eq!(name(&harness), name_before, "the name stays in place");
    let target_after = leftmost_target(&harness);
    assert!(
        target_after < target_before - 100.0,
        "the reports scrolled: {target_before} → {target_after}"
    );
}
