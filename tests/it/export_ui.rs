//! Chart export, driven through the app: the image's size is the preset's, never the panel's;
//! Ctrl+S through the (stubbed) save dialog, Ctrl+Shift+C to the clipboard, "export all", a
//! desktop where no dialog can be shown, and a failed export that says why and changes nothing.

#![allow(clippy::expect_used)]

use std::path::Path;

use crate::common::{harness, harness_sized, lowest};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::ExportCommand;
use jiedu::export::{ExportScale, ExportSize, NoticeKind, Target};
use jiedu::{Command, JieduApp};

fn export_to(
    harness: &mut Harness<'_, JieduApp>,
    size: ExportSize,
    scale: ExportScale,
    path: &Path,
) {
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::SetExportSize(size)));
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::SetExportScale(scale)));
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::Export(Target::File(
            path.to_path_buf(),
        ))));
    harness.run();
}

/// Decodes the PNG at `path` and checks it is a real picture: not one flat colour.
pub fn decoded(path: &Path) -> image::RgbaImage {
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

#[test]
fn the_image_has_the_size_asked_for_whatever_the_panel() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Two windows, so two panel widths: the images must not differ in size.
    for (w, h) in [(1280.0, 800.0), (1000.0, 700.0)] {
        let mut harness = harness_sized(w, h);
        for (size, scale, width, height) in [
            (ExportSize::Column, ExportScale::X1, 640, None),
            (ExportSize::Column, ExportScale::X2, 1280, None),
            (ExportSize::Column, ExportScale::X3, 1920, None),
            (ExportSize::Custom(900), ExportScale::X1, 900, None),
            // Fixed pixels: the density does not change them.
            (ExportSize::Square, ExportScale::X3, 1080, Some(1080)),
            (ExportSize::Slide, ExportScale::X1, 1920, Some(1080)),
        ] {
            let path = dir
                .path()
                .join(format!("{w}-{width}-{}.png", scale.label()));
            export_to(&mut harness, size, scale, &path);
            let image = decoded(&path);
            assert_eq!(image.width(), width, "{size:?} {scale:?} in a {w} window");
            if let Some(height) = height {
                assert_eq!(image.height(), height, "{size:?}");
            }
            // The figure alone: its corner is the panel background, not a button or border.
            let fill = egui::Visuals::light().panel_fill;
            assert_eq!(
                &image.get_pixel(1, 1).0[..3],
                &[fill.r(), fill.g(), fill.b()]
            );
        }
    }
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
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::SetExportScale(
            ExportScale::X1,
        )));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let mut copied = None;
    for _ in 0..8 {
        harness.step();
        for command in &harness.output().platform_output.commands {
            if let egui::OutputCommand::CopyImage(image) = command {
                copied = Some(image.size);
            }
        }
    }
    // The image goes out in the frame's output (which a later pass of the same frame may
    // replace); the notice says what was copied, a column at 1×.
    harness.get_by_label_contains("已复制 640×");
    if let Some([width, _]) = copied {
        assert_eq!(width, 640);
    }
    assert_eq!(harness.state().export.last_image.map(|s| s[0]), Some(640));
}

/// The app where no save dialog can be shown (no desktop portal), its default folder a new
/// empty one.
fn without_a_dialog() -> (tempfile::TempDir, Harness<'static, JieduApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.state_mut().settings.export_folder = Some(dir.path().to_path_buf());
    harness.state_mut().export.no_dialog = true;
    (dir, harness)
}

#[test]
fn without_a_save_dialog_the_button_saves_to_the_default_folder_and_says_so() {
    let (dir, mut harness) = without_a_dialog();
    // The button, as a user clicks it (the issue: it wrote nothing and said nothing).
    harness.get_by_label("导出 PNG…").click();
    harness.run();
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    decoded(&written[0]);
    harness.get_by_label_contains("无法打开保存对话框，已存到默认文件夹");
    harness.get_by_label_contains(&written[0].display().to_string());
    // "Export all" too ends in files, in the same folder.
    harness.get_by_label("全部导出…").click();
    for _ in 0..16 {
        harness.step();
    }
    // One file per chart, and the single export's file beside them: the first chart's file
    // of the same title and day takes a new name instead of replacing it.
    let count = std::fs::read_dir(dir.path()).expect("folder").count();
    let charts = harness.state().report().charts.len();
    assert_eq!(count, charts + 1);
    assert!(written[0].exists());
    harness.get_by_label_contains(&format!("已导出 {charts} / {charts} 张图"));
}

