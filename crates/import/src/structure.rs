//! Paragraphs to chapters and sections. Chapters: `一、…` headings, `第…部分`, an appendix
//! (`附件`), or a slogan heading (a short line that ends no sentence) where a report numbers
//! nothing. Sections: `（一）…` on its own line or run into its paragraph, and bold-lead
//! phrases (a short first sentence) in chapters that have no numbered sections. `——` dash
//! paragraphs and `一是…二是…` stay paragraphs. Headings the importer adds are `title_added`.

use jiedu_report::{Chapter, Meta, Section};

use crate::headings::{NUMERALS, list_item, numbered_chapter, numbered_section};
/// The heading added to the text before a chapter's first section heading.
const OVERVIEW: &str = "概述";
/// Longest bold-lead phrase that opens a section.
const MAX_LEAD: usize = 18;

/// A chapter named by a slogan: a short line without sentence punctuation (Chinese or ASCII),
/// no dash paragraph and no bullet item (`★地区生产总值增长7%`).
fn slogan_heading(line: &str) -> bool {
    let n = line.chars().count();
    (4..=40).contains(&n)
        && !line.contains(['。', '：', ':', '；', ';', '！', '!', '？', '?', '，', ','])
        && !line.starts_with("——")
        && !line.starts_with(['-', '★', '●', '•', '·', '*', '▲', '■'])
        && !line.ends_with(['…', '、'])
        && !list_item(line)
}

/// `推动产业链供应链优化升级。保持…` → the lead, when short and without a comma.
fn bold_lead(paragraph: &str) -> Option<&str> {
    let end = paragraph.find('。')?;
    let lead = &paragraph[..end];
    let n = lead.chars().count();
    let rest = &paragraph[end + '。'.len_utf8()..];
    ((4..=MAX_LEAD).contains(&n)
        && !lead.contains(['，', ',', '：', '；', '！', '“'])
        && !lead.starts_with("——")
        && !lead.starts_with("各位代表")
        && !enumerated(lead)
        && rest.chars().count() > n)
        .then_some(lead)
}

/// `一是…`, `二要…`: an enumeration inside a paragraph, never a heading.
fn enumerated(text: &str) -> bool {
    let n = text.chars().take_while(|c| NUMERALS.contains(*c)).count();
    n > 0
        && text
            .chars()
            .nth(n)
            .is_some_and(|c| matches!(c, '是' | '要' | '则'))
}

#[derive(Default)]
struct Builder {
    chapters: Vec<Chapter>,
    /// Whether the current chapter has `（一）` sections (then bold leads stay text).
    numbered_sections: bool,
    in_appendix: bool,
}

impl Builder {
    fn chapter(&mut self, title: &str, added: bool) {
        let n = self.chapters.len() + 1;
        self.chapters.push(Chapter {
            id: format!("c{n}"),
            title: title.to_owned(),
            title_added: added,
            note: added.then(|| "标题为导入时所加，原文没有。".to_owned()),
            sections: Vec::new(),
        });
        self.numbered_sections = false;
        self.in_appendix = false;
    }

    fn section(&mut self, title: &str, added: bool) {
        if self.chapters.is_empty() {
            self.chapter("开篇", true);
        }
        let c = self.chapters.len();
        let Some(chapter) = self.chapters.last_mut() else {
            return;
        };
        let n = chapter.sections.len() + 1;
        chapter.sections.push(Section {
            id: format!("c{c}s{n}"),
            title: title.to_owned(),
            title_added: added,
            paragraphs: Vec::new(),
            note: None,
        });
    }

    fn paragraph(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if self.chapters.last().is_none_or(|c| c.sections.is_empty()) {
            // The text before a chapter's first heading: a neutral added heading, not the
            // chapter's title again (the navigator would list it twice).
            self.section(OVERVIEW, true);
        }
        if let Some(section) = self.chapters.last_mut().and_then(|c| c.sections.last_mut()) {
            section.paragraphs.push(text.to_owned());
        }
    }

