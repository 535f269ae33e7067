//! Chart export, driven through the app: the screenshot at 1×, offscreen renders at 2× and 3×,
//! Ctrl+S through the (stubbed) save dialog, Ctrl+Shift+C to the clipboard, "export all", and
//! a failed export that says why and changes nothing.

#![allow(clippy::expect_used)]

use std::path::Path;

use crate::common::harness;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiedu::export::{ExportScale, Method, NoticeKind, Target, pixel_size};
use jiedu::{Command, JieduApp};

fn export_to(harness: &mut Harness<'_, JieduApp>, scale: ExportScale, path: &Path) {
    harness.state_mut().apply(Command::SetExportScale(scale));
    harness
        .state_mut()
        .apply(Command::Export(Target::File(path.to_path_buf())));
    harness.run();
}

/// Decodes the PNG at `path` and checks it is a real picture: not one flat colour.
fn decoded(path: &Path) -> image::RgbaImage {
    let bytes = std::fs::read(path).expect("file written");
    let image = image::load_from_memory(&bytes).expect("decodes").to_rgba8();
    let mut colours: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 50, "only {} colours: blank?", colours.len());
    // Text is drawn: some pixels are near black on the light theme.
    assert!(
        image
            .pixels()
            .any(|p| p.0[0] < 60 && p.0[1] < 60 && p.0[2] < 60)
    );
    image
}

fn expected_size(harness: &Harness<'_, JieduApp>, scale: ExportScale) -> [usize; 2] {
    let rect = harness
        .state()
        .doc
        .drawn
        .figure
        .as_ref()
        .expect("figure drawn")
        .rect;
    pixel_size(rect, scale)
}

fn assert_close(actual: (u32, u32), expected: [usize; 2]) {
    let (w, h) = (actual.0 as usize, actual.1 as usize);
    assert!(
        w.abs_diff(expected[0]) <= 2 && h.abs_diff(expected[1]) <= 2,
        "{w}×{h}, expected {}×{}",
        expected[0],
        expected[1]
    );
}

#[test]
fn one_x_is_a_screenshot_cropped_to_the_figure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("targets.png");
    let mut harness = harness();
    let expected = expected_size(&harness, ExportScale::X1);
    export_to(&mut harness, ExportScale::X1, &path);
    let app = harness.state();
    assert_eq!(
        app.export.last_image.map(|(m, _)| m),
        Some(Method::Screenshot)
    );
    assert_eq!(app.export.last_file.as_deref(), Some(path.as_path()));
    let image = decoded(&path);
    assert_close(image.dimensions(), expected);
    // Cropped to the figure: its corner is the panel background, not a button or border.
    let fill = egui::Visuals::light().panel_fill;
    let corner = image.get_pixel(1, 1).0;
    assert_eq!(&corner[..3], &[fill.r(), fill.g(), fill.b()]);
    assert!(matches!(
        app.export.notice.as_ref().map(|n| &n.kind),
        Some(NoticeKind::Done(Some(_)))
    ));
}

#[test]
fn higher_scales_are_rendered_offscreen_at_that_density() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    for scale in [ExportScale::X2, ExportScale::X3] {
        let path = dir.path().join(format!("chart-{}.png", scale.label()));
        let expected = expected_size(&harness, scale);
        export_to(&mut harness, scale, &path);
        let app = harness.state();
        assert_eq!(
            app.export.last_image.map(|(m, _)| m),
            Some(Method::Offscreen)
        );
        assert_close(decoded(&path).dimensions(), expected);
    }
    // The scale is a setting, so it is remembered across restarts.
    assert_eq!(harness.state().settings.export_scale, ExportScale::X3);
}

#[test]
fn ctrl_s_saves_where_the_dialog_says_and_remembers_the_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.state_mut().export.dialog_answer = Some(dir.path().join("picked"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let path = dir.path().join("picked.png");
    decoded(&path);
    assert_eq!(
        harness.state().settings.export_folder.as_deref(),
        Some(dir.path())
    );
    harness
        .get_by_label_contains(&path.display().to_string())
        .hover();
    harness.get_by_label("打开文件夹");
}

#[test]
fn the_export_button_works_from_the_keyboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.state_mut().export.dialog_answer = Some(dir.path().join("by-keyboard"));
    harness.get_by_label("导出 PNG…").focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    decoded(&dir.path().join("by-keyboard.png"));
}

#[test]
fn ctrl_shift_c_copies_the_chart_image() {
    let mut harness = harness();
    let expected = expected_size(&harness, ExportScale::X1);
    harness
        .state_mut()
        .apply(Command::SetExportScale(ExportScale::X1));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let mut copied = None;
    for _ in 0..8 {
        harness.step();
        for command in &harness.output().platform_output.commands {
            if let egui::OutputCommand::CopyImage(image) = command {
                copied = Some(image.size);
            }
        }
        if copied.is_some() {
            break;
        }
    }
    let size = copied.expect("an image was copied");
    assert_close((size[0] as u32, size[1] as u32), expected);
}

#[test]
fn no_tooltip_is_drawn_in_the_frame_that_is_captured() {
    let mut harness = harness();
    let bar = harness.state().doc.drawn.bar_rects[0].1.center();
    // The hint under the chart says the same words; the tooltip adds a second match.
    let hint_only = harness
        .query_all_by_label_contains("点击跳到正文中的这句话")
        .count();
    harness.hover_at(bar);
    harness.run();
    assert_eq!(
        harness
            .query_all_by_label_contains("点击跳到正文中的这句话")
            .count(),
        hint_only + 1,
        "the tooltip shows"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    harness
        .state_mut()
        .apply(Command::Export(Target::File(dir.path().join("a.png"))));
    harness.step();
    assert_eq!(
        harness
            .query_all_by_label_contains("点击跳到正文中的这句话")
            .count(),
        hint_only,
        "the tooltip would be in the image"
    );
    harness.run();
    // The pointer was over the chart, so the app drew the figure again instead of cropping
    // the window.
    assert_eq!(
        harness.state().export.last_image.map(|(m, _)| m),
        Some(Method::Offscreen)
    );
}

#[test]
fn a_failed_export_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.png");
    let mut harness = harness();
    export_to(&mut harness, ExportScale::X1, &good);
    let before = std::fs::read(&good).expect("written");
    let bad = dir.path().join("no-such-folder").join("good.png");
    export_to(&mut harness, ExportScale::X1, &bad);
    let notice = harness.state().export.notice.clone().expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Failed);
    assert!(notice.text.contains("no-such-folder"), "{}", notice.text);
    harness.get_by_label_contains("导出失败");
    assert!(!bad.exists());
    assert_eq!(std::fs::read(&good).expect("still there"), before);
    assert!(
        !harness.state().export.is_busy(),
        "the app is ready for the next export"
    );
}

#[test]
fn export_all_writes_one_png_per_chart_and_shows_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    let charts = harness.state().report().charts.len();
    harness
        .state_mut()
        .apply(Command::ExportAll(Some(dir.path().to_path_buf())));
    let mut saw_progress = false;
    for _ in 0..(charts * 2 + 4) {
        harness.step();
        saw_progress |= harness.query_by_label_contains("正在导出图表").is_some();
    }
    assert!(saw_progress, "progress was shown");
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), charts, "{files:?}");
    for file in &files {
        assert_eq!(file.extension().and_then(|e| e.to_str()), Some("png"));
        decoded(file);
    }
    assert!(matches!(
        harness.state().export.notice.as_ref().map(|n| &n.kind),
        Some(NoticeKind::Done(Some(_)))
    ));
}
