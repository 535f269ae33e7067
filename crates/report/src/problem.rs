//! A broken rule with the JSON path of the value that breaks it, and the list the validator
//! fills: shared by the checks of figures and of charts.

use std::collections::HashSet;
use std::fmt;

use super::rule::Rule;

/// One broken rule, with the JSON path of the value that breaks it.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// JSON path, e.g. `indicators[3].quote`.
    pub path: String,
    /// What is wrong (worded by whoever shows it; `Display` is Chinese).
    pub rule: Rule,
    /// What the path points into, in the report's own words (a figure's label and value, a
    /// section's title), so a person can find it without reading the path.
    pub subject: Option<Subject>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.subject {
            Some(subject) => write!(f, "{subject}：{}（{}）", self.rule, self.path),
            None => write!(f, "{}：{}", self.path, self.rule),
        }
    }
}

/// What a problem is about, named as the report names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A figure: its label and its value as written.
    Figure {
        /// The label.
        label: String,
        /// The value as written.
        value_text: String,
    },
    /// A section, by its title.
    Section(String),
    /// A chapter, by its title.
    Chapter(String),
    /// A chart, by its title.
    Chart(String),
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Figure { label, value_text } => write!(f, "数字“{label}”（{value_text}）"),
            Self::Section(title) => write!(f, "小节“{title}”"),
            Self::Chapter(title) => write!(f, "章“{title}”"),
            Self::Chart(title) => write!(f, "图表“{title}”"),
        }
    }
}

/// The index after `name[` at the start of `path` (`indicators[3].quote` → 3 for `indicators`).
#[must_use]
pub fn index_in(path: &str, name: &str) -> Option<usize> {
    let rest = path.strip_prefix(name)?.strip_prefix('[')?;
    rest[..rest.find(']')?].parse().ok()
}

/// What `path` points into, read from any source that can give a figure's, a section's, a
/// chapter's or a chart's words (the parsed report, or the raw JSON when it does not parse).
pub fn subject_of(
    path: &str,
    figure: impl Fn(usize) -> Option<(String, String)>,
    section: impl Fn(usize, usize) -> Option<String>,
    chapter: impl Fn(usize) -> Option<String>,
    chart: impl Fn(usize) -> Option<String>,
) -> Option<Subject> {
    if let Some(i) = index_in(path, "indicators") {
        let (label, value_text) = figure(i)?;
        return Some(Subject::Figure { label, value_text });
    }
    if let Some(c) = index_in(path, "chapters") {
        let rest = &path[path.find(']')? + 1..];
        if let Some(s) = rest.strip_prefix('.').and_then(|r| index_in(r, "sections")) {
            return section(c, s).map(Subject::Section);
        }
        return chapter(c).map(Subject::Chapter);
    }
    index_in(path, "charts").and_then(chart).map(Subject::Chart)
}

#[derive(Default)]
pub(crate) struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    pub(crate) fn push(&mut self, path: impl Into<String>, rule: Rule) {
        self.0.push(Problem {
            subject: None,
            path: path.into(),
            rule,
        });
    }

    pub(crate) fn non_empty(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.push(path, Rule::Empty);
        }
    }

    /// Records a duplicate-id problem for every id seen before, and returns the known ids.
    pub(crate) fn unique_ids<'a>(
        &mut self,
        items: impl Iterator<Item = (String, &'a str)>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (path, id) in items {
            if id.trim().is_empty() {
                self.push(path, Rule::EmptyId);
            } else if !seen.insert(id) {
                self.push(path, Rule::DuplicateId(id.to_owned()));
            }
        }
        seen
    }
}
