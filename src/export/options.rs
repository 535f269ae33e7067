//! What an export is asked to do: where the image goes and at how many pixels per point.
//! Plain data with no egui, so the settings and the commands can name them without depending
//! on the export machinery above them.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Pixels per point of an exported image.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportScale {
    /// As many pixels as points.
    X1,
    /// Twice as many: sharp on slides and high-density screens (the default).
    #[default]
    X2,
    /// Three times: print.
    X3,
}

impl ExportScale {
    /// Every scale, smallest first.
    pub const ALL: [Self; 3] = [Self::X1, Self::X2, Self::X3];

    /// Pixels per point.
    #[must_use]
    pub fn factor(self) -> f32 {
        match self {
            Self::X1 => 1.0,
            Self::X2 => 2.0,
            Self::X3 => 3.0,
        }
    }

    /// `1×`, `2×`, `3×`.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::X1 => "1×",
            Self::X2 => "2×",
            Self::X3 => "3×",
        }
    }

    /// The scale for a factor given on the command line.
    #[must_use]
    pub fn from_factor(factor: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.factor() as u32 == factor)
    }
}

/// Where a single chart image goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The clipboard.
    Clipboard,
    /// A file the user picks in a save dialog.
    AskFile,
    /// This file (tests, and the dialog's answer).
    File(PathBuf),
}
