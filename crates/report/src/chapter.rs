//! Chapters and sections: the text of a report in reading order.

use serde::{Deserialize, Serialize};

/// A chapter: a heading and its sections.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// Stable id, unique among chapters.
    pub id: String,
    /// Heading as printed, or a short neutral one added by the editor.
    pub title: String,
    /// True when the heading is not printed in the source but was added by the editor.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub title_added: bool,
    /// Editor's note about this chapter (e.g. how the heading was composed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The sections in reading order.
    pub sections: Vec<Section>,
}

/// A section: one bold-lead block of the article, or a part the editor gave a heading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, unique among sections; indicators refer to it.
    pub id: String,
    /// Heading: the bold lead phrase as printed, or an editor's heading.
    pub title: String,
    /// True when the heading is not printed in the source but was added by the editor.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub title_added: bool,
    /// One string per paragraph, in reading order.
    pub paragraphs: Vec<String>,
    /// Editor's note (e.g. where the source is cut off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Section {
    /// Where `quote` first stands in this section: paragraph index and byte offset in it.
    #[must_use]
    pub fn find_quote(&self, quote: &str) -> Option<(usize, usize)> {
        self.paragraphs
            .iter()
            .enumerate()
            .find_map(|(p, text)| text.find(quote).map(|at| (p, at)))
    }
}
