//! The interface language of the frame being drawn. The app sets it once per frame in the egui
//! context ([`set`]) and every panel reads it from there ([`of`]), as egui itself does with the
//! style, so no panel needs the settings passed down.

use crate::i18n::fill::fill;
use crate::i18n::{Lang, Strings, strings};
use crate::shortcuts::Action;

fn lang_id() -> egui::Id {
    egui::Id::unique("jiedu-ui-language")
}

/// Makes `lang` the language of everything drawn in `ctx` from now on.
pub fn set(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The strings of the language set for `ctx` (Chinese when none was set).
#[must_use]
pub fn of(ctx: &egui::Context) -> &'static Strings {
    strings(
        ctx.data(|d| d.get_temp::<Lang>(lang_id()))
            .unwrap_or_default(),
    )
}

impl Strings {
    /// A hint that names the keys of `action` (`template` has a `{keys}` placeholder), written
    /// the platform's way from the one table of shortcuts.
    #[must_use]
    pub fn keyed(&self, template: &str, ctx: &egui::Context, action: Action) -> String {
        fill(template, &[("keys", &action.format(ctx))])
    }
}
