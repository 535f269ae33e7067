//! The chart of targets over the years, as a user meets it in the library: a mark per year,
//! each linked to its sentence, another indicator picked from a menu, the chart exported as an
//! image; and its words clear of each other at every width, for one region and for nine.
//!
//! The two-year reports here are invented (the corpus has one report per region), written as
//! a report says it, and read by the importer.

#![allow(clippy::expect_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiedu::compare::timeline::{Timeline, timeline};
use jiedu::{Command, JieduApp, LibraryCommand};

/// An invented report of `region` for `year`: last year's growth, this year's target and its
/// price target.
fn invented(region: &str, year: i32, (result, target, prices): (&str, &str, &str)) -> String {
    format!(
        "{year}年{region}政府工作报告\n——{year}年1月20日在{region}第十四届人民代表大会第三次会议上\n各位代表：\n一、{prev}年工作回顾\n过去一年，全省地区生产总值增长{result}。\n二、{year}年主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长{target}；居民消费价格涨幅{prices}。\n",
        prev = year - 1
    )
}

/// 某省 in 2025 and 2026, 别省 in 2026 only: ticked in the library.
fn library_of_three() -> Harness<'static, JieduApp> {
    let mut harness = crate::common::harness();
    let reports: Vec<jiedu::report::Report> = [
        invented("某省", 2025, ("5%", "5%左右", "2%左右")),
        invented("某省", 2026, ("5.2%", "5%以上", "2%左右")),
        invented("别省", 2026, ("6.1%", "5.5%—6%", "2%")),
    ]
    .iter()
    .map(|text| jiedu_import::import_text(text).expect("imports"))
    .collect();
    crate::common::compare_in_library(&mut harness, &reports);
    harness
}

/// The library of [`library_of_three`], scrolled to the chart over the years.
fn at_the_chart() -> Harness<'static, JieduApp> {
    let mut harness = library_of_three();
    harness
        .get_by_role_and_label(Role::Image, "历年目标与完成")
        .scroll_to_me();
    harness.run();
    harness
}

#[test]
fn each_year_s_target_and_result_is_a_mark_that_opens_its_sentence() {
    let mut harness = at_the_chart();
    let menu = harness.get_by_role_and_label(Role::ComboBox, "历年图的指标");
    assert_eq!(menu.value().as_deref(), Some("地区生产总值增长"));
    // Every mark, named by what it is: three results (2024, 2025 twice) and three targets.
    for name in [
        "某省 2024年完成情况（2025年报告） 5%",
        "某省 2025年目标 5%左右",
        "某省 2025年完成情况（2026年报告） 5.2%",
        "某省 2026年目标 5%以上",
        "别省 2025年完成情况（2026年报告） 6.1%",
        "别省 2026年目标 5.5%—6%",
    ] {
        harness.get_by_role_and_label(Role::Link, name);
    }
    // The key names only what the chart draws: approximate, a range, a floor; nothing lower.
    for words in ["目标", "约数（左右、近）", "区间", "或更高（以上、超过）"]
    {
        harness.get_by_label(words);
    }
    assert!(harness.query_by_label("或更低（以内、不超过）").is_none());
    // Under the pointer, a mark shows its sentence; a click opens its report there.
    let target = harness
        .get_by_role_and_label(Role::Link, "某省 2025年目标 5%左右")
        .rect();
    harness.hover_at(target.center());
    harness.run();
    harness.get_by_label("地区生产总值增长5%左右");
    crate::common::click_at(&mut harness, target.center());
    harness.run();
    assert_eq!(harness.state().report().meta.year, Some(2025));
    let highlight = harness.state().doc.nav.highlight.clone();
    assert!(highlight.is_some(), "the sentence is shown in its report");
    // The result the next report states opens that report.
    harness
        .state_mut()
        .apply(Command::Library(LibraryCommand::ShowLibrary(true)));
    harness.run();
    harness
        .get_by_role_and_label(Role::Link, "某省 2025年完成情况（2026年报告） 5.2%")
        .click();
    harness.run();
    assert_eq!(harness.state().report().meta.year, Some(2026));
}

