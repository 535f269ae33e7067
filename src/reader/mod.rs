//! Reading the report: where the reader is (`navigation`), the display form of the OCR text
//! (`typography`), the text itself (`reader_ui`) and the table of contents (`toc_ui`).

pub mod command;
pub mod highlight;
pub mod masthead_ui;
pub mod navigation;
pub mod paragraph;
pub mod reader_ui;
pub mod selection_ui;
pub mod toc_ui;
pub mod typography;
