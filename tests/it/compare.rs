//! The canonical indicators (issue #15) against the main targets of every report in
//! `../shared/corpus/`: each report's 主要预期目标, as the importer finds them, matched to a
//! headline indicator by label and unit. BENCHMARKS.md lists what stays unmatched and why.

#![allow(clippy::expect_used)]

use jiedu::compare::canonical::canonical_of;
use jiedu::report::{Kind, Period, Review};
use jiedu::{ExportCommand, LibraryCommand};

use crate::common::CORPUS as REPORTS;

#[test]
fn the_canonical_table_matches_the_main_targets_of_every_corpus_report() {
    let (mut matched, mut total) = (0, 0);
    let mut unmatched = Vec::new();
    for name in REPORTS {
        let Some(text) = crate::common::corpus(name) else {
            return;
        };
        let report = jiedu_import::import_bytes(text.as_bytes(), None)
            .expect("imports")
            .report;
        let targets: Vec<_> = report
            .indicators
            .iter()
            .filter(|i| i.period == Period::Plan && i.kind == Kind::Target)
            .collect();
        let keys: Vec<Option<&str>> = targets
            .iter()
            .map(|i| canonical_of(i).map(|c| c.key))
            .collect();
        // Every report's first target is its growth target.
        assert_eq!(
            keys.first().copied().flatten(),
            Some("gdp_growth"),
            "{name}"
        );
        for key in ["unemployment", "cpi"] {
            assert!(
                keys.contains(&Some(key)) || name == "山东省.txt" && key == "cpi",
                "{name}: no {key} in {:?}",
                targets.iter().map(|i| &i.label).collect::<Vec<_>>()
            );
        }
        total += targets.len();
        matched += keys.iter().filter(|k| k.is_some()).count();
        for (ind, key) in targets.iter().zip(&keys) {
            if key.is_none() {
                unmatched.push(format!("{name}: {} ({})", ind.label, ind.value_text));
            }
        }
    }
    println!(
        "{matched} of {total} main targets matched; unmatched:\n{}",
        unmatched.join("\n")
    );
    assert!(total >= 60, "{total} targets");
    assert!(
        matched * 10 >= total * 9,
        "{matched} of {total}:\n{}",
        unmatched.join("\n")
    );
}

#[test]
fn imported_reports_join_the_library_and_their_targets_sit_side_by_side() {
    use crate::common::{harness, until_imported};
    use egui_kittest::kittest::Queryable;
    let (Some(zhejiang), Some(national)) = (
        crate::common::corpus("浙江省.txt"),
        crate::common::corpus("国务院-2024.txt"),
    ) else {
        return;
    };
    let mut harness = harness();
    for text in [zhejiang, national] {
        harness.event(egui::Event::Paste(text));
        until_imported(&mut harness);
    }
    // 文件 → 报告库…
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报告库…").click();
    harness.run();
    harness.get_by_label("“2026年浙江省政府工作报告”的标题");
    harness.get_by_label("解读上街区政府工作报告");
    assert_eq!(
        harness.query_all_by_label("比较").count(),
        3,
        "built-in and two imports"
    );
    harness.get_by_label("勾选上面的报告来比较。");
    // Each level can be set by hand; its control is named for the report.
    harness.get_by_label("“2026年浙江省政府工作报告”的级别");
    // Tick all three: the district, the province and the nation.
    for tick in 0..3 {
        harness
            .query_all_by_label("比较")
            .nth(tick)
            .expect("a tick")
            .click();
        harness.run();
    }
    // Each report names a column of the table (and its own line in each panel of the
    // drawing below, painted: no legend to match colours against).
    for column in ["上街区 2024", "浙江省 2026", "全国 2024"] {
        assert_eq!(harness.query_all_by_label(column).count(), 1, "{column}");
    }
    harness.get_by_label("地区生产总值增长");
    // Each target as written, a link to its sentence.
    harness.get_by_label("5%—5.5%");
    harness.get_by_label("5%左右");
    let rows = &harness.state().comparison.rows;
    assert_eq!(rows[0].canonical.map(|c| c.key), Some("gdp_growth"));
    assert!(
        rows[0].said.iter().all(Option::is_some),
        "all three set a growth target"
    );
    // Clicking the national growth target opens that report at that sentence.
    harness.get_by_label("5%左右").click();
    harness.run();
    assert_eq!(harness.state().report().meta.year, Some(2024));
    let highlight = harness.state().doc.nav.highlight.clone();
    assert!(highlight.is_some(), "the sentence is marked");
    // Taking a report out of the library keeps the others.
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报告库…").click();
    harness.run();
    harness
        .query_all_by_label("移出")
        .next()
        .expect("a remove button")
        .click();
    harness.run();
    assert_eq!(harness.state().comparison.library.entries().len(), 2);
}

