//! Shared set-up for the UI tests: the whole app in a kittest harness, from default settings.

// Helpers panic on purpose when the UI lacks what a test needs.
#![allow(clippy::expect_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::ReaderCommand;
use jiedu::settings::Settings;
use jiedu::{Command, JieduApp};

/// Width of the navigator; anything right of it is the reading view or the toolbar.
pub const NAVIGATOR_RIGHT: f32 = 250.0;

/// The app at 1280×800, default settings, a few frames run.
pub fn harness() -> Harness<'static, JieduApp> {
    harness_sized(1280.0, 800.0)
}

/// The app at the given size.
pub fn harness_sized(width: f32, height: f32) -> Harness<'static, JieduApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        // Tooltips fade in over a few frames.
        .with_max_steps(12)
        .build_eframe(|cc| JieduApp::with_settings(&cc.egui_ctx, Settings::default()));
    harness.run();
    harness
}

/// Id of the section the reader is in.
pub fn current_id(harness: &Harness<'_, JieduApp>) -> String {
    harness
        .state()
        .current_section()
        .map(|s| s.id.clone())
        .unwrap_or_default()
}

/// The message of the report that could not be opened (panics when the last open worked).
pub fn open_failure(harness: &Harness<'_, JieduApp>) -> String {
    match &harness.state().opening.failure {
        Some(failure) => failure.message.clone(),
        None => panic!("the last report opened"),
    }
}

/// The nine reports of the shared corpus, by file name.
pub const CORPUS: [&str; 9] = [
    "上海市.txt",
    "内蒙古自治区.txt",
    "四川省.txt",
    "国务院-2024.txt",
    "山东省.txt",
    "江苏省.txt",
    "浙江省.txt",
    "福建省.txt",
    "陕西省.txt",
];

/// The corpus report `name`, imported (none without the corpus, outside CI).
pub fn corpus_report(name: &str) -> Option<jiedu::report::Report> {
    let text = corpus(name)?;
    Some(
        jiedu_import::import_bytes(text.as_bytes(), None)
            .expect("imports")
            .report,
    )
}

/// `reports` added to the library (kept in memory), the library open, and each of them ticked
/// for comparison (the built-in report stays unticked).
pub fn compare_in_library(harness: &mut Harness<'_, JieduApp>, reports: &[jiedu::report::Report]) {
    for report in reports {
        harness
            .state_mut()
            .comparison
            .library
            .add(report)
            .expect("kept in memory");
    }
    let keys: Vec<String> = harness.state().comparison.library.entries()[1..]
        .iter()
        .map(|e| e.key.clone())
        .collect();
    let app = harness.state_mut();
    app.apply(jiedu::Command::Library(jiedu::LibraryCommand::ShowLibrary(
        true,
    )));
    for key in keys {
        app.apply(jiedu::Command::Library(
            jiedu::LibraryCommand::ToggleCompared(key),
        ));
    }
    harness.run();
}

/// A real report from the shared corpus beside the repository (`../shared/corpus`). Missing
/// in CI is a failure; elsewhere (a clone without the team's material) the test says so and
/// skips.
pub fn corpus(name: &str) -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "{}: {e} (the corpus is needed in CI)",
                path.display()
            );
            eprintln!("skipped: {} is missing (not in CI)", path.display());
            None
        }
    }
}

/// Runs frames until the import that was started is done (it runs on its own thread).
pub fn until_imported(harness: &mut Harness<'_, JieduApp>) {
    until_done(
        harness,
        400,
        |app| app.opening.import.is_some(),
        "the import",
    );
}

/// Runs at most `frames` frames until `busy` no longer holds of the app (a job on a thread of
/// its own), then lets the frames after it settle (a new report lays out); panics naming `what`
/// when it never finishes.
pub fn until_done(
    harness: &mut Harness<'_, JieduApp>,
    frames: usize,
    busy: impl Fn(&JieduApp) -> bool,
    what: &str,
) {
    for _ in 0..frames {
        // Steps, not `run`: the spinner repaints while the job runs.
        harness.step();
        if !busy(harness.state()) {
            drop(harness.try_run());
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("{what} did not finish");
}

/// A press and release of the primary button at `pos`, after the pointer moved there.
pub fn click_at(harness: &mut Harness<'_, JieduApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}

/// The text the last frame put on the clipboard.
pub fn copied(harness: &Harness<'_, JieduApp>) -> String {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("text on the clipboard")
}

/// Drops the file at `path` on the window, as a user drags it there.
pub fn drop_file(harness: &mut Harness<'_, JieduApp>, path: &std::path::Path) {
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.to_owned())));
}

