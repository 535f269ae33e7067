//! Fixing the importer's sections: a section that is no section of its own merges into the
//! one before it (a printed heading stays in the text as a paragraph, a heading the importer
//! added goes), and a paragraph that is really a heading starts a new section. No text is
//! lost or added, and every figure moves with its quote. Plain data, checked by the tests
//! with the validator.

use crate::report::{Chapter, Indicator, Report, Section, SectionRef};

/// Longest paragraph offered as a heading, in characters.
pub const MAX_HEADING_CHARS: usize = 40;

/// The text and figures of a report, as one structural step changes them.
#[derive(Clone, Debug, PartialEq)]
pub struct Structure {
    /// The chapters and their sections.
    pub chapters: Vec<Chapter>,
    /// The figures (their section ids follow the text).
    pub indicators: Vec<Indicator>,
}

impl Structure {
    /// The structure of `report`.
    #[must_use]
    pub fn of(report: &Report) -> Self {
        Self {
            chapters: report.chapters.clone(),
            indicators: report.indicators.clone(),
        }
    }

    /// Puts this structure into `report`.
    pub fn put(self, report: &mut Report) {
        report.chapters = self.chapters;
        report.indicators = self.indicators;
    }
}

/// Whether section `at` can merge into the section before it (there is one in its chapter).
#[must_use]
pub fn can_merge(report: &Report, at: SectionRef) -> bool {
    at.section > 0 && report.section(at).is_some()
}

/// Whether paragraph `paragraph` of section `at` can become the heading of a new section:
/// not the first paragraph (the section keeps some text) and short enough to be a heading.
#[must_use]
pub fn can_split(report: &Report, at: SectionRef, paragraph: usize) -> bool {
    report
        .section(at)
        .and_then(|s| s.paragraphs.get(paragraph))
        .is_some_and(|p| paragraph > 0 && heading_like(p))
}

fn heading_like(paragraph: &str) -> bool {
    let n = paragraph.trim().chars().count();
    n > 0 && n <= MAX_HEADING_CHARS
}

/// Merges section `at` into the section before it. Returns the changed structure, or `None`
/// when it cannot merge.
#[must_use]
pub fn merged(report: &Report, at: SectionRef) -> Option<Structure> {
    if !can_merge(report, at) {
        return None;
    }
    let mut s = Structure::of(report);
    let chapter = s.chapters.get_mut(at.chapter)?;
    let gone = chapter.sections.remove(at.section);
    let into = chapter.sections.get_mut(at.section - 1)?;
    if !gone.title_added {
        // A printed heading is text of the report: it stays, as a paragraph.
        into.paragraphs.push(gone.title.clone());
    }
    into.paragraphs.extend(gone.paragraphs);
    if let Some(note) = gone.note {
        into.note = Some(match into.note.take() {
            Some(before) => format!("{before} {note}"),
            None => note,
        });
    }
    let into_id = into.id.clone();
    for ind in &mut s.indicators {
        if ind.section == gone.id {
            ind.section.clone_from(&into_id);
        }
    }
    Some(s)
}

/// Makes paragraph `paragraph` of section `at` the heading of a new section holding the
/// paragraphs after it. Returns the changed structure, or `None` when it cannot split.
#[must_use]
pub fn split(report: &Report, at: SectionRef, paragraph: usize) -> Option<Structure> {
    if !can_split(report, at, paragraph) {
        return None;
    }
    let mut s = Structure::of(report);
    let id = free_section_id(report, &report.section(at)?.id);
    let chapter = s.chapters.get_mut(at.chapter)?;
    let section = chapter.sections.get_mut(at.section)?;
    let mut rest = section.paragraphs.split_off(paragraph);
    let title = rest.remove(0).trim().to_owned();
    let old_id = section.id.clone();
    // Figures whose quote is no longer in the first part went with the paragraphs after it.
    let kept: Vec<String> = section.paragraphs.clone();
    let new = Section {
        id: id.clone(),
        title,
        title_added: false,
        paragraphs: rest,
        note: None,
    };
    for ind in &mut s.indicators {
        if ind.section == old_id
            && !kept.iter().any(|p| p.contains(&ind.quote))
            && new.paragraphs.iter().any(|p| p.contains(&ind.quote))
        {
            ind.section.clone_from(&id);
        }
    }
    chapter.sections.insert(at.section + 1, new);
    Some(s)
}

