//! What the JSON parser says about a text that is not a report, as data: the app words it in
//! the interface language instead of showing the parser's English. serde_json's messages are
//! read once here; anything not recognised keeps its words as a detail.

use std::fmt;

/// Why a JSON text is not a report's JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonFault {
    /// The text ends in the middle of a value (a file cut off).
    Eof,
    /// A value is missing where one must be (`"title": ,`).
    ExpectedValue,
    /// A comma or closing bracket is missing (`ch` is the bracket that would close here).
    ExpectedCommaOr(char),
    /// A colon is missing after a key.
    ExpectedColon,
    /// A comma before a closing bracket.
    TrailingComma,
    /// More text after the report.
    TrailingCharacters,
    /// A key without quotes.
    KeyMustBeString,
    /// A control character (a raw line break …) inside a string.
    ControlCharacter,
    /// A bad `\` escape in a string.
    InvalidEscape,
    /// A number that is not one, or too large.
    InvalidNumber,
    /// A value of the wrong type: what was found (as written) and what the format expects.
    WrongType {
        /// The value found, e.g. `"2024年"`, `5`, `{…}`.
        found: String,
        /// What the format wants there.
        expected: Expected,
    },
    /// A field the format requires is missing.
    MissingField(String),
    /// A field the format does not have (a typo?).
    UnknownField(String),
    /// A word the format does not know for this field (`"kind": "percent"`).
    UnknownVariant {
        /// The word found.
        found: String,
        /// The words allowed, as the format spells them.
        allowed: String,
    },
    /// A field given twice.
    DuplicateField(String),
    /// Anything else, in the parser's words.
    Other(String),
}

/// What the format expects where a value has the wrong type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A whole number (`format_version`, `year`).
    WholeNumber,
    /// A number (`value`).
    Number,
    /// Text in quotes.
    Text,
    /// A list `[…]`.
    List,
    /// An object `{…}`.
    Object,
    /// `true` or `false`.
    TrueFalse,
    /// Anything else, in the parser's words.
    Other(String),
}

/// Reads serde_json's `message` (without its " at line … column …").
#[must_use]
pub fn classify(message: &str) -> JsonFault {
    let backticked = |s: &str| s.split('`').nth(1).unwrap_or_default().to_owned();
    if message.starts_with("EOF while parsing") {
        return JsonFault::Eof;
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return JsonFault::WrongType {
            found: found_value(found),
            expected: expected_type(expected),
        };
    }
    if message.starts_with("missing field ") {
        return JsonFault::MissingField(backticked(message));
    }
    if message.starts_with("unknown field ") {
        return JsonFault::UnknownField(backticked(message));
    }
    if message.starts_with("duplicate field ") {
        return JsonFault::DuplicateField(backticked(message));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let allowed = rest
            .split_once("expected ")
            .map(|(_, a)| a.trim_start_matches("one of ").to_owned())
            .unwrap_or_default();
        return JsonFault::UnknownVariant {
            found: backticked(rest),
            allowed,
        };
    }
    match message {
        "expected value" => JsonFault::ExpectedValue,
        "expected `,` or `}`" => JsonFault::ExpectedCommaOr('}'),
        "expected `,` or `]`" => JsonFault::ExpectedCommaOr(']'),
        "expected `:`" => JsonFault::ExpectedColon,
        "trailing comma" => JsonFault::TrailingComma,
        "trailing characters" => JsonFault::TrailingCharacters,
        "key must be a string" => JsonFault::KeyMustBeString,
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape" => JsonFault::InvalidEscape,
        "invalid number" | "number out of range" => JsonFault::InvalidNumber,
        m if m.starts_with("control character") => JsonFault::ControlCharacter,
        m => JsonFault::Other(m.to_owned()),
    }
}

/// `string "2024年"` → `"2024年"`, ``integer `5` `` → `5`, `map` → `{…}`.
fn found_value(found: &str) -> String {
    if let Some(s) = found.strip_prefix("string ") {
        return s.to_owned();
    }
    for prefix in ["integer ", "floating point ", "boolean "] {
        if let Some(v) = found.strip_prefix(prefix) {
            return v.trim_matches('`').to_owned();
        }
    }
    match found {
        "map" => "{…}".to_owned(),
        "sequence" => "[…]".to_owned(),
        "null" | "unit value" => "null".to_owned(),
        other => other.to_owned(),
    }
}

