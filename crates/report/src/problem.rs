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
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}：{}", self.path, self.rule)
    }
}

#[derive(Default)]
pub(crate) struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    pub(crate) fn push(&mut self, path: impl Into<String>, rule: Rule) {
        self.0.push(Problem {
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
