//! Every value of the wrong shape in a report's JSON, not only the first: the parser stops at
//! the first, so once the text is known to be JSON each part (meta, every chapter, figure and
//! chart) is read on its own and every failure kept, with what it belongs to.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::fault::{Expected, JsonFault, classify};
use super::problem::{Subject, subject_of};
use super::{Chapter, Chart, Indicator, Meta};

/// One value of the wrong shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeProblem {
    /// JSON path of the value, e.g. `indicators[5].value`.
    pub path: String,
    /// What it belongs to, in the file's own words, when the file says.
    pub subject: Option<Subject>,
    /// What is wrong.
    pub fault: JsonFault,
}

/// The fields a report has at its top.
const FIELDS: [&str; 5] = ["format_version", "meta", "chapters", "indicators", "charts"];
/// Those it must have.
const REQUIRED: [&str; 3] = ["format_version", "meta", "chapters"];

/// Every shape problem of `value` (a report's JSON that parses).
#[must_use]
pub fn shape_problems(value: &Value) -> Vec<ShapeProblem> {
    let mut out = Vec::new();
    let Some(top) = value.as_object() else {
        out.push(ShapeProblem {
            path: String::new(),
            subject: None,
            fault: JsonFault::WrongType {
                found: short(value),
                expected: Expected::Object,
            },
        });
        return out;
    };
    for field in REQUIRED {
        if !top.contains_key(field) {
            out.push(problem(
                String::new(),
                JsonFault::MissingField(field.to_owned()),
            ));
        }
    }
    for key in top.keys() {
        if !FIELDS.contains(&key.as_str()) {
            out.push(problem(String::new(), JsonFault::UnknownField(key.clone())));
        }
    }
    if let Some(v) = top.get("format_version") {
        check::<u32>(v, "format_version", &mut out);
    }
    if let Some(v) = top.get("meta") {
        check::<Meta>(v, "meta", &mut out);
    }
    list::<Chapter>(top.get("chapters"), "chapters", &mut out);
    list::<Indicator>(top.get("indicators"), "indicators", &mut out);
    list::<Chart>(top.get("charts"), "charts", &mut out);
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    let item = |name: &str, i: usize| top.get(name).and_then(|v| v.get(i));
    for p in &mut out {
        p.subject = subject_of(
            &p.path,
            |i| {
                let f = item("indicators", i)?;
                Some((
                    text(f.get("label"))?,
                    text(f.get("value_text")).unwrap_or_default(),
                ))
            },
            |c, s| text(item("chapters", c)?.get("sections")?.get(s)?.get("title")),
            |c| text(item("chapters", c)?.get("title")),
            |c| text(item("charts", c)?.get("title")),
        );
    }
    out
}

fn problem(path: String, fault: JsonFault) -> ShapeProblem {
    ShapeProblem {
        path,
        subject: None,
        fault,
    }
}

/// Each element of the list at `name`, read as a `T`.
fn list<T: DeserializeOwned>(value: Option<&Value>, name: &str, out: &mut Vec<ShapeProblem>) {
    match value {
        None => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                check::<T>(item, &format!("{name}[{i}]"), out);
            }
        }
        Some(other) => out.push(problem(
            name.to_owned(),
            JsonFault::WrongType {
                found: short(other),
                expected: Expected::List,
            },
        )),
    }
}

/// `value` read as a `T`; its failure, if any, with the full path.
fn check<T: DeserializeOwned>(value: &Value, at: &str, out: &mut Vec<ShapeProblem>) {
    if let Err(e) = serde_path_to_error::deserialize::<_, T>(value) {
        let inner = e.path().to_string();
        let path = match inner.as_str() {
            "" | "." => at.to_owned(),
            p if p.starts_with('[') => format!("{at}{p}"),
            p => format!("{at}.{p}"),
        };
        out.push(problem(path, classify(&e.into_inner().to_string())));
    }
}

/// A value as the parser would name it: strings and numbers as written, others by shape.
fn short(value: &Value) -> String {
    match value {
        Value::Object(_) => "{…}".to_owned(),
        Value::Array(_) => "[…]".to_owned(),
        other => other.to_string(),
    }
}
