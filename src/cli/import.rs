//! `jiedu import <text> --out <report.json>`: a work report's plain text made into a report by
//! the importer (`jiedu-import`), checked by the validator and written atomically; one summary
//! line on success.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use jiedu_import::{ImportError, MAX_INPUT_BYTES, TextEncoding, import_bytes};

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

/// Arguments of `jiedu import … --out-dir`.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchArgs {
    /// Text files, and folders whose `.txt` files are read.
    pub inputs: Vec<PathBuf>,
    /// Where the reports go.
    pub out_dir: PathBuf,
    /// The encoding to read, instead of detecting it.
    pub encoding: Option<TextEncoding>,
    /// The language of the messages.
    pub lang: Lang,
    /// Replace reports a person has reviewed.
    pub force: bool,
}

/// What `jiedu import` was asked for.
pub(super) enum Parsed {
    /// One text into one report.
    One(ImportArgs),
    /// Texts and folders into a folder of reports.
    Many(BatchArgs),
    /// `--help`.
    Help,
}

/// Reads the arguments of `jiedu import` (after the word `import`): one text and `--out`, or
/// texts and folders and `--out-dir`.
pub(super) fn parse(args: &[OsString], mut lang: Lang) -> Result<Parsed, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_iter(
        std::iter::once(OsString::from("jiedu-import")).chain(args.iter().cloned()),
    );
    let mut inputs: Vec<PathBuf> = Vec::new();
    let (mut out, mut out_dir, mut encoding, mut force) = (None, None, None, false);
    while let Some(arg) = parser.next()? {
        match arg {
            Value(v) => inputs.push(PathBuf::from(v)),
            Long("out") => out = Some(PathBuf::from(parser.value()?)),
            Long("out-dir") => out_dir = Some(PathBuf::from(parser.value()?)),
            Long("encoding") => encoding = Some(self::encoding(&parser.value()?.string()?)?),
            Long("lang") => lang = super::lang::lang(&parser.value()?.string()?)?,
            Long("force") => force = true,
            Short('h') | Long("help") => return Ok(Parsed::Help),
            _ => return Err(arg.unexpected()),
        }
    }
    if let Some(out_dir) = out_dir {
        if inputs.is_empty() {
            return Err("import needs texts or folders to read".into());
        }
        return Ok(Parsed::Many(BatchArgs {
            inputs,
            out_dir,
            encoding,
            lang,
            force,
        }));
    }
    let [input] = <[PathBuf; 1]>::try_from(inputs).map_err(|_| {
        lexopt::Error::from(
            "import needs one text (or - for standard input) with --out, or --out-dir <folder>",
        )
    })?;
    let out = out.ok_or("import needs --out <report.json> (or --out-dir <folder>)")?;
    Ok(Parsed::One(ImportArgs {
        input: (input != Path::new("-")).then_some(input),
        out,
        encoding,
        lang,
    }))
}

pub(super) fn read_input(input: Option<&Path>) -> Result<Vec<u8>, ImportProblem> {
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
    let line = import_to(args.input.as_deref(), &name, &args.out, args.encoding, s)?;
    writeln!(std::io::stdout().lock(), "{line}").map_err(|e| e.to_string())
}

/// Imports the text at `input` (none: standard input), called `name` in messages, and writes
/// the report to `out` atomically. Returns the summary line (with what was left out).
///
/// # Errors
/// Why the text was not imported or the report not written, in `s`'s words.
pub(super) fn import_to(
    input: Option<&Path>,
    name: &str,
    out: &Path,
    encoding: Option<TextEncoding>,
    s: &crate::i18n::Strings,
) -> Result<String, String> {
    let imported = read_input(input)
        .and_then(|bytes| import_bytes(&bytes, encoding).map_err(ImportProblem::Import))
        .map_err(|problem| problem.describe(s, name))?;
    let problems = jiedu_report::validate(&imported.report);
    if let Some(first) = problems.first() {
        // The importer must write what the validator accepts; say so rather than write it.
        return Err(fill(
            s.cli_import_invalid,
            &[("name", &name), ("detail", &s.problem(first))],
        ));
    }
    let json = serde_json::to_vec_pretty(&imported.report).map_err(|e| e.to_string())?;
    write_atomically(out, &json).map_err(|e| e.describe(s))?;
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
            (
                "encoding",
                &crate::open::imported::read_as(s, imported.form, imported.encoding),
            ),
            ("out", &out.display()),
        ],
    );
    if let Some(left) = &imported.left_out {
        line = format!("{line}\n{}", crate::open::import_ui::left_out_text(s, left));
    }
    Ok(line)
}
