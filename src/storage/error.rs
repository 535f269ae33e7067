//! Why an export failed, in words a user can act on. Every failure of the export path ends up
//! here, so the UI and the command line report the same messages.

use std::path::PathBuf;

use crate::i18n::fill::fill;
use crate::i18n::{Strings, ZH};

/// An export that did not produce its file or image. Its text is in the interface language
/// ([`ExportError::describe`]); `Display` gives the Chinese one (the command line's).
#[derive(Debug)]
pub enum ExportError {
    /// No GPU adapter or software renderer could be started for offscreen rendering.
    Renderer(String),
    /// Rendering or reading the image back from the GPU failed.
    Render(String),
    /// The image could not be encoded as PNG.
    Encode(String),
    /// Writing the file failed (folder missing or read-only, disk full…).
    Write {
        /// The file that was to be written.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The chart asked for does not exist.
    NoSuchChart(String),
    /// The chart is not fully on screen, or has not been drawn yet.
    NotShown,
    /// The chart has no bar yet: its figures all wait for review.
    NothingToDraw(String),
}

impl ExportError {
    /// What went wrong, in the language of `s`.
    #[must_use]
    pub fn describe(&self, s: &Strings) -> String {
        match self {
            Self::Renderer(detail) => fill(s.err_renderer, &[("detail", detail)]),
            Self::Render(detail) => fill(s.err_render, &[("detail", detail)]),
            Self::Encode(detail) => fill(s.err_encode, &[("detail", detail)]),
            Self::Write { path, source } => fill(
                s.err_write,
                &[
                    ("path", &path.display()),
                    ("detail", &s.os_error(source.kind(), &source.to_string())),
                ],
            ),
            Self::NoSuchChart(id) => fill(s.err_no_chart, &[("detail", id)]),
            Self::NotShown => s.err_not_shown.to_owned(),
            Self::NothingToDraw(title) => fill(s.err_nothing_to_draw, &[("title", title)]),
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(&ZH))
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;

    #[test]
    fn every_error_reads_in_both_languages() {
        let io = || std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder");
        let errors = [
            ExportError::Renderer("x".into()),
            ExportError::Render("x".into()),
            ExportError::Encode("x".into()),
            ExportError::Write {
                path: "/tmp/a.png".into(),
                source: io(),
            },
            ExportError::NoSuchChart("x".into()),
            ExportError::NotShown,
        ];
        for e in &errors {
            let (zh, en) = (e.describe(&ZH), e.describe(&EN));
            assert!(!zh.contains('{') && !en.contains('{'), "{zh} / {en}");
            assert!(!en.chars().any(crate::i18n::fill::is_cjk), "{en}");
        }
        // What the command line prints (Display), written out: the system's failure in the
        // interface's words, not its own English.
        assert_eq!(
            errors[3].to_string(),
            "无法写入 /tmp/a.png：文件或文件夹不存在"
        );
        assert_eq!(errors[4].to_string(), "没有这个图表：x");
        let write = errors[3].describe(&EN);
        assert!(
            write.contains("/tmp/a.png") && write.contains("does not exist"),
            "{write}"
        );
        // A failure the table does not word is shown as the system said it.
        let odd = ExportError::Write {
            path: "/tmp/a.png".into(),
            source: std::io::Error::other("quota exceeded"),
        };
        assert!(odd.describe(&EN).contains("quota exceeded"));
    }
}
