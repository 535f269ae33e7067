//! One import from start to end: bytes decoded, the text cleaned, its head read, its chapters
//! built, its figures found and charted; and the counts said of it afterwards.

use jiedu_report::{FORMAT_VERSION, Kind, Report};

use crate::clean::{self, LeftOut};
use crate::decode::{TextEncoding, decode};
use crate::{ImportError, charts, figures, meta, structure};

/// What an import made, and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The report, valid as written.
    pub report: Report,
    /// The encoding the text was read in.
    pub encoding: TextEncoding,
    /// What of the text was left out (a web page's footer), if anything.
    pub left_out: Option<LeftOut>,
    /// The form the report came in.
    pub form: Form,
}

/// The form a report came in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Plain text.
    Text,
    /// A web page (HTML): its article was read.
    WebPage,
    /// A Word document (.docx): its paragraphs and tables were read.
    Word,
    /// A PDF: its text layer was read and its lines rejoined into paragraphs.
    Pdf,
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
            form: self.form,
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
    /// The form it came in: plain text, a web page, a Word document or a PDF.
    pub form: Form,
}

/// Imports a text file's bytes, detecting the encoding unless `encoding` names one.
///
/// # Errors
/// See [`ImportError`]: empty, too large, binary, undecodable, a JSON report, too many figures.
pub fn import_bytes(bytes: &[u8], encoding: Option<TextEncoding>) -> Result<Imported, ImportError> {
    let document = if crate::docx::is_docx(bytes) {
        Some((crate::docx::document_text(bytes)?, Form::Word))
    } else if crate::pdf::is_pdf(bytes) {
        Some((crate::pdf::document_text(bytes)?, Form::Pdf))
    } else {
        None
    };
    if let Some((text, form)) = document {
        let (report, left_out) = import_cleaned(&text)?;
        return Ok(Imported {
            report,
            encoding: TextEncoding::Utf8,
            left_out,
            form,
        });
    }
    // A page says its charset (a GB2312 page read as UTF-8 would be refused as not text).
    let encoding = encoding.or_else(|| crate::html::declared_charset(bytes));
    let (text, encoding) = decode(bytes, encoding)?;
    let (text, form) = if crate::html::is_html(&text) {
        let article = crate::html::article_text(&text).ok_or(ImportError::NoArticle)?;
        (article, Form::WebPage)
    } else {
        (text, Form::Text)
    };
    let (report, left_out) = import_cleaned(&text)?;
    Ok(Imported {
        report,
        encoding,
        left_out,
        form,
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
