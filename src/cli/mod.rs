//! The command line: `jiedu` alone opens the window; `jiedu export …` writes chart images
//! without one, for scripts and CI; `jiedu import …` makes a report of a text. Every error is
//! a message on stderr and a non-zero exit.

mod batch;
mod dataset;
mod export;
mod import;
mod lang;
mod report_file;

pub use export::ExportArgs;
pub use import::ImportArgs;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::i18n::Lang;

/// How to use the command line.
pub const USAGE: &str = "\
解读 Jiedu — reader for government work reports

Usage:
  jiedu                          open the window with the built-in report
  jiedu <report.json>            open the window with this report
  jiedu check <report.json> [--lang zh|en]
                                 check a report: print every problem, exit 1 if there is one
  jiedu import <text.txt | page.html | doc.docx | doc.pdf | -> --out <report.json> [--encoding …] [--lang …]
                                 make a report of a work report's plain text, a web page saved
                                 from a portal (its article is read), a Word document or a PDF's
                                 text layer (- reads stdin);
                                 --encoding utf-8|gb18030|big5|utf-16le|utf-16be when the
                                 detected one is wrong
  jiedu import <text.txt | folder>... --out-dir <folder> [--force] [--encoding …] [--lang …]
                                 one report per text (a folder: its .txt, .html, .docx and .pdf
                                 files), named after it; goes on past a text that fails and exits
                                 1 at the end;
                                 a report a person reviewed is replaced only with --force
  jiedu dataset <report.json | folder>... --out <file.csv> [--targets] [--lang zh|en]
                                 every figure of the reports as one table (UTF-8 CSV with a
                                 BOM; columns in docs/dataset.md); --targets: a row per report
                                 and headline target, with the next year's report's result
  jiedu export --list            list the chart ids
  jiedu export --chart <id> --out <file.png|file.svg> [options]
  jiedu export --all --out <folder> [options]   (one <id>.png or <id>.svg per chart)

