//! A report made from plain text: where the text came from, what the import made of it, and
//! the bytes kept so the same text can be read again in another encoding. Plain data (no egui),
//! so the commands can carry it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiedu_import::{ImportError, TextEncoding};

use crate::i18n::Strings;
use crate::i18n::errors::megabytes;
use crate::i18n::fill::fill;
use crate::report::Report;

/// Where an imported text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportSource {
    /// A text file (chosen, dropped, recent, or named on the command line).
    File(PathBuf),
    /// Text pasted into the window.
    Pasted,
}

impl ImportSource {
    /// The file, if the text came from one.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::File(path) => Some(path),
            Self::Pasted => None,
        }
    }
}

/// What an import made of a text: the report and the encoding it was read in, or why none.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportOutcome {
    /// Where the text came from.
    pub source: ImportSource,
    /// The text as it came (kept to read it again in another encoding).
    pub bytes: Arc<[u8]>,
    /// The report and the encoding the text was read in, or why there is none.
    pub result: Result<Box<jiedu_import::Imported>, ImportProblem>,
}

/// What a folder import's thread says, text by text (`open/folder_job`).
#[derive(Clone, Debug, PartialEq)]
pub enum FolderStep {
    /// How many texts the folder holds.
    Total(usize),
    /// A text imported: its file and report.
    Imported(PathBuf, Box<Report>),
    /// A text that was not read or did not import: its file and why.
    Failed(PathBuf, ImportProblem),
    /// Every text was tried, or the import was cancelled.
    Done,
}

/// Why a text did not become a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// The file could not be read: what kind of failure, and what the system said.
    Read(std::io::ErrorKind, String),
    /// The importer refused the text.
    Import(ImportError),
    /// The import stopped without an answer (a bug; the log has more).
    Stopped,
}

impl ImportProblem {
    /// What to say of it: which text did not import (a file's path, or "the pasted text") and
    /// why, in the words of `s`.
    #[must_use]
    pub fn describe(&self, s: &Strings, name: &str) -> String {
        let detail = match self {
            Self::Read(kind, said) => fill(s.imp_read, &[("detail", &s.os_error(*kind, said))]),
            Self::Stopped => s.imp_stopped.to_owned(),
            Self::Import(e) => match e {
                ImportError::Empty => s.imp_empty.to_owned(),
                ImportError::TooLarge { bytes, limit } => fill(
                    s.imp_too_large,
                    &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))],
                ),
                ImportError::Binary => s.imp_binary.to_owned(),
                ImportError::NotText { encoding } => {
                    fill(s.imp_not_text, &[("encoding", encoding)])
                }
                ImportError::AlreadyReport => s.imp_already.to_owned(),
                ImportError::NoArticle => s.imp_no_article.to_owned(),
                ImportError::PdfScanned => s.imp_pdf_scanned.to_owned(),
                ImportError::PdfLocked => s.imp_pdf_locked.to_owned(),
                ImportError::PdfBroken => s.imp_pdf_broken.to_owned(),
                ImportError::TooManyFigures { limit } => fill(s.imp_too_many, &[("limit", limit)]),
            },
        };
        fill(s.import_failed_n, &[("name", &name), ("detail", &detail)])
    }
}

/// The imported text behind the open report, for the import bar and "read again as".
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedText {
    /// Where the text came from.
    pub source: ImportSource,
    /// The text as it came.
    pub bytes: Arc<[u8]>,
    /// The encoding it was read in.
    pub encoding: TextEncoding,
    /// What the importer left out of it (a web page's footer), said in the import bar.
    pub left_out: Option<jiedu_import::LeftOut>,
    /// Plain text or a web page.
    pub form: jiedu_import::Form,
}

/// The extensions of what is imported rather than opened: plain text, saved web pages, Word
/// documents and PDFs.
pub const IMPORTED_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "docx", "pdf"];

/// Whether `path` names a report to import (plain text, a saved web page, by its extension)
/// rather than a report file to open.
#[must_use]
pub fn is_text(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        IMPORTED_EXTENSIONS
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// How a text was read, for the summary line: its encoding, and that it was a web page.
#[must_use]
pub fn read_as(s: &Strings, form: jiedu_import::Form, encoding: TextEncoding) -> String {
    match form {
        jiedu_import::Form::Text => encoding.name().to_owned(),
        jiedu_import::Form::WebPage => fill(s.web_page_n, &[("encoding", &encoding.name())]),
        jiedu_import::Form::Word => s.word_document.to_owned(),
        jiedu_import::Form::Pdf => s.pdf_document.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_are_told_by_their_extension() {
        assert!(is_text(Path::new("/a/上海市.txt")));
        assert!(is_text(Path::new("REPORT.TXT")));
        assert!(!is_text(Path::new("report.json")));
        assert!(!is_text(Path::new("txt")));
        assert!(is_text(Path::new("2026年政府工作报告.HTM")));
        assert!(is_text(Path::new("page.html")));
        assert!(is_text(Path::new("报告.docx")));
    }
}