#[test]
fn another_indicator_is_picked_and_the_chart_exports_as_an_image() {
    let mut harness = at_the_chart();
    harness
        .get_by_role_and_label(Role::ComboBox, "历年图的指标")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "居民消费价格涨幅")
        .click();
    harness.run();
    assert_eq!(harness.state().comparison.timeline.key, "cpi");
    harness.get_by_role_and_label(Role::Link, "别省 2026年目标 2%");
    // As an SVG: the indicator in the title, every report in the source line.
    let dir = tempfile::tempdir().expect("temp dir");
    harness
        .state_mut()
        .apply(Command::Export(jiedu::ExportCommand::SetExportFormat(
            jiedu::export::ExportFormat::Svg,
        )));
    harness.state_mut().export.dialog_answer = Some(dir.path().join("timeline"));
    harness.get_by_label("导出历年图 PNG / SVG…").click();
    for _ in 0..4 {
        harness.run();
    }
    let svg = std::fs::read_to_string(dir.path().join("timeline.svg")).expect("the SVG");
    assert!(
        svg.contains(">居民消费价格涨幅：历年目标与完成（%）<"),
        "the title names the indicator"
    );
    assert!(
        svg.contains("来源：某省 2025、某省 2026、别省 2026 政府工作报告 · 解读 Jiedu"),
        "the source line names every report"
    );
    for year in ["2025", "2026"] {
        assert!(
            svg.contains(&format!(">{year}<")),
            "the year {year} on the axis"
        );
    }
    // In English the regions the glossary does not know stay in Chinese, and the figure says so.
    harness
        .state_mut()
        .apply(Command::Window(jiedu::WindowCommand::SetLang(
            jiedu::i18n::Lang::En,
        )));
    harness.run();
    harness.state_mut().export.dialog_answer = Some(dir.path().join("timeline-en"));
    harness
        .get_by_label("Export this chart as PNG / SVG…")
        .click();
    for _ in 0..4 {
        harness.run();
    }
    let svg = std::fs::read_to_string(dir.path().join("timeline-en.svg")).expect("the SVG");
    assert!(svg.contains(">某省<"), "the region as the report names it");
    assert!(
        svg.contains("glossary has no English"),
        "the note on words in Chinese"
    );
}

/// The chart of the nine corpus reports (one region each), or of 某省's two years.
fn corpus_timeline() -> Option<Timeline> {
    let names = [
        "上海市",
        "内蒙古自治区",
        "四川省",
        "国务院-2024",
        "山东省",
        "江苏省",
        "浙江省",
        "福建省",
        "陕西省",
    ];
    let mut reports = Vec::new();
    for name in names {
        let text = crate::common::corpus(&format!("{name}.txt"))?;
        reports.push(jiedu_import::import_text(&text).expect("imports"));
    }
    let keys: Vec<String> = (0..reports.len()).map(|i| format!("r{i}")).collect();
    let regions: Vec<String> = reports
        .iter()
        .map(|r| jiedu::compare::place::place_of(&r.meta).0)
        .collect();
    let placed: Vec<jiedu::compare::outcomes::Placed<'_>> = reports
        .iter()
        .enumerate()
        .map(|(i, report)| jiedu::compare::outcomes::Placed {
            key: &keys[i],
            region: &regions[i],
            year: report.meta.year,
            report,
        })
        .collect();
    Some(timeline(&placed, "gdp_growth"))
}

/// What the chart placed, drawn `width` points wide in `lang`.
fn placed(
    timeline: &Timeline,
    width: f32,
    lang: jiedu::i18n::Lang,
) -> (Vec<(String, egui::Rect)>, usize, egui::Rect) {
    let timeline = timeline.clone();
    crate::common::drawn_alone((width, 3000.0), lang, move |ui| {
        let p = jiedu::compare::timeline_ui::timeline_ui(ui, &timeline);
        (p.words, p.marks.len(), p.rect.expect("drawn"))
    })
}

#[test]
fn the_chart_s_words_stand_clear_at_every_width_for_nine_regions_and_for_one() {
    let Some(nine) = corpus_timeline() else {
        return;
    };
    // Each of the nine reports gives last year's growth and this year's target.
    assert_eq!(nine.tracks.len(), 9, "{:?}", nine.tracks);
    let marks: usize = nine
        .tracks
        .iter()
        .map(|t| {
            t.years
                .iter()
                .map(|y| usize::from(y.target.is_some()) + usize::from(y.outcome.is_some()))
                .sum::<usize>()
        })
        .sum();
    assert_eq!(marks, 18, "a target and a result per report");
    let mut harness = library_of_three();
    let one = {
        let comparison = &mut harness.state_mut().comparison;
        let mut t = comparison.timeline.clone();
        t.tracks.retain(|track| track.region == "某省");
        t
    };
    for lang in [jiedu::i18n::Lang::Zh, jiedu::i18n::Lang::En] {
        for width in [240.0, 320.0, 480.0, 640.0, 960.0, 1280.0] {
            let (words, drawn, rect) = placed(&nine, width, lang);
            let at = format!("nine regions, {width} wide, {lang:?}");
            assert_eq!(drawn, 18, "{at}: every mark drawn");
            assert!(words.iter().any(|(w, _)| w == "2026"), "{at}: the years");
            crate::common::assert_words_clear(&words, rect, &at);
            let (words, drawn, rect) = placed(&one, width, lang);
            let at = format!("one region, {width} wide, {lang:?}");
            assert_eq!(drawn, 4, "{at}: two results and two targets");
            crate::common::assert_words_clear(&words, rect, &at);
            if width >= 640.0 {
                // Wide enough, each figure is written beside its mark.
                for figure in ["5%", "5.2%"] {
                    assert!(words.iter().any(|(w, _)| w == figure), "{at}: {figure}");
                }
            }
        }
    }
}
