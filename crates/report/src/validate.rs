//! The rules a report must follow beyond its JSON shape. The validator returns every problem,
//! each with the JSON path of the offending value, so an author can fix a file in one pass.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::figures::value_offset;
use super::{FORMAT_VERSION, Report};

/// One broken rule, with the JSON path of the value that breaks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `indicators[3].quote`.
    pub path: String,
    /// What is wrong, in Chinese, for the person who wrote the file.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}：{}", self.path, self.message)
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn non_empty(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.push(path, "不能为空");
        }
    }

    /// Records a duplicate-id problem for every id seen before, and returns the known ids.
    fn unique_ids<'a>(
        &mut self,
        items: impl Iterator<Item = (String, &'a str)>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (path, id) in items {
            if id.trim().is_empty() {
                self.push(path, "id 不能为空");
            } else if !seen.insert(id) {
                self.push(path, format!("id “{id}” 重复"));
            }
        }
        seen
    }
}

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

/// Checks every rule of `docs/report-format.md` and returns all problems (empty when valid).
#[must_use]
pub fn validate(report: &Report) -> Vec<Problem> {
    let mut p = Problems::default();
    let sections: usize = report.chapters.iter().map(|c| c.sections.len()).sum();
    for (path, what, count, limit) in [
        ("chapters", "小节", sections, MAX_SECTIONS),
        (
            "indicators",
            "指标",
            report.indicators.len(),
            MAX_INDICATORS,
        ),
        ("charts", "图表", report.charts.len(), MAX_CHARTS),
    ] {
        if count > limit {
            p.push(path, format!("{what}过多：{count} 个，上限 {limit} 个"));
        }
    }
    if !p.0.is_empty() {
        // Over a limit, the rest is not worth checking (and could take long).
        return p.0;
    }
    if report.format_version != FORMAT_VERSION {
        p.push(
            "format_version",
            format!(
                "不支持的格式版本 {}（本程序读取版本 {FORMAT_VERSION}）",
                report.format_version
            ),
        );
    }
    p.non_empty("meta.title", &report.meta.title);
    if report.chapters.is_empty() {
        p.push("chapters", "报告没有任何章节");
    }
    check_text(report, &mut p);
    check_indicators(report, &mut p);
    check_charts(report, &mut p);
    p.0
}

fn check_text(report: &Report, p: &mut Problems) {
    p.unique_ids(
        report
            .chapters
            .iter()
            .enumerate()
            .map(|(c, ch)| (format!("chapters[{c}].id"), ch.id.as_str())),
    );
    p.unique_ids(report.chapters.iter().enumerate().flat_map(|(c, ch)| {
        ch.sections
            .iter()
            .enumerate()
            .map(move |(s, sec)| (format!("chapters[{c}].sections[{s}].id"), sec.id.as_str()))
    }));
    for (c, chapter) in report.chapters.iter().enumerate() {
        p.non_empty(format!("chapters[{c}].title"), &chapter.title);
        if chapter.sections.is_empty() {
            p.push(format!("chapters[{c}].sections"), "章节没有任何小节");
        }
        for (s, section) in chapter.sections.iter().enumerate() {
            let path = format!("chapters[{c}].sections[{s}]");
            p.non_empty(format!("{path}.title"), &section.title);
            if section.paragraphs.is_empty() {
                p.push(format!("{path}.paragraphs"), "小节没有任何段落");
            }
            for (i, para) in section.paragraphs.iter().enumerate() {
                p.non_empty(format!("{path}.paragraphs[{i}]"), para);
            }
        }
    }
}

fn check_indicators(report: &Report, p: &mut Problems) {
    let ids = p.unique_ids(
        report
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (format!("indicators[{i}].id"), ind.id.as_str())),
    );
    let sections: HashMap<&str, &[String]> = report
        .chapters
        .iter()
        .flat_map(|c| &c.sections)
        .map(|s| (s.id.as_str(), s.paragraphs.as_slice()))
        .collect();
    for (i, ind) in report.indicators.iter().enumerate() {
        let path = format!("indicators[{i}]");
        p.non_empty(format!("{path}.label"), &ind.label);
        if let Some(en) = &ind.label_en {
            p.non_empty(format!("{path}.label_en"), en);
        }
        p.non_empty(format!("{path}.value_text"), &ind.value_text);
        match sections.get(ind.section.as_str()) {
            None => p.push(
                format!("{path}.section"),
                format!("未知的小节 id “{}”", ind.section),
            ),
            Some(paragraphs) => {
                if ind.quote.trim().is_empty() {
                    p.push(format!("{path}.quote"), "不能为空");
                } else if !paragraphs.iter().any(|t| t.contains(&ind.quote)) {
                    p.push(
                        format!("{path}.quote"),
                        format!("引文“{}”不是小节“{}”中的原文", ind.quote, ind.section),
                    );
                }
            }
        }
        if value_offset(&ind.quote, &ind.value_text).is_none() {
            p.push(
                format!("{path}.value_text"),
                format!("数值“{}”没有出现在引文“{}”中", ind.value_text, ind.quote),
            );
        }
        check_value(ind, &path, p);
        if let Some(other) = &ind.same_as
            && !ids.contains(other.as_str())
        {
            p.push(
                format!("{path}.same_as"),
                format!("未知的指标 id “{other}”"),
            );
        }
    }
}

