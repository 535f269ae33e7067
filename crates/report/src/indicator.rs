//! Indicators: every figure of the text, with the exact run of text that states it.

use serde::{Deserialize, Serialize};

/// One figure of the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, unique among indicators; charts refer to it.
    pub id: String,
    /// Id of the section whose text states it.
    pub section: String,
    /// Short label, e.g. 工业投资增长.
    pub label: String,
    /// English label, shown when the interface is in English (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    /// The figure exactly as written in the text, e.g. `57.8%`, `1400余名`.
    pub value_text: String,
    /// The number in `value_text`; `None` for a figure without a number (a qualitative target).
    pub value: Option<f64>,
    /// Unit as written (`%`, `亿元`, `个` …); `None` when the text has none or is cut off.
    pub unit: Option<String>,
    /// What sort of figure this is.
    pub kind: Kind,
    /// Which part of the report it belongs to.
    pub period: Period,
    /// The exact run of the section's text that states the figure; contains `value_text`.
    pub quote: String,
    /// True when the source is cut off in this figure (e.g. its unit is missing).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
    /// Id of another indicator this one repeats (the same figure mentioned twice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<String>,
    /// Editor's note: approximations (余), caps (以内), ambiguous wording (增长3倍) …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What sort of figure an indicator is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A change: 增长 x%, 提高 x 个百分点, 增长 x 倍.
    GrowthRate,
    /// Money: 亿元, 万元.
    Amount,
    /// A number of things: 个, 家, 人, 名, 列 …
    Count,
    /// A share or rate: 占比, 覆盖率, 达标率.
    Share,
    /// Any other quantity: area, length, capacity, hours.
    Level,
    /// A target for the coming year.
    Target,
}

/// Which part of the report an indicator belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// The review of the past year (过去一年; the page prints no year: 2023 is inferred).
    Review,
    /// The plan and targets for the year of the report (2024, as printed).
    Plan,
}
