//! `jiedu import <text> --out <report.json>`: a work report's plain text made into a report by
//! the importer (`jiedu-import`), checked by the validator and written atomically; one summary
//! line on success.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use jiedu_import::{MAX_INPUT_BYTES, TextEncoding, import_bytes};

use super::Invocation;
use crate::export::write_atomically;

/// Arguments of `jiedu import`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportArgs {
    /// The text file, or `None` for standard input (`-`).
    pub input: Option<PathBuf>,
    /// The report file to write.
    pub out: PathBuf,
    /// The encoding to read, instead of detecting it.
    pub encoding: Option<TextEncoding>,
}

/// `--encoding utf-8|gb18030`.
pub(super) fn encoding(name: &str) -> Result<TextEncoding, lexopt::Error> {
    match name.to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" => Ok(TextEncoding::Utf8),
        "gb18030" | "gbk" | "gb2312" => Ok(TextEncoding::Gb18030),
        other => Err(format!("--encoding must be utf-8 or gb18030, not {other:?}").into()),
    }
}

pub(super) fn args(
    file: Option<PathBuf>,
    out: Option<PathBuf>,
    encoding: Option<TextEncoding>,
) -> Result<Invocation, lexopt::Error> {
    let input = file.ok_or("import needs a text file (or - for standard input)")?;
    let out = out.ok_or("import needs --out <report.json>")?;
    Ok(Invocation::Import(ImportArgs {
        input: (input != Path::new("-")).then_some(input),
        out,
        encoding,
    }))
}

fn read_input(input: Option<&Path>, name: &str) -> Result<Vec<u8>, String> {
    let limit = (MAX_INPUT_BYTES + 1) as u64;
    let mut bytes = Vec::new();
    let result = match input {
        Some(path) => std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes)),
        None => std::io::stdin().lock().take(limit).read_to_end(&mut bytes),
    };
    result.map_err(|e| format!("cannot read {name}: {e}"))?;
    Ok(bytes)
}

/// Runs `jiedu import`.
pub(super) fn run(args: &ImportArgs) -> Result<(), String> {
    let name = args
        .input
        .as_ref()
        .map_or_else(|| "standard input".to_owned(), |p| p.display().to_string());
    let bytes = read_input(args.input.as_deref(), &name)?;
    let imported = import_bytes(&bytes, args.encoding).map_err(|e| format!("{name}: {e}"))?;
    let problems = jiedu_report::validate(&imported.report);
    if let Some(first) = problems.first() {
        // The importer must write what the validator accepts; say so rather than write it.
        return Err(format!(
            "{name}: the imported report does not validate: {first}"
        ));
    }
    let json = serde_json::to_vec_pretty(&imported.report).map_err(|e| e.to_string())?;
    write_atomically(&args.out, &json)
        .map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    let s = imported.summary();
    writeln!(
        std::io::stdout().lock(),
        "{}: {} chapters, {} sections, {} figures, {} targets, {} charts · {} → {}",
        name,
        s.chapters,
        s.sections,
        s.figures,
        s.targets,
        s.charts,
        s.encoding,
        args.out.display()
    )
    .map_err(|e| e.to_string())
}
