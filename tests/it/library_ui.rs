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
    // The first report's column: only the columns in view are laid out, so once scrolled
    // past it is gone.
    let first = ticked(&harness)[0].clone();
    let first =
        jiedu::compare::chart_ui::column_name(jiedu::i18n::strings(jiedu::i18n::Lang::Zh), &first);
    let leftmost_target = |harness: &Harness<'_, JieduApp>| {
        harness
            .query_all_by_label(&first)
            .map(|n| n.rect().left())
            .fold(f32::INFINITY, f32::min)
    };
    let (name_before, target_before) = (name(&harness), leftmost_target(&harness));
    harness.event(egui::Event::PointerMoved(egui::pos2(
        name_before.right() + 120.0,
        name_before.center().y,
    )));
    for _ in 0..5 {
        crate::common::wheel(&mut harness, egui::vec2(-200.0, 0.0));
    }
    assert_eq!(name(&harness), name_before, "the name stays in place");
    let target_after = leftmost_target(&harness);
    assert!(
        target_after < target_before - 100.0 || target_after.is_infinite(),
        "the reports scrolled: {target_before} → {target_after}"
    );
}

#[test]
fn with_the_nine_reports_ticked_the_report_names_stay_while_the_rows_scroll_up() {
    let mut reports = Vec::new();
    for name in [
        "上海市",
        "内蒙古自治区",
        "四川省",
        "山东省",
        "江苏省",
        "浙江省",
    ] {
        let Some(report) = crate::common::corpus_report(&format!("{name}.txt")) else {
            return;
        };
        reports.push(report);
    }
    let mut harness = harness();
    crate::common::compare_in_library(&mut harness, &reports);
    let rows = harness.state().comparison.rows.len();
    // The table shows 12 rows at once (`compare/table_ui`'s `ROWS_IN_VIEW`).
    assert!(rows > 12, "more rows than the table shows at once: {rows}");
    let header = |harness: &Harness<'_, JieduApp>| {
        harness
            .query_all_by_label("上海市 2026")
            .map(|n| n.rect())
            .min_by(|a, b| a.top().total_cmp(&b.top()))
            .expect("the report's column name")
    };
    // The first row: its name and 上海's figure in it, on one line.
    let first = harness.state().comparison.rows[0].name(true).to_owned();
    let figure = harness.state().comparison.rows[0].said[0]
        .as_ref()
        .map(jiedu::compare::targets::Said::shown)
        .expect("上海 sets the first target");
    // In the table: the highest below the header (the charts come further down).
    let at = |harness: &Harness<'_, JieduApp>, label: &str| {
        harness
            .query_all_by_label(label)
            .map(|n| n.rect())
            .filter(|r| r.top() > header(harness).bottom() - 1.0)
            .min_by(|a, b| a.top().total_cmp(&b.top()))
    };
    let name_before = at(&harness, &first).expect("the first row's name");
    let figure_before = at(&harness, &figure).expect("its figure");
    assert!((name_before.center().y - figure_before.center().y).abs() < 1.0);
    let header_before = header(&harness);
    // Wheel down over the figures by less than a row, so the first row is still in view.
    harness.event(egui::Event::PointerMoved(figure_before.center()));
    for _ in 0..2 {
        crate::common::wheel(&mut harness, egui::vec2(0.0, -8.0));
    }
    assert_eq!(
        header(&harness),
        header_before,
        "the column names stay in place"
    );
    // The first row went up under the header, its name and its figure (in 上海's column)
    // together.
    let in_column = |label: &str, left: f32| {
        harness
            .query_all_by_label(label)
            .map(|n| n.rect())
            .filter(|r| (r.left() - left).abs() < 1.0)
            .min_by(|a, b| a.top().total_cmp(&b.top()))
    };
    let name_after = in_column(&first, name_before.left()).expect("the first row's name");
    let figure_after = in_column(&figure, figure_before.left()).expect("its figure");
    assert!(
        name_after.top() < name_before.top() - 10.0,
        "the rows scrolled"
    );
    assert!(
        (name_after.center().y - figure_after.center().y).abs() < 1.0,
        "name and figure aligned: {name_after:?} {figure_after:?}"
    );
}
