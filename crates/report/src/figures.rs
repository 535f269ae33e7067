//! Where each figure sits in the text. The reader marks these spans, and the validator uses the
//! same lookup, so a figure that validates is a figure the reader can find.

use std::collections::HashMap;
use std::ops::Range;

use super::numbers::half_width;
use super::{Report, Section, SectionRef};

/// A figure's place in a section: which paragraph, which bytes, which indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureSpan {
    /// Index of the paragraph in the section.
    pub paragraph: usize,
    /// Byte range of `value_text` inside that paragraph.
    pub range: Range<usize>,
    /// Index into [`Report::indicators`].
    pub indicator: usize,
}

/// Byte offset of `value_text` inside `quote`, skipping matches that are the tail of a longer
/// number (`10个` must not match inside `110个`).
#[must_use]
pub fn value_offset(quote: &str, value_text: &str) -> Option<usize> {
    if value_text.is_empty() {
        return None;
    }
    quote.match_indices(value_text).map(|(i, _)| i).find(|&i| {
        !quote[..i]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(half_width(c), '0'..='9' | '.'))
    })
}

/// The spans of the figures of every section, in one pass over the indicators (computed when a
/// report opens; section by section it would be quadratic in a large report). Each section's
/// spans are sorted by paragraph and position; indicators whose quote or value cannot be found
/// are skipped (validation reports them). Figures rejected in review keep their span: the
/// reader shows them struck through, so the review stays visible in the text.
#[must_use]
pub fn figure_spans_by_section(report: &Report) -> HashMap<SectionRef, Vec<FigureSpan>> {
    let sections = report.section_index();
    let mut stated: HashMap<SectionRef, Vec<usize>> = HashMap::new();
    for (i, ind) in report.indicators.iter().enumerate() {
        if let Some(&r) = sections.get(ind.section.as_str()) {
            stated.entry(r).or_default().push(i);
        }
    }
    report
        .section_refs()
        .filter_map(|r| {
            let section = report.section(r)?;
            let indicators = stated.remove(&r).unwrap_or_default();
            Some((r, spans_in(report, section, indicators.into_iter())))
        })
        .collect()
}

fn spans_in(
    report: &Report,
    section: &Section,
    indicators: impl Iterator<Item = usize>,
) -> Vec<FigureSpan> {
    let mut spans: Vec<FigureSpan> = indicators
        .filter_map(|index| {
            let ind = &report.indicators[index];
            let (paragraph, quote_at) = section.find_quote(&ind.quote)?;
            let start = quote_at + value_offset(&ind.quote, &ind.value_text)?;
            Some(FigureSpan {
                paragraph,
                range: start..start + ind.value_text.len(),
                indicator: index,
            })
        })
        .collect();
    spans.sort_by_key(|s| (s.paragraph, s.range.start));
    // Two indicators may share one run of text (the same figure twice); keep the first.
    spans.dedup_by(|b, a| a.paragraph == b.paragraph && b.range.start < a.range.end);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_offset_skips_tails_of_longer_numbers() {
        assert_eq!(value_offset("分别达到200亿元、110个", "10个"), None);
        assert_eq!(value_offset("110个和10个", "10个"), Some("110个和".len()));
        assert_eq!(value_offset("增长3.5%", "5%"), None);
        assert_eq!(value_offset("增长57.8%", "57.8%"), Some(6));
    }

    #[test]
    fn every_embedded_indicator_has_a_span() {
        let report = Report::embedded().expect("embedded report loads");
        let all = figure_spans_by_section(&report);
        let mut found = 0;
        for r in report.section_refs() {
            let section = report.section(r).expect("section exists");
            for span in &all[&r] {
                let text = &section.paragraphs[span.paragraph][span.range.clone()];
                assert_eq!(text, report.indicators[span.indicator].value_text);
                found += 1;
            }
        }
        assert_eq!(found, report.indicators.len());
    }
}
