//! Every figure of the report's text as an indicator: its label, kind, period and qualifier,
//! and the exact run of text (the quote) that states it. Subjects carry across a clause
//! (`全市生产总值达到5.67万亿元、增长5.4%`), over a distributive list (`A、B分别增长9.7%、15.3%`)
//! and from → to (`从91%提高到95%`); the year's main targets are kind target.

use jiedu_report::{Indicator, Kind, MAX_INDICATORS, Period, Report, Review};

use std::ops::Range;

use crate::ImportError;
use crate::doubt;
use crate::label::{clause_end, clause_start, sentence_start, subject, tidy};
use crate::period::{Periods, Scope, chapter_scope};
use crate::scan::{Figure, scan_figures};
use crate::subject::{Previous, label};
use crate::targets;

/// Units that count things; a figure in one is kind count.
const COUNT_UNITS: &[char] = &[
    '人', '名', '户', '个', '家', '项', '所', '座', '条', '套', '台', '辆', '件', '场', '批', '次',
    '例', '张', '处', '栋', '间', '只', '头', '株', '棵', '架', '艘', '列', '班', '支', '篇', '部',
    '种', '款', '位', '床',
];

/// The indicators of every paragraph of `report`, in reading order, with ids `f1`, `f2` ….
///
/// # Errors
/// More figures than a report may hold ([`MAX_INDICATORS`]).
pub fn find(report: &Report) -> Result<Vec<Indicator>, ImportError> {
    let year = report.meta.year;
    let mut out = Vec::new();
    let mut last: Option<Period> = None;
    for chapter in &report.chapters {
        let opening = chapter
            .sections
            .first()
            .and_then(|s| s.paragraphs.first())
            .map_or("", String::as_str);
        // A chapter that names no period goes on with the period the chapter before ended in
        // (the year's tasks after the targets), and its figures say so.
        let (s, stated) = chapter_scope(&chapter.title, opening, year, last.map(Scope::Only));
        let period_doubt = (!stated).then_some(doubt::PERIOD_INFERRED);
        let mut periods = Periods::new(s, year);
        let mut targets_list = targets::List::default();
        for section in &chapter.sections {
            for paragraph in &section.paragraphs {
                let period = periods.next(paragraph);
                last = Some(period);
                // The year's targets are listed in the plan part; a five-year plan's "主要目标"
                // are goals.
                let enumeration = targets_list
                    .next(paragraph)
                    .filter(|_| period == Period::Plan);
                Paragraph {
                    text: paragraph,
                    section: &section.id,
                    year,
                    period,
                    period_doubt,
                }
                .figures(&mut out, enumeration);
                if out.len() > MAX_INDICATORS {
                    return Err(ImportError::TooManyFigures {
                        limit: MAX_INDICATORS,
                    });
                }
            }
        }
    }
    for (n, ind) in out.iter_mut().enumerate() {
        ind.id = format!("f{}", n + 1);
    }
    Ok(out)
}

struct Paragraph<'a> {
    text: &'a str,
    section: &'a str,
    year: Option<i32>,
    period: Period,
    /// Why the period may be wrong (read from the chapter before, not from this one).
    period_doubt: Option<&'static str>,
}

