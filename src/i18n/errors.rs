//! Why a report could not be opened, in the interface language: the model names the broken
//! rule ([`Rule`]) and its particulars, and the table words it. The Chinese wording is the one
//! the model's own `Display` gives (a test keeps the two the same).

use crate::i18n::Strings;
use crate::i18n::fill::fill;

use crate::report::{
    Counted, Expected, JsonFault, LoadError, Mixed, OpenError, Problem, Rule, Subject,
};

impl Strings {
    /// One broken rule.
    #[must_use]
    pub fn rule(&self, rule: &Rule) -> String {
        match rule {
            Rule::DuplicateId(_)
            | Rule::Empty
            | Rule::EmptyId
            | Rule::NeedsNewerVersion { .. }
            | Rule::NoChapters
            | Rule::NoParagraphs
            | Rule::NoSections
            | Rule::TooMany { .. }
            | Rule::UnknownIndicator(_)
            | Rule::UnknownSection(_)
            | Rule::UnsupportedVersion { .. } => self.report_rule(rule),
            Rule::BarWithoutValue(_)
            | Rule::ChartMixes { .. }
            | Rule::NoBars
            | Rule::UnitMismatch { .. } => self.chart_rule(rule),
            Rule::QuoteNotInSection { quote, section } => fill(
                self.rule_quote_not_in_section,
                &[("quote", quote), ("section", section)],
            ),
            Rule::ValueNotInQuote { value_text, quote } => fill(
                self.rule_value_not_in_quote,
                &[("value_text", value_text), ("quote", quote)],
            ),
            Rule::ValueOutOfRange(value) => fill(
                self.rule_value_out_of_range,
                &[
                    ("value", value),
                    ("limit", &format!("{:e}", crate::report::MAX_VALUE)),
                ],
            ),
            Rule::ValueMismatch {
                value,
                value_text,
                written,
            } => fill(
                self.rule_value_mismatch,
                &[
                    ("value", value),
                    ("value_text", value_text),
                    ("written", written),
                ],
            ),
            Rule::NoNumber(text) => fill(self.rule_no_number, &[("value_text", text)]),
            Rule::NotFinite => self.rule_not_finite.to_owned(),
            Rule::EmptyUnit => self.rule_empty_unit.to_owned(),
            Rule::UnitNotInText { unit, value_text } => fill(
                self.rule_unit_not_in_text,
                &[("unit", unit), ("value_text", value_text)],
            ),
            Rule::ValueHiMismatch {
                value_hi,
                value_text,
            } => fill(
                self.rule_value_hi_mismatch,
                &[("value_hi", value_hi), ("value_text", value_text)],
            ),
            Rule::RangeWithoutHi => self.rule_range_without_hi.to_owned(),
            Rule::AutoWithDoubt => self.rule_auto_with_doubt.to_owned(),
        }
    }

    /// A rule of the report's shape: ids, counts, version, chapters, sections, references.
    fn report_rule(&self, rule: &Rule) -> String {
        match rule {
            Rule::Empty => self.rule_empty.to_owned(),
            Rule::EmptyId => self.rule_empty_id.to_owned(),
            Rule::DuplicateId(id) => fill(self.rule_duplicate_id, &[("id", id)]),
            Rule::TooMany { what, count, limit } => {
                let what = match what {
                    Counted::Sections => self.counted_sections,
                    Counted::Indicators => self.counted_indicators,
                    Counted::Charts => self.counted_charts,
                    Counted::Bars => self.counted_bars,
                };
                fill(
                    self.rule_too_many,
                    &[("what", &what), ("count", count), ("limit", limit)],
                )
            }
            Rule::UnsupportedVersion { found, supported } => fill(
                self.rule_version,
                &[("found", found), ("supported", supported)],
            ),
            Rule::NoChapters => self.rule_no_chapters.to_owned(),
            Rule::NoSections => self.rule_no_sections.to_owned(),
            Rule::NoParagraphs => self.rule_no_paragraphs.to_owned(),
            Rule::UnknownSection(id) => fill(self.rule_unknown_section, &[("id", id)]),
            Rule::UnknownIndicator(id) => fill(self.rule_unknown_indicator, &[("id", id)]),
            Rule::NeedsNewerVersion { what, version } => fill(
                self.rule_needs_newer_version,
                &[("what", what), ("version", version)],
            ),
            // Only the rules above reach here; any other is said as the model words it.
            other => other.to_string(),
        }
    }

