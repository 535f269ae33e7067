//! The interface language, apart from the table so that the table, the settings and the
//! command line can name it without taking the whole table.

use serde::{Deserialize, Serialize};

/// Interface language. The report's own text is shown as written in either.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// 中文 (the default).
    #[default]
    Zh,
    /// English.
    En,
}
