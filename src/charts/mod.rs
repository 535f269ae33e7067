//! The chart panel: which chart is shown and how its bars are ordered (`view`), the plain data
//! a chart is drawn from (`data`, `labels`, no egui), the figure itself (`figure_ui`), its
//! keyboard and screen-reader bars (`keyboard_ui`) and the panel around it (`panel_ui`).

pub mod apply;
pub mod bars_ui;
pub mod command;
pub mod data;
pub mod figure_text;
pub mod figure_ui;
pub mod figure_view;
pub mod keyboard_ui;
pub mod labels;
pub mod panel_ui;
pub mod view;
pub mod words_ui;
