//! Full-width digits and signs (`增长１２．５％`), as older reports and the text layer of many
//! PDFs write them. The rules of the importer read digits; rather than teach each rule two
//! alphabets, a text is read through its half-width fold (one character for one, see
//! [`half_width`]) and what is found is mapped back to the text as written, so that a figure's
//! `value_text` and quote keep the reader's characters.

use std::borrow::Cow;

use jiedu_report::{fold_width, half_width};

/// Whether `c` is a digit, written either width.
pub fn is_digit(c: char) -> bool {
    half_width(c).is_ascii_digit()
}

/// Whether `text` writes anything full-width that [`half_width`] folds.
fn has_full_width(text: &str) -> bool {
    text.chars().any(|c| half_width(c) != c)
}

/// `text` with digits and signs half-width; borrowed when there were none.
pub fn fold(text: &str) -> Cow<'_, str> {
    if has_full_width(text) {
        Cow::Owned(fold_width(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// A text folded to half width, with where each of its byte offsets lies in the text as written.
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte offset of `text` (and its end), the offset in the text as written.
    written_at: Vec<usize>,
}

impl Folded {
    /// `None` when `text` has nothing full-width (read it as it is).
    pub fn of(text: &str) -> Option<Self> {
        if !has_full_width(text) {
            return None;
        }
        let mut folded = String::with_capacity(text.len());
        let mut written_at = Vec::with_capacity(text.len() + 1);
        for (at, c) in text.char_indices() {
            let h = half_width(c);
            written_at.extend(std::iter::repeat_n(at, h.len_utf8()));
            folded.push(h);
        }
        written_at.push(text.len());
        Some(Self {
            text: folded,
            written_at,
        })
    }

    /// Where byte offset `at` of the folded text lies in the text as written.
    pub fn written(&self, at: usize) -> usize {
        self.written_at.get(at).copied().unwrap_or(at)
    }
}

#[cfg(test)]
mod tests {
    use super::{Folded, fold, is_digit};

    #[test]
    fn offsets_map_back_to_the_text_as_written() {
        let text = "增长１２．５％，好";
        let folded = Folded::of(text).expect("full-width digits");
        assert_eq!(folded.text, "增长12.5%，好");
        let start = folded.text.find('1').expect("a digit");
        let end = folded.text.find('，').expect("a comma");
        let (a, b) = (folded.written(start), folded.written(end));
        assert_eq!(&text[a..b], "１２．５％");
        assert!(Folded::of("增长12.5%").is_none());
    }

    #[test]
    fn folds_only_what_is_full_width() {
        assert_eq!(fold("２０２４年"), "2024年");
        assert!(matches!(fold("2024年"), std::borrow::Cow::Borrowed(_)));
        assert!(is_digit('７') && is_digit('7') && !is_digit('七'));
    }
}
