//! The year's main expected targets (`今年…主要预期目标是：地区生产总值增长5.5%左右；…。`): the
//! enumeration after the colon, item by item. Items with a number are figures of kind target;
//! items without one (`居民收入增长与经济增长同步`) are targets with `value: null`.

/// Byte range of the enumeration of main targets in `paragraph`, if it has one:
/// `主要预期目标是：…。`, `预期目标建议为：…。`, `主要目标是…。`.
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
    let end = paragraph[start..]
        .find('。')
        .map_or(paragraph.len(), |i| start + i);
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
