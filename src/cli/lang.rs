//! `--lang zh|en`, read alike by every subcommand.

use crate::i18n::Lang;

/// `--lang zh|en`.
pub(super) fn lang(name: &str) -> Result<Lang, lexopt::Error> {
    match name {
        "zh" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        other => Err(format!("--lang must be zh or en, not {other:?}").into()),
    }
}
