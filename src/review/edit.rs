//! What a reviewer is editing: the figure open in the editor (a draft, checked against the
//! text at every change) and the run of text selected in the reader, from which a quote is
//! set or a missed figure added. Plain data, so the rules are tested without a window.

use std::ops::Range;

use crate::report::Place;
use crate::report::{Indicator, Period, Problem, Report, Review, SectionRef, validate_indicator};

/// The figure open in the editor.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    /// Index into the report's indicators.
    pub indicator: usize,
    /// The figure as edited so far; the report keeps the original until it is saved.
    pub draft: Indicator,
}

impl Editor {
    /// The editor of figure `indicator`, if there is one.
    #[must_use]
    pub fn open(report: &Report, indicator: usize) -> Option<Self> {
        Some(Self {
            indicator,
            draft: report.indicators.get(indicator)?.clone(),
        })
    }

    /// What stops the draft from being saved: every rule it breaks against the report's text.
    #[must_use]
    pub fn problems(&self, report: &Report) -> Vec<Problem> {
        validate_indicator(report, &self.draft)
    }

    /// The figure to save: the draft, marked corrected when it differs from the original in
    /// anything but its review state. `None` when it breaks a rule.
    #[must_use]
    pub fn to_save(&self, report: &Report) -> Option<Indicator> {
        if !self.problems(report).is_empty() {
            return None;
        }
        let original = report.indicators.get(self.indicator)?;
        let mut figure = self.draft.clone();
        let mut same = figure.clone();
        same.review = original.review;
        if same != *original {
            figure.review = Some(Review::Corrected);
        }
        Some(figure)
    }
}

/// A run of one paragraph selected in the reader, in characters (as the reader lays it out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextSelection {
    /// The section of the paragraph.
    pub section: SectionRef,
    /// Index of the paragraph in its section.
    pub paragraph: usize,
    /// Characters from the first selected to one past the last.
    pub chars: Range<usize>,
}

impl TextSelection {
    /// A run of text (bytes `range` of the heading or paragraph at `place` in `section`) as a
    /// selection: what the reader highlights (a search hit, a figure's sentence) becomes one,
    /// the way to select without a mouse (`Ctrl+F`, type, `Enter`).
    #[must_use]
    pub fn of_run(
        report: &Report,
        section: SectionRef,
        place: Place,
        range: &Range<usize>,
    ) -> Option<Self> {
        let Place::Paragraph(paragraph) = place else {
            return None;
        };
        let text = report.section(section)?.paragraphs.get(paragraph)?;
        let chars = |b: usize| text.get(..b).map(|t| t.chars().count());
        let chars = chars(range.start)?..chars(range.end)?;
        (!chars.is_empty()).then_some(Self {
            section,
            paragraph,
            chars,
        })
    }

    /// The paragraph and the selection in it as a byte range.
    #[must_use]
    pub fn in_text<'a>(&self, report: &'a Report) -> Option<(&'a str, Range<usize>)> {
        let text = report
            .section(self.section)?
            .paragraphs
            .get(self.paragraph)?;
        let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
        let range = byte(self.chars.start)..byte(self.chars.end);
        (!range.is_empty()).then_some((text.as_str(), range))
    }

    /// The selected text.
    #[must_use]
    pub fn text<'a>(&self, report: &'a Report) -> Option<&'a str> {
        let (text, range) = self.in_text(report)?;
        text.get(range)
    }

    /// The draft with the selection as its quote, when the selection is in the draft's
    /// section; the editor then checks that the quote still holds the value.
    #[must_use]
    pub fn as_quote_of(&self, report: &Report, draft: &Indicator) -> Option<Indicator> {
        let id = &report.section(self.section)?.id;
        if *id != draft.section {
            return None;
        }
        let mut figure = draft.clone();
        self.text(report)?.clone_into(&mut figure.quote);
        Some(figure)
    }

    /// The figure a reviewer adds from the selection: read by the importer's rules, in the
    /// period of the figure before it in the section (or the first after it), with an id no
    /// other figure has.
    #[must_use]
    pub fn picked(&self, report: &Report) -> Option<Indicator> {
        let (text, range) = self.in_text(report)?;
        let section = &report.section(self.section)?.id;
        let mut figure = jiedu_import::picked_figure(text, range, section, self.period(report))?;
        figure.id = free_id(report);
        Some(figure)
    }

    /// The period of the figures around the selection.
    fn period(&self, report: &Report) -> Period {
        let Some(section) = report.section(self.section) else {
            return Period::Review;
        };
        let in_section: Vec<&Indicator> = report
            .indicators
            .iter()
            .filter(|i| i.section == section.id)
            .collect();
        let before = in_section.iter().rev().find(|i| {
            section
                .paragraphs
                .iter()
                .take(self.paragraph + 1)
                .any(|p| p.contains(&i.quote))
        });
        before
            .or(in_section.first())
            .map_or(Period::Review, |i| i.period)
    }
}

