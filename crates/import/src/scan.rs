//! Finding figures in a paragraph: a number written in digits, with its unit and the words that
//! bound it (左右, 以上, 超过, 近, a range), exactly as written. Years, dates, ordinals, codes and
//! numbers without a unit are not figures. The numbers are read with the validator's own
//! [`written_numbers`], so what the importer writes always validates.

use jiedu_report::{MAX_VALUE, Qualifier, written_numbers};

use crate::width::Folded;

/// One figure found in a text: where it is written and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Byte range of the figure as written (qualifier words included) in the text.
    pub range: std::ops::Range<usize>,
    /// Byte offset of its first digit.
    pub number_at: usize,
    /// The number (the low end of a range).
    pub value: f64,
    /// The high end of a range.
    pub value_hi: Option<f64>,
    /// The unit as written (`亿元`, `%`, `个百分点`).
    pub unit: String,
    /// How the words bound it.
    pub qualifier: Option<Qualifier>,
}

/// Units after the magnitude (万, 亿, 万亿), longest first where one starts another.
const UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    // `％` is folded to `%` before the scan (`scan_figures`).
    "%",
    "‰",
    "微克/立方米",
    "吨标准煤",
    "标准煤",
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "千瓦时",
    "千瓦",
    "千米",
    "公里",
    "公顷",
    "公斤",
    "千克",
    "标准箱",
    "标箱",
    "人民币",
    "美元",
    "元",
    "人次",
    "场次",
    "户",
    "人",
    "名",
    "个",
    "家",
    "项",
    "所",
    "座",
    "条",
    "套",
    "台",
    "辆",
    "件",
    "场",
    "批",
    "次",
    "例",
    "张",
    "处",
    "栋",
    "间",
    "只",
    "头",
    "株",
    "棵",
    "架",
    "艘",
    "列",
    "班",
    "支",
    "篇",
    "部",
    "种",
    "款",
    "位",
    "床",
    "吨",
    "斤",
    "克",
    "米",
    "亩",
    "度",
    "小时",
    "天",
    "岁",
    "倍",
    "架次",
    "kg",
    "GW",
    "MW",
    "TEU",
];
/// Magnitudes written between the number and the unit.
const MAGNITUDES: &[&str] = &["万亿", "亿", "万"];
/// What follows a number that makes it a date, a year or a name, not a figure.
const NOT_AFTER: &[char] = &[
    '年', '月', '日', '号', '时', '届', '期', '代', '级', '星', '型', '路', '线', '楼',
];
/// Words before the number, kept in the figure as written, and what they mean.
const PREFIXES: &[(&str, Qualifier)] = &[
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("不超过", Qualifier::AtMost),
    ("超过", Qualifier::Over),
    ("突破", Qualifier::Over),
    // A milestone passed: `跨上3万亿元台阶`, `跨过3万亿元`.
    ("跨上", Qualifier::AtLeast),
    ("跨过", Qualifier::AtLeast),
    ("站上", Qualifier::AtLeast),
    ("约", Qualifier::About),
    ("近", Qualifier::Nearly),
    ("超", Qualifier::Over),
];
/// Words after the unit, kept in the figure, and what they mean.
const SUFFIXES: &[(&str, Qualifier)] = &[
    ("以上", Qualifier::AtLeast),
    ("以内", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
    ("左右", Qualifier::About),
    ("多", Qualifier::Over),
];
/// Between a range's two numbers.
const RANGE_MARKS: &[char] = &['—', '–', '-', '~', '～', '－', '至', '到'];

/// One number with what follows it: where it ends, its unit and any 余/多 in between.
struct Number {
    end: usize,
    unit: String,
    over: bool,
}

/// The figures of `text`, in order. Full-width digits are read as digits; the ranges point into
/// `text` as written, and `％` is given as `%`.
#[must_use]
pub fn scan_figures(text: &str) -> Vec<Figure> {
    let Some(folded) = Folded::of(text) else {
        return scan_half_width(text);
    };
    let mut figures = scan_half_width(&folded.text);
    for f in &mut figures {
        f.range = folded.written(f.range.start)..folded.written(f.range.end);
        f.number_at = folded.written(f.number_at);
    }
    figures
}

fn scan_half_width(text: &str) -> Vec<Figure> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let digits_end = number_end(bytes, i);
        i = digits_end;
        if let Some(fig) = figure_at(text, start, digits_end) {
            i = i.max(fig.range.end);
            out.push(fig);
        } else {
            // A range of years (`2021—2025年`) or the like: skip its second number too.
            i = skip_range_tail(text, i);
        }
    }
    out
}