/// An invented report (a fixture: the corpus has no two years of one region), its figures
/// written into its one paragraph so every quote is in the text.
fn fixture(
    title: &str,
    year: i32,
    figures: &[(&str, &str, f64, jiedu::report::Period)],
) -> jiedu::report::Report {
    let mut r = jiedu::report::Report::placeholder(title, "x");
    r.meta.year = Some(year);
    let section = r.chapters[0].sections[0].id.clone();
    let mut text = String::new();
    for (i, (label, value_text, value, period)) in figures.iter().enumerate() {
        let quote = format!("{label}{value_text}");
        text.push_str(&quote);
        text.push('。');
        r.indicators.push(jiedu::report::Indicator {
            id: format!("f{i}"),
            section: section.clone(),
            label: (*label).to_owned(),
            label_en: None,
            value: Some(*value),
            value_hi: None,
            value_text: (*value_text).to_owned(),
            unit: Some("%".to_owned()),
            kind: Kind::Target,
            period: *period,
            quote,
            note: None,
            truncated: false,
            same_as: None,
            qualifier: None,
            review: None,
            compare_as: None,
            direction: None,
            doubt: None,
        });
    }
    r.chapters[0].sections[0].paragraphs = vec![text];
    r
}

#[test]
fn a_target_is_set_beside_the_next_report_s_result_with_the_gap() {
    use egui_kittest::kittest::Queryable;
    let mut harness = crate::common::harness();
    let plan = fixture(
        "2025年某省政府工作报告",
        2025,
        &[("地区生产总值增长", "5%左右", 5.0, Period::Plan)],
    );
    let result = fixture(
        "2026年某省政府工作报告",
        2026,
        &[
            ("地区生产总值增长", "5.2%", 5.2, Period::Review),
            ("地区生产总值增长", "5%以上", 5.0, Period::Plan),
        ],
    );
    crate::common::compare_in_library(&mut harness, &[plan, result]);
    harness.get_by_label("目标与完成");
    harness.get_by_label("某省 2025 · 地区生产总值增长");
    harness.get_by_label("+0.2 %");
    // The comparison as an image, named for every report used.
    let dir = tempfile::tempdir().expect("temp dir");
    harness
        .state_mut()
        .apply(jiedu::Command::Export(ExportCommand::SetExportFormat(
            jiedu::export::ExportFormat::Svg,
        )));
    let svg = dir.path().join("compare.svg");
    harness
        .state_mut()
        .apply(jiedu::Command::Library(LibraryCommand::ExportComparison(
            jiedu::export::Target::File(svg.clone()),
        )));
    harness.run();
    let text = std::fs::read_to_string(&svg).expect("the comparison as SVG");
    assert!(text.contains(">主要目标对比（%）<"), "title");
    assert!(
        text.contains("来源：某省 2025、某省 2026 政府工作报告 · 解读 Jiedu"),
        "the source line names every report"
    );
    assert!(text.contains("（+0.2 %）"), "the gap");
    // And by its button, as a PNG of the column's width.
    harness
        .state_mut()
        .apply(jiedu::Command::Export(ExportCommand::SetExportFormat(
            jiedu::export::ExportFormat::Png,
        )));
    harness.state_mut().export.dialog_answer = Some(dir.path().join("compare"));
    harness.get_by_label("导出 PNG / SVG…").click();
    harness.run();
    let png = image::open(dir.path().join("compare.png")).expect("the comparison as PNG");
    assert_eq!(png.width(), 1280);
    // Both views as a CSV file, through the save dialog.
    harness.state_mut().comparison.csv.dialog_answer = Some(dir.path().join("compare"));
    harness.get_by_label("保存 CSV…").click();
    harness.run();
    let csv = std::fs::read_to_string(dir.path().join("compare.csv")).expect("the CSV");
    assert!(
        csv.contains("指标,2025年某省政府工作报告,2026年某省政府工作报告"),
        "{csv}"
    );
    assert!(csv.contains("地区生产总值增长,5%左右,5%以上"), "{csv}");
    assert!(
        csv.contains("某省,2025,地区生产总值增长,5%左右,5.2%,+0.2 %"),
        "{csv}"
    );
    // A bar of the grouped chart shows its sentence under the pointer, and a click opens its
    // report there: found by moving the pointer down the chart.
    let chart = harness
        .get_by_role_and_label(egui::accesskit::Role::Image, "主要目标对比")
        .rect();
    let mut found = false;
    let mut y = chart.top();
    while y < chart.bottom() && !found {
        harness.hover_at(egui::pos2(chart.left() + chart.width() * 0.2, y));
        harness.run();
        found = harness.query_by_label("地区生产总值增长5%左右").is_some();
        y += 3.0;
    }
    assert!(found, "the 2025 growth target's sentence shows on its bar");
    crate::common::click_at(
        &mut harness,
        egui::pos2(chart.left() + chart.width() * 0.2, y - 3.0),
    );
    harness.run();
    assert_eq!(harness.state().report().meta.year, Some(2025));
    assert!(harness.state().doc.nav.highlight.is_some());
    // Back to the comparison.
    harness
        .state_mut()
        .apply(jiedu::Command::Library(LibraryCommand::ShowLibrary(true)));
    harness.run();
    // The result links to its sentence in the later report.
    harness.get_by_label("5.2%").click();
    harness.run();
    assert_eq!(harness.state().report().meta.year, Some(2026));
    assert!(harness.state().doc.nav.highlight.is_some());
}