/// A file dropped on the window.
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The text marked in the reader (a search match, or the sentence of a bar or a row).
pub fn highlighted(harness: &Harness<'_, JieduApp>) -> String {
    let h = harness
        .state()
        .doc
        .nav
        .highlight
        .clone()
        .expect("something is marked");
    let section = harness
        .state()
        .current_section()
        .expect("a section is shown");
    let jiedu::report::Place::Paragraph(p) = h.place else {
        panic!("the mark is in a paragraph")
    };
    section.paragraphs[p][h.range].to_owned()
}

/// Drags the pointer from `from` to `to` with the primary button held.
pub fn drag(harness: &mut Harness<'_, JieduApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.run();
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    harness.event(button(from, true));
    harness.run();
    for k in 1..=4u8 {
        let t = f32::from(k) / 4.0;
        harness.event(egui::Event::PointerMoved(from + (to - from) * t));
        harness.run();
    }
    harness.event(button(to, false));
    harness.run();
}

/// The node labelled `label` with `role` that lies lowest on screen (the editor's, when the
/// data table above it has one of the same name).
pub fn lowest<'a>(
    harness: &'a Harness<'_, JieduApp>,
    role: Role,
    label: &'a str,
) -> egui_kittest::Node<'a> {
    harness
        .query_all_by_role_and_label(role, label)
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .unwrap_or_else(|| panic!("no {role:?} named {label}"))
}

/// The row buttons named `label`, top to bottom.
pub fn row_buttons<'a>(
    harness: &'a Harness<'_, JieduApp>,
    label: &'a str,
) -> Vec<egui_kittest::Node<'a>> {
    let mut found: Vec<_> = harness.query_all_by_label(label).collect();
    found.sort_by(|a, b| a.rect().top().total_cmp(&b.rect().top()));
    found
}

/// Where figure `indicator`'s first character is drawn in the reader.
pub fn figure_rect(harness: &Harness<'_, JieduApp>, indicator: usize) -> egui::Rect {
    drawn_at(&harness.state().doc.drawn.figure_rects, indicator)
}

/// Where figure `indicator`'s bar is drawn in the chart.
pub fn bar_rect(harness: &Harness<'_, JieduApp>, indicator: usize) -> egui::Rect {
    drawn_at(&harness.state().doc.drawn.bar_rects, indicator)
}

/// Where `indicator` was drawn last frame, among `rects` (bars or figures).
pub fn drawn_at(rects: &[(usize, egui::Rect)], indicator: usize) -> egui::Rect {
    rects
        .iter()
        .find(|(i, _)| *i == indicator)
        .map(|(_, r)| *r)
        .expect("drawn last frame")
}

/// The row of the data table that shows figure `indicator`.
pub fn row_of(harness: &Harness<'_, JieduApp>, indicator: usize) -> usize {
    harness
        .state()
        .doc
        .data_view
        .rows
        .iter()
        .position(|r| r.indicator == indicator)
        .expect("its row")
}

/// Two figures on one line of the same paragraph, the first before the second, both drawn.
pub fn two_on_a_line(harness: &mut Harness<'_, JieduApp>) -> (usize, usize) {
    let report = harness.state().report().clone();
    let spans = harness.state().doc.figures.clone();
    let mut places: Vec<_> = spans.iter().filter(|(_, s)| s.len() >= 2).collect();
    places.sort_by_key(|(p, _)| **p);
    for (place, spans) in places {
        harness
            .state_mut()
            .apply(Command::Reader(ReaderCommand::GoTo(*place)));
        harness.run();
        for pair in spans.windows(2) {
            let (a, b) = (pair[0].indicator, pair[1].indicator);
            let drawn = &harness.state().doc.drawn.figure_rects;
            let rect = |i| drawn.iter().find(|(j, _)| *j == i).map(|(_, r)| *r);
            if let (Some(ra), Some(rb)) = (rect(a), rect(b))
                && pair[0].paragraph == pair[1].paragraph
                && (ra.top() - rb.top()).abs() < 1.0
                && rb.left() - ra.left() > 60.0
                && ra.top() > 150.0
                && report.indicators[a].value.is_some()
            {
                return (a, b);
            }
        }
    }
    panic!("no two figures on one line");
}

/// The entry of the table of contents named `title` (the reader may show the same heading).
pub fn toc<'a>(harness: &'a Harness<'_, JieduApp>, title: &'a str) -> egui_kittest::Node<'a> {
    harness
        .query_all_by_label(title)
        .find(|n| n.rect().left() < NAVIGATOR_RIGHT)
        .unwrap_or_else(|| panic!("no entry {title} in the contents"))
}

