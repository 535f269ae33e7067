//! Reviewing what the importer found: every figure is the user's to accept or reject before
//! it is trusted. The state lives in the report (`Indicator::review`, format 3) so a saved
//! half-done review resumes; `history` keeps the steps for undo and redo; `review_ui` draws
//! the review controls of the data table and the count of figures still to check.

pub mod apply;
pub mod autosave;
pub mod command;
pub mod edit;
pub mod editor_ui;
pub mod history;
pub mod report_file;
pub mod review_ui;
pub mod state;
pub mod structure;