impl Paragraph<'_> {
    /// The period of a figure at `at`: the paragraph's, unless the year's plan names a later
    /// year in the figure's sentence (`…，到2030年全社会研发投入强度达到3.2％左右`): a goal
    /// beyond the year.
    fn sentence_period(&self, at: usize) -> Period {
        if self.period != Period::Plan {
            return self.period;
        }
        let p = self.text;
        let sentence = sentence_start(p, at);
        let later = |s: &str| {
            s.match_indices('到').any(|(i, _)| {
                let digits: String = s[i + '到'.len_utf8()..]
                    .chars()
                    .take(5)
                    .map(jiedu_report::half_width)
                    .collect();
                digits
                    .strip_suffix('年')
                    .and_then(|y| y.parse::<i32>().ok())
                    .is_some_and(|y| self.year.is_some_and(|this| y > this))
            })
        };
        if later(&p[sentence..at]) {
            Period::FiveYearGoal
        } else {
            self.period
        }
    }

    fn figures(&self, out: &mut Vec<Indicator>, enumeration: Option<Range<usize>>) {
        let p = self.text;
        let figures = scan_figures(p);
        let mut found: Vec<(usize, Indicator)> = Vec::new();
        let mut prev: Option<Previous> = None;
        for (k, f) in figures.iter().enumerate() {
            let target = enumeration
                .as_ref()
                .is_some_and(|r| r.contains(&f.number_at));
            let mut read = label(p, &figures, k, prev.as_ref());
            // Whatever the reading, a figure has a label: the number itself, with the doubt.
            if read.label.trim().is_empty() {
                p[f.range.clone()].clone_into(&mut read.label);
                read.doubt = Some(doubt::NO_LABEL);
            }
            let mut kind_note = None;
            let kind = if target {
                Kind::Target
            } else {
                kind_of(&f.unit, read.change, &mut kind_note)
            };
            if let (Some(pr), Some(n)) = (&prev, read.note.as_mut())
                && n.is_empty()
            {
                *n = format!("从{}到{}：这是终点", pr.value_text, &p[f.range.clone()]);
                if let Some((_, before)) = found.last_mut() {
                    before.note = Some(format!(
                        "从{}到{}：这是起点",
                        pr.value_text,
                        &p[f.range.clone()]
                    ));
                }
            }
            let doubt = read
                .doubt
                .or_else(|| figure_doubt(p, f, kind, read.change))
                .or(self.period_doubt.filter(|_| !target));
            let note = read.note.take().or(kind_note);
            let end = clause_end(p, f.range.end, false);
            prev = Some(Previous {
                end: f.range.end,
                subject: subject(&read.label).to_owned(),
                quote_start: read.quote_start,
                from: read.from,
                value_text: p[f.range.clone()].to_owned(),
            });
            let mut ind = self.indicator(
                f,
                std::mem::take(&mut read.label),
                kind,
                &p[read.quote_start..end],
                note,
                target,
            );
            ind.direction = read.direction.filter(|_| read.change || target);
            set_doubt(&mut ind, doubt);
            found.push((f.range.start, ind));
        }
        for w in crate::words::scan_words(p) {
            found.push((w.range.start, self.word_figure(&w)));
        }
        if let Some(range) = enumeration {
            for item in targets::items(p, range) {
                let text = p[item.clone()].trim();
                if !figures.iter().any(|f| item.contains(&f.number_at))
                    && !targets::is_comment(text)
                {
                    found.push((item.start, self.qualitative_target(text)));
                }
            }
        }
        found.sort_by_key(|(at, _)| *at);
        out.extend(found.into_iter().map(|(_, ind)| ind));
    }

    fn indicator(
        &self,
        f: &Figure,
        label: String,
        kind: Kind,
        quote: &str,
        note: Option<String>,
        target: bool,
    ) -> Indicator {
        Indicator {
            id: String::new(),
            section: self.section.to_owned(),
            label,
            label_en: None,
            value_text: self.text[f.range.clone()].to_owned(),
            value: Some(f.value),
            value_hi: f.value_hi,
            qualifier: f.qualifier,
            unit: Some(f.unit.clone()),
            kind,
            period: if target {
                Period::Plan
            } else {
                self.sentence_period(f.range.start)
            },
            quote: quote.to_owned(),
            truncated: false,
            same_as: None,
            note,
            review: Some(Review::Unreviewed),
            compare_as: None,
            direction: None,
            doubt: None,
        }
    }

    /// A figure written in words (`翻番`, `三成以上`): its label and quote as for any figure,
    /// no value, and a note saying why.
    fn word_figure(&self, w: &crate::words::WordFigure) -> Indicator {
        let p = self.text;
        let start = clause_start(p, w.range.start, true);
        let end = clause_end(p, w.range.end, false);
        let label = tidy(&p[start..w.range.start]);
        Indicator {
            id: String::new(),
            section: self.section.to_owned(),
            label: if label.is_empty() {
                p[w.range.clone()].to_owned()
            } else {
                label
            },
            label_en: None,
            value_text: p[w.range.clone()].to_owned(),
            value: None,
            value_hi: None,
            qualifier: w.qualifier,
            unit: w.unit.map(str::to_owned),
            kind: w.kind,
            period: self.period,
            quote: p[start..end].to_owned(),
            truncated: false,
            same_as: None,
            note: Some(w.note.to_owned()),
            review: Some(Review::Unreviewed),
            compare_as: None,
            direction: None,
            doubt: Some(doubt::IN_WORDS.to_owned()),
        }
    }

    fn qualitative_target(&self, text: &str) -> Indicator {
        let (label, wording) = targets::split_qualitative(text);
        Indicator {
            id: String::new(),
            section: self.section.to_owned(),
            label: tidy(label),
            label_en: None,
            value_text: wording.to_owned(),
            value: None,
            value_hi: None,
            qualifier: None,
            unit: None,
            kind: Kind::Target,
            period: Period::Plan,
            quote: text.to_owned(),
            truncated: false,
            same_as: None,
            note: None,
            review: Some(Review::Unreviewed),
            compare_as: None,
            direction: None,
            doubt: Some(doubt::WORDED_TARGET.to_owned()),
        }
    }
}

