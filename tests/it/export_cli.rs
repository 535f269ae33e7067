//! `jiedu export` without a window: every chart of the built-in report is written, at the
//! size asked for; bad arguments fail with a message and a non-zero exit.

#![allow(clippy::expect_used)]

use std::process::Command;

fn jiedu(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_jiedu"))
        .args(args)
        .output()
        .expect("runs")
}

fn chart_ids() -> Vec<String> {
    let out = jiedu(&["export", "--list"]);
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn list_names_every_chart_of_the_report() {
    let report = jiedu::report::Report::embedded().expect("loads");
    let ids: Vec<String> = report.charts.iter().map(|c| c.id.clone()).collect();
    assert_eq!(chart_ids(), ids);
}

#[test]
fn export_all_writes_every_chart_at_the_scale_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (scale, theme) in [("1", "light"), ("2", "dark")] {
        let folder = dir.path().join(format!("{scale}-{theme}"));
        let out = jiedu(&[
            "export",
            "--all",
            "--out",
            folder.to_str().expect("utf-8 path"),
            "--scale",
            scale,
            "--theme",
            theme,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for id in chart_ids() {
            let path = folder.join(format!("{id}.png"));
            let image = image::open(&path).expect("decodes").to_rgba8();
            let factor: u32 = scale.parse().expect("number");

            // A column of 640 points, whatever the panel (there is none here).
            assert_eq!(image.width(), 640 * factor, "{id}");
            assert!(image.height() > 150 * factor, "{id}: {}", image.height());
        }
    }
}

#[test]
fn one_chart_goes_to_the_file_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("targets.png");
    let out = jiedu(&[
        "export",
        "--chart",
        "targets_2024",
        "--out",
        path.to_str().expect("utf-8 path"),
        "--width",
        "400",
        "--scale",
        "3",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(image::open(&path).expect("decodes").width(), 1200);
}

#[test]
fn errors_exit_non_zero_with_a_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_path = dir.path().join("x.png");
    let out_str = out_path.to_str().expect("utf-8 path");
    for (args, says) in [
        (vec!["export", "--chart", "nope", "--out", out_str], "nope"),
        (
            vec!["export", "--all", "--out", out_str, "--scale", "5"],
            "--scale",
        ),
        (vec!["export", "--chart", "shares"], "--out"),
        (vec!["--frobnicate"], "frobnicate"),
    ] {
        let out = jiedu(&args);
        assert!(!out.status.success(), "{args:?} succeeded");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    assert!(!out_path.exists());
    // A file where the folder should be: an error, and the file stays.
    std::fs::write(&out_path, b"keep").expect("write");
    let out = jiedu(&["export", "--all", "--out", out_str]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&out_path).expect("read"), b"keep");
}

#[test]
fn lang_en_draws_the_english_figure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut images = Vec::new();
    for lang in ["zh", "en"] {
        let path = dir.path().join(format!("{lang}.png"));
        let out = jiedu(&[
            "export",
            "--chart",
            "investment_growth",
            "--out",
            path.to_str().expect("utf-8 path"),
            "--scale",
            "1",
            "--lang",
            lang,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        images.push(image::open(&path).expect("decodes").to_rgba8());
    }
    // Same chart, same size; the words (title, labels, source line) differ.
    assert_eq!(images[0].width(), images[1].width());
    let differing = images[0]
        .pixels()
        .zip(images[1].pixels())
        .filter(|(a, b)| a != b)
        .count();
    assert!(differing > 1000, "only {differing} pixels differ");
}

#[test]
fn sizes_and_formats_are_chosen_on_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let square = dir.path().join("square.png");
    let out = jiedu(&[
        "export",
        "--chart",
        "targets_2024",
        "--size",
        "square",
        "--out",
        square.to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let image = image::open(&square).expect("decodes");
    assert_eq!((image.width(), image.height()), (1080, 1080));
    // The format follows the file's extension.
    let svg = dir.path().join("t.svg");
    let out = jiedu(&[
        "export",
        "--chart",
        "targets_2024",
        "--width",
        "500",
        "--scale",
        "1",
        "--out",
        svg.to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&svg).expect("an SVG");
    assert!(
        text.starts_with("<svg") && text.contains(r#"width="500""#),
        "{}",
        &text[..120]
    );
    let out = jiedu(&["export", "--all", "--size", "poster", "--out", "x"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--size must be column, square or slide")
    );
}

#[test]
fn an_imported_report_s_charts_are_listed_and_exported_with_report() {
    let Some(corpus_text) = crate::common::corpus("福建省.txt") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let txt = dir.path().join("福建省.txt");
    std::fs::write(&txt, corpus_text).expect("write");
    let json = dir.path().join("福建省.json");
    let (txt_arg, json_arg) = (
        txt.to_str().expect("utf-8 path"),
        json.to_str().expect("utf-8 path"),
    );
    let made = jiedu(&["import", txt_arg, "--out", json_arg]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let report = jiedu::report::open_file(&json).expect("the import opens");
    let listed = jiedu(&["export", "--report", json_arg, "--list"]);
    assert!(listed.status.success());
    let ids: Vec<String> = String::from_utf8(listed.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_owned())
        .collect();
    let expected: Vec<String> = report.charts.iter().map(|c| c.id.clone()).collect();
    assert!(!expected.is_empty());
    assert_eq!(ids, expected);
    let folder = dir.path().join("charts");
    let out = jiedu(&[
        "export",
        "--report",
        json_arg,
        "--all",
        "--out",
        folder.to_str().expect("utf-8 path"),
        "--scale",
        "1",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for id in &expected {
        assert!(folder.join(format!("{id}.png")).is_file(), "{id}.png");
    }
    // A file that is not a report says so and exits 1.
    let bad = jiedu(&["export", "--report", txt_arg, "--list"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(!bad.stderr.is_empty());
}
