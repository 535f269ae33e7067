//! How a line says what it is by its numbering: a chapter (`一、`, `第一部分`), a section
//! (`（一）`) or an item of a numbered list (`1.`). Cleaning, meta and structure all ask, so it
//! sits below them.

use crate::width::is_digit;

/// The Chinese numerals that number chapters and sections.
pub const NUMERALS: &str = "一二三四五六七八九十";

/// Longest heading, in characters; a longer first sentence is text, not a heading.
const MAX_HEADING: usize = 60;

/// `一、2025年工作回顾` or `第一部分 2025年工作回顾` → the heading and any text run into it.
#[must_use]
pub fn numbered_chapter(line: &str) -> Option<(&str, &str)> {
    let body = line.strip_prefix('第').unwrap_or(line);
    let n = body.chars().take_while(|c| NUMERALS.contains(*c)).count();
    let after = body.char_indices().nth(n).map(|(i, _)| i)?;
    let numbered = if body.len() == line.len() {
        body[after..].starts_with('、')
    } else {
        ["部分", "章", "篇"]
            .iter()
            .any(|w| body[after..].starts_with(w))
    };
    if n == 0 || n > 3 || !numbered {
        return None;
    }
    split_heading(line)
}

/// `（一）加强…建设。坚持…` → (`（一）加强…建设`, `坚持…`).
#[must_use]
pub fn numbered_section(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('（').or_else(|| line.strip_prefix('('))?;
    let n = rest.chars().take_while(|c| NUMERALS.contains(*c)).count();
    let after = rest.char_indices().nth(n).map(|(i, _)| i)?;
    if n == 0 || n > 3 || !rest[after..].starts_with(['）', ')']) {
        return None;
    }
    split_heading(line)
}

/// A heading and the text run into it: the heading ends at the first `。`, `；` or `！`.
fn split_heading(line: &str) -> Option<(&str, &str)> {
    match line.find(['。', '；', '！']) {
        Some(end) => {
            let head = &line[..end];
            let rest = &line[end..];
            let rest = rest[rest.chars().next().map_or(0, char::len_utf8)..].trim();
            (head.chars().count() <= MAX_HEADING).then_some((head, rest))
        }
        None => (line.chars().count() <= MAX_HEADING).then_some((line, "")),
    }
}

/// `1.通过…`, `2、实现…`: an item of a numbered list (an appendix of livelihood projects).
pub fn list_item(line: &str) -> bool {
    let digits = line.chars().take_while(|c| is_digit(*c)).count();
    let mut rest = line.chars().skip(digits);
    (1..=3).contains(&digits)
        && rest.next().is_some_and(|c| matches!(c, '.' | '、' | '．'))
        && !rest.next().is_some_and(is_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_text_are_not_headings() {
        assert!(numbered_chapter("一是加大宏观调控力度").is_none());
        assert!(numbered_chapter("十四五时期").is_none());
        assert!(numbered_section("（一）加快建设").is_some());
        assert_eq!(
            numbered_chapter("第一部分 2025年工作回顾"),
            Some(("第一部分 2025年工作回顾", ""))
        );
        assert!(numbered_chapter("第一次会议上").is_none());
    }

    #[test]
    fn list_items_and_what_only_looks_like_one() {
        assert!(list_item("1.通过“以工代赈”发放劳务报酬"));
        assert!(list_item("10、实现城镇新增就业"));
        assert!(!list_item("5.5%左右"));
        // Found by the fuzzer: a wide list mark after the digits must not be sliced into.
        assert!(list_item("0、"));
        assert!(!list_item("0"));
    }
}