Window options:
  --verbose                      log more (to jiedu_rCURRENT.log in the app's data folder)

Export options:
  --report <report.json>         the report whose charts to list or export (default: the
                                 built-in one), e.g. one made by jiedu import
  --size column|square|slide     640 wide (times the scale), 1080×1080 or 1920×1080 pixels
                                 (default column)
  --width <points>               a width of your own instead, 240 to 2400
  --format png|svg               file format (default: the --out file's extension, else png)
  --scale 1|2|3                  pixels per point for column and width (default 2)
  --theme light|dark             colours (default light)
  --lang zh|en                   language of the figure's words and of the messages
                                 (default: the system's, from LC_ALL, LC_MESSAGES or LANG;
                                 Chinese when they name neither)
  -h, --help                     this text
  -V, --version                  the version
";

/// The system's language as the locale variables name it (`LC_ALL`, then `LC_MESSAGES`, then
/// `LANG`, the first one set): English for `en_…`, Chinese for anything else or nothing (the
/// app's own default; `C` and `POSIX` name no language).
fn system_lang(var: impl Fn(&str) -> Option<String>) -> Lang {
    let named = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|v| !v.is_empty());
    match named {
        Some(v) if v.to_ascii_lowercase().starts_with("en") => Lang::En,
        _ => Lang::Zh,
    }
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Invocation {
    /// Open the window, with this report file if one is named.
    Window {
        /// The report to open instead of the built-in one.
        file: Option<PathBuf>,
        /// Log more.
        verbose: bool,
    },
    /// Check a report file.
    Check(PathBuf, Lang),
    /// Print this and exit successfully (help, version).
    Print(String),
    /// List the chart ids.
    List(Option<PathBuf>),
    /// Write chart images.
    Export(ExportArgs),
    /// Import a text.
    Import(ImportArgs),
    /// Import texts and folders of texts into a folder of reports.
    ImportMany(import::BatchArgs),
    /// Write the figures of reports as one table.
    Dataset(dataset::DatasetArgs),
}

/// Reads the arguments (without the program name).
///
/// # Errors
/// A message saying what is wrong with them.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, String> {
    parse_args(args, system_lang(|name| std::env::var(name).ok())).map_err(|e| e.to_string())
}

/// Reads the arguments; `lang` is the language when `--lang` names none.
fn parse_args(
    args: impl IntoIterator<Item = OsString>,
    mut lang: Lang,
) -> Result<Invocation, lexopt::Error> {
    use lexopt::prelude::*;
    // The commands with arguments of their own read them themselves.
    let args: Vec<OsString> = args.into_iter().collect();
    match args.first().and_then(|a| a.to_str()) {
        Some("import") => {
            return Ok(match import::parse(&args[1..], lang)? {
                import::Parsed::One(args) => Invocation::Import(args),
                import::Parsed::Many(args) => Invocation::ImportMany(args),
                import::Parsed::Help => Invocation::Print(USAGE.to_owned()),
            });
        }
        Some("dataset") => {
            return Ok(dataset::parse(&args[1..], lang)?
                .map_or_else(|| Invocation::Print(USAGE.to_owned()), Invocation::Dataset));
        }
        _ => {}
    }
    let bad = |message: String| lexopt::Error::from(message);
    let mut parser =
        lexopt::Parser::from_iter(std::iter::once(OsString::from("jiedu")).chain(args));
    let (mut export, mut check, mut verbose) = (None::<export::Flags>, false, false);
    let mut file = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("verbose") if export.is_none() && !check => verbose = true,
            Short('h') | Long("help") => return Ok(Invocation::Print(USAGE.to_owned())),
            Short('V') | Long("version") => {
                return Ok(Invocation::Print(format!(
                    "jiedu {}\n",
                    env!("CARGO_PKG_VERSION")
                )));
            }
            Value(v) if export.is_none() && file.is_none() && !check && v == "export" => {
                export = Some(export::Flags::default());
            }
            Value(v) if export.is_none() && file.is_none() && !check && v == "check" => {
                check = true;
            }
            Value(v) if export.is_none() && file.is_none() => file = Some(PathBuf::from(v)),
            Long("lang") if export.is_some() || check => {
                lang = lang::lang(&parser.value()?.string()?)?;
            }
            Long(name) if export.is_some() => {
                let name = name.to_owned();
                if let Some(flags) = &mut export {
                    flags.read(&name, &mut parser)?;
                }
            }
            _ => return Err(arg.unexpected()),
        }
    }
    if check {
        return file
            .map(|f| Invocation::Check(f, lang))
            .ok_or_else(|| bad("check needs a report file: jiedu check <report.json>".to_owned()));
    }
    match export {
        None => Ok(Invocation::Window { file, verbose }),
        Some(flags) => Ok(match flags.finish(lang)? {
            export::Asked::List(report) => Invocation::List(report),
            export::Asked::Export(args) => Invocation::Export(args),
        }),
    }
}

/// What `main` does after the command line ran.
#[derive(Debug, PartialEq, Eq)]
pub enum Launch {
    /// Open the window, with this report if one was named.
    Window {
        /// The report to open instead of the built-in one.
        file: Option<PathBuf>,
        /// Log more.
        verbose: bool,
    },
    /// Exit with this code (the command line did the work, or failed).
    Exit(u8),
}

/// Runs the command line.
#[must_use]
pub fn run(args: impl IntoIterator<Item = OsString>) -> Launch {
    let result = match parse(args) {
        Ok(Invocation::Window { file, verbose }) => return Launch::Window { file, verbose },
        Ok(Invocation::Check(file, lang)) => check_file(&file, lang),
        Ok(Invocation::Print(text)) => {
            print!("{text}");
            Ok(())
        }
        Ok(Invocation::List(file)) => list(file.as_deref()),
        Ok(Invocation::Export(args)) => export::run(&args),
        Ok(Invocation::Import(args)) => import::run(&args),
        Ok(Invocation::ImportMany(args)) => batch::run(&args),
        Ok(Invocation::Dataset(args)) => dataset::run(&args),
        Err(usage) => Err(format!("{usage}\n\n{USAGE}")),
    };
    Launch::Exit(match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("jiedu: {message}");
            1
        }
    })
}

