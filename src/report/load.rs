//! Loading a report from JSON text, with errors a person can act on: line and column for
//! syntax errors, every validation problem at once for a file that parses.

use super::{Problem, Report, validate};

/// The report bundled into the binary (解读上街区政府工作报告).
pub const EMBEDDED_JSON: &str = include_str!("../../assets/report.json");

/// Why a report could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The text is not JSON, or not JSON of the report's shape.
    #[error("第 {line} 行第 {column} 列：{message}")]
    Json {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// serde_json's description.
        message: String,
    },
    /// The JSON has the right shape but breaks the rules of the format.
    #[error("报告有 {} 处问题：\n{}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
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
        let report: Self = serde_json::from_str(text).map_err(|e| LoadError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let problems = validate(&report);
        if problems.is_empty() {
            Ok(report)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }
}
