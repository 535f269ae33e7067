//! The report a subcommand reads: a report file, or the built-in report when none is named.

use crate::i18n::Lang;
use crate::report::Report;

/// The report a command works on: the file named with `--report`, else the built-in one.
pub(super) fn report(file: Option<&std::path::Path>) -> Result<Report, String> {
    match file {
        Some(path) => crate::report::open_file(path).map_err(|e| {
            format!(
                "{}:\n{}",
                path.display(),
                crate::i18n::strings(Lang::Zh).open_error(&e)
            )
        }),
        None => Report::embedded().map_err(|e| format!("the built-in report does not load: {e}")),
    }
}