#[test]
fn a_person_corrects_a_match_in_review_and_the_comparison_follows() {
    use crate::common::{imported_national, lowest, row_buttons};
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    let Some(mut harness) = imported_national() else {
        return;
    };
    let report = harness.state().report().clone();
    let growth = report
        .indicators
        .iter()
        .position(|i| i.label == "国内生产总值增长")
        .expect("the growth target");
    let row = crate::common::row_of(&harness, growth);
    row_buttons(&harness, "编辑")[row].click();
    harness.run();
    // The editor says what the words match, and takes a person's choice.
    let combo = lowest(&harness, Role::ComboBox, "对比时算作");
    assert_eq!(combo.value().as_deref(), Some("地区生产总值增长（按名称）"));
    combo.click();
    harness.run();
    harness.get_by_label("不参与对比").click();
    harness.run();
    harness.get_by_label("保存更正").click();
    harness.run();
    let after = &harness.state().report().indicators[growth];
    assert_eq!(after.compare_as.as_deref(), Some("none"));
    assert_eq!(after.review, Some(Review::Corrected));
    // In the comparison that figure no longer stands for growth (another statement of the
    // report's growth target still does).
    harness
        .state_mut()
        .apply(jiedu::Command::Library(LibraryCommand::ShowLibrary(true)));
    let key = harness.state().comparison.library.entries()[1].key.clone();
    harness
        .state_mut()
        .apply(jiedu::Command::Library(LibraryCommand::ToggleCompared(key)));
    harness.run();
    let rows = &harness.state().comparison.rows;
    let gdp = rows
        .iter()
        .find(|r| r.canonical.map(|c| c.key) == Some("gdp_growth"))
        .and_then(|r| r.said[0].clone())
        .expect("a growth target");
    assert_ne!(gdp.indicator, growth);
}

#[test]
fn a_report_titled_just_so_joins_under_its_meeting_s_region_which_a_person_can_correct() {
    use crate::common::{harness, lowest, retype, until_imported};
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    // Invented for this test (not a real report): a provincial report titled as many are.
    const TEXT: &str = "政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第四次会议上\n某某省省长 张三\n各位代表：\n一、2025年工作回顾\n全省生产总值增长5.2%。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n";
    let mut harness = harness();
    harness.event(egui::Event::Paste(TEXT.to_owned()));
    until_imported(&mut harness);
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报告库…").click();
    harness.run();
    let region = |h: &egui_kittest::Harness<'_, jiedu::JieduApp>| {
        lowest(h, Role::TextInput, "“政府工作报告”的地区")
            .value()
            .unwrap_or_default()
    };
    assert_eq!(region(&harness), "某某省", "read from the meeting line");
    retype(&mut harness, "“政府工作报告”的地区", "另一省");
    assert_eq!(region(&harness), "另一省");
    let kept = harness
        .state()
        .comparison
        .library
        .entries()
        .iter()
        .find(|e| e.title == "政府工作报告")
        .map(|e| (e.region.clone(), e.level));
    assert_eq!(
        kept,
        Some((
            "另一省".to_owned(),
            jiedu::compare::library::Level::Provincial
        ))
    );
}

