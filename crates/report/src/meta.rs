//! Report metadata: what is printed around the text (title, date, byline) and what the editor
//! says about the source.

use serde::{Deserialize, Serialize};

/// Title, occasion and provenance of a report, as printed on the source page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Main title, e.g. 解读上街区政府工作报告.
    pub title: String,
    /// The title in English, for English figures (the Chinese one is kept beside it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Subtitle or headline printed with the title.
    #[serde(default)]
    pub subtitle: String,
    /// Date as printed (e.g. `3月19日`); no year is added that the page does not print.
    #[serde(default)]
    pub date: String,
    /// The year the report's plan is for, as printed on the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The meeting at which the report was given.
    #[serde(default)]
    pub occasion: String,
    /// The meeting in English, for English figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion_en: Option<String>,
    /// Who gave the report.
    #[serde(default)]
    pub speaker: String,
    /// Who compiled the digest.
    #[serde(default)]
    pub byline: String,
    /// What period the review part covers, and how that is known.
    #[serde(default)]
    pub review_period: String,
    /// Where the text comes from and what was done to it.
    #[serde(default)]
    pub source: String,
}