    /// A rule of a chart: what it mixes, its bars, its unit.
    fn chart_rule(&self, rule: &Rule) -> String {
        match rule {
            Rule::NoBars => self.rule_no_bars.to_owned(),
            Rule::ChartMixes { id, mixed } => {
                let mixed = match mixed {
                    Mixed::Kind => self.mixed_kind,
                    Mixed::Period => self.mixed_period,
                };
                fill(self.rule_chart_mixes, &[("id", id), ("mixed", &mixed)])
            }
            Rule::BarWithoutValue(id) => fill(self.rule_bar_without_value, &[("id", id)]),
            Rule::UnitMismatch {
                id,
                unit,
                chart_unit,
            } => fill(
                self.rule_unit_mismatch,
                &[
                    ("id", id),
                    ("unit", &unit.as_deref().unwrap_or(self.no_unit)),
                    ("chart_unit", chart_unit),
                ],
            ),
            // Only the rules above reach here; any other is said as the model words it.
            other => other.to_string(),
        }
    }

    /// One problem: what it is about (a figure's label and value, a section's title), the rule,
    /// and its JSON path as a detail.
    #[must_use]
    pub fn problem(&self, problem: &Problem) -> String {
        self.located(
            problem.subject.as_ref(),
            &problem.path,
            &self.rule(&problem.rule),
        )
    }

    /// `message`, about `subject` where it is known, with the JSON path as a detail.
    fn located(&self, subject: Option<&Subject>, path: &str, message: &str) -> String {
        match (subject, crate::report::json_path(path)) {
            (Some(subject), Some(path)) => fill(
                self.problem_of_line,
                &[
                    ("subject", &self.subject(subject)),
                    ("message", &message),
                    ("path", &path),
                ],
            ),
            (None, Some(path)) => {
                fill(self.problem_line, &[("path", &path), ("message", &message)])
            }
            (_, None) => message.to_owned(),
        }
    }

    /// What a problem is about, as the report names it.
    #[must_use]
    pub fn subject(&self, subject: &Subject) -> String {
        match subject {
            Subject::Figure { label, value_text } => fill(
                self.subject_figure,
                &[("label", label), ("value", value_text)],
            ),
            Subject::Section(title) => fill(self.subject_section, &[("title", title)]),
            Subject::Chapter(title) => fill(self.subject_chapter, &[("title", title)]),
            Subject::Chart(title) => fill(self.subject_chart, &[("title", title)]),
        }
    }