#[test]
fn the_library_window_covers_the_panel_grips() {
    use egui_kittest::kittest::Queryable;
    let mut harness = crate::common::harness_sized(900.0, 600.0);
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报告库…").click();
    harness.run();
    let window = harness
        .query_all_by_label("报告库")
        .map(|n| n.rect())
        .max_by(|a, b| a.area().total_cmp(&b.area()))
        .expect("the window");
    let image = harness.render().expect("renders");
    let pixel = |p: egui::Pos2| image.get_pixel(p.x as u32, p.y as u32).0;
    // Every divider whose middle (where its grip is drawn) lies under the window: the window's
    // own background there, not the grip.
    let covered: Vec<egui::Pos2> = harness
        .query_all_by_label("调整面板大小")
        .map(|n| n.rect().center())
        .filter(|c| window.shrink(12.0).contains(*c))
        .collect();
    assert!(
        !covered.is_empty(),
        "a divider runs under the window at 900×600"
    );
    for center in covered {
        let beside = center + egui::vec2(0.0, 10.0);
        let beside = if window.shrink(12.0).contains(beside) {
            beside
        } else {
            center - egui::vec2(10.0, 0.0)
        };
        assert_eq!(
            pixel(center),
            pixel(beside),
            "a grip drawn over the window at {center:?}"
        );
    }
}

/// Two reports of one region in the library, ticked, the library open.
fn two_ticked() -> egui_kittest::Harness<'static, jiedu::JieduApp> {
    let mut harness = crate::common::harness();
    let reports: Vec<jiedu::report::Report> = [
        ("2025年某省政府工作报告", 2025, "5%左右"),
        ("2026年某省政府工作报告", 2026, "5%以上"),
    ]
    .into_iter()
    .map(|(title, year, value)| {
        fixture(
            title,
            year,
            &[("地区生产总值增长", value, 5.0, Period::Plan)],
        )
    })
    .collect();
    crate::common::compare_in_library(&mut harness, &reports);
    harness
}

#[test]
fn the_comparison_export_button_on_a_slow_machine_saves_or_says_why_every_time() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = two_ticked();
    // A desktop where no save dialog can be shown (rfd answers nothing at once), and frames
    // that come slowly (a busy machine, a large comparison): the "does nothing".
    harness.state_mut().export.no_dialog = true;
    harness.state_mut().settings.export_folder = Some(dir.path().to_path_buf());
    harness.get_by_label("导出 PNG / SVG…").click();
    for _ in 0..8 {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    harness.run();
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .expect("the folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(
        written.len(),
        1,
        "one image in the default folder: {written:?}"
    );
    crate::export_ui::decoded(&written[0]);
    let notice = harness.state().export.notice.as_ref().expect("a notice");
    assert!(
        notice.text.contains("无法打开保存对话框"),
        "{}",
        notice.text
    );
    // Asked again while the first still runs: not started, and the notice says why.
    harness.state_mut().export.no_dialog = false;
    harness.state_mut().export.dialog_answer = Some(dir.path().join("first"));
    for _ in 0..2 {
        harness
            .state_mut()
            .apply(jiedu::Command::Library(LibraryCommand::ExportComparison(
                jiedu::export::Target::AskFile,
            )));
    }
    let notice = harness.state().export.notice.as_ref().expect("a notice");
    assert!(
        notice.text.contains("上一个导出还没有完成"),
        "{}",
        notice.text
    );
    harness.run();
    assert!(
        dir.path().join("first.png").is_file(),
        "the first went ahead"
    );
}

#[test]
fn a_compared_figure_says_why_it_is_in_its_row() {
    use egui_kittest::kittest::Queryable;
    let mut harness = two_ticked();
    harness.get_by_label("5%左右").hover();
    harness.run();
    harness.get_by_label_contains("在这一行，因为标签“地区生产总值增长”含“生产总值”");
}
