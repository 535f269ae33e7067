//! Light or dark: plain data that the settings keep, the style applies and the export draws
//! with, so that none of them needs the others for it.

use serde::{Deserialize, Serialize};

/// Light or dark appearance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Dark text on a light background (the default: printed-page feel).
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}
