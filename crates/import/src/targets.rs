//! The year's main expected targets (`今年…主要预期目标是：地区生产总值增长5.5%左右；…。`): the
//! enumeration after the colon, item by item. Items with a number are figures of kind target;
//! items without one (`居民收入增长与经济增长同步`) are targets with `value: null`.

use std::ops::Range;

/// Words a sentence of main targets opens with, where a list runs on over several sentences
/// (`…增长5%左右。城镇新增就业…。`): the headline indicators of any work report.
const HEADLINE_STARTS: &[&str] = &[
    "地区生产总值",
    "国内生产总值",
    "全省生产总值",
    "全市生产总值",
    "生产总值",
    "经济增长",
    "城镇新增就业",
    "城镇调查失业率",
    "居民消费价格",
    "居民人均可支配收入",
    "居民收入",
    "城乡居民",
    "粮食",
    "单位地区生产总值",
    "单位国内生产总值",
    "单位生产总值",
    "一般公共预算收入",
    "地方一般公共预算收入",
    "固定资产投资",
    "社会消费品零售总额",
    "进出口",
    "外贸",
    "规模以上工业增加值",
    "规上工业增加值",
    "研发经费",
    "全社会研发",
    "主要污染物",
    "细颗粒物",
    "PM2.5",
    "国际收支",
];
/// Most paragraphs one list of main targets runs over (one clause a line).
const MAX_LIST_LINES: usize = 16;
/// Longest paragraph read as one line of a list of targets, in characters.
const MAX_LIST_LINE: usize = 120;

/// The main targets of a chapter, paragraph by paragraph: a list inside one paragraph, or a
/// heading (`主要预期目标：`, `主要预期目标` on a line of its own) with the items on the lines
/// after it.
#[derive(Default)]
pub struct List {
    /// Lines still to read as items of a list opened by a heading.
    open: usize,
}

impl List {
    /// The byte range of main targets in `paragraph`, the next paragraph of the chapter.
    pub fn next(&mut self, paragraph: &str) -> Option<Range<usize>> {
        if self.open > 0 {
            let line = paragraph.trim_end();
            let item = line.chars().count() <= MAX_LIST_LINE && !opens_list(line);
            if item {
                self.open = if line.ends_with('。') {
                    0
                } else {
                    self.open - 1
                };
                return Some(0..paragraph.len());
            }
            self.open = 0;
        }
        if opens_list(paragraph) {
            self.open = MAX_LIST_LINES;
            return None;
        }
        enumeration(paragraph)
    }
}

/// A heading of main targets with nothing after it: the items follow on their own lines.
fn opens_list(paragraph: &str) -> bool {
    let line = paragraph.trim();
    if line.chars().count() > 40 || line.contains('。') {
        return false;
    }
    let after = ["主要预期目标", "预期目标", "主要目标"]
        .iter()
        .find_map(|p| line.find(p).map(|i| &line[i + p.len()..]));
    after.is_some_and(|rest| {
        let rest = ["建议为", "安排为", "确定为", "是", "为"]
            .iter()
            .find_map(|v| rest.strip_prefix(v))
            .unwrap_or(rest);
        rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, '：' | ':'))
            .is_empty()
    })
}

/// Byte range of the enumeration of main targets in `paragraph`, if it has one:
/// `主要预期目标是：…。`, `预期目标建议为：…。`, `主要目标是…。`; where the next sentences go on
/// with headline indicators, they are part of it.
#[must_use]
pub fn enumeration(paragraph: &str) -> Option<std::ops::Range<usize>> {
    const PHRASES: &[&str] = &["主要预期目标", "预期目标", "主要目标"];
    const VERBS: &[&str] = &["建议为", "安排为", "确定为", "是", "为"];
    let (at, phrase) = PHRASES
        .iter()
        .filter_map(|p| paragraph.find(p).map(|i| (i, *p)))
        .min_by_key(|(i, _)| *i)?;
    let mut start = at + phrase.len();
    let mut said = false;
    if let Some(v) = VERBS.iter().find(|v| paragraph[start..].starts_with(**v)) {
        start += v.len();
        said = true;
    }
    if let Some(c) = paragraph[start..]
        .chars()
        .next()
        .filter(|c| matches!(c, '：' | ':'))
    {
        start += c.len_utf8();
        said = true;
    }
    // `完成主要预期目标任务` names the targets but lists none.
    if !said {
        return None;
    }
    let mut end = paragraph[start..]
        .find('。')
        .map_or(paragraph.len(), |i| start + i);
    while end < paragraph.len() {
        let next = end + '。'.len_utf8();
        let rest = &paragraph[next..];
        if !HEADLINE_STARTS.iter().any(|w| rest.starts_with(w)) {
            break;
        }
        end = rest.find('。').map_or(paragraph.len(), |i| next + i);
    }
    (end > start).then_some(start..end)
}

