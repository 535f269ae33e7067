//! Loading a report from JSON text, with errors a person can act on: line and column for
//! syntax errors, every validation problem at once for a file that parses.

use super::{Problem, Report, validate};

/// The report bundled into the binary (解读上街区政府工作报告).
pub const EMBEDDED_JSON: &str = include_str!("../../../assets/report.json");

/// Why a report could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The text is not JSON, or not JSON of the report's shape.
    #[error("第 {line} 行第 {column} 列{}：{message}", at(.path))]
    Json {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// JSON path of the value being read (`indicators[3].value`), empty at the top.
        path: String,
        /// serde_json's description, without its own "at line … column …".
        message: String,
    },
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

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Report {
    /// Parses and validates a report.
    ///
    /// # Errors
    /// [`LoadError::Json`] for text that is not a report's JSON, [`LoadError::Invalid`] with
    /// every problem the validator finds.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let json_error = |path: String, e: serde_json::Error| {
            let message = e.to_string();
            let message = message
                .rfind(" at line ")
                .map_or(message.as_str(), |i| &message[..i])
                .to_owned();
            LoadError::Json {
                line: e.line(),
                column: e.column(),
                path,
                message,
            }
        };
        let mut de = serde_json::Deserializer::from_str(text);
        let report: Self = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            json_error(path, e.into_inner())
        })?;
        // Anything after the report (a second object, stray text) is an error too.
        de.end().map_err(|e| json_error(String::new(), e))?;
        let problems = validate(&report);
        if problems.is_empty() {
            Ok(report)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }
}
