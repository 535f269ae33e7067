//! Frame and load benchmarks (a plain harness, no criterion): CPU time of `Harness::step` —
//! one egui pass of the whole app, layout and tessellation included, no GPU — for the steady
//! reader, scrolling, hovering across a chart, switching chapters and typing a search; and the
//! time to parse and validate a report, for the real report and a synthetic one 100× its size;
//! the review of an imported 420-figure report; and the in-app export latency at 1× and 2×.
//!
//! Run: `cargo bench --bench frames` (prints a Markdown table for BENCHMARKS.md); `cargo bench
//! --bench frames -- library` measures the library window with 300 reports kept on disk.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use jiedu::report::{Report, SectionRef, synthetic};
use jiedu::settings::Settings;
use jiedu::{Command, JieduApp};
use jiedu::{
    ExportCommand, OpenCommand, ReaderCommand, ReviewCommand, SearchCommand, TableCommand,
};

/// Frames measured per scenario (after warm-up).
const FRAMES: usize = 60;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn app(report_file: Option<&std::path::Path>) -> Harness<'static, JieduApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| JieduApp::with_settings(&cc.egui_ctx, Settings::default()));
    if let Some(path) = report_file {
        harness
            .state_mut()
            .apply(Command::Open(OpenCommand::OpenFile(path.to_path_buf())));
    }
    // Warm up: fonts, atlas, first layouts.
    for _ in 0..10 {
        harness.step();
    }
    harness
}

/// A wheel step of `dy` points where the pointer is.
fn wheel(h: &mut Harness<'static, JieduApp>, dy: f32) {
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
}

/// Times `FRAMES` frames, calling `before` ahead of each (outside the timing).
fn frames(
    harness: &mut Harness<'static, JieduApp>,
    mut before: impl FnMut(&mut Harness<'static, JieduApp>, usize),
) -> Duration {
    let mut times = Vec::with_capacity(FRAMES);
    for i in 0..FRAMES {
        before(harness, i);
        let start = Instant::now();
        harness.step();
        times.push(start.elapsed());
    }
    median(times)
}

fn scenarios(name: &str, file: Option<&std::path::Path>) {
    let mut h = app(file);
    let steady = frames(&mut h, |_, _| {});

    let mut h = app(file);
    let center = egui::pos2(500.0, 400.0);
    h.hover_at(center);
    let scroll = frames(&mut h, |h, i| {
        let dy = if (i / 20) % 2 == 0 { -120.0 } else { 120.0 };
        wheel(h, dy);
    });

    let mut h = app(file);
    let bars: Vec<egui::Pos2> = h
        .state()
        .doc
        .drawn
        .bar_rects
        .iter()
        .map(|(_, r)| r.center())
        .collect();
    let hover = frames(&mut h, |h, i| {
        if let Some(p) = bars.get(i % bars.len().max(1)) {
            h.hover_at(*p);
        }
    });

    let mut h = app(file);
    let chapters = h.state().report().chapters.len();
    let switch = frames(&mut h, |h, i| {
        h.state_mut()
            .apply(Command::Reader(ReaderCommand::GoTo(SectionRef {
                chapter: (i * 7) % chapters,
                section: 0,
            })));
    });

    let mut h = app(file);
    let word: Vec<char> = "中欧班列开行".chars().collect();
    let typing = frames(&mut h, |h, i| {
        let n = i % (word.len() + 1);
        h.state_mut().apply(Command::Search(SearchCommand::SetQuery(
            word[..n].iter().collect(),
        )));
    });

    println!(
        "| {name} | {} | {} | {} | {} | {} |",
        ms(steady),
        ms(scroll),
        ms(hover),
        ms(switch),
        ms(typing)
    );
}

fn load(name: &str, json: &str) {
    let times: Vec<Duration> = (0..9)
        .map(|_| {
            let start = Instant::now();
            let report = Report::from_json(json).expect("loads");
            let figures = jiedu::report::figure_spans_by_section(&report);
            let charts = jiedu::charts::data::charts_by_section(&report);
            let elapsed = start.elapsed();
            assert!(!figures.is_empty() && !charts.is_empty());
            elapsed
        })
        .collect();
    println!(
        "| {name} | {:.1} MB | {} |",
        json.len() as f64 / 1e6,
        ms(median(times))
    );
}

/// Click-to-file latency of the in-app export: from the command to the file on disk, frames
/// in between included. Returns the first export of the session (which also starts the
/// offscreen renderer), the median of the nine after it, and the size of the last file.
fn export_latency(
    size: jiedu::export::ExportSize,
    scale: jiedu::export::ExportScale,
    format: jiedu::export::ExportFormat,
) -> (Duration, Duration, u64) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(None);
    h.state_mut()
        .apply(Command::Export(ExportCommand::SetExportScale(scale)));
    h.state_mut()
        .apply(Command::Export(ExportCommand::SetExportSize(size)));
    h.state_mut()
        .apply(Command::Export(ExportCommand::SetExportFormat(format)));
    let ext = format.extension();
    // One export first, so the offscreen renderer and its fonts exist, as after the first use.
    let warm = dir.path().join(format!("warm.{ext}"));
    let start = Instant::now();
    h.state_mut().apply(Command::Export(ExportCommand::Export(
        jiedu::export::Target::File(warm.clone()),
    )));
    while h.state().export.last_file.as_deref() != Some(warm.as_path()) {
        h.step();
    }
    let first = start.elapsed();
    let mut last = warm;
    let times: Vec<Duration> = (0..9)
        .map(|i| {
            let path = dir.path().join(format!("{i}.{ext}"));
            let start = Instant::now();
            h.state_mut().apply(Command::Export(ExportCommand::Export(
                jiedu::export::Target::File(path.clone()),
            )));
            while h.state().export.last_file.as_deref() != Some(path.as_path()) {
                h.step();
            }
            last.clone_from(&path);
            start.elapsed()
        })
        .collect();
    let bytes = std::fs::metadata(&last).expect("written").len();
    (first, median(times), bytes)
}