/// Clicks 打开文件夹 and runs frames until the opener (on its own thread) has answered with a
/// failure, or a while has passed.
fn open_folder_and_wait(harness: &mut Harness<'_, JieduApp>) {
    harness.get_by_label("打开文件夹").click();
    for _ in 0..20 {
        harness.step();
        if harness.query_by_label_contains("无法打开文件夹").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn the_folder_button_says_when_the_folder_cannot_be_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    harness.state_mut().export.open_with = Some(|_| Err(std::io::Error::other("没有文件管理器")));
    let path = dir.path().join("a.png");
    export_to(&mut harness, ExportSize::Column, ExportScale::X1, &path);
    open_folder_and_wait(&mut harness);
    harness.get_by_label_contains("无法打开文件夹");
    let notice = harness.state().export.notice.clone().expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Failed);
    let text = notice.text;
    assert!(text.contains("没有文件管理器"), "{text}");
    assert!(text.contains(&dir.path().display().to_string()), "{text}");

    // A launcher that ran and failed is named in words, not as a raw exit status.
    harness.state_mut().export.open_with = Some(|_| {
        Err(std::io::Error::other(
            r#"Launcher "xdg-open" "/tmp/x" failed with ExitStatus(unix_wait_status(768))"#,
        ))
    });
    // A new export brings its notice, with the button.
    export_to(
        &mut harness,
        ExportSize::Column,
        ExportScale::X1,
        &dir.path().join("b.png"),
    );
    open_folder_and_wait(&mut harness);
    let text = harness
        .state()
        .export
        .notice
        .clone()
        .expect("a notice")
        .text;
    assert!(
        text.contains("用来打开文件夹的程序（xdg-open）没有成功"),
        "{text}"
    );
    assert!(!text.contains("ExitStatus"), "{text}");
}

#[test]
fn a_failed_export_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.png");
    let mut harness = harness();
    export_to(&mut harness, ExportSize::Column, ExportScale::X1, &good);
    let before = std::fs::read(&good).expect("written");
    let bad = dir.path().join("no-such-folder").join("good.png");
    export_to(&mut harness, ExportSize::Column, ExportScale::X1, &bad);
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
        .apply(Command::Export(ExportCommand::ExportAll(Some(
            dir.path().to_path_buf(),
        ))));
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

#[test]
fn size_and_format_are_chosen_in_the_panel() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    lowest(&harness, Role::ComboBox, "尺寸").click();
    harness.run();
    harness.get_by_label("幻灯片 1920×1080").click();
    harness.run();
    harness.get_by_label("SVG").click();
    harness.run();
    // The export button says what it will write; the density does not apply to a slide.
    harness.state_mut().export.dialog_answer = Some(dir.path().join("slide"));
    harness.get_by_label("导出 SVG…").click();
    harness.run();
    let svg = std::fs::read_to_string(dir.path().join("slide.svg")).expect("an SVG");
    assert!(
        svg.contains(r#"width="1920""#) && svg.contains(r#"height="1080""#),
        "{}",
        &svg[..svg.len().min(300)]
    );
    assert!(svg.contains("<text"), "text stays text");
    assert!(harness.get_by_label("2×").accesskit_node().is_disabled());
    // A width of the user's own.
    lowest(&harness, Role::ComboBox, "尺寸").click();
    harness.run();
    harness.get_by_label("自定义宽度").click();
    harness.run();
    assert_eq!(
        harness.state().settings.export_size,
        ExportSize::Custom(800)
    );
    harness.get_by_label("宽度（1× 像素）");
}

#[test]
fn two_exports_in_two_languages_give_two_files_each_named_in_its_language() {
    let (dir, mut harness) = without_a_dialog();
    harness.get_by_label("导出 PNG…").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Export PNG…").click();
    harness.run();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "neither replaced the other: {names:?}");
    let today = jiedu::export::today();
    assert!(
        names.contains(&format!("2024年主要预期目标-{today}.png")),
        "{names:?}"
    );
    let english = names
        .iter()
        .find(|n| !n.starts_with("2024年"))
        .expect("the English export");
    assert!(
        !english
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "an English name: {english}"
    );
    // The same export again, in English: a third file, the others kept.
    harness.get_by_label("Export PNG…").click();
    harness.run();
    assert_eq!(std::fs::read_dir(dir.path()).expect("folder").count(), 3);
}
