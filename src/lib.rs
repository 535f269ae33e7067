//! Jiedu (解读): a desktop reader for Chinese government work reports.
//!
//! The crate is a library so that tests can build the whole app; `main.rs` only starts it.
//! [`report`] is the data model (no egui); each feature has a folder (`reader`, `charts`,
//! `search`, `data_view`, `export`, `open`); [`JieduApp`] ties them together. `ARCHITECTURE.md`
//! gives the layers.

mod app;
pub mod charts;
pub mod cli;
mod command;
pub mod compare;
pub mod data_view;
pub mod event;
pub mod export;
pub mod i18n;
pub mod notice;
pub mod open;
pub mod platform;
pub mod reader;
pub mod review;
pub use jiedu_report as report;
pub mod search;
pub mod settings;
pub mod shortcuts;
pub mod storage;
pub mod theme;
pub mod ui;
pub mod window;

pub use app::{JieduApp, window_title};
pub use command::{
    ChartsCommand, Command, DialogAnswer, ExportCommand, LibraryCommand, OpenCommand,
    ReaderCommand, ReviewCommand, SearchCommand, TableCommand, WindowCommand,
};
pub use event::{Dialog, Event};
pub use platform::APP_ID;

/// The window icon: `assets/icon.png` (512×512, 16 bits per channel, what the macOS and Linux
/// packages use) scaled to 128×128 at 8 bits, because decoding the big one took 8 ms of the
/// start (BENCHMARKS.md). The Windows .exe gets `assets/icon.ico` at build time.
pub const ICON_PNG: &[u8] = include_bytes!("../assets/window-icon.png");