/// `<id>-2`, `<id>-3` …: the first such id no section of `report` has.
fn free_section_id(report: &Report, base: &str) -> String {
    let taken: Vec<&str> = report
        .chapters
        .iter()
        .flat_map(|c| &c.sections)
        .map(|s| s.id.as_str())
        .collect();
    (2..=taken.len() + 2)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or_else(|| format!("{base}-new"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::validate;

    /// A report whose second chapter has a heading read as text and a section that is not one.
    fn imported() -> Report {
        let text = "2024年政府工作报告\n一、过去一年工作回顾\n（一）经济稳中向好\n全区生产总值增长7.5%。\n工业稳步回升。\n规上工业增加值增长6%，新签约项目28个。\n（二）民生持续改善\n城镇新增就业1.2万人。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长7%左右。\n";
        jiedu_import::import_text(text).expect("imports")
    }

    fn at(report: &Report, title: &str) -> SectionRef {
        report
            .section_refs()
            .find(|r| report.section(*r).is_some_and(|s| s.title.contains(title)))
            .expect("section")
    }

    #[test]
    fn a_short_paragraph_becomes_a_heading_and_its_figures_follow_it() {
        let r = imported();
        let first = at(&r, "经济稳中向好");
        let section = r.section(first).expect("section");
        let p = section
            .paragraphs
            .iter()
            .position(|p| p == "工业稳步回升。")
            .expect("the paragraph");
        assert!(!can_split(&r, first, 0), "the first paragraph stays");
        let mut fixed = r.clone();
        split(&r, first, p).expect("splits").put(&mut fixed);
        assert_eq!(validate(&fixed), vec![]);
        let new = fixed
            .section(SectionRef {
                section: first.section + 1,
                ..first
            })
            .expect("new section");
        assert_eq!(new.title, "工业稳步回升。");
        assert_eq!(
            new.paragraphs,
            vec!["规上工业增加值增长6%，新签约项目28个。".to_owned()]
        );
        let moved: Vec<&str> = fixed
            .indicators
            .iter()
            .filter(|i| i.section == new.id)
            .map(|i| i.value_text.as_str())
            .collect();
        assert_eq!(moved, vec!["6%", "28个"]);
        // The same text, figure for figure, in reading order.
        assert_eq!(fixed.indicators.len(), r.indicators.len());
    }

    #[test]
    fn a_merged_section_keeps_its_printed_heading_as_text() {
        let r = imported();
        let second = at(&r, "民生持续改善");
        assert!(
            !can_merge(&r, at(&r, "经济稳中向好")),
            "the chapter's first"
        );
        let mut fixed = r.clone();
        merged(&r, second).expect("merges").put(&mut fixed);
        assert_eq!(validate(&fixed), vec![]);
        let into = fixed
            .section(SectionRef {
                section: second.section - 1,
                ..second
            })
            .expect("section before");
        assert_eq!(
            into.paragraphs[into.paragraphs.len() - 2..],
            [
                "（二）民生持续改善".to_owned(),
                "城镇新增就业1.2万人。".to_owned()
            ]
        );
        let jobs = fixed
            .indicators
            .iter()
            .find(|i| i.value_text == "1.2万人")
            .expect("figure");
        assert_eq!(jobs.section, into.id);
        let sections = |r: &Report| r.chapters.iter().map(|c| c.sections.len()).sum::<usize>();
        assert_eq!(sections(&fixed), sections(&r) - 1);
    }
}
