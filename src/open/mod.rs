//! Opening a report: which report is open and where it came from, the open dialog in flight
//! and the last failure (`state`), and the message shown when a file does not open
//! (`error_ui`). Applying an open is the app's job (`crate::app`).

pub mod error_ui;
pub mod state;
