//! Chart definitions: which indicators a chart shows, in which order, in which unit.
//! Charts are data so that every bar can be traced back to its sentence.

use serde::{Deserialize, Serialize};

/// A chart of the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Chart {
    /// Stable id, unique among charts.
    pub id: String,
    /// Title shown above the chart.
    pub title: String,
    /// English title, shown when the interface is in English (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// The one unit every bar of the chart shares.
    pub unit: String,
    /// Whether it shows results or targets (drawn differently).
    pub kind: ChartKind,
    /// Indicator ids, one bar each, in report order.
    pub indicators: Vec<String>,
    /// Indicators shown as notes under the chart (e.g. a target without a number).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<String>,
}

/// Whether a chart shows results or targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// What was achieved.
    Result,
    /// What is aimed for.
    Target,
}