/// The number and unit must be the ones written in `value_text`.
fn check_value(ind: &super::Indicator, path: &str, p: &mut Problems) {
    if let Some(value) = ind.value {
        if value.is_finite() && value.abs() > MAX_VALUE {
            p.push(
                format!("{path}.value"),
                format!("数值 {value} 超出范围（绝对值上限 {MAX_VALUE:e}）"),
            );
        } else if value.is_finite() {
            match leading_number(&ind.value_text) {
                Some(written) if (written - value).abs() <= f64::EPSILON * value.abs().max(1.0) => {
                }
                Some(written) => p.push(
                    format!("{path}.value"),
                    format!("数值 {value} 与原文“{}”中的 {written} 不符", ind.value_text),
                ),
                None => p.push(
                    format!("{path}.value"),
                    format!("原文“{}”中没有数字", ind.value_text),
                ),
            }
        } else {
            p.push(format!("{path}.value"), "数值必须是有限数");
        }
    }
    if let Some(unit) = &ind.unit {
        if unit.trim().is_empty() {
            p.push(
                format!("{path}.unit"),
                "单位不能为空字符串（没有单位时用 null）",
            );
        } else if !ind.value_text.contains(unit.as_str()) {
            p.push(
                format!("{path}.unit"),
                format!("单位“{unit}”没有出现在原文“{}”中", ind.value_text),
            );
        }
    }
}

/// The number a figure starts with (`57.8%` → 57.8), if it starts with one.
fn leading_number(text: &str) -> Option<f64> {
    let end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(text.len(), |(i, _)| i);
    text[..end].parse().ok()
}

fn check_charts(report: &Report, p: &mut Problems) {
    p.unique_ids(
        report
            .charts
            .iter()
            .enumerate()
            .map(|(c, ch)| (format!("charts[{c}].id"), ch.id.as_str())),
    );
    let ids = report.indicator_ids();
    let indicator = |id: &str| ids.get(id).map(|&i| &report.indicators[i]);
    for (c, chart) in report.charts.iter().enumerate() {
        let path = format!("charts[{c}]");
        p.non_empty(format!("{path}.title"), &chart.title);
        if let Some(en) = &chart.title_en {
            p.non_empty(format!("{path}.title_en"), en);
        }
        if chart.indicators.is_empty() {
            p.push(format!("{path}.indicators"), "图表没有任何指标");
        } else if chart.indicators.len() > MAX_BARS {
            p.push(
                format!("{path}.indicators"),
                format!(
                    "柱子过多：{} 个，上限 {MAX_BARS} 个",
                    chart.indicators.len()
                ),
            );
        }
        for (k, id) in chart.indicators.iter().enumerate() {
            let at = format!("{path}.indicators[{k}]");
            match indicator(id) {
                None => p.push(at, format!("未知的指标 id “{id}”")),
                Some(ind) if ind.value.is_none() => {
                    p.push(
                        at,
                        format!("指标“{id}”没有数值，不能画成柱子（可放入 footnotes）"),
                    );
                }
                Some(ind) if ind.unit.as_deref() != Some(chart.unit.as_str()) => p.push(
                    at,
                    format!(
                        "指标“{id}”的单位“{}”与图表单位“{}”不同：一个图表只能有一种单位",
                        ind.unit.as_deref().unwrap_or("无"),
                        chart.unit
                    ),
                ),
                Some(_) => {}
            }
        }
        for (k, id) in chart.footnotes.iter().enumerate() {
            if indicator(id).is_none() {
                p.push(
                    format!("{path}.footnotes[{k}]"),
                    format!("未知的指标 id “{id}”"),
                );
            }
        }
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
