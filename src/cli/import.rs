//! `jiedu import <text> --out <report.json>`: a work report's plain text made into a report by
//! the importer (`jiedu-import`), checked by the validator and written atomically; one summary
//! line on success.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use jiedu_import::{ImportError, MAX_INPUT_BYTES, TextEncoding, import_bytes};

use super::Invocation;
use crate::i18n::Lang;
use crate::i18n::fill::fill;
use crate::open::imported::ImportProblem;
use crate::storage::write_atomically;

/// Arguments of `jiedu import`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportArgs {
    /// The text file, or `None` for standard input (`-`).
    pub input: Option<PathBuf>,
    /// The report file to write.
    pub out: PathBuf,
    /// The encoding to read, instead of detecting it.
    pub encoding: Option<TextEncoding>,
    /// The language of the messages.
    pub lang: Lang,
}

/// `--encoding utf-8|gb18030|big5|utf-16le|utf-16be`.
pub(super) fn encoding(name: &str) -> Result<TextEncoding, lexopt::Error> {
    match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" => Ok(TextEncoding::Utf8),
        "gb18030" | "gbk" | "gb2312" => Ok(TextEncoding::Gb18030),
        "big5" => Ok(TextEncoding::Big5),
        "utf-16le" | "utf16le" => Ok(TextEncoding::Utf16Le),
        "utf-16be" | "utf16be" => Ok(TextEncoding::Utf16Be),
        other => Err(format!(
            "--encoding must be utf-8, gb18030, big5, utf-16le or utf-16be, not {other:?}"
        )
        .into()),
    }
}

pub(super) fn args(
    file: Option<PathBuf>,
    out: Option<PathBuf>,
    encoding: Option<TextEncoding>,
    lang: Lang,
) -> Result<Invocation, lexopt::Error> {
    let input = file.ok_or("import needs a text file (or - for standard input)")?;
    let out = out.ok_or("import needs --out <report.json>")?;
    Ok(Invocation::Import(ImportArgs {
        input: (input != Path::new("-")).then_some(input),
        out,
        encoding,
        lang,
    }))
}

fn read_input(input: Option<&Path>) -> Result<Vec<u8>, ImportProblem> {
    let limit = (MAX_INPUT_BYTES + 1) as u64;
    let mut bytes = Vec::new();
    let result = match input {
        Some(path) => std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes)),
        None => std::io::stdin().lock().take(limit).read_to_end(&mut bytes),
    };
    result.map_err(|e| ImportProblem::Read(e.kind(), e.to_string()))?;
    // The importer says how large a file is that it refuses: the file's, not what was read.
    if bytes.len() > MAX_INPUT_BYTES
        && let Some(size) = input.and_then(|p| std::fs::metadata(p).ok())
    {
        return Err(ImportProblem::Import(ImportError::TooLarge {
            bytes: usize::try_from(size.len()).unwrap_or(usize::MAX),
            limit: MAX_INPUT_BYTES,
        }));
    }
    Ok(bytes)
}

/// Runs `jiedu import`: the messages in `args.lang`, as the app words them.
pub(super) fn run(args: &ImportArgs) -> Result<(), String> {
    let s = crate::i18n::strings(args.lang);
    let name = args
        .input
        .as_ref()
        .map_or_else(|| s.standard_input.to_owned(), |p| p.display().to_string());
    let imported = read_input(args.input.as_deref())
        .and_then(|bytes| import_bytes(&bytes, args.encoding).map_err(ImportProblem::Import))
        .map_err(|problem| s.import_failed(&name, &problem))?;
    let problems = jiedu_report::validate(&imported.report);
    if let Some(first) = problems.first() {
        // The importer must write what the validator accepts; say so rather than write it.
        return Err(fill(
            s.cli_import_invalid,
            &[("name", &name), ("detail", &s.problem(first))],
        ));
    }
    let json = serde_json::to_vec_pretty(&imported.report).map_err(|e| e.to_string())?;
    write_atomically(&args.out, &json).map_err(|e| e.describe(s))?;
    let summary = imported.summary();
    let mut line = fill(
        s.cli_imported_n,
        &[
            ("name", &name),
            ("chapters", &summary.chapters),
            ("sections", &summary.sections),
            ("figures", &summary.figures),
            ("targets", &summary.targets),
            ("charts", &summary.charts),
            ("encoding", &summary.encoding),
            ("out", &args.out.display()),
        ],
    );
    if let Some(left) = &imported.left_out {
        line = format!("{line}\n{}", crate::open::import_ui::left_out_text(s, left));
    }
    writeln!(std::io::stdout().lock(), "{line}").map_err(|e| e.to_string())
}
