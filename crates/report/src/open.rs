//! Opening a report file from disk: explicit limits checked before parsing (size, nesting),
//! then the JSON and the validator. Every failure is an [`OpenError`] that says what is wrong
//! and where, so the app can show it and keep the report that was open.

use std::path::{Path, PathBuf};

use super::{LoadError, Report};

/// Largest report file read, in bytes (the built-in report is 59 KB; a report 100 times its
/// size is under 6 MB).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Deepest nesting of JSON arrays and objects (a report needs 4).
pub const MAX_DEPTH: usize = 32;

/// Why a report file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The path is a folder.
    #[error("“{0}”是文件夹，不是报告文件")]
    Directory(PathBuf),
    /// The OS refused to read the file (missing, no permission…).
    #[error("无法读取“{path}”：{source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// Over [`MAX_FILE_BYTES`].
    #[error("文件过大：{size} 字节，上限 {limit} 字节")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// [`MAX_FILE_BYTES`].
        limit: u64,
    },
    /// Nothing in the file.
    #[error("文件是空的")]
    Empty,
    /// A file of another format (an image, a PDF, a Word file…), told by its first bytes.
    #[error(
        "这不是报告文件，而是 {format} 文件。报告文件是 .json；报告正文（.txt、网页、Word .docx 或 PDF）请用“导入文本…”"
    )]
    OtherFormat {
        /// The format's usual name (`PDF`, `PNG`, `ZIP / Word .docx`).
        format: &'static str,
    },
    /// Bytes that are not UTF-8.
    #[error("不是 UTF-8 文本：第 {line} 行第 {column} 列（第 {offset} 字节）是无效的字节")]
    NotUtf8 {
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (in characters) of the first bad byte.
        column: usize,
        /// 0-based byte offset.
        offset: usize,
    },
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    #[error("JSON 嵌套过深：第 {line} 行第 {column} 列超过 {limit} 层")]
    TooDeep {
        /// 1-based line where the limit is passed.
        line: usize,
        /// 1-based column.
        column: usize,
        /// [`MAX_DEPTH`].
        limit: usize,
    },
    /// Not a report's JSON, or a report that breaks the format's rules.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Reads, parses and validates the report at `path`.
///
/// # Errors
/// See [`OpenError`]; a file over the size limit is not read at all.
pub fn open_file(path: &Path) -> Result<Report, OpenError> {
    let io = |source| OpenError::Io {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(OpenError::Directory(path.to_owned()));
    }
    check_size(meta.len())?;
    let bytes = std::fs::read(path).map_err(io)?;
    // The file may have grown between the two calls.
    check_size(bytes.len() as u64)?;
    from_bytes(&bytes)
}

fn check_size(size: u64) -> Result<(), OpenError> {
    if size > MAX_FILE_BYTES {
        Err(OpenError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        })
    } else {
        Ok(())
    }
}

/// Parses and validates a report from the bytes of a file (a UTF-8 byte-order mark is
/// allowed).
///
/// # Errors
/// See [`OpenError`].
pub fn from_bytes(bytes: &[u8]) -> Result<Report, OpenError> {
    check_size(bytes.len() as u64)?;
    if let Some(format) = other_format(bytes) {
        return Err(OpenError::OtherFormat { format });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let (line, column) = line_column(&bytes[..offset]);
        OpenError::NotUtf8 {
            line,
            column,
            offset,
        }
    })?;
    if text.trim().is_empty() {
        return Err(OpenError::Empty);
    }
    check_depth(text)?;
    Ok(Report::from_json(text)?)
}

/// The format a file's first bytes name, for files people pick by mistake (images, PDFs,
/// archives, Word and Excel files).
fn other_format(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
        (b"PK\x03\x04", "ZIP / Word .docx"),
        (b"\xD0\xCF\x11\xE0", "Word .doc / Excel .xls"),
        (b"\x1F\x8B", "gzip"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, name)| *name)
}

/// Line and column (1-based, in characters) just after `before`.
fn line_column(before: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(before);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Fails at the first array or object nested deeper than [`MAX_DEPTH`], before the parser
/// (which would recurse) sees it.
fn check_depth(text: &str) -> Result<(), OpenError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (offset, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let (line, column) = line_column(&text.as_bytes()[..offset]);
                    return Err(OpenError::TooDeep {
                        line,
                        column,
                        limit: MAX_DEPTH,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "open_tests.rs"]
mod tests;