/// `jiedu check`: the same messages as the app's dialog, one problem per line, success and
/// failure in the same language (`--lang`, Chinese by default).
fn check_file(path: &std::path::Path, lang: Lang) -> Result<(), String> {
    let s = crate::i18n::strings(lang);
    let report = crate::report::open_file(path)
        .map_err(|e| format!("{}:\n{}", path.display(), s.open_error(&e)))?;
    let sections: usize = report.chapters.iter().map(|c| c.sections.len()).sum();
    let line = crate::i18n::fill::fill(
        s.check_ok,
        &[
            ("path", &path.display()),
            ("title", &report.meta.title),
            ("chapters", &report.chapters.len()),
            ("sections", &sections),
            ("figures", &report.indicators.len()),
            ("charts", &report.charts.len()),
        ],
    );
    writeln!(std::io::stdout().lock(), "{line}").map_err(|e| e.to_string())
}

fn list(file: Option<&std::path::Path>) -> Result<(), String> {
    let report = report_file::report(file)?;
    let mut out = std::io::stdout().lock();
    for chart in &report.charts {
        writeln!(out, "{}\t{}", chart.id, chart.title).map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ExportScale;
    use crate::settings::Theme;

    fn parse_str(args: &[&str]) -> Result<Invocation, String> {
        parse_args(args.iter().map(OsString::from), Lang::Zh).map_err(|e| e.to_string())
    }

    #[test]
    fn the_systems_language_is_the_first_locale_variable_set() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(system_lang(env(&[])), Lang::Zh);
        assert_eq!(system_lang(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(system_lang(env(&[("LANG", "C.UTF-8")])), Lang::Zh);
        assert_eq!(
            system_lang(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            system_lang(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "en_GB"),
                ("LANG", "zh_TW")
            ])),
            Lang::En
        );
    }

    #[test]
    fn every_encoding_the_importer_reads_can_be_named() {
        use jiedu_import::TextEncoding;
        for (name, encoding) in [
            ("utf-8", TextEncoding::Utf8),
            ("GBK", TextEncoding::Gb18030),
            ("big5", TextEncoding::Big5),
            ("utf-16le", TextEncoding::Utf16Le),
            ("UTF_16BE", TextEncoding::Utf16Be),
        ] {
            assert_eq!(import::encoding(name).ok(), Some(encoding), "{name}");
        }
        assert!(import::encoding("latin1").is_err());
    }

    #[test]
    fn no_arguments_open_the_window() {
        assert_eq!(
            parse_str(&[]),
            Ok(Invocation::Window {
                file: None,
                verbose: false
            })
        );
        assert_eq!(
            parse_str(&["--verbose", "report.json"]),
            Ok(Invocation::Window {
                file: Some("report.json".into()),
                verbose: true
            })
        );
        assert_eq!(
            parse_str(&["check", "r.json"]),
            Ok(Invocation::Check("r.json".into(), Lang::Zh))
        );
        assert!(parse_str(&["check"]).is_err());
        assert!(parse_str(&["a.json", "b.json"]).is_err());
    }

    #[test]
    fn export_arguments_are_read() {
        let Ok(Invocation::Export(a)) = parse_str(&[
            "export", "--chart", "shares", "--out", "a.png", "--scale", "3", "--theme", "dark",
            "--lang", "en",
        ]) else {
            panic!("not an export");
        };
        assert_eq!(a.chart.as_deref(), Some("shares"));
        assert_eq!(a.out, PathBuf::from("a.png"));
        assert_eq!(a.scale, ExportScale::X3);
        assert_eq!(a.theme, Theme::Dark);
        assert_eq!(a.lang, Lang::En);
        assert_eq!(parse_str(&["export", "--list"]), Ok(Invocation::List(None)));
        assert_eq!(
            parse_str(&["export", "--report", "r.json", "--list"]),
            Ok(Invocation::List(Some(PathBuf::from("r.json"))))
        );
    }

    #[test]
    fn bad_export_arguments_say_what_is_wrong() {
        let err = |args: &[&str]| parse_str(args).expect_err("must fail");
        assert!(err(&["export", "--all", "--out", "d", "--scale", "4"]).contains("--scale"));
        assert!(err(&["export", "--all", "--out", "d", "--theme", "blue"]).contains("--theme"));
        assert!(err(&["export", "--all", "--out", "d", "--lang", "fr"]).contains("--lang"));
        assert!(err(&["export", "--out", "d"]).contains("--chart"));
        assert!(err(&["export", "--all", "--chart", "x", "--out", "d"]).contains("--all"));
        assert!(err(&["export", "--all"]).contains("--out"));
        assert!(err(&["--bogus"]).contains("bogus"));
    }
}
