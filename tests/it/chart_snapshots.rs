//! Rendered images of the chart panel (growth targets, investment completed), light and dark,
//! compared with the checked-in snapshots under `tests/snapshots/`. Rendered by kittest's wgpu
//! renderer (Mesa lavapipe in CI). Accept intended changes with `UPDATE_SNAPSHOTS=1`.

// The helper outside #[test] functions panics on purpose when the data lacks the chart.
#![allow(clippy::expect_used)]
use egui_kittest::Harness;
use jiedu::charts::data::{ChartRef, SortOrder};
use jiedu::charts::view::ChartView;
use jiedu::report::Report;

fn snapshot(chart_id: &str, theme: egui::Theme, name: &str) {
    let report = Report::embedded().expect("loads");
    let chart = report
        .charts
        .iter()
        .position(|c| c.id == chart_id)
        .expect("chart exists");
    let mut view = ChartView::default();
    view.select(&report, ChartRef::Report(chart), SortOrder::Report);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(460.0, 560.0))
        .with_theme(theme)
        .with_context_setup(|ctx| {
            jiedu::platform::fonts::install(ctx);
            jiedu::ui::style::init_text_styles(ctx);
        })
        .build_ui(move |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                let edits = jiedu::charts::figure_text::EditsByReport::new();
                let export = jiedu::export::bar_ui::ExportControls {
                    scale: jiedu::settings::export_options::ExportScale::X2,
                    size: jiedu::export::ExportSize::Column,
                    format: jiedu::export::ExportFormat::Png,
                    busy: false,
                };
                let mut drawn = jiedu::ui::drawn::Drawn::default();
                let panel = jiedu::charts::panel_ui::ChartPanel {
                    report: &report,
                    view: &view,
                    relevant: &[chart],
                    sort: SortOrder::Report,
                    edits: &edits,
                };
                let _: Vec<jiedu::Command> = jiedu::charts::panel_ui::chart_panel_ui(
                    ui,
                    &panel,
                    &mut drawn,
                    |ui, commands| {
                        commands.extend(
                            jiedu::export::bar_ui::export_bar_ui(ui, &export)
                                .into_iter()
                                .map(jiedu::Command::Export),
                        );
                    },
                );
                assert_eq!(
                    drawn.bar_rects.len(),
                    view.data.as_ref().map_or(0, |d| d.bars.len())
                );
            });
        });
    harness.run();
    harness.snapshot(name);
}

#[test]
fn growth_targets_light() {
    snapshot("targets_2024", egui::Theme::Light, "chart_targets_light");
}

#[test]
fn growth_targets_dark() {
    snapshot("targets_2024", egui::Theme::Dark, "chart_targets_dark");
}

#[test]
fn investment_completed_light() {
    snapshot(
        "investment_completed",
        egui::Theme::Light,
        "chart_completed_light",
    );
}

#[test]
fn investment_completed_dark() {
    snapshot(
        "investment_completed",
        egui::Theme::Dark,
        "chart_completed_dark",
    );
}
