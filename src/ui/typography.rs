//! Display form of the OCR text. The data keeps the source's characters exactly (the OCR turned
//! the page's fullwidth punctuation into ASCII), so that quotes stay verbatim; the reader shows
//! ASCII punctuation next to Chinese text in its fullwidth form, as the printed page had it.
//! The mapping is one character for one character, so byte offsets of the source text still
//! cut the display text at the same places.

/// Whether `c` is a CJK character or CJK punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// The display character for every character of `text`, keyed by its byte offset.
#[must_use]
pub fn display_chars(text: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let quotes = chars.iter().filter(|(_, c)| *c == '"').count();
    let mut open = true;
    let mut out = Vec::with_capacity(chars.len());
    for (i, &(at, c)) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(i + 1).map(|x| x.1);
        let near_cjk = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
        let shown = match c {
            // Only pair quotes when they pair up; an odd count is left as written.
            '"' if quotes % 2 == 0 => {
                open = !open;
                if open { '\u{201D}' } else { '\u{201C}' }
            }
            ',' if near_cjk => '，',
            ';' if near_cjk => '；',
            ':' if near_cjk => '：',
            '?' if near_cjk => '？',
            '!' if near_cjk => '！',
            '(' if near_cjk => '（',
            ')' if near_cjk => '）',
            _ => c,
        };
        out.push((at, shown));
    }
    out
}

/// `text` in display form.
#[must_use]
pub fn display(text: &str) -> String {
    display_chars(text).into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_punctuation_next_to_chinese_becomes_fullwidth() {
        assert_eq!(
            display("3月19日,在上街区;县(市)区"),
            "3月19日，在上街区；县（市）区"
        );
        assert_eq!(
            display("在\"小地盘\"上做出\"大文章\""),
            "在“小地盘”上做出“大文章”"
        );
    }

    #[test]
    fn latin_text_and_unpaired_quotes_stay_as_written() {
        assert_eq!(display("a, b (c)"), "a, b (c)");
        assert_eq!(display("只有一个\"引号"), "只有一个\"引号");
        assert_eq!(display("200kg,S100"), "200kg,S100");
    }

    #[test]
    fn offsets_are_the_source_offsets() {
        let text = "增长57.8%,技改";
        let chars = display_chars(text);
        assert_eq!(chars.len(), text.chars().count());
        for ((at, _), (src_at, _)) in chars.iter().zip(text.char_indices()) {
            assert_eq!(*at, src_at);
        }
    }
}