/// The items of an enumeration: byte ranges in `paragraph`, split at `；` and `，`.
#[must_use]
pub fn items(paragraph: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for (i, c) in paragraph[range.clone()].char_indices() {
        if matches!(c, '；' | '，' | ';' | ',') {
            out.push(start..range.start + i);
            start = range.start + i + c.len_utf8();
        }
    }
    out.push(start..range.end);
    out.retain(|r| !paragraph[r.clone()].trim().is_empty());
    out
}

/// An item that qualifies the target before it (`在实际工作中努力争取更好结果`) rather than
/// naming one: it opens with a preposition or an adverb, not with what is measured.
#[must_use]
pub fn is_comment(item: &str) -> bool {
    ["在", "并", "力争", "努力", "争取", "同时"]
        .iter()
        .any(|w| item.starts_with(w))
}

/// A target without a number as label and wording: `居民收入增长与经济增长同步` → (`居民收入增长`,
/// `与经济增长同步`); `国际收支保持基本平衡` → (`国际收支`, `保持基本平衡`). Where no such word
/// parts them, both are the whole item.
#[must_use]
pub fn split_qualitative(item: &str) -> (&str, &str) {
    const PARTS: &[&str] = &["与", "和", "保持", "持续", "基本", "高于", "进一步"];
    let at = PARTS
        .iter()
        .filter_map(|w| item.find(w))
        .filter(|&i| item[..i].chars().count() >= 2)
        .min();
    match at {
        Some(i) => (&item[..i], &item[i..]),
        None => (item, item),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_national_2024_enumeration() {
        let p = "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；居民收入增长和经济增长同步；单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。提出上述预期目标。";
        let r = enumeration(p).expect("found");
        let items: Vec<&str> = items(p, r).into_iter().map(|r| &p[r]).collect();
        assert_eq!(
            items,
            vec![
                "国内生产总值增长5%左右",
                "城镇新增就业1200万人以上",
                "居民收入增长和经济增长同步",
                "单位国内生产总值能耗降低2.5%左右",
                "生态环境质量持续改善"
            ]
        );
        assert!(enumeration("完成主要预期目标任务。").is_none());
        // Without a colon, and with another verb (from city and district reports' wording).
        let p = "今年主要预期目标是地区生产总值增长6%左右，城镇新增就业1.2万人。";
        assert_eq!(
            &p[enumeration(p).expect("found")],
            "地区生产总值增长6%左右，城镇新增就业1.2万人"
        );
        let p = "经济社会发展预期目标建议为：地区生产总值增长5%。";
        assert_eq!(&p[enumeration(p).expect("found")], "地区生产总值增长5%");
    }

    #[test]
    fn a_list_over_sentences_and_over_lines() {
        let p = "今年主要预期目标是：地区生产总值增长5%左右。城镇新增就业50万人。粮食产量稳定。要坚定信心。";
        let r = enumeration(p).expect("found");
        assert!(
            p[r.clone()].contains("城镇新增就业50万人"),
            "{}",
            &p[r.clone()]
        );
        assert!(p[r.clone()].contains("粮食产量稳定"));
        assert!(!p[r].contains("坚定信心"));
        let mut list = List::default();
        let lines = [
            "今年经济社会发展的主要预期目标是：",
            "地区生产总值增长5%左右；",
            "城镇调查失业率5.5%左右；",
            "居民消费价格涨幅2%左右。",
            "实现这些目标，要付出艰苦努力。",
        ];
        let read: Vec<bool> = lines.iter().map(|l| list.next(l).is_some()).collect();
        assert_eq!(read, vec![false, true, true, true, false]);
        let mut list = List::default();
        assert!(list.next("主要预期目标").is_none());
        assert!(list.next("地区生产总值增长6%").is_some());
    }

    #[test]
    fn targets_without_a_number_and_comments_on_a_target() {
        assert!(is_comment("在实际工作中努力争取更好结果"));
        assert!(!is_comment("居民收入增长与经济增长同步"));
        assert_eq!(
            split_qualitative("居民收入增长与经济增长同步"),
            ("居民收入增长", "与经济增长同步")
        );
        assert_eq!(
            split_qualitative("国际收支保持基本平衡"),
            ("国际收支", "保持基本平衡")
        );
        assert_eq!(
            split_qualitative("完成国家下达的降碳减排任务"),
            ("完成国家下达的降碳减排任务", "完成国家下达的降碳减排任务")
        );
    }
}
