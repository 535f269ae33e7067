//! Reference images, compared pixel by pixel (kittest's comparison: a pixel fails past a small
//! colour distance, and no pixel may fail): every chart as the command line exports it to a PNG
//! file, at 1× and 2×, light and dark; and the app itself, reader and data table, at 1280×800
//! and at 900×600. `UPDATE_SNAPSHOTS=1 cargo test` writes new references; look at them before
//! committing (`tests/snapshots/`).

#![allow(clippy::expect_used)]

use std::path::Path;

use crate::common::harness_sized;
use egui_kittest::kittest::Queryable;

const CHARTS: [&str; 5] = [
    "targets_2024",
    "investment_growth",
    "investment_completed",
    "project_totals",
    "other_growth",
];

fn export_all(folder: &Path, scale: &str, theme: &str) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_jiedu"))
        .args([
            "export", "--all", "--scale", scale, "--theme", theme, "--out",
        ])
        .arg(folder)
        .status()
        .expect("runs");
    assert!(
        status.success(),
        "jiedu export --all --scale {scale} --theme {theme}"
    );
}

#[test]
fn every_exported_chart_matches_its_reference() {
    let mut failures = Vec::new();
    for scale in ["1", "2"] {
        for theme in ["light", "dark"] {
            let dir = tempfile::tempdir().expect("temp dir");
            export_all(dir.path(), scale, theme);
            for chart in CHARTS {
                let path = dir.path().join(format!("{chart}.png"));
                let bytes = std::fs::read(&path).expect("every chart exported");
                let image = image::load_from_memory(&bytes).expect("a PNG").to_rgba8();
                let name = format!("export_{chart}_{scale}x_{theme}");
                if let Err(e) = egui_kittest::try_image_snapshot(&image, &name) {
                    failures.push(format!("{name}: {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn app_images(width: f32, height: f32) {
    let mut harness = harness_sized(width, height);
    harness.run();
    let size = format!("{}x{}", width as u32, height as u32);
    let mut failures = Vec::new();
    if let Err(e) = harness.try_snapshot(format!("app_reader_{size}")) {
        failures.push(e.to_string());
    }
    harness.get_by_label("数据").click();
    harness.run();
    if let Err(e) = harness.try_snapshot(format!("app_data_{size}")) {
        failures.push(e.to_string());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_reader_and_the_data_table_match_their_references_at_1280_by_800() {
    app_images(1280.0, 800.0);
}

#[test]
fn the_reader_and_the_data_table_match_their_references_at_900_by_600() {
    app_images(900.0, 600.0);
}
