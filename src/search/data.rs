//! Full-text search over a report: titles and paragraphs, every occurrence, with context for
//! the hit list. Pure data, no egui, so it can be tested and benchmarked alone.

use std::ops::Range;

use crate::report::{Place, Report, SectionRef};

/// One occurrence of the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The section the hit is in.
    pub section: SectionRef,
    /// Heading or paragraph.
    pub place: Place,
    /// Byte range of the match in that text.
    pub range: Range<usize>,
    /// Up to `CONTEXT_CHARS` characters before the match.
    pub before: String,
    /// The matched text as written.
    pub matched: String,
    /// Up to `CONTEXT_CHARS` characters after the match.
    pub after: String,
}

/// Characters of context shown on each side of a hit.
pub const CONTEXT_CHARS: usize = 14;

/// Hits beyond this are not listed (the count says how many there are).
pub const MAX_HITS: usize = 500;

/// Every occurrence of `query` (ASCII case-insensitive), in reading order, at most
/// [`MAX_HITS`]; the second value is the total count.
#[must_use]
pub fn search(report: &Report, query: &str) -> (Vec<Hit>, usize) {
    let needle = query.trim().to_ascii_lowercase();
    let mut hits = Vec::new();
    let mut total = 0;
    if needle.is_empty() {
        return (hits, total);
    }
    for r in report.section_refs() {
        let Some(section) = report.section(r) else {
            continue;
        };
        let places = std::iter::once((Place::Title, &section.title)).chain(
            section
                .paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| (Place::Paragraph(i), p)),
        );
        for (place, text) in places {
            // ASCII lowercasing keeps byte offsets, so ranges index the original text.
            let haystack = text.to_ascii_lowercase();
            for (start, _) in haystack.match_indices(&needle) {
                total += 1;
                if hits.len() < MAX_HITS {
                    hits.push(hit(r, place, text, start..start + needle.len()));
                }
            }
        }
    }
    (hits, total)
}

fn hit(section: SectionRef, place: Place, text: &str, range: Range<usize>) -> Hit {
    let before: String = {
        let mut chars: Vec<char> = text[..range.start]
            .chars()
            .rev()
            .take(CONTEXT_CHARS)
            .collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    Hit {
        section,
        place,
        before,
        matched: text[range.clone()].to_owned(),
        after: text[range.end..].chars().take(CONTEXT_CHARS).collect(),
        range,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_occurrence_with_context() {
        let report = Report::embedded().expect("loads");
        let (hits, total) = search(&report, "中欧班列");
        assert_eq!(total, 1);
        let hit = &hits[0];
        let section = report.section(hit.section).expect("exists");
        assert_eq!(section.id, "landport");
        assert_eq!(hit.matched, "中欧班列");
        assert!(hit.before.ends_with("累计开行"), "{}", hit.before);
        assert!(hit.after.starts_with("290列"), "{}", hit.after);
        let Place::Paragraph(p) = hit.place else {
            panic!("expected a paragraph hit")
        };
        assert_eq!(&section.paragraphs[p][hit.range.clone()], "中欧班列");
    }

    #[test]
    fn counts_many_hits_and_matches_titles() {
        let report = Report::embedded().expect("loads");
        let (hits, total) = search(&report, "企业");
        assert!(total > 20);
        assert_eq!(hits.len(), total);
        // More matches than are listed: the list stops at MAX_HITS, the count does not.
        let many = crate::report::synthetic::repeated(&report, 30);
        let (hits, total) = search(&many, "企业");
        assert!(total > MAX_HITS, "{total}");
        assert_eq!(hits.len(), MAX_HITS);
        let (title_hits, _) = search(&report, "营商环境");
        assert_eq!(title_hits[0].place, Place::Title);
    }

    #[test]
    fn is_case_insensitive_for_latin_and_empty_for_blank() {
        let report = Report::embedded().expect("loads");
        assert_eq!(search(&report, "s100").1, 1);
        assert_eq!(search(&report, "   ").1, 0);
        assert_eq!(search(&report, "不存在的词语").1, 0);
    }
}
