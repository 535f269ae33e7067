//! Every UI string in both interface languages, in one table: each entry gives the Chinese and
//! the English text side by side, so a string cannot be added in one language only (the macro
//! takes both). Strings with `{name}` placeholders are filled by the methods in
//! [`fill`]; a test checks that both languages use the same placeholders.
//!
//! No egui here: the export, the command line and the data table use the same table; panels
//! read the language of the frame through `crate::ui::strings`.

pub mod errors;
pub mod fill;
pub mod glossary;
pub mod lang;
pub mod units;

macro_rules! table {
    ($($key:ident: $zh:literal, $en:literal;)*) => {
        /// The UI strings of one language.
        #[allow(missing_docs)]
        pub struct Strings {
            /// Which language this is.
            pub lang: Lang,
            $(pub $key: &'static str,)*
        }

        /// Chinese (the default).
        pub static ZH: Strings = Strings { lang: Lang::Zh, $($key: $zh,)* };
        /// English.
        pub static EN: Strings = Strings { lang: Lang::En, $($key: $en,)* };

        impl Strings {
            /// Every entry as (key, text), for tests.
            #[must_use]
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

mod table;
pub use lang::Lang;
pub use table::{EN, Strings, ZH};

/// The table of `lang`.
#[must_use]
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
