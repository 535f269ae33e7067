//! A figure's label: the subject as written just before it (`城镇新增就业`,
//! `一般公共预算收入增长`), short, with the verbs that only link it to the number dropped. Also
//! the clause boundaries that the label and the quote stop at.

/// Ends a clause: the label starts after one, the quote ends at one.
pub const CLAUSE_END: &[char] = &['，', '；', '。', '：', '！', '？', ',', ';', '!', '?', '\n'];
/// Also separates the items of a list, for the label only.
pub const LIST_MARK: char = '、';
/// How far a label or quote reaches, in bytes (about 40 characters): a bound for pathological
/// input (a 5 MB line without punctuation) as much as for readable labels.
pub const REACH: usize = 120;
/// Longest label, in characters.
const MAX_LABEL: usize = 24;

/// Verbs that state a change; they stay in the label (`工业投资增长`) and make a % a growth rate.
pub const GROWTH_VERBS: &[&str] = &[
    "增长", "下降", "提高", "降低", "增加", "减少", "上涨", "上升", "回落", "增速", "增幅", "涨幅",
    "降幅", "提升", "扩大", "缩小", "收窄", "下滑", "下跌", "调增", "上调", "下调", "压减", "压降",
];
/// The verbs of [`GROWTH_VERBS`] that state a fall: the figure's direction is `down`.
const DOWN_VERBS: &[&str] = &[
    "下降", "降低", "减少", "回落", "降幅", "缩小", "收窄", "下滑", "下跌", "下调", "压减", "压降",
];
/// Words that only link a subject to its number; dropped from the end of a label.
const LINKS: &[&str] = &[
    "增至",
    "升至",
    "降至",
    "跨过",
    "跨上",
    "迈上",
    "站上",
    "控制在",
    "保持在",
    "稳定在",
    "分别达到",
    "分别为",
    "达到",
    "达",
    "为",
    "是",
    "实现",
    "完成",
    "累计",
    "共计",
    "总计",
    "共",
    "至",
    "到",
    "在",
    "约",
    "占",
    "近",
    "超",
    "分别",
    "从",
    "由",
];
/// Words that only link a clause to the one before, or a verb that only says the figure was
/// reached; dropped from the start of a label (`实现地区生产总值` → `地区生产总值`).
const LEADS: &[&str] = &[
    "其中",
    "同时",
    "并且",
    "以及",
    "并",
    "和",
    "及",
    "与",
    "其",
    "实现",
    "稳步",
    "累计",
    "共计",
    "全年共",
    "完成",
    "达到",
];

/// Byte offset where the sentence holding `at` starts (after the last `。；！？` before it, at
/// most twice [`REACH`] bytes back).
#[must_use]
pub fn sentence_start(text: &str, at: usize) -> usize {
    let window = floor_char(text, at.saturating_sub(2 * REACH));
    text[window..at]
        .rfind(['。', '；', '！', '？'])
        .map_or(window, |i| window + i + '。'.len_utf8())
}

