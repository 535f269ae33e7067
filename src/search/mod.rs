//! Full-text search over the open report: the search itself (`data`, no egui), the search
//! box's state (`state`) and the list of hits (`hits_ui`).

pub mod apply;
pub mod command;
pub mod data;
pub mod hits_ui;
pub mod state;
