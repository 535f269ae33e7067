//! The importer: a government work report's plain text (as pasted from a web page, saved as a
//! `.txt`, or read by OCR) becomes a Jiedu report: meta, chapters and sections, every figure
//! with the exact run of text that states it, and charts. It finds and classifies; it never
//! completes, rounds or converts a figure, and what it is unsure of carries a note for review.
//! Nothing here knows about egui.

mod charts;
#[cfg(test)]
mod charts_tests;
mod clean;
mod decode;
pub mod docx;
mod doubt;
mod error;
mod figures;
mod headings;
pub mod html;
mod import;
mod label;
mod meta;
pub mod pdf;
mod period;
mod pick;
mod radicals;
mod scan;
mod structure;
mod subject;
mod targets;
mod width;
mod words;

pub use charts::make as make_charts;
pub use clean::LeftOut;
pub use decode::{MAX_INPUT_BYTES, TextEncoding, decode};
pub use error::ImportError;
pub use import::{Form, Imported, Summary, import_bytes, import_text};
pub use pick::picked_figure;
pub use scan::{Figure, scan_figures};

#[cfg(test)]
mod tests;
