//! Jiedu (解读): a desktop reader for Chinese government work reports.
//!
//! The crate is a library so that tests can build the whole app; `main.rs` only starts it.
//! [`report`] is the data model (no egui), [`ui`] the panels, [`JieduApp`] ties them together.

mod app;
pub mod chart_data;
pub mod chart_view;
pub mod cli;
mod command;
pub mod data_table;
pub mod data_view_state;
pub mod export;
pub mod file_dialog;
pub mod fonts;
mod keyboard;
pub mod logging;
pub mod navigation;
pub mod open_state;
pub mod shortcuts;
pub use jiedu_report as report;
pub mod search;
pub mod search_state;
pub mod settings;
pub mod startup;
pub mod typography;
pub mod ui;

pub use app::{JieduApp, window_title};
pub use command::Command;

/// Application id: the name of the settings folder and the Linux/Wayland app id.
pub const APP_ID: &str = "jiedu";

/// The window icon: `assets/icon.png` (512×512, 16 bits per channel, what the macOS and Linux
/// packages use) scaled to 128×128 at 8 bits, because decoding the big one took 8 ms of the
/// start (BENCHMARKS.md). The Windows .exe gets `assets/icon.ico` at build time.
pub const ICON_PNG: &[u8] = include_bytes!("../assets/window-icon.png");
