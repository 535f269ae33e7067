//! Reading the report: where the reader is (`navigation`), the text itself (`reader_ui`) and
//! the table of contents (`toc_ui`). The display form of the OCR text is `ui/typography`,
//! which the search and the figure card share.

pub mod apply;
pub mod command;
pub mod highlight;
pub mod masthead_ui;
pub mod navigation;
pub mod paragraph;
pub mod reader_ui;
pub mod selection_ui;
pub mod toc_ui;