fn expected_type(expected: &str) -> Expected {
    match expected {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => {
            Expected::WholeNumber
        }
        "f32" | "f64" => Expected::Number,
        "a string" => Expected::Text,
        "a sequence" => Expected::List,
        "a boolean" => Expected::TrueFalse,
        e if e == "a map" || e.starts_with("struct ") => Expected::Object,
        e => Expected::Other(e.to_owned()),
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WholeNumber => f.write_str("整数"),
            Self::Number => f.write_str("数字"),
            Self::Text => f.write_str("带引号的文字"),
            Self::List => f.write_str("列表 […]"),
            Self::Object => f.write_str("对象 {…}"),
            Self::TrueFalse => f.write_str("true 或 false"),
            Self::Other(e) => f.write_str(e),
        }
    }
}

impl fmt::Display for JsonFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Eof => f.write_str("文件在这里意外结束（文件可能不完整）"),
            Self::ExpectedValue => f.write_str("这里缺少一个值"),
            Self::ExpectedCommaOr(close) => write!(f, "这里缺少逗号或“{close}”"),
            Self::ExpectedColon => f.write_str("键后面缺少冒号"),
            Self::TrailingComma => f.write_str("右括号前多了一个逗号"),
            Self::TrailingCharacters => f.write_str("报告结束后还有多余的内容"),
            Self::KeyMustBeString => f.write_str("键必须放在双引号里"),
            Self::ControlCharacter => f.write_str("文字里有控制字符（如未转义的换行）"),
            Self::InvalidEscape => f.write_str("文字里有无效的转义（\\）"),
            Self::InvalidNumber => f.write_str("无效的数字"),
            Self::WrongType { found, expected } => {
                write!(f, "这里应是{expected}，却是 {found}")
            }
            Self::MissingField(name) => write!(f, "缺少必需的字段“{name}”"),
            Self::UnknownField(name) => write!(f, "格式里没有字段“{name}”（拼写有误？）"),
            Self::UnknownVariant { found, allowed } => {
                write!(f, "“{found}”不是这里允许的值（允许：{allowed}）")
            }
            Self::DuplicateField(name) => write!(f, "字段“{name}”出现了两次"),
            Self::Other(m) => write!(f, "JSON 解析错误：{m}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser's message for `text` read as `T`.
    fn fault<T: serde::de::DeserializeOwned>(text: &str) -> JsonFault {
        let e = serde_json::from_str::<T>(text).err().expect("fails");
        let m = e.to_string();
        classify(m.rfind(" at line ").map_or(m.as_str(), |i| &m[..i]))
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Meta {
        year: i32,
        title: String,
    }

    #[test]
    fn the_parsers_messages_become_faults() {
        assert_eq!(
            fault::<Meta>(r#"{"year": 2024, "title": "x"#),
            JsonFault::Eof
        );
        assert_eq!(
            fault::<Meta>(r#"{"year": "2024年", "title": "x"}"#),
            JsonFault::WrongType {
                found: "\"2024年\"".to_owned(),
                expected: Expected::WholeNumber
            }
        );
        assert_eq!(
            fault::<Meta>(r#"{"year": 2024}"#),
            JsonFault::MissingField("title".to_owned())
        );
        assert_eq!(
            fault::<Meta>(r#"{"year": 2024, "title": "x", "titel": "y"}"#),
            JsonFault::UnknownField("titel".to_owned())
        );
        assert_eq!(
            fault::<Meta>(r#"{"year": 2024 "title": "x"}"#),
            JsonFault::ExpectedCommaOr('}')
        );
        assert_eq!(
            fault::<Meta>(r#"{"year": , "title": "x"}"#),
            JsonFault::ExpectedValue
        );
        assert_eq!(
            fault::<Meta>(r#"{"year": 2024, "title": 5}"#),
            JsonFault::WrongType {
                found: "5".to_owned(),
                expected: Expected::Text
            }
        );
        assert_eq!(
            fault::<Meta>(r#"{"year": 2024, "title": "x"} x"#),
            JsonFault::TrailingCharacters
        );
        assert_eq!(
            classify("something new"),
            JsonFault::Other("something new".to_owned())
        );
    }

    #[test]
    fn the_chinese_wording_has_no_parser_english() {
        let faults = [
            JsonFault::Eof,
            JsonFault::ExpectedValue,
            JsonFault::ExpectedCommaOr(']'),
            JsonFault::TrailingCharacters,
            JsonFault::MissingField("meta".into()),
            JsonFault::WrongType {
                found: "\"2024年\"".into(),
                expected: Expected::WholeNumber,
            },
        ];
        for f in faults {
            let text = f.to_string();
            for english in ["EOF", "expected", "invalid type", "missing field"] {
                assert!(!text.contains(english), "{text}");
            }
        }
    }
}
