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
mod doubt;
mod figures;
mod headings;
mod label;
mod meta;
mod period;
mod pick;
mod scan;
mod structure;
mod subject;
mod targets;
mod width;
mod words;

use jiedu_report::{FORMAT_VERSION, Kind, Report};

pub use charts::make as make_charts;
pub use clean::LeftOut;
pub use decode::{MAX_INPUT_BYTES, TextEncoding, decode};
pub use pick::picked_figure;
pub use scan::{Figure, scan_figures};

/// Why a text could not be imported.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but white space.
    #[error("the text is empty")]
    Empty,
    /// Over [`MAX_INPUT_BYTES`].
    #[error("the file is too large: {bytes} bytes (limit {limit})")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// An image, an archive, a document format: not plain text.
    #[error("this is not plain text (an image, archive or document?)")]
    Binary,
    /// Bytes that are not valid text in the encoding found or chosen.
    #[error("the bytes are not valid {encoding} text")]
    NotText {
        /// The encoding tried.
        encoding: &'static str,
    },
    /// A Jiedu report (JSON) given to the importer: it opens as it is.
    #[error("this is already a Jiedu report (JSON): open it instead of importing it")]
    AlreadyReport,
    /// More figures than a report may hold.
    #[error("the text has more than {limit} figures")]
    TooManyFigures {
        /// The limit.
        limit: usize,
    },
}

/// What an import made, and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The report, valid as written.
    pub report: Report,
    /// The encoding the text was read in.
    pub encoding: TextEncoding,
    /// What of the text was left out (a web page's footer), if anything.
    pub left_out: Option<LeftOut>,
}

impl Imported {
    /// One line for people: chapters, sections, figures, targets, encoding.
    #[must_use]
    pub fn summary(&self) -> Summary {
        let r = &self.report;
        Summary {
            chapters: r.chapters.len(),
            sections: r.chapters.iter().map(|c| c.sections.len()).sum(),
            figures: r.indicators.len(),
            targets: r
                .indicators
                .iter()
                .filter(|i| i.kind == Kind::Target)
                .count(),
            charts: r.charts.len(),
            encoding: self.encoding.name(),
        }
    }
}

/// Counts of what an import found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Chapters.
    pub chapters: usize,
    /// Sections of all chapters.
    pub sections: usize,
    /// Indicators.
    pub figures: usize,
    /// Indicators of kind target.
    pub targets: usize,
    /// Charts made.
    pub charts: usize,
    /// The encoding read.
    pub encoding: &'static str,
}

/// Imports a text file's bytes, detecting the encoding unless `encoding` names one.
///
/// # Errors
/// See [`ImportError`]: empty, too large, binary, undecodable, a JSON report, too many figures.
pub fn import_bytes(bytes: &[u8], encoding: Option<TextEncoding>) -> Result<Imported, ImportError> {
    let (text, encoding) = decode(bytes, encoding)?;
    let (report, left_out) = import_cleaned(&text)?;
    Ok(Imported {
        report,
        encoding,
        left_out,
    })
}

/// Imports text already decoded.
///
/// # Errors
/// An empty text, a JSON report, or more figures than a report may hold.
pub fn import_text(text: &str) -> Result<Report, ImportError> {
    import_cleaned(text).map(|(report, _)| report)
}

/// Imports text already decoded; tells what of it was left out.
fn import_cleaned(text: &str) -> Result<(Report, Option<LeftOut>), ImportError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(ImportError::Empty);
    }
    if trimmed.starts_with('{') && trimmed.contains("\"format_version\"") {
        return Err(ImportError::AlreadyReport);
    }
    let cleaned = clean::clean(trimmed);
    let (meta, body) = meta::split_head(&cleaned.lines);
    let blocks = clean::paragraphs(body);
    let chapters = structure::build(&blocks, &meta);
    let mut report = Report {
        format_version: FORMAT_VERSION,
        meta,
        chapters,
        indicators: Vec::new(),
        charts: Vec::new(),
    };
    report.indicators = figures::find(&report)?;
    report.charts = charts::make(&report);
    Ok((report, cleaned.left_out))
}

#[cfg(test)]
mod tests;
