//! A figure the reviewer picked in the text because the importer missed it: the run they
//! selected becomes an indicator read by the same rules as every other (number, unit,
//! qualifier, kind, label and quote from the clause around it). Nothing is completed: where
//! the selection holds no number the figure has none, and its label waits for the reviewer.

use std::ops::Range;

use jiedu_report::{Indicator, Kind, Period, Review};

use crate::figures::kind_of;
use crate::label::{clause_end, clause_start, ends_with_change, floor_char, tidy};
use crate::scan::scan_figures;

/// The figure the reviewer selected: `selected` is a byte range of `paragraph` (a paragraph
/// of section `section`); `period` is the part of the report it belongs to (the caller knows
/// it from the figures around it). The id is left empty for the caller to give.
#[must_use]
pub fn picked_figure(
    paragraph: &str,
    selected: Range<usize>,
    section: &str,
    period: Period,
) -> Option<Indicator> {
    let start = floor_char(paragraph, selected.start.min(paragraph.len()));
    let end = floor_char(paragraph, selected.end.min(paragraph.len()));
    let chosen = paragraph.get(start..end)?.trim();
    if chosen.is_empty() {
        return None;
    }
    // Where the run starts inside the paragraph once trimmed.
    let start = start + paragraph[start..end].find(chosen)?;
    let end = start + chosen.len();
    let found = scan_figures(chosen).into_iter().next();
    let (value_range, value, value_hi, unit, qualifier) = match &found {
        Some(f) => (
            start + f.range.start..start + f.range.end,
            Some(f.value),
            f.value_hi,
            Some(f.unit.clone()),
            f.qualifier,
        ),
        None => (start..end, None, None, None, None),
    };
    let clause = clause_start(paragraph, value_range.start, false);
    let before = &paragraph[clause..value_range.start];
    let mut note = None;
    let kind = match &unit {
        Some(u) => kind_of(u, ends_with_change(before), &mut note),
        None => Kind::Level,
    };
    let label = tidy(before);
    let quote_end = clause_end(paragraph, value_range.end, false).max(end);
    Some(Indicator {
        id: String::new(),
        section: section.to_owned(),
        label: if label.is_empty() {
            chosen.to_owned()
        } else {
            label
        },
        label_en: None,
        value_text: paragraph[value_range].to_owned(),
        value,
        value_hi,
        qualifier,
        unit,
        kind,
        period,
        quote: paragraph[clause.min(start)..quote_end].to_owned(),
        truncated: false,
        same_as: None,
        note,
        review: Some(Review::Corrected),
        compare_as: None,
        direction: None,
        doubt: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: &str = "全年新签约项目28个，总投资314.8亿元；完成固定资产投资增长8.5%。";

    fn at(s: &str) -> Range<usize> {
        let i = P.find(s).expect("in text");
        i..i + s.len()
    }

    #[test]
    fn a_selected_figure_is_read_like_any_other() {
        let ind = picked_figure(P, at("8.5%"), "s1", Period::Review).expect("a figure");
        assert_eq!(ind.value_text, "8.5%");
        assert_eq!(ind.value, Some(8.5));
        assert_eq!(ind.unit.as_deref(), Some("%"));
        assert_eq!(ind.kind, Kind::GrowthRate);
        assert_eq!(ind.label, "固定资产投资增长");
        assert_eq!(ind.quote, "完成固定资产投资增长8.5%");
        assert_eq!(ind.section, "s1");
        assert_eq!(ind.review, Some(Review::Corrected));
    }

    #[test]
    fn a_wider_selection_keeps_its_figure_and_its_words() {
        let ind = picked_figure(P, at("总投资314.8亿元"), "s1", Period::Plan).expect("a figure");
        assert_eq!(ind.value_text, "314.8亿元");
        assert_eq!(ind.kind, Kind::Amount);
        assert_eq!(ind.period, Period::Plan);
        assert!(ind.quote.contains("总投资314.8亿元"), "{}", ind.quote);
    }

    #[test]
    fn words_without_a_number_stay_without_one() {
        let ind = picked_figure(P, at("新签约项目"), "s1", Period::Review).expect("a figure");
        assert_eq!(ind.value, None);
        assert_eq!(ind.unit, None);
        assert_eq!(ind.value_text, "新签约项目");
        assert!(picked_figure(P, 0..0, "s1", Period::Review).is_none());
        // A range cut inside a character is moved to its start, not a panic.
        assert!(picked_figure(P, 1..4, "s1", Period::Review).is_some());
    }
}
