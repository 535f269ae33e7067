//! Loading a report from JSON text, with errors a person can act on: line and column for
//! syntax errors, every validation problem at once for a file that parses.

use super::fault::{JsonFault, classify};
use super::shape::{ShapeProblem, shape_problems};
use super::{Problem, Report, validate};

/// The report bundled into the binary (解读上街区政府工作报告).
pub const EMBEDDED_JSON: &str = include_str!("../../../assets/report.json");

/// Why a report could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The text is not JSON (the parser can only find the first such error).
    #[error("第 {line} 行第 {column} 列{}：{fault}", at(.path))]
    Json {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// JSON path of the value being read (`indicators[3].value`), empty at the top.
        path: String,
        /// What is wrong.
        fault: JsonFault,
    },
    /// JSON, but values of the wrong shape: every one found.
    #[error("报告的格式有 {} 处问题：\n{}", .0.len(), shape_list(.0))]
    Shape(Vec<ShapeProblem>),
    /// The JSON has the right shape but breaks the rules of the format.
    #[error("报告有 {} 处问题：\n{}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
}

fn at(path: &str) -> String {
    json_path(path).map_or_else(String::new, |p| format!("（{p}）"))
}

/// The JSON path of a syntax or type error, when it names a value (not the top level).
#[must_use]
pub fn json_path(path: &str) -> Option<&str> {
    (!path.is_empty() && path != ".").then_some(path)
}

fn shape_list(problems: &[ShapeProblem]) -> String {
    problems
        .iter()
        .map(|p| match (&p.subject, json_path(&p.path)) {
            (Some(subject), Some(path)) => format!("{subject}：{}（{path}）", p.fault),
            (None, Some(path)) => format!("{path}：{}", p.fault),
            (_, None) => p.fault.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Report {
    /// The report that ships inside the binary, parsed and validated.
    ///
    /// # Errors
    /// Only if the embedded asset is broken, which the unit tests rule out; the app still
    /// reports it in the UI rather than panicking.
    pub fn embedded() -> Result<Self, LoadError> {
        Self::from_json(EMBEDDED_JSON)
    }

    /// Parses and validates a report.
    ///
    /// # Errors
    /// [`LoadError::Json`] for text that is not a report's JSON, [`LoadError::Invalid`] with
    /// every problem the validator finds.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let json_error = |path: String, e: &serde_json::Error| {
            let message = e.to_string();
            let message = message
                .rfind(" at line ")
                .map_or(message.as_str(), |i| &message[..i]);
            LoadError::Json {
                line: e.line(),
                column: e.column(),
                path,
                fault: classify(message),
            }
        };
        let mut de = serde_json::Deserializer::from_str(text);
        let report: Self = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            // The parser marks a value it never reached with `?`: not a place a person can use.
            let path = e.path().to_string().replace(".?", "").replace('?', "");
            let inner = e.into_inner();
            // Valid JSON of the wrong shape: every such value, not only the first.
            if inner.is_data()
                && let Ok(value) = serde_json::from_str::<serde_json::Value>(text)
            {
                let all = shape_problems(&value);
                if !all.is_empty() {
                    return LoadError::Shape(all);
                }
            }
            json_error(path, &inner)
        })?;
        // Anything after the report (a second object, stray text) is an error too.
        de.end().map_err(|e| json_error(String::new(), &e))?;
        let problems = validate(&report);
        if problems.is_empty() {
            Ok(report)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }
}
