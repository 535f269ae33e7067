//! The comparison as an image to publish (#30): with four and with nine corpus reports, at
//! every size, its words stand whole and clear of each other, its axis is tidy, and every
//! report is named by its region and year, in both languages.

#![allow(clippy::expect_used)]

use egui_kittest::Harness;
use jiedu::export::{ExportFormat, ExportSize, Target};
use jiedu::{Command, ExportCommand, JieduApp, LibraryCommand};

const REPORTS: [&str; 9] = [
    "浙江省.txt",
    "国务院-2024.txt",
    "江苏省.txt",
    "山东省.txt",
    "上海市.txt",
    "内蒙古自治区.txt",
    "四川省.txt",
    "福建省.txt",
    "陕西省.txt",
];

/// The app with the first `n` corpus reports in the library, all ticked, the library open.
fn compared(n: usize) -> Option<Harness<'static, JieduApp>> {
    let mut harness = crate::common::harness();
    crate::common::compare_in_library(&mut harness, &reports_of(n)?);
    Some(harness)
}

/// The first `n` corpus reports, imported.
fn reports_of(n: usize) -> Option<Vec<jiedu::report::Report>> {
    REPORTS[..n]
        .iter()
        .map(|name| crate::common::corpus_report(name))
        .collect()
}

/// The corpus reports' targets side by side, and each report's name (region and year).
fn rows_of(n: usize) -> Option<(Vec<jiedu::compare::targets::Row>, Vec<String>)> {
    let reports = reports_of(n)?;
    let names = reports
        .iter()
        .map(|r| {
            let (region, _) = jiedu::compare::place::place_of(&r.meta);
            format!("{region} {}", r.meta.year.unwrap_or_default())
        })
        .collect();
    let refs: Vec<&jiedu::report::Report> = reports.iter().collect();
    Some((jiedu::compare::targets::side_by_side(&refs), names))
}

/// What the targets drawing placed, drawn `width` points wide in `lang`.
fn placed(
    rows: &[jiedu::compare::targets::Row],
    names: &[String],
    width: f32,
    lang: jiedu::i18n::Lang,
) -> (Vec<(String, egui::Rect)>, Vec<egui::Rect>, egui::Rect) {
    let (rows, names) = (rows.to_vec(), names.to_vec());
    crate::common::drawn_alone((width, 4000.0), lang, move |ui| {
        let p = jiedu::compare::targets_ui::targets_ui(ui, &rows, &names);
        let bars = p.bars.iter().map(|b| b.2).collect();
        (p.words, bars, p.rect)
    })
}

#[test]
fn the_comparison_s_words_stand_clear_of_each_other_at_every_width_with_four_and_nine_reports() {
    for n in [4, 9] {
        let Some((rows, names)) = rows_of(n) else {
            return;
        };
        for lang in [jiedu::i18n::Lang::Zh, jiedu::i18n::Lang::En] {
            for width in [320.0, 480.0, 640.0, 960.0, 1280.0, 1920.0] {
                let (words, lines, rect) = placed(&rows, &names, width, lang);
                let at = format!("{n} reports, {width} wide, {lang:?}");
                assert!(words.len() > 20, "{at}: {} words", words.len());
                crate::common::assert_words_clear(&words, rect, &at);
                // Every report's line is named by its region and year, once a panel.
                let growth = &rows[0];
                for (c, name) in names.iter().enumerate() {
                    if growth.said[c].is_some() {
                        assert!(words.iter().any(|(w, _)| w == name), "{at}: {name}");
                    }
                }
                assert!(!lines.is_empty());
            }
        }
    }
}

/// The viewBox height of an SVG and the y of the text that starts with `start`.
fn svg_heights(svg: &str, start: &str) -> (f32, Option<f32>) {
    let attribute = |tag: &str, name: &str| -> Option<f32> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[at..].split('"').next()?.parse().ok()
    };
    let view = svg
        .split("viewBox=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .and_then(|v| v.split(' ').nth(3))
        .and_then(|h| h.parse().ok())
        .unwrap_or(0.0);
    let y = svg
        .split("<text")
        .find(|t| {
            t.split_once('>')
                .is_some_and(|(_, text)| text.starts_with(start))
        })
        .and_then(|t| attribute(t, "y"));
    (view, y)
}

#[test]
fn the_comparison_exports_whole_at_every_size_with_nine_reports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some(mut harness) = compared(9) else {
        return;
    };
    for size in [ExportSize::Column, ExportSize::Square, ExportSize::Slide] {
        let path = dir.path().join(format!("{size:?}.svg"));
        let app = harness.state_mut();
        app.apply(Command::Export(ExportCommand::SetExportSize(size)));
        app.apply(Command::Export(ExportCommand::SetExportFormat(
            ExportFormat::Svg,
        )));
        app.apply(Command::Library(LibraryCommand::ExportComparison(
            Target::File(path.clone()),
        )));
        harness.run();
        let notice = harness
            .state()
            .export
            .notice
            .as_ref()
            .map(|n| n.text.clone());
        let svg =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{size:?}: {e} ({notice:?})"));
        // Whole: its last line, the source naming every report by region and year, is on the
        // canvas (a figure too tall for a square or a slide is fitted, not cut).
        let (height, source) = svg_heights(&svg, "来源：");
        let source = source.unwrap_or_else(|| panic!("{size:?}: no source line"));
        assert!(
            source < height,
            "{size:?}: the source at {source} of {height}"
        );
        assert!(
            svg.contains("全国 2024、江苏省 2026"),
            "{size:?}: reports by region and year"
        );
    }
}
