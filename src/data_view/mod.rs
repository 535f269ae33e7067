//! The data tab: every figure of the report as a table row. `table` computes the rows and the
//! CSV (no egui), `state` holds the filters and the ticked rows, `table_ui` draws them, `waiting_ui` is the
//! way to the figures that wait for a person.

pub mod apply;
pub mod command;
pub mod csv_file;
pub mod state;
pub mod table;
pub mod table_text;
pub mod table_ui;
pub mod waiting_ui;