    /// Why a JSON text is not a report's JSON, without the parser's English.
    #[must_use]
    pub fn fault(&self, fault: &JsonFault) -> String {
        match fault {
            JsonFault::Eof => self.fault_eof.to_owned(),
            JsonFault::ExpectedValue => self.fault_expected_value.to_owned(),
            JsonFault::ExpectedCommaOr(close) => {
                fill(self.fault_expected_comma, &[("close", close)])
            }
            JsonFault::ExpectedColon => self.fault_expected_colon.to_owned(),
            JsonFault::TrailingComma => self.fault_trailing_comma.to_owned(),
            JsonFault::TrailingCharacters => self.fault_trailing.to_owned(),
            JsonFault::KeyMustBeString => self.fault_key_string.to_owned(),
            JsonFault::ControlCharacter => self.fault_control.to_owned(),
            JsonFault::InvalidEscape => self.fault_escape.to_owned(),
            JsonFault::InvalidNumber => self.fault_number.to_owned(),
            JsonFault::WrongType { found, expected } => {
                let expected = match expected {
                    Expected::WholeNumber => self.expected_whole,
                    Expected::Number => self.expected_number,
                    Expected::Text => self.expected_text,
                    Expected::List => self.expected_list,
                    Expected::Object => self.expected_object,
                    Expected::TrueFalse => self.expected_bool,
                    Expected::Other(e) => e.as_str(),
                };
                fill(
                    self.fault_wrong_type,
                    &[("expected", &expected), ("found", found)],
                )
            }
            JsonFault::MissingField(name) => fill(self.fault_missing, &[("name", name)]),
            JsonFault::UnknownField(name) => fill(self.fault_unknown_field, &[("name", name)]),
            JsonFault::UnknownVariant { found, allowed } => fill(
                self.fault_unknown_variant,
                &[("found", found), ("allowed", allowed)],
            ),
            JsonFault::DuplicateField(name) => fill(self.fault_duplicate, &[("name", name)]),
            JsonFault::Other(detail) => fill(self.fault_other, &[("detail", detail)]),
        }
    }

    /// A report's JSON that does not parse or does not validate.
    #[must_use]
    pub fn load_error(&self, error: &LoadError) -> String {
        match error {
            LoadError::Json {
                line,
                column,
                path,
                fault,
            } => {
                let at = crate::report::json_path(path)
                    .map_or_else(String::new, |p| fill(self.load_json_at, &[("path", &p)]));
                fill(
                    self.load_json,
                    &[
                        ("line", line),
                        ("column", column),
                        ("at", &at),
                        ("message", &self.fault(fault)),
                    ],
                )
            }
            LoadError::Shape(problems) => {
                let mut out = fill(self.load_shape, &[("n", &problems.len())]);
                for p in problems {
                    out.push('\n');
                    out.push_str(&self.located(p.subject.as_ref(), &p.path, &self.fault(&p.fault)));
                }
                out
            }
            LoadError::Invalid(problems) => {
                let mut out = fill(self.load_invalid, &[("n", &problems.len())]);
                for p in problems {
                    out.push('\n');
                    out.push_str(&self.problem(p));
                }
                out
            }
        }
    }

    /// A report file that could not be opened.
    #[must_use]
    pub fn open_error(&self, error: &OpenError) -> String {
        match error {
            OpenError::Directory(path) => fill(self.open_directory, &[("path", &path.display())]),
            OpenError::Io { path, source } => fill(
                self.open_io,
                &[
                    ("path", &path.display()),
                    ("detail", &self.os_error(source.kind(), &source.to_string())),
                ],
            ),
            OpenError::TooLarge { size, limit } => {
                fill(self.open_too_large, &[("size", size), ("limit", limit)])
            }
            OpenError::Empty => self.open_empty.to_owned(),
            OpenError::OtherFormat { format } => {
                fill(self.open_other_format, &[("format", format)])
            }
            OpenError::NotUtf8 {
                line,
                column,
                offset,
            } => fill(
                self.open_not_utf8,
                &[("line", line), ("column", column), ("offset", offset)],
            ),
            OpenError::TooDeep {
                line,
                column,
                limit,
            } => fill(
                self.open_too_deep,
                &[("line", line), ("column", column), ("limit", limit)],
            ),
            OpenError::Load(e) => self.load_error(e),
        }
    }
}

/// A size in megabytes as people read it (`60.0 MB`; one decimal, never rounded to zero).
#[must_use]
pub fn megabytes(bytes: usize) -> String {
    // Sizes this app meets are far below 2^52 bytes: the conversion is exact.
    #[allow(clippy::cast_precision_loss)]
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb < 0.1 && bytes > 0 {
        "< 0.1 MB".to_owned()
    } else {
        format!("{mb:.1} MB")
    }
}