/// `u1`, `u2` …: the first id of that form no figure of `report` has.
fn free_id(report: &Report) -> String {
    // One more candidate than there are figures: one of them is free.
    (1..=report.indicators.len() + 1)
        .map(|n| format!("u{n}"))
        .find(|id| report.indicators.iter().all(|i| i.id != *id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;

    fn imported() -> Report {
        let text = "2024年政府工作报告\n一、过去一年工作回顾\n全区生产总值增长7.5%，新签约项目28个，总投资314.8亿元。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长7%左右。\n";
        jiedu_import::import_text(text).expect("imports")
    }

    fn select(report: &Report, words: &str) -> TextSelection {
        for section in report.section_refs() {
            for (p, text) in report
                .section(section)
                .expect("section")
                .paragraphs
                .iter()
                .enumerate()
            {
                if let Some(at) = text.find(words) {
                    let start = text[..at].chars().count();
                    return TextSelection {
                        section,
                        paragraph: p,
                        chars: start..start + words.chars().count(),
                    };
                }
            }
        }
        panic!("{words} not in the report");
    }

    #[test]
    fn a_selected_run_becomes_a_figure_with_a_free_id_and_the_period_around_it() {
        let r = imported();
        let sel = select(&r, "新签约项目28个");
        assert_eq!(sel.text(&r), Some("新签约项目28个"));
        let figure = sel.picked(&r).expect("a figure");
        assert_eq!(figure.value_text, "28个");
        assert_eq!(figure.kind, Kind::Count);
        assert_eq!(figure.period, Period::Review);
        assert!(r.indicators.iter().all(|i| i.id != figure.id));
        assert_eq!(validate_indicator(&r, &figure), vec![]);
        let plan = select(&r, "7%左右").picked(&r).expect("a figure");
        assert_eq!(plan.period, Period::Plan);
    }

    #[test]
    fn a_quote_set_from_the_text_must_hold_the_value() {
        let r = imported();
        let i = r
            .indicators
            .iter()
            .position(|i| i.value_text == "314.8亿元")
            .expect("found");
        let mut editor = Editor::open(&r, i).expect("opens");
        let wider = select(&r, "新签约项目28个，总投资314.8亿元");
        editor.draft = wider.as_quote_of(&r, &editor.draft).expect("same section");
        assert_eq!(editor.problems(&r), vec![]);
        let saved = editor.to_save(&r).expect("valid");
        assert_eq!(saved.quote, "新签约项目28个，总投资314.8亿元");
        assert_eq!(saved.review, Some(Review::Corrected));
        // A quote without the value is refused.
        editor.draft = select(&r, "新签约项目28个")
            .as_quote_of(&r, &editor.draft)
            .expect("same section");
        assert_eq!(editor.problems(&r).len(), 1);
        assert_eq!(editor.to_save(&r), None);
        // A quote from another section is not offered.
        let other = select(&r, "7%左右");
        assert_eq!(other.as_quote_of(&r, &editor.draft), None);
    }

    #[test]
    fn a_highlight_in_a_paragraph_becomes_the_same_selection() {
        let r = imported();
        let sel = select(&r, "总投资314.8亿元");
        let text = &r.section(sel.section).expect("s").paragraphs[sel.paragraph];
        let start = text.find("总投资").expect("in text");
        let range = start..start + "总投资314.8亿元".len();
        let place = Place::Paragraph(sel.paragraph);
        assert_eq!(
            TextSelection::of_run(&r, sel.section, place, &range),
            Some(sel.clone())
        );
        assert_eq!(
            TextSelection::of_run(&r, sel.section, Place::Title, &range),
            None
        );
    }

    #[test]
    fn saving_an_unchanged_draft_keeps_its_state() {
        let r = imported();
        // Whatever it was: kept by the import (`auto`) or waiting for a person.
        for i in [0, r.indicators.len() - 1] {
            let before = r.indicators[i].review;
            assert!(before.is_some());
            let editor = Editor::open(&r, i).expect("opens");
            assert_eq!(editor.to_save(&r).map(|f| f.review), Some(before));
        }
    }
}
