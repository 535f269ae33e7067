//! Where the reader is: the current section, a pending scroll, and the highlighted search match.
//! Plain data changed only through [`crate::Command`]s, so navigation is testable without a window.

use std::ops::Range;

use crate::report::Place;
use crate::report::{Report, SectionRef};

/// A run of text to highlight (a search match).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// The section holding the text.
    pub section: SectionRef,
    /// Heading or paragraph.
    pub place: Place,
    /// Byte range in that text.
    pub range: Range<usize>,
}

/// Reading position and what the reading view must do next frame.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Navigation {
    /// The section being read; marked in the table of contents.
    pub current: SectionRef,
    /// Scroll the reading view to this place on the next frame (then cleared).
    pub scroll_to: Option<(SectionRef, Place)>,
    /// The search match shown highlighted.
    pub highlight: Option<Highlight>,
    /// Frames during which a programmatic scroll is settling and must not move `current`.
    pub settle_frames: u8,
}

impl Navigation {
    /// Starts at the first section, or at the one with id `last`, if the report has it.
    #[must_use]
    pub fn new(report: &Report, last: Option<&str>) -> Self {
        let first = SectionRef {
            chapter: 0,
            section: 0,
        };
        let current = last.and_then(|id| report.find_section(id)).unwrap_or(first);
        Self {
            current,
            // At the very start the masthead above the first heading stays in view.
            scroll_to: (current != first).then_some((current, Place::Title)),
            highlight: None,
            settle_frames: 0,
        }
    }

    /// Goes to a section and scrolls to its heading.
    pub fn go_to(&mut self, target: SectionRef) {
        self.current = target;
        self.scroll_to = Some((target, Place::Title));
        self.settle_frames = 3;
    }

    /// Goes to the section `delta` steps away in reading order, if there is one; returns whether
    /// it moved.
    pub fn step(&mut self, report: &Report, delta: isize) -> bool {
        let all: Vec<SectionRef> = report.section_refs().collect();
        let Some(at) = all.iter().position(|r| *r == self.current) else {
            return false;
        };
        let Some(target) = at.checked_add_signed(delta).and_then(|i| all.get(i)) else {
            return false;
        };
        self.go_to(*target);
        true
    }

    /// Shows the sentence that states indicator `indicator`, highlighted; returns whether it
    /// was found.
    pub fn show_quote(&mut self, report: &Report, indicator: usize) -> bool {
        let Some(ind) = report.indicators.get(indicator) else {
            return false;
        };
        let Some(section) = report.find_section(&ind.section) else {
            return false;
        };
        let Some((p, at)) = report
            .section(section)
            .and_then(|s| s.find_quote(&ind.quote))
        else {
            return false;
        };
        self.show_match(Highlight {
            section,
            place: Place::Paragraph(p),
            range: at..at + ind.quote.len(),
        });
        true
    }

    /// Shows a highlighted match and scrolls to it.
    pub fn show_match(&mut self, highlight: Highlight) {
        self.go_to(highlight.section);
        self.scroll_to = Some((highlight.section, highlight.place));
        self.highlight = Some(highlight);
    }
}

/// A first chapter shorter than this (in characters) is a lede, shown with the chapter after it.
const SHORT_LEDE_CHARS: usize = 600;

/// The chapters the reader shows together with chapter `chapter`: a first chapter too short to
/// fill a screen (a lede, an address to the delegates) is shown with the one after it, so the
/// first screen has something to read; every other chapter alone.
#[must_use]
pub fn shown_chapters(report: &Report, chapter: usize) -> Range<usize> {
    // Called every frame: count no further than the limit.
    let lede = report.chapters.first().map_or(0, |c| {
        c.sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .flat_map(|p| p.chars())
            .take(SHORT_LEDE_CHARS)
            .count()
    });
    if report.chapters.len() > 1 && lede < SHORT_LEDE_CHARS && chapter <= 1 {
        0..2
    } else {
        chapter..chapter + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_through_sections_across_chapters_and_stops_at_the_ends() {
        let report = Report::embedded().expect("loads");
        let mut nav = Navigation::new(&report, None);
        assert!(!nav.step(&report, -1));
        let count = report.section_refs().count();
        for _ in 1..count {
            assert!(nav.step(&report, 1));
        }
        assert!(!nav.step(&report, 1));
        assert_eq!(nav.current.chapter, report.chapters.len() - 1);
    }

    #[test]
    fn reopens_the_last_section_or_falls_back_to_the_first() {
        let report = Report::embedded().expect("loads");
        let nav = Navigation::new(&report, Some("landport"));
        assert_eq!(
            report.section(nav.current).map(|s| s.id.as_str()),
            Some("landport")
        );
        let nav = Navigation::new(&report, Some("gone"));
        assert_eq!((nav.current.chapter, nav.current.section), (0, 0));
    }
}