impl Strings {
    /// What the system said about a file, in the interface language: the usual failures
    /// worded by the table (`文件不存在`), anything else as the system said it.
    #[must_use]
    pub fn os_error(&self, kind: std::io::ErrorKind, said: &str) -> String {
        use std::io::ErrorKind as K;
        let worded = match kind {
            K::NotFound => self.os_not_found,
            K::PermissionDenied => self.os_denied,
            K::IsADirectory => self.os_is_folder,
            K::ReadOnlyFilesystem => self.os_read_only,
            K::StorageFull => self.os_full,
            K::AlreadyExists => self.os_exists,
            _ => return said.to_owned(),
        };
        worded.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};

    fn rules() -> Vec<Rule> {
        let s = || "x".to_owned();
        vec![
            Rule::Empty,
            Rule::EmptyId,
            Rule::DuplicateId(s()),
            Rule::TooMany {
                what: Counted::Bars,
                count: 2000,
                limit: 1000,
            },
            Rule::UnsupportedVersion {
                found: 9,
                supported: 1,
            },
            Rule::NoChapters,
            Rule::NoSections,
            Rule::NoParagraphs,
            Rule::UnknownSection(s()),
            Rule::UnknownIndicator(s()),
            Rule::QuoteNotInSection {
                quote: s(),
                section: s(),
            },
            Rule::ValueNotInQuote {
                value_text: s(),
                quote: s(),
            },
            Rule::ValueOutOfRange(1e16),
            Rule::ValueMismatch {
                value: 7.0,
                value_text: "8%".into(),
                written: 8.0,
            },
            Rule::NoNumber(s()),
            Rule::NotFinite,
            Rule::EmptyUnit,
            Rule::UnitNotInText {
                unit: s(),
                value_text: s(),
            },
            Rule::NoBars,
            Rule::BarWithoutValue(s()),
            Rule::UnitMismatch {
                id: s(),
                unit: None,
                chart_unit: "%".into(),
            },
        ]
    }

    #[test]
    fn chinese_is_the_models_own_wording_and_english_is_english() {
        for rule in rules() {
            assert_eq!(ZH.rule(&rule), rule.to_string());
            let en = EN.rule(&rule);
            assert!(!en.contains('{'), "{en}");
            assert!(!en.chars().any(crate::i18n::fill::is_cjk), "{en}");
        }
    }

    #[test]
    fn what_the_system_says_is_worded_in_the_interface_language() {
        let missing = std::fs::read("/no/such/jiedu/file").expect_err("missing");
        assert_eq!(
            ZH.os_error(missing.kind(), &missing.to_string()),
            "文件或文件夹不存在"
        );
        assert_eq!(
            EN.os_error(missing.kind(), &missing.to_string()),
            "the file or folder does not exist"
        );
        // What the table does not word is shown as the system said it, not hidden.
        let odd = std::io::Error::other("something odd");
        assert_eq!(ZH.os_error(odd.kind(), &odd.to_string()), "something odd");
        let e = crate::report::open_file(std::path::Path::new("/no/such/jiedu/report.json"))
            .expect_err("missing");
        let zh = ZH.open_error(&e);
        assert!(
            zh.contains("文件或文件夹不存在") && !zh.contains("os error"),
            "{zh}"
        );
    }

    #[test]
    fn sizes_are_said_in_megabytes() {
        assert_eq!(megabytes(62_914_560), "60.0 MB");
        assert_eq!(megabytes(20 * 1024 * 1024 + 1), "20.0 MB");
        assert_eq!(megabytes(10), "< 0.1 MB");
    }

    #[test]
    fn open_errors_read_as_the_model_words_them_in_chinese() {
        let bad = [
            b"{".as_slice(),
            b"",
            b"\xff\xfe",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3",
            b"PK\x03\x04\x14\x00\x06\x00",
            br#"{"format_version": 1, "meta": {"title": ""}, "chapters": []}"#,
        ];
        for bytes in bad {
            let e = crate::report::from_bytes(bytes).expect_err("bad input");
            assert_eq!(ZH.open_error(&e), e.to_string());
            assert!(!EN.open_error(&e).is_empty());
        }
    }
}
