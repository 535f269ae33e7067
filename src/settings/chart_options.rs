//! What the user chose for the charts and keeps between runs: the order of the bars and the
//! words of a figure rewritten (title, subtitle, note, source). Plain data kept with the
//! settings, so the settings name no feature above them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The order of the bars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortOrder {
    /// As the figures appear in the report.
    #[default]
    Report,
    /// Largest first.
    Value,
}

/// One of the words of a figure the user can rewrite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureField {
    /// The title (with its unit).
    Title,
    /// The line under the title.
    Subtitle,
    /// A note of the user's own, under the footnotes.
    Note,
    /// The source line.
    Source,
}

/// What the user rewrote of one figure; `None` keeps the default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FigureEdits {
    /// Title instead of the chart's.
    pub title: Option<String>,
    /// Subtitle instead of the period line.
    pub subtitle: Option<String>,
    /// The user's note (there is none by default).
    pub note: Option<String>,
    /// Source line instead of the report's.
    pub source: Option<String>,
}

impl FigureEdits {
    /// The edit of `field`, if any.
    #[must_use]
    pub fn get(&self, field: FigureField) -> Option<&str> {
        match field {
            FigureField::Title => self.title.as_deref(),
            FigureField::Subtitle => self.subtitle.as_deref(),
            FigureField::Note => self.note.as_deref(),
            FigureField::Source => self.source.as_deref(),
        }
    }

    /// Sets `field` to `text`.
    pub fn set(&mut self, field: FigureField, text: String) {
        let slot = match field {
            FigureField::Title => &mut self.title,
            FigureField::Subtitle => &mut self.subtitle,
            FigureField::Note => &mut self.note,
            FigureField::Source => &mut self.source,
        };
        *slot = Some(text);
    }

    /// Whether nothing was rewritten.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Edits of every figure, by report and then by chart (see `charts::figure_text::keys`).
pub type EditsByReport = BTreeMap<String, BTreeMap<String, FigureEdits>>;
