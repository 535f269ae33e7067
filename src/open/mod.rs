//! Opening a report: which report is open and where it came from, the open dialog in flight
//! and the last failure (`state`), and the message shown when a file does not open
//! (`error_ui`), and importing a plain-text report (`imported`, `import_job`, the import bar
//! `import_ui`). Applying an open is the app's job (`crate::app`).

pub mod command;
pub mod error_ui;
pub mod folder_job;
pub mod import_job;
pub mod import_ui;
pub mod imported;
pub mod state;
