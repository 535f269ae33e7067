//! The words of a chart, as a user meets them: the period and the full source line in the
//! figure; rewriting the title, subtitle, a note and the source before export (the figure and
//! the exported file follow, the words are remembered for this report and chart only); and
//! going back to the defaults.

#![allow(clippy::expect_used)]

use crate::common::{harness, retype};
use egui_kittest::kittest::Queryable;
use jiedu::Command;
use jiedu::charts::data::ChartRef;
use jiedu::export::{ExportFormat, Target};
use jiedu::{ChartsCommand, ExportCommand, WindowCommand};

#[test]
fn every_figure_names_its_period_and_its_full_source() {
    let mut harness = harness();
    harness.get_by_label("2024年预期目标（计划，不是实际完成值）");
    let source = "来源：解读上街区政府工作报告（上街区第十四届人民代表大会第四次会议，3月19日，报告年份2024年） · 解读 Jiedu";
    harness.get_by_label(source);
    harness
        .state_mut()
        .apply(Command::Charts(ChartsCommand::SelectChart(
            ChartRef::Report(1),
        )));
    harness.run();
    harness.get_by_label("过去一年（2023年，由报告年份推算）");
    // In English, with the English title first and the Chinese one kept beside it.
    harness
        .state_mut()
        .apply(Command::Window(WindowCommand::SetLang(
            jiedu::i18n::Lang::En,
        )));
    harness.run();
    harness.get_by_label("Past year (2023, from the report's year)");
    harness.get_by_label_contains(
        "Source: Shangjie District Government Work Report, Explained (解读上街区政府工作报告)",
    );
}

#[test]
fn the_user_rewrites_the_words_and_the_export_carries_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.get_by_label("图中文字").click();
    harness.run();
    retype(&mut harness, "标题", "上街区2024年增长目标（%）");
    retype(&mut harness, "副标题", "区政府的计划");
    retype(&mut harness, "注释", "制图：本报");
    retype(
        &mut harness,
        "来源",
        "来源：上街区政府工作报告，2024年3月19日",
    );
    // The figure shows them at once (a field's text is its value, not a label).
    for words in [
        "上街区2024年增长目标（%）",
        "区政府的计划",
        "制图：本报",
        "来源：上街区政府工作报告，2024年3月19日",
    ] {
        harness.get_by_label(words);
    }
    // The exported SVG has them as text.
    let path = dir.path().join("edited.svg");
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::SetExportFormat(
            ExportFormat::Svg,
        )));
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::Export(Target::File(
            path.clone(),
        ))));
    harness.run();
    let svg = std::fs::read_to_string(&path).expect("written");
    for words in ["上街区2024年增长目标（%）", "区政府的计划", "制图：本报"] {
        assert!(svg.contains(words), "{words} in the SVG");
    }
    // Remembered for this chart, not another.
    assert_eq!(harness.state().settings.figure_edits.len(), 1);
    harness
        .state_mut()
        .apply(Command::Charts(ChartsCommand::SelectChart(
            ChartRef::Report(1),
        )));
    harness.run();
    assert!(harness.query_by_label("区政府的计划").is_none());
    harness.get_by_label("过去一年（2023年，由报告年份推算）");
    harness
        .state_mut()
        .apply(Command::Charts(ChartsCommand::SelectChart(
            ChartRef::Report(0),
        )));
    harness.run();
    harness.get_by_label("区政府的计划");
    // Back to the defaults.
    harness.get_by_label("恢复默认文字").click();
    harness.run();
    assert!(harness.query_by_label("区政府的计划").is_none());
    harness.get_by_label("2024年主要预期目标（%）");
    assert!(harness.state().settings.figure_edits.is_empty());
}
