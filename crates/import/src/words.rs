//! Figures written in words, not digits: `翻番` (doubling) and shares in tenths written with a
//! Chinese numeral (`三成以上`, `近八成`). They are found and kept with their quote, but their
//! `value` stays empty: the importer converts no numeral, and a note says so for review.

use jiedu_report::{Kind, Qualifier};

/// A figure written in words.
#[derive(Clone, Debug, PartialEq)]
pub struct WordFigure {
    /// Byte range of the words (qualifier words included).
    pub range: std::ops::Range<usize>,
    /// Growth (翻番) or share (成).
    pub kind: Kind,
    /// The unit as written (`成`), if any.
    pub unit: Option<&'static str>,
    /// How the words bound it.
    pub qualifier: Option<Qualifier>,
    /// What a reader should know: the meaning, and that no value was taken.
    pub note: &'static str,
}

const DOUBLINGS: &[&str] = &["翻了一番", "翻一番", "翻两番", "翻番"];
const TENTHS: &str = "一二三四五六七八九";

/// The figures written in words in `text`, in order.
#[must_use]
pub fn scan_words(text: &str) -> Vec<WordFigure> {
    let mut out = Vec::new();
    for (at, c) in text.char_indices() {
        let rest = &text[at..];
        if c == '翻' {
            if let Some(w) = DOUBLINGS.iter().find(|w| rest.starts_with(**w)) {
                out.push(WordFigure {
                    range: at..at + w.len(),
                    kind: Kind::GrowthRate,
                    unit: None,
                    qualifier: None,
                    note: "“翻一番”是原来的2倍，“翻两番”是4倍；原文没有数字，未给出数值。",
                });
            }
        } else if TENTHS.contains(c) {
            let after = &rest[c.len_utf8()..];
            let before = text[..at].chars().next_back();
            // `三成`, not `一成不变` (an idiom) nor the tail of a larger numeral (`十三成`).
            if after.starts_with('成')
                && !after.starts_with("成不变")
                && !before.is_some_and(|b| TENTHS.contains(b) || b == '十' || b == '第')
            {
                let mut start = at;
                let mut end = at + c.len_utf8() + '成'.len_utf8();
                let mut qualifier = None;
                for (word, q) in [
                    ("近", Qualifier::Nearly),
                    ("超过", Qualifier::Over),
                    ("超", Qualifier::Over),
                    ("约", Qualifier::About),
                ] {
                    if text[..at].ends_with(word) {
                        start = at - word.len();
                        qualifier = Some(q);
                        break;
                    }
                }
                for (word, q) in [
                    ("以上", Qualifier::AtLeast),
                    ("左右", Qualifier::About),
                    ("多", Qualifier::Over),
                ] {
                    if text[end..].starts_with(word) {
                        end += word.len();
                        qualifier = qualifier.or(Some(q));
                        break;
                    }
                }
                out.push(WordFigure {
                    range: start..end,
                    kind: Kind::Share,
                    unit: Some("成"),
                    qualifier,
                    note: "成数用中文数字写成（一成即10%）；未转换为数值。",
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(text: &str) -> Vec<&str> {
        scan_words(text)
            .into_iter()
            .map(|f| &text[f.range])
            .collect()
    }

    #[test]
    fn doublings_and_tenths_from_real_sentences() {
        assert_eq!(written("城乡居民收入比2020年翻一番"), vec!["翻一番"]);
        assert_eq!(
            written("数字经济核心产业增加值占比超过三成以上，近八成企业"),
            vec!["超过三成以上", "近八成"]
        );
        let f = &scan_words("近四成")[0];
        assert_eq!(
            (f.kind, f.qualifier, f.unit),
            (Kind::Share, Some(Qualifier::Nearly), Some("成"))
        );
    }

    #[test]
    fn idioms_and_ordinals_are_not_figures() {
        assert!(written("一成不变，完成任务，第三成员").is_empty());
    }
}