/// A doubt the figure itself raises: a magnitude without a unit, `增长N倍`, a number that
/// qualifies what follows it (`投资2000万元的项目`).
fn figure_doubt(p: &str, f: &Figure, kind: Kind, change: bool) -> Option<&'static str> {
    if matches!(f.unit.as_str(), "万" | "亿" | "万亿") {
        Some(doubt::MAGNITUDE_ONLY)
    } else if f.unit == "倍" && change {
        Some(doubt::TIMES)
    } else if p[f.range.end..].starts_with('的') && kind != Kind::Target {
        Some(doubt::THRESHOLD)
    } else {
        None
    }
}

/// Sets the figure's doubt and, from it, its review state: a figure without doubt is kept by
/// the import (`auto`), one with a doubt waits for a person.
fn set_doubt(ind: &mut Indicator, doubt: Option<&'static str>) {
    ind.doubt = doubt.map(str::to_owned);
    ind.review = Some(if doubt.is_some() {
        Review::Unreviewed
    } else {
        Review::Auto
    });
}

/// The kind a unit and the words before the number give; a note where the reading needs one.
pub(crate) fn kind_of(unit: &str, change: bool, note: &mut Option<String>) -> Kind {
    if unit.contains('/') {
        // A rate per something (`万元/人`, `万吨/年`): neither a sum of money nor a count.
        Kind::Level
    } else if unit.contains("百分点") {
        Kind::PointChange
    } else if unit.ends_with(['%', '％', '‰']) {
        if change {
            Kind::GrowthRate
        } else {
            Kind::Share
        }
    } else if unit == "倍" {
        if change {
            *note = Some("“增长N倍”即为原来的N+1倍；这里照录原文的N。".to_owned());
            Kind::GrowthRate
        } else {
            Kind::Level
        }
    } else if unit.ends_with('元') || unit.ends_with("美元") || unit.ends_with("人民币") {
        Kind::Amount
    } else if unit.ends_with(COUNT_UNITS) {
        Kind::Count
    } else {
        if matches!(unit, "万" | "亿" | "万亿") {
            *note = Some("只写了数量级，没有单位（原文可能被截断）：请核对。".to_owned());
        }
        Kind::Level
    }
}
