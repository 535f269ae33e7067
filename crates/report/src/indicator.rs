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
    /// The number in `value_text` (the first one: the low end of a range); `None` for a figure
    /// without a number (a qualitative target).
    pub value: Option<f64>,
    /// The high end of a range (`5%—5.5%` → 5.5); only with `qualifier: range` (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_hi: Option<f64>,
    /// How the text bounds the figure (左右, 以上, 以内, 超过, 近, a range); none when exact
    /// (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
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
    /// Where a person's check of an imported figure stands (format 3); none for a figure an
    /// author wrote by hand, which needs no review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// The headline indicator a person matched it to for comparing reports (`gdp_growth`), or
    /// `none` to keep it out of comparisons; absent: matched by its label and unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_as: Option<String>,
    /// Which way a change goes (format 4): `down` for 下降, 降低, 减少, 回落, 收窄 …, `up` for
    /// 增长, 提高 …; the value stays the number as written. Absent where the text states no
    /// change (a level, an amount) or does not say which way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Why the importer may have read this figure wrong (format 4), in words a reviewer reads:
    /// `标签是推断的`, `主语承接自前文列举` …; absent when it has no doubt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doubt: Option<String>,
}

impl Indicator {
    /// The value as a signed number for drawing: below zero for a decrease (`下降3.3%` →
    /// −3.3). The stored `value` stays the number as written.
    #[must_use]
    pub fn signed_value(&self) -> Option<f64> {
        let v = self.value?;
        Some(if self.direction == Some(Direction::Down) {
            -v
        } else {
            v
        })
    }

    /// The value as shown to a reader: as written, with an arrow before a decrease (`↓ 3.3%`),
    /// so the sign is seen where the words say it. See [`Direction::mark`].
    #[must_use]
    pub fn value_shown(&self) -> String {
        Direction::mark(self.direction, &self.value_text)
    }
}

impl Direction {
    /// `value_text` as shown with `direction`: a decrease gets its arrow (`↓ 2.5%左右`), the
    /// number stays as written; every view that shows a value marks it this one way.
    #[must_use]
    pub fn mark(direction: Option<Self>, value_text: &str) -> String {
        if direction == Some(Self::Down) {
            format!("↓ {value_text}")
        } else {
            value_text.to_owned()
        }
    }
}

/// Which way a stated change goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A rise: 增长, 提高, 增加, 上升.
    Up,
    /// A fall: 下降, 降低, 减少, 回落, 收窄.
    Down,
}

impl Indicator {
    /// Whether the figure was rejected in review: it is left out of charts and tables.
    #[must_use]
    pub fn rejected(&self) -> bool {
        self.review == Some(Review::Rejected)
    }

    /// Whether the figure may be drawn in a chart: written by an author (no review), kept by
    /// the import itself (no doubt), or looked at and kept in review. A figure with a doubt
    /// reaches a chart only once a person saw it.
    #[must_use]
    pub fn charted(&self) -> bool {
        matches!(
            self.review,
            None | Some(Review::Auto | Review::Accepted | Review::Corrected)
        )
    }

    /// Whether a person still has to look at the figure: the importer was unsure of it.
    #[must_use]
    pub fn waits(&self) -> bool {
        self.review == Some(Review::Unreviewed)
    }
}

/// Where a person's check of a figure the importer found stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// Found by the importer with a doubt (see `doubt`), not looked at yet.
    Unreviewed,
    /// Found by the importer with no doubt and kept by it (format 4): charted at once, shown
    /// as read by the program, never as checked by a person.
    Auto,
    /// Looked at and right as found.
    Accepted,
    /// Looked at and changed (label, kind, period, unit, qualifier or quote).
    Corrected,
    /// Looked at and not a figure of the report (or not wanted): left out of charts and tables.
    Rejected,
}

impl Kind {
    /// Every kind, in the order a person picks from (changes, amounts, counts, shares, …).
    pub const ALL: [Self; 7] = [
        Self::GrowthRate,
        Self::PointChange,
        Self::Amount,
        Self::Count,
        Self::Share,
        Self::Level,
        Self::Target,
    ];
}

impl Period {
    /// Every period, in reading order of a report.
    pub const ALL: [Self; 4] = [
        Self::Review,
        Self::Plan,
        Self::FiveYearReview,
        Self::FiveYearGoal,
    ];
}

impl Qualifier {
    /// Every qualifier.
    pub const ALL: [Self; 6] = [
        Self::About,
        Self::AtLeast,
        Self::AtMost,
        Self::Over,
        Self::Nearly,
        Self::Range,
    ];
}

/// What sort of figure an indicator is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A change: 增长 x%, 下降 x%, 增长 x 倍.
    GrowthRate,
    /// A change in percentage points: 提高 x 个百分点 (format 2).
    PointChange,
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
    /// The review of the past year (过去一年, the year before `meta.year`).
    Review,
    /// The plan and targets for the year of the report (`meta.year`).
    Plan,
    /// The review of the five-year plan period just ended (十四五时期, 过去五年; format 2).
    FiveYearReview,
    /// The goals of the next five-year plan period, or longer-range goals (十五五, 到2035年;
    /// format 2).
    FiveYearGoal,
}

/// How the text bounds a figure: the words are kept in `value_text`, the meaning here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// 左右, 约.
    About,
    /// 以上, 不低于, 不少于.
    AtLeast,
    /// 以内, 以下, 不超过, 控制在….
    AtMost,
    /// 超过, 突破, 超, 余, 多.
    Over,
    /// 近.
    Nearly,
    /// `5%—5.5%`, `5~8条`: `value` is the low end, `value_hi` the high end.
    Range,
}

#[cfg(test)]
mod tests {
    use super::Direction;

    #[test]
    fn a_decrease_is_marked_and_the_number_stays_as_written() {
        assert_eq!(Direction::mark(Some(Direction::Down), "3.3%"), "↓ 3.3%");
        assert_eq!(Direction::mark(Some(Direction::Up), "5%左右"), "5%左右");
        assert_eq!(Direction::mark(None, "1.2万亿元"), "1.2万亿元");
    }
}
