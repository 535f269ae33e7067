//! The year's main expected targets (`今年…主要预期目标是：地区生产总值增长5.5%左右；…。`): the
//! enumeration after the colon, item by item. Items with a number are figures of kind target;
//! items without one (`居民收入增长与经济增长同步`) are targets with `value: null`.

/// Byte range of the enumeration of main targets in `paragraph`, if it has one.
#[must_use]
pub fn enumeration(paragraph: &str) -> Option<std::ops::Range<usize>> {
    let at = paragraph.find("主要预期目标")?;
    let tail = &paragraph[at..];
    let colon = tail.find(['：', ':'])?;
    // The colon must close the phrase (`主要预期目标是：`, `主要预期目标建议为：`), not a later one.
    if tail[..colon].chars().count() > 12 {
        return None;
    }
    let start = at + colon + tail[colon..].chars().next().map_or(1, char::len_utf8);
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
    }
}
