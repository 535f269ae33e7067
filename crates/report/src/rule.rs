//! The rules of the format a report can break, as data: the validator names the rule and its
//! particulars, and whoever shows the problem words it (the app in its interface language; the
//! crate's own `Display` in Chinese).

use std::fmt;

/// Most sections a report may have.
pub const MAX_SECTIONS: usize = 20_000;
/// Most indicators a report may have.
pub const MAX_INDICATORS: usize = 200_000;
/// Most charts a report may have.
pub const MAX_CHARTS: usize = 5_000;
/// Most bars (indicators) one chart may have.
pub const MAX_BARS: usize = 1_000;

/// Largest magnitude of a figure (a figure beyond a thousand trillion is a typo, not data).
pub const MAX_VALUE: f64 = 1e15;

/// What there is too much of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// Sections of all chapters.
    Sections,
    /// Indicators.
    Indicators,
    /// Charts.
    Charts,
    /// Bars of one chart.
    Bars,
}

/// What the bars of one chart must share besides the unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mixed {
    /// The kind (`growth_rate`, `amount` …).
    Kind,
    /// The period (`review`, `plan` …).
    Period,
}

/// One broken rule and what breaks it.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// A required text is empty.
    Empty,
    /// An id is empty.
    EmptyId,
    /// An id used before.
    DuplicateId(String),
    /// Over a count limit.
    TooMany {
        /// Of what.
        what: Counted,
        /// How many there are.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A `format_version` this program does not read.
    UnsupportedVersion {
        /// The file's version.
        found: u32,
        /// The version read.
        supported: u32,
    },
    /// No chapter at all.
    NoChapters,
    /// A chapter without sections.
    NoSections,
    /// A section without paragraphs.
    NoParagraphs,
    /// A reference to a section id that does not exist.
    UnknownSection(String),
    /// A reference to an indicator id that does not exist.
    UnknownIndicator(String),
    /// A quote that is not text of its section.
    QuoteNotInSection {
        /// The quote.
        quote: String,
        /// The section, by its title.
        section: String,
    },
    /// A `value_text` that is not in its quote.
    ValueNotInQuote {
        /// The figure as written.
        value_text: String,
        /// The quote.
        quote: String,
    },
    /// A value beyond [`MAX_VALUE`].
    ValueOutOfRange(f64),
    /// A value that is not the number written.
    ValueMismatch {
        /// The value given.
        value: f64,
        /// The figure as written.
        value_text: String,
        /// The number in it.
        written: f64,
    },
    /// A value for a figure whose text has no number.
    NoNumber(String),
    /// NaN or infinite.
    NotFinite,
    /// A unit that is an empty string.
    EmptyUnit,
    /// A unit not written in the figure.
    UnitNotInText {
        /// The unit.
        unit: String,
        /// The figure as written.
        value_text: String,
    },
    /// A `value_hi` that is not the second number written, or not above `value`.
    ValueHiMismatch {
        /// The high end given.
        value_hi: f64,
        /// The figure as written.
        value_text: String,
    },
    /// `qualifier: range` without `value_hi`, or `value_hi` without `qualifier: range`.
    RangeWithoutHi,
    /// A figure kept by the import itself (`review: auto`) that carries a doubt: a doubtful
    /// figure waits for a person.
    AutoWithDoubt,
    /// A field or value of a newer format version in an older file.
    NeedsNewerVersion {
        /// The field, or the value, as written in JSON.
        what: String,
        /// The version that introduced it.
        version: u32,
    },
    /// A chart without indicators.
    NoBars,
    /// A bar whose kind or period is not that of the chart's first bar.
    ChartMixes {
        /// The indicator id.
        id: String,
        /// What differs.
        mixed: Mixed,
    },
    /// A bar for an indicator without a number.
    BarWithoutValue(String),
    /// A bar whose unit is not the chart's.
    UnitMismatch {
        /// The indicator id.
        id: String,
        /// Its unit (none when it has none).
        unit: Option<String>,
        /// The chart's unit.
        chart_unit: String,
    },
}

impl fmt::Display for Counted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Sections => "小节",
            Self::Indicators => "指标",
            Self::Charts => "图表",
            Self::Bars => "柱子",
        })
    }
}

impl fmt::Display for Mixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Kind => "类型",
            Self::Period => "时期",
        })
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "不能为空"),
            Self::EmptyId => write!(f, "id 不能为空"),
            Self::DuplicateId(id) => write!(f, "id “{id}” 重复"),
            Self::TooMany { what, count, limit } => {
                write!(f, "{what}过多：{count} 个，上限 {limit} 个")
            }
            Self::UnsupportedVersion { found, supported } => {
                write!(f, "不支持的格式版本 {found}（本程序读取版本 {supported}）")
            }
            Self::NoChapters => write!(f, "报告没有任何章节"),
            Self::NoSections => write!(f, "章节没有任何小节"),
            Self::NoParagraphs => write!(f, "小节没有任何段落"),
            Self::UnknownSection(id) => write!(f, "未知的小节 id “{id}”"),
            Self::UnknownIndicator(id) => write!(f, "未知的指标 id “{id}”"),
            Self::QuoteNotInSection { quote, section } => {
                write!(f, "引文“{quote}”不是小节“{section}”中的原文")
            }
            Self::ValueNotInQuote { value_text, quote } => {
                write!(f, "数值“{value_text}”没有出现在引文“{quote}”中")
            }
            Self::ValueOutOfRange(v) => {
                write!(f, "数值 {v} 超出范围（绝对值上限 {MAX_VALUE:e}）")
            }
            Self::ValueMismatch {
                value,
                value_text,
                written,
            } => write!(f, "数值 {value} 与原文“{value_text}”中的 {written} 不符"),
            Self::NoNumber(text) => write!(f, "原文“{text}”中没有数字"),
            Self::NotFinite => write!(f, "数值必须是有限数"),
            Self::EmptyUnit => write!(f, "单位不能为空字符串（没有单位时用 null）"),
            Self::UnitNotInText { unit, value_text } => {
                write!(f, "单位“{unit}”没有出现在原文“{value_text}”中")
            }
            Self::ValueHiMismatch {
                value_hi,
                value_text,
            } => write!(
                f,
                "上限 {value_hi} 不是原文“{value_text}”中的第二个数字，或不大于下限"
            ),
            Self::RangeWithoutHi => {
                write!(f, "区间（qualifier: range）必须同时给出 value_hi，反之亦然")
            }
            Self::AutoWithDoubt => write!(
                f,
                "有疑点（doubt）的数字不能由导入自动采用（review: auto），须待人核对"
            ),
            Self::NeedsNewerVersion { what, version } => {
                write!(f, "“{what}”要求格式版本 {version} 或更高")
            }
            Self::NoBars => write!(f, "图表没有任何指标"),
            Self::ChartMixes { id, mixed } => write!(
                f,
                "指标“{id}”的{mixed}与图表第一个柱子不同：一个图表只能有一种{mixed}"
            ),
            Self::BarWithoutValue(id) => {
                write!(f, "指标“{id}”没有数值，不能画成柱子（可放入 footnotes）")
            }
            Self::UnitMismatch {
                id,
                unit,
                chart_unit,
            } => write!(
                f,
                "指标“{id}”的单位“{}”与图表单位“{chart_unit}”不同：一个图表只能有一种单位",
                unit.as_deref().unwrap_or("无")
            ),
        }
    }
}