/// Review of an imported report: the national report of 2024 imported, repeated to 420
/// figures, opened in the data tab; frames steady, and with one figure accepted or rejected
/// before each frame (the table, the chart and the marks follow at once).
fn review() {
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/国务院-2024.txt");
    let text = std::fs::read(&corpus).expect("the shared corpus");
    let imported = jiedu_import::import_bytes(&text, None).expect("imports");
    let big = synthetic::repeated(&imported.report, 10);
    let figures = big.indicators.len();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("review.json");
    std::fs::write(&path, serde_json::to_string(&big).expect("json")).expect("write");
    let kept = dir.path().join("review-autosave.json");
    let open = || {
        let mut h = app(Some(&path));
        // As in the app: the review is kept on disk after every step.
        h.state_mut().autosave = jiedu::review::autosave::Autosave::at(Some(kept.clone()));
        h.state_mut().apply(Command::Table(TableCommand::SetSideTab(
            jiedu::data_view::state::SideTab::Data,
        )));
        for _ in 0..5 {
            h.step();
        }
        h
    };
    let mut h = open();
    let steady = frames(&mut h, |_, _| {});
    let mut h = open();
    let accept = frames(&mut h, |h, i| {
        h.state_mut()
            .apply(Command::Review(ReviewCommand::SetReview(
                i,
                jiedu::report::Review::Accepted,
            )));
    });
    let mut h = open();
    let reject = frames(&mut h, |h, i| {
        h.state_mut()
            .apply(Command::Review(ReviewCommand::SetReview(
                i,
                jiedu::report::Review::Rejected,
            )));
    });
    let mut h = open();
    let correct = frames(&mut h, |h, i| {
        let app = h.state_mut();
        app.apply(Command::Review(ReviewCommand::EditFigure(i)));
        let mut draft = app.report().indicators[i].clone();
        draft.label.push('*');
        draft.kind = jiedu::report::Kind::Level;
        app.apply(Command::Review(ReviewCommand::SetDraft(Box::new(draft))));
        app.apply(Command::Review(ReviewCommand::SaveEdit));
    });
    println!(
        "| {figures} figures | {} | {} | {} | {} |",
        ms(steady),
        ms(accept),
        ms(reject),
        ms(correct)
    );
}