/// 国务院-2024 pasted, every figure waiting for a person (the review's mechanics do not depend
/// on which figures the importer doubts), and its data tab open (none without the corpus,
/// outside CI).
pub fn imported_national() -> Option<Harness<'static, JieduApp>> {
    let text = corpus("国务院-2024.txt")?;
    let mut harness = harness();
    harness.event(egui::Event::Paste(text));
    until_imported(&mut harness);
    all_waiting(&mut harness);
    harness.get_by_label("数据").click();
    harness.run();
    Some(harness)
}

/// The open report anew with every figure waiting for a person, as if the importer had doubted
/// them all (a hook of the `testing` feature).
pub fn all_waiting(harness: &mut Harness<'_, JieduApp>) {
    harness.state_mut().every_figure_waits();
    harness.run();
}

/// Replaces the text of the lowest field named `label` (the editor's) with `text`, as a user
/// does: focus, select all, type.
pub fn retype(harness: &mut Harness<'_, JieduApp>, label: &str, text: &str) {
    lowest(harness, Role::TextInput, label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    lowest(harness, Role::TextInput, label).type_text(text);
    harness.run();
}

/// Drags across the text from figure `a` to just before figure `b` (on one line), selecting
/// the first figure and the words after it.
pub fn select_from_figure_to_figure(harness: &mut Harness<'_, JieduApp>, a: usize, b: usize) {
    let (ra, rb) = (figure_rect(harness, a), figure_rect(harness, b));
    drag(
        harness,
        ra.left_center() + egui::vec2(1.0, 0.0),
        rb.left_center() - egui::vec2(1.0, 0.0),
    );
}

/// 保存为报告… with the keys (Ctrl+Shift+S), the save dialog answered with `path`.
pub fn save_report_as(harness: &mut Harness<'_, JieduApp>, path: std::path::PathBuf) {
    harness.state_mut().save_report.dialog_answer = Some(path);
    harness.key_press_modifiers(
        egui::Modifiers {
            shift: true,
            ..egui::Modifiers::COMMAND
        },
        egui::Key::S,
    );
    harness.run();
}

/// Picks `kind` (its name) in the editor's 类型 drop-down, as a user does.
pub fn pick_kind(harness: &mut Harness<'_, JieduApp>, kind: &str) {
    lowest(harness, Role::ComboBox, "类型").click();
    harness.run();
    // The popup's entry, not the table's cells of that kind.
    harness
        .query_all_by_label(kind)
        .find(|n| !matches!(n.accesskit_node().role(), Role::Label | Role::Cell))
        .expect("the kind in the popup")
        .click();
    harness.run();
}

/// A fresh app whose data folder holds `kept` (as after a crash).
pub fn after_a_crash(kept: &std::path::Path) -> Harness<'static, JieduApp> {
    let kept = kept.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(12)
        .build_eframe(move |cc| {
            let mut app =
                JieduApp::with_settings(&cc.egui_ctx, jiedu::settings::Settings::default());
            app.autosave = jiedu::review::autosave::Autosave::at(Some(kept.clone()));
            app.recovery = app.autosave.left_behind();
            app
        });
    harness.run();
    harness
}

/// What `draw` returns when it draws alone in a window `width` points wide (and `height` tall),
/// in `lang`, with the app's fonts and text styles: a figure measured outside the app.
pub fn drawn_alone<T: Send + 'static>(
    (width, height): (f32, f32),
    lang: jiedu::i18n::Lang,
    draw: impl Fn(&mut egui::Ui) -> T + 'static,
) -> T {
    use std::sync::{Arc, Mutex};
    let out = Arc::new(Mutex::new(None));
    let seen = Arc::clone(&out);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width + 40.0, height))
        .with_context_setup(move |ctx| {
            jiedu::platform::fonts::install(ctx);
            jiedu::ui::style::init_text_styles(ctx);
            jiedu::ui::strings::set(ctx, lang);
        })
        .build_ui(move |ui| {
            ui.set_width(width);
            *seen.lock().expect("one test") = Some(draw(ui));
        });
    harness.run();
    let drawn = out.lock().expect("one test").take();
    drawn.expect("drawn")
}

/// No word of a figure covers another, and every word is inside the drawing (`at` names the
/// case in a failure).
pub fn assert_words_clear(words: &[(String, egui::Rect)], rect: egui::Rect, at: &str) {
    for (i, (a, ra)) in words.iter().enumerate() {
        assert!(
            rect.expand(0.5).contains_rect(*ra),
            "{at}: {a} out of {rect:?}"
        );
        for (b, rb) in &words[i + 1..] {
            assert!(
                !ra.shrink(0.5).intersects(rb.shrink(0.5)),
                "{at}: {a} {ra:?} covers {b} {rb:?}"
            );
        }
    }
}

/// One step of a mouse wheel by `delta` points (where the pointer is), and a frame.
pub fn wheel(harness: &mut Harness<'_, JieduApp>, delta: egui::Vec2) {
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
}