/// Byte offset where the clause holding `at` starts (after the last boundary before it, at
/// most [`REACH`] bytes back), counting `、` as a boundary when `list` is true.
#[must_use]
pub fn clause_start(text: &str, at: usize, list: bool) -> usize {
    let from = floor_char(text, at.saturating_sub(REACH));
    text[from..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| CLAUSE_END.contains(&c) || (list && c == LIST_MARK))
        .map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// Byte offset where the clause holding `at` ends (at the next boundary, exclusive).
#[must_use]
pub fn clause_end(text: &str, at: usize, list: bool) -> usize {
    let to = floor_char(text, (at + REACH).min(text.len()));
    text[at..to]
        .char_indices()
        .find(|&(_, c)| CLAUSE_END.contains(&c) || (list && c == LIST_MARK))
        .map_or(to, |(i, _)| at + i)
}

/// The nearest char boundary at or before `i`.
#[must_use]
pub fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The label in `raw` (the clause text before the number): links dropped at the end, leads at
/// the start, cut to its last [`MAX_LABEL`] characters.
#[must_use]
pub fn tidy(raw: &str) -> String {
    let mut s = raw.trim_matches(|c: char| c.is_whitespace() || "\"（）()".contains(c));
    // A quote mark whose partner is outside the label goes (`政府认账”授权企业` keeps its words).
    if let Some(t) = s.strip_prefix('“').filter(|t| !t.contains('”')) {
        s = t;
    }
    if let Some(t) = s.strip_suffix('”').filter(|t| !t.contains('“')) {
        s = t;
    }
    if let Some(close) = s.find('”').filter(|&i| !s[..i].contains('“')) {
        s = &s[close + '”'.len_utf8()..];
    }
    loop {
        let before = s;
        for w in LINKS {
            if let Some(t) = s.strip_suffix(w)
                && !t.is_empty()
            {
                s = t;
            }
        }
        for w in LEADS {
            if let Some(t) = s.strip_prefix(w)
                && t.chars().count() >= 2
            {
                s = t;
            }
        }
        if s == before {
            break;
        }
    }
    // A label never ends with a list mark or a possessive, nor starts with a closing mark.
    s = s.trim_end_matches(['、', '的']);
    s = s.trim_start_matches(['、', '”', '，']);
    let n = s.chars().count();
    if n > MAX_LABEL {
        let cut = s.char_indices().nth(n - MAX_LABEL).map_or(0, |(i, _)| i);
        s = &s[cut..];
    }
    s.to_owned()
}

/// True when a label is only a verb of change (`增长`, `同比增长`): it needs the subject of the
/// figure before it.
#[must_use]
pub fn is_bare_verb(label: &str) -> bool {
    let rest = label
        .trim_start_matches("同比")
        .trim_start_matches("年均")
        .trim_start_matches("比上年")
        .trim_start_matches("分别");
    rest.is_empty() || GROWTH_VERBS.contains(&rest)
}

/// The subject of a label: the label without a verb of change at its end.
#[must_use]
pub fn subject(label: &str) -> &str {
    let mut s = label;
    for v in GROWTH_VERBS {
        if let Some(t) = s.strip_suffix(v) {
            s = t;
        }
    }
    for w in ["同比", "年均", "比上年"] {
        if let Some(t) = s.strip_suffix(w) {
            s = t;
        }
    }
    s
}

/// True when `raw` (the text before a number) ends with a verb of change, so the figure is a
/// change (`增长5%`), not a level (`提高到95%`).
#[must_use]
pub fn ends_with_change(raw: &str) -> bool {
    let raw = raw.trim_end_matches(|c: char| "约近超了".contains(c));
    GROWTH_VERBS.iter().any(|v| raw.ends_with(v)) || raw.ends_with("同比") || raw.ends_with("年均")
}

/// Which way the change `raw` (the text before a number) ends with goes: `下降3.3%` is down,
/// `增长5%` up; `None` where it states no change (`降至10%` is a level).
#[must_use]
pub fn direction_of(raw: &str) -> Option<jiedu_report::Direction> {
    use jiedu_report::Direction;
    let raw = raw.trim_end_matches(|c: char| "约近超了".contains(c));
    let raw = raw
        .strip_suffix("同比")
        .or_else(|| raw.strip_suffix("年均"))
        .unwrap_or(raw);
    if DOWN_VERBS.iter().any(|v| raw.ends_with(v)) {
        Some(Direction::Down)
    } else if ends_with_change(raw) {
        Some(Direction::Up)
    } else {
        None
    }
}

/// True when `label` is only a word that links a subject to its number or a clause to the one
/// before (`达`, `其中`): it names nothing.
#[must_use]
pub fn only_a_link(label: &str) -> bool {
    LINKS.contains(&label) || LEADS.contains(&label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_from_real_clauses() {
        assert_eq!(tidy("城镇新增就业"), "城镇新增就业");
        assert_eq!(tidy("一般公共预算收入增长"), "一般公共预算收入增长");
        assert_eq!(tidy("全市生产总值达到"), "全市生产总值");
        assert_eq!(tidy("城镇调查失业率控制在"), "城镇调查失业率");
        assert_eq!(tidy("其中规上工业增加值增长"), "规上工业增加值增长");
        assert!(is_bare_verb(&tidy("增长")));
        assert!(is_bare_verb("同比增长"));
        assert_eq!(subject("工业投资增长"), "工业投资");
        assert!(ends_with_change("研发投入强度提高"));
        assert!(!ends_with_change("研发投入强度提高到"));
        assert_eq!(tidy("实现地区生产总值"), "地区生产总值");
        assert_eq!(tidy("重大工程的"), "重大工程");
        assert_eq!(tidy("企业品牌、"), "企业品牌");
        assert!(only_a_link("达"));
    }

    #[test]
    fn falls_are_down_and_levels_have_no_direction() {
        use jiedu_report::Direction::{Down, Up};
        assert_eq!(direction_of("固定资产投资下降"), Some(Down));
        assert_eq!(direction_of("单位国内生产总值能耗降低"), Some(Down));
        assert_eq!(direction_of("逆差收窄"), Some(Down));
        assert_eq!(direction_of("比上年回落"), Some(Down));
        assert_eq!(direction_of("一般公共预算收入增长"), Some(Up));
        assert_eq!(direction_of("同比增长"), Some(Up));
        assert_eq!(direction_of("城镇化率提高到"), None);
        assert_eq!(direction_of("降至"), None);
        assert_eq!(direction_of("全市生产总值"), None);
    }

    #[test]
    fn clauses_stop_at_punctuation_and_lists_at_the_list_mark() {
        let t = "经济平稳运行，全市生产总值达到5.67万亿元、增长5.4%。";
        let at = t.find("增长5.4").expect("in text");
        assert_eq!(&t[clause_start(t, at, true)..at], "");
        assert_eq!(
            &t[clause_start(t, at, false)..at],
            "全市生产总值达到5.67万亿元、"
        );
        assert_eq!(&t[at..clause_end(t, at, false)], "增长5.4%");
    }
}