/// A page copied as one line: 四川省 without its line breaks, repeated to 5 MB, imported;
/// frames steady and typing a one-character search (`1`, then `12`, then nothing).
fn one_line() {
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/四川省.txt");
    let text = std::fs::read_to_string(&corpus)
        .expect("the shared corpus")
        .replace('\n', "");
    let line = text.repeat(5 * 1024 * 1024 / text.len() + 1);
    let report = jiedu_import::import_text(&line).expect("imports");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("one-line.json");
    std::fs::write(&path, serde_json::to_string(&report).expect("json")).expect("write");
    // 四川省 has a character or two the bundled subset lacks (drawn as a box in the app; the
    // harness would stop on it).
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .allow_missing_glyphs()
        .build_eframe(|cc| JieduApp::with_settings(&cc.egui_ctx, Settings::default()));
    h.state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path.clone())));
    for _ in 0..10 {
        h.step();
    }
    let steady = frames(&mut h, |_, _| {});
    let queries = ["1", "12", ""];
    let typing = frames(&mut h, |h, i| {
        h.state_mut().apply(Command::Search(SearchCommand::SetQuery(
            queries[i % queries.len()].to_owned(),
        )));
    });
    println!(
        "| one line of {:.1} MB, {} sections | {} | {} |",
        line.len() as f64 / 1e6,
        report
            .chapters
            .iter()
            .map(|c| c.sections.len())
            .sum::<usize>(),
        ms(steady),
        ms(typing)
    );
}

/// The resident memory of this process now and at its peak, in MB (Linux; none elsewhere).
fn memory_mb() -> Option<(f64, f64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb = |key: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(1)?.parse::<f64>().ok()
    };
    Some((kb("VmRSS:")? / 1024.0, kb("VmHWM:")? / 1024.0))
}