fn figure_at(text: &str, start: usize, digits_end: usize) -> Option<Figure> {
    let before = &text[..start];
    if names_no_figure(before, &text[digits_end..]) {
        return None;
    }
    let first = read_unit(text, digits_end)?;
    let value = first_value(text, start, digits_end)?;
    let mut end = first.end;
    let mut unit = first.unit.clone();
    let mut value_hi = None;
    let mut over = first.over;
    // A range: `5%—5.5%`, `5~8条`.
    let rest = &text[end..];
    if let Some(mark) = rest.chars().next().filter(|c| RANGE_MARKS.contains(c)) {
        let second_at = end + mark.len_utf8();
        if text
            .as_bytes()
            .get(second_at)
            .is_some_and(u8::is_ascii_digit)
        {
            let second_end = number_end(text.as_bytes(), second_at);
            let second = read_unit(text, second_end);
            match second {
                // A range runs upwards (`5%—5.5%`); `888-8%` is no range.
                Some(s)
                    if !s.unit.is_empty()
                        && (unit.is_empty() || s.unit == unit)
                        && first_value(text, second_at, second_end) > Some(value) =>
                {
                    value_hi = first_value(text, second_at, second_end);
                    unit = s.unit;
                    end = s.end;
                    over |= s.over;
                }
                _ if text[second_end..].starts_with(NOT_AFTER) => return None,
                _ => {}
            }
        }
    }
    // No unit, or a digit string beyond any real figure (an id, a phone number, noise).
    if unit.is_empty() || value.abs() > MAX_VALUE || value_hi.is_some_and(|hi| hi.abs() > MAX_VALUE)
    {
        return None;
    }
    let bounded = bounds(text, start, end, &unit, value_hi.is_some())?;
    let qualifier = bounded.qualifier.or(over.then_some(Qualifier::Over));
    Some(Figure {
        range: bounded.range,
        number_at: start,
        value,
        value_hi,
        unit,
        qualifier,
    })
}

/// Whether what stands around a number makes it no figure: a letter or `第` before it, a
/// numbered list item (`1.通过…`), a number in quotes (`"1469"发展思路`), or a ranking
/// (`居全国前10位`, `前3名`).
fn names_no_figure(before: &str, after: &str) -> bool {
    let prev = before.chars().next_back();
    prev.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '第' | '+' | '.' | '_'))
        || (before.is_empty() && after.starts_with(['.', '、', '．']))
        || (prev == Some('前') && after.starts_with(['位', '名']))
        || (prev.is_some_and(|c| matches!(c, '“' | '"' | '「'))
            && after.starts_with(['”', '"', '」']))
}

/// A figure's run of text with the words that bound it, and what they mean.
struct Bounded {
    range: std::ops::Range<usize>,
    qualifier: Option<Qualifier>,
}

/// The words that bound the figure written at `start..end` (`突破…`, `…以上`); `None` where
/// they show it is no figure: a bound that picks out a subject (`投资2000万元以上的技改项目`; a
/// share, `90%以上的矛盾纠纷`, is a figure), or a number ending a quoted policy name
/// (`出台稳增长“21条”“18条”等政策`, `“民营经济32条”`).
fn bounds(text: &str, start: usize, mut end: usize, unit: &str, range: bool) -> Option<Bounded> {
    let before = &text[..start];
    let mut qualifier = range.then_some(Qualifier::Range);
    let mut range_start = start;
    if qualifier.is_none()
        && let Some((word, q)) = PREFIXES.iter().find(|(w, _)| before.ends_with(w))
    {
        qualifier = Some(*q);
        range_start = start - word.len();
    }
    if let Some((word, q)) = SUFFIXES.iter().find(|(w, _)| text[end..].starts_with(w)) {
        if matches!(q, Qualifier::AtLeast | Qualifier::AtMost)
            && !unit.ends_with('%')
            && text[end + word.len()..].starts_with('的')
        {
            return None;
        }
        qualifier = qualifier.or(Some(*q));
        end += word.len();
    }
    if text[end..].starts_with(['”', '」']) && quote_opens_before(before) {
        return None;
    }
    Some(Bounded {
        range: range_start..end,
        qualifier,
    })
}

