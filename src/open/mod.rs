//! Opening a report: which report is open and where it came from, the open dialog in flight
//! and the last failure (`state`), and the message shown when a file does not open
//! (`error_ui`), and importing a plain-text report (`imported`, `import_job`, the import bar
//! `import_ui`). Opening applies its own commands (`apply`), a folder import (`folder_import`)
//! and the dialogs (`dialogs`); making the report opened the open one is the app's.

pub mod apply;
pub mod command;
pub mod dialogs;
pub mod error_ui;
pub mod folder_import;
pub mod folder_job;
pub mod import_job;
pub mod import_ui;
pub mod imported;
pub mod state;