/// A library of `n` reports kept on disk, as many imports leave it: the nine corpus texts,
/// each copy made distinct by its number. Returns the folder and the time to add them.
fn library_on_disk(dir: &std::path::Path, n: usize) -> Duration {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut texts: Vec<String> = std::fs::read_dir(&corpus)
        .expect("the shared corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("text"))
        .collect();
    texts.sort();
    let builtin = Report::embedded().ok();
    let mut library =
        jiedu::compare::library::Library::at(Some(dir.to_path_buf()), builtin.as_ref());
    let start = Instant::now();
    for i in 0..n {
        // The copy's number inside the body (a line of its own at the end would be dropped as
        // page furniture, and the copies would be one report).
        let text =
            texts[i % texts.len()].replacen("各位代表：", &format!("各位代表：（第 {i} 份）"), 1);
        let report = jiedu_import::import_text(&text).expect("imports");
        library.add(&report).expect("kept");
    }
    start.elapsed()
}

/// The library window with `n` reports: opening the app on the kept library and showing the
/// window, then frames steady, scrolling the list, and typing a search.
fn library(n: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let added = library_on_disk(dir.path(), n);
    let before = memory_mb();
    let start = Instant::now();
    let mut h = app(None);
    let builtin = Report::embedded().ok();
    h.state_mut().comparison.library =
        jiedu::compare::library::Library::at(Some(dir.path().to_path_buf()), builtin.as_ref());
    h.state_mut()
        .apply(Command::Library(jiedu::LibraryCommand::ShowLibrary(true)));
    h.step();
    let open = start.elapsed();
    let steady = frames(&mut h, |_, _| {});
    // Over the list: where its first tick is drawn.
    let over_list = {
        use egui_kittest::kittest::Queryable;
        h.query_all_by_label("比较")
            .next()
            .map_or(egui::pos2(400.0, 300.0), |n| n.rect().center())
    };
    let scrolling = frames(&mut h, |h, _| {
        h.event(egui::Event::PointerMoved(over_list));
        wheel(h, -60.0);
    });
    let words = ["浙", "浙江", "浙江 2", "浙江", ""];
    let searching = frames(&mut h, |h, i| {
        let mut shelf = h.state().comparison.shelf.clone();
        words[i % words.len()].clone_into(&mut shelf.query);
        h.state_mut()
            .apply(Command::Library(jiedu::LibraryCommand::Shelve(shelf)));
    });
    // The comparison of a province's 33 reports (the 1.1 s a wheel step), scrolled.
    let mut shelf = jiedu::compare::shelf::Shelf::default();
    "浙江".clone_into(&mut shelf.query);
    h.state_mut()
        .apply(Command::Library(jiedu::LibraryCommand::Shelve(shelf)));
    h.state_mut()
        .apply(Command::Library(jiedu::LibraryCommand::TickShown));
    let ticked = h.state().comparison.compared.len();
    h.step();
    let compared_steady = frames(&mut h, |_, _| {});
    let compared_scroll = frames(&mut h, |h, i| {
        h.event(egui::Event::PointerMoved(over_list));
        let dy = if i % 20 < 10 { -80.0 } else { 80.0 };
        wheel(h, dy);
    });
    let shown = h.state().comparison.library.entries().len();
    let after = memory_mb();
    let mb = |m: Option<(f64, f64)>, peak: bool| {
        m.map_or_else(
            || "—".to_owned(),
            |(now, hwm)| format!("{:.0} MB", if peak { hwm } else { now }),
        )
    };
    println!(
        "| {shown} | {:.1} s | {} | {} | {} | {} | {ticked}: {}, {} | {} → {} (peak {}) |",
        added.as_secs_f64(),
        ms(open),
        ms(steady),
        ms(scrolling),
        ms(searching),
        ms(compared_steady),
        ms(compared_scroll),
        mb(before, false),
        mb(after, false),
        mb(after, true)
    );
}

fn main() {
    if std::env::args().any(|a| a == "library") {
        println!(
            "| reports | importing and adding them | opening the app on the library and showing its window | steady | scrolling the list | typing a search | reports ticked: steady, a wheel step | resident memory |"
        );
        println!("|---|---|---|---|---|---|---|---|");
        library(300);
        return;
    }
    if std::env::args().any(|a| a == "one-line") {
        println!("| text | steady | typing a search |\n|---|---|---|");
        one_line();
        return;
    }
    let real = Report::embedded().expect("loads");
    let big = synthetic::repeated(&real, 100);
    let big_json = serde_json::to_string(&big).expect("json");
    let dir = tempfile::tempdir().expect("temp dir");
    let big_path = dir.path().join("report-x100.json");
    std::fs::write(&big_path, &big_json).expect("write");

    println!("Load (parse + validate + per-section indexes), median of 9:\n");
    println!("| report | size | time |\n|---|---|---|");
    load("real", jiedu::report::EMBEDDED_JSON);
    load("100× synthetic", &big_json);

    println!("\nCPU time per frame (`Harness::step`, 1280×800), median of {FRAMES}:\n");
    println!(
        "| report | steady | scrolling | hovering bars | switching chapters | typing a search |"
    );
    println!("|---|---|---|---|---|---|");
    scenarios("real", None);
    scenarios("100× synthetic", Some(&big_path));

    println!("\nReview of an imported report, data tab, CPU time per frame, median of {FRAMES}:\n");
    println!(
        "| report | steady | accepting a figure a frame | rejecting a figure a frame | correcting label and kind a frame |"
    );
    println!("|---|---|---|---|---|");
    review();

    println!("\nExport of the targets chart, command to file on disk:\n");
    println!(
        "| size | scale | format | first of the session | later (median of 9) | file |\n|---|---|---|---|---|---|"
    );
    for (size, scale, format) in [
        (
            jiedu::export::ExportSize::Column,
            jiedu::export::ExportScale::X2,
            jiedu::export::ExportFormat::Png,
        ),
        (
            jiedu::export::ExportSize::Column,
            jiedu::export::ExportScale::X2,
            jiedu::export::ExportFormat::Svg,
        ),
        (
            jiedu::export::ExportSize::Column,
            jiedu::export::ExportScale::X1,
            jiedu::export::ExportFormat::Png,
        ),
        (
            jiedu::export::ExportSize::Slide,
            jiedu::export::ExportScale::X2,
            jiedu::export::ExportFormat::Png,
        ),
        (
            jiedu::export::ExportSize::Slide,
            jiedu::export::ExportScale::X2,
            jiedu::export::ExportFormat::Svg,
        ),
    ] {
        let (first, later, bytes) = export_latency(size, scale, format);
        println!(
            "| {size:?} | {} | {} | {} | {} | {:.1} KB |",
            scale.label(),
            format.label(),
            ms(first),
            ms(later),
            bytes as f64 / 1024.0
        );
    }
}