    /// Drops sections left without paragraphs (a heading with nothing under it) and chapters
    /// left without sections; the heading then opens a section of its own text.
    fn finish(mut self) -> Vec<Chapter> {
        for chapter in &mut self.chapters {
            for section in &mut chapter.sections {
                if section.paragraphs.is_empty() {
                    section.paragraphs.push(section.title.clone());
                }
            }
            if chapter.sections.is_empty() {
                let c = chapter.id.clone();
                chapter.sections.push(Section {
                    id: format!("{c}s1"),
                    title: chapter.title.clone(),
                    title_added: true,
                    paragraphs: vec![chapter.title.clone()],
                    note: None,
                });
            }
        }
        self.chapters
    }
}

/// The chapters of the body's paragraphs.
#[must_use]
pub fn build(paragraphs: &[String], meta: &Meta) -> Vec<Chapter> {
    let mut b = Builder::default();
    for p in paragraphs {
        if let Some((title, rest)) = numbered_chapter(p) {
            b.chapter(title, false);
            b.paragraph(rest);
        } else if p == "附件" || (p.starts_with("附件") && p.chars().count() <= 30) {
            b.chapter(p, false);
            b.in_appendix = true;
        } else if let Some((title, rest)) = numbered_section(p) {
            b.numbered_sections = true;
            b.section(title, false);
            b.paragraph(rest);
        } else if slogan_heading(p) && p != &meta.title {
            if b.in_appendix {
                b.section(p, false);
            } else {
                b.chapter(p, false);
            }
        } else if let Some(lead) = bold_lead(p).filter(|_| !b.numbered_sections && !b.in_appendix) {
            b.section(lead, false);
            b.paragraph(p);
        } else {
            b.paragraph(p);
        }
    }
    if b.chapters.is_empty() {
        b.chapter(&meta.title, true);
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(paragraphs: &[&str]) -> Vec<(String, Vec<String>)> {
        let ps: Vec<String> = paragraphs.iter().map(|s| (*s).to_owned()).collect();
        build(&ps, &Meta::default())
            .into_iter()
            .map(|c| (c.title, c.sections.into_iter().map(|s| s.title).collect()))
            .collect()
    }

    #[test]
    fn numbered_chapters_and_sections_on_their_own_line_or_run_in() {
        let found = titles(&[
            "各位代表：",
            "一、2023年工作回顾",
            "过去一年，是全面贯彻党的二十大精神的开局之年。",
            "三、2024年政府工作任务",
            "（一）大力推进现代化产业体系建设，加快发展新质生产力。充分发挥创新主导作用。",
            "（二）深入实施科教兴国战略",
            "加强高质量教育体系建设。全面贯彻党的教育方针。",
        ]);
        assert_eq!(found[0].0, "开篇");
        assert_eq!(found[1].0, "一、2023年工作回顾");
        assert_eq!(found[2].0, "三、2024年政府工作任务");
        assert_eq!(
            found[2].1,
            vec![
                "（一）大力推进现代化产业体系建设，加快发展新质生产力",
                "（二）深入实施科教兴国战略"
            ]
        );
    }

    #[test]
    fn slogans_appendix_dash_paragraphs_and_bold_leads() {
        let found = titles(&[
            "“十四五”时期发展成就和2025年工作回顾",
            "——这五年综合经济实力大幅提升。经济总量突破2.6万亿元。",
            "一是加快传统产业提质升级，实施工业设备更新。二是培育壮大新兴产业。",
            "二、2024年经济社会发展总体要求和政策取向",
            "增强宏观政策取向一致性。围绕发展大局，加强财政、货币、就业等政策协调配合。",
            "附件",
            "2026年自治区民生实事",
            "1.通过“以工代赈”发放劳务报酬。",
        ]);
        assert_eq!(found[0].0, "“十四五”时期发展成就和2025年工作回顾");
        assert_eq!(
            found[0].1.len(),
            1,
            "dash and 一是 paragraphs stay in one section"
        );
        assert_eq!(found[1].1, vec!["增强宏观政策取向一致性"]);
        assert_eq!(found[2].0, "附件");
        assert_eq!(found[2].1, vec!["2026年自治区民生实事"]);
    }

    #[test]
    fn bullets_and_lines_with_ascii_punctuation_are_no_slogans() {
        // From the seed OCR, which sets ASCII commas and starred bullet lines.
        assert!(!slogan_heading("- ★地区生产总值增长7%"));
        assert!(!slogan_heading(
            "2024年是新中国成立75周年,是实现目标的关键一年,"
        ));
        assert!(slogan_heading("用最大努力争取最好结果"));
    }
}