/// Whether a quotation opens in the few characters before a number (and does not close there).
fn quote_opens_before(before: &str) -> bool {
    for c in before.chars().rev().take(12) {
        match c {
            '“' | '「' => return true,
            '”' | '」' | '。' | '，' | '；' => return false,
            _ => {}
        }
    }
    false
}

/// The number written in `text[from..to]`.
fn first_value(text: &str, from: usize, to: usize) -> Option<f64> {
    written_numbers(&text[from..to]).first().copied()
}

/// Where the number starting at `i` ends: digits, `,` between digit groups, one decimal point.
fn number_end(bytes: &[u8], mut i: usize) -> usize {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let mut seen_point = false;
    while i < bytes.len() {
        // A digit, or a thousands separator between digit groups (`1,100.9`).
        let separator =
            bytes[i] == b',' && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4);
        if bytes[i].is_ascii_digit() || separator {
            i += 1;
        } else if bytes[i] == b'.' && !seen_point && digit(i + 1) {
            seen_point = true;
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// The unit after a number: [余/多] [万亿/亿/万] [余/多] unit; `None` when the number is a
/// year, a date, a code or a name. An empty unit means none was written.
fn read_unit(text: &str, mut at: usize) -> Option<Number> {
    let rest = &text[at..];
    if rest.starts_with(NOT_AFTER)
        || rest.starts_with(|c: char| c.is_ascii_alphabetic())
            && !UNITS.iter().any(|u| u.is_ascii() && rest.starts_with(u))
    {
        return None;
    }
    let unit_from = at;
    let mut over = false;
    let eat = |at: &mut usize, words: &[&str]| {
        // The longest word that matches: `架次` before `架`, `平方米` before `米`.
        if let Some(w) = words
            .iter()
            .filter(|w| text[*at..].starts_with(**w))
            .max_by_key(|w| w.len())
        {
            *at += w.len();
            true
        } else {
            false
        }
    };
    let mut unit_start = at;
    if eat(&mut at, &["余", "多"]) {
        over = true;
        unit_start = at;
    }
    let magnitude = eat(&mut at, MAGNITUDES);
    if eat(&mut at, &["余", "多"]) {
        over = true;
    }
    let mut base = eat(&mut at, UNITS);
    if magnitude && !base {
        // `22万P` of computing power: ASCII letters after a magnitude are its unit.
        let letters = text[at..]
            .bytes()
            .take_while(u8::is_ascii_alphabetic)
            .count();
        if (1..=6).contains(&letters) {
            at += letters;
            base = true;
        }
    }
    // `42万元/人`: a unit per person, per year, per square metre.
    if base
        && let Some(per) = text[at..].strip_prefix('/')
        && let Some(w) = ["平方米", "小时", "人", "年", "天", "吨", "户"]
            .iter()
            .find(|w| per.starts_with(**w))
    {
        at += '/'.len_utf8() + w.len();
    }
    if text[at..].starts_with(NOT_AFTER) && !base {
        return None;
    }
    let unit = if base || magnitude {
        text[unit_start..at].to_owned()
    } else {
        at = unit_from;
        over = false;
        String::new()
    };
    Some(Number {
        end: at,
        unit,
        over,
    })
}

/// After a number that is no figure: past the second number of a range of years or dates
/// (`2021—2025年`), so that it is not read as a figure of its own.
fn skip_range_tail(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    match rest.chars().next() {
        Some(c) if RANGE_MARKS.contains(&c) => {
            let j = i + c.len_utf8();
            if text.as_bytes().get(j).is_some_and(u8::is_ascii_digit) {
                let end = number_end(text.as_bytes(), j);
                if text[end..].starts_with(NOT_AFTER) {
                    end
                } else {
                    i
                }
            } else {
                i
            }
        }
        _ => i,
    }
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;
