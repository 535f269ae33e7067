//! The app's integration tests, in one binary (one link of eframe, wgpu and kittest instead of
//! one per file): the whole app in a kittest harness, driven as a user would, and the command
//! line. The report model's own tests live in `crates/report/tests/`.

mod common;

mod a11y_ui;
mod architecture;
mod chart_snapshots;
mod charts_ui;
mod compare;
mod compare_figure;
mod data_view_ui;
mod dataset_cli;
mod export_cli;
mod export_svg;
mod export_ui;
mod figure_words_ui;
mod focus_ui;
mod font_coverage;
mod glossary;
mod import_cli;
mod import_meaning_ui;
mod import_ui;
mod language_ui;
mod library_ui;
mod nothing_lost;
mod open_ui;
mod promises;
mod publish;
mod reader_ui;
mod reference_images;
mod review_charts_ui;
mod review_edit_ui;
mod review_flow;
mod review_structure_ui;
mod review_ui;
mod scale_ui;
mod small_window_ui;
mod timeline_ui;
