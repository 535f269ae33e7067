//! Every figure of the report's text as an indicator: its label, kind, period and qualifier,
//! and the exact run of text (the quote) that states it. Subjects carry across a clause
//! (`全市生产总值达到5.67万亿元、增长5.4%`), over a distributive list (`A、B分别增长9.7%、15.3%`)
//! and from → to (`从91%提高到95%`); the year's main targets are kind target.

use jiedu_report::{Indicator, Kind, MAX_INDICATORS, Period, Report, Review};

use crate::ImportError;
use crate::label::{clause_end, clause_start, ends_with_change, is_bare_verb, subject, tidy};
use crate::period::{Periods, chapter_scope};
use crate::scan::{Figure, scan_figures};
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
    let mut scope = None;
    for chapter in &report.chapters {
        let opening = chapter
            .sections
            .first()
            .and_then(|s| s.paragraphs.first())
            .map_or("", String::as_str);
        let s = chapter_scope(&chapter.title, opening, year, scope);
        scope = Some(s);
        let mut periods = Periods::new(s, year);
        for section in &chapter.sections {
            for paragraph in &section.paragraphs {
                let period = periods.next(paragraph);
                Paragraph {
                    text: paragraph,
                    section: &section.id,
                    period,
                }
                .figures(&mut out);
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
    period: Period,
}

/// What the figure before said, for the one after it.
struct Previous {
    end: usize,
    subject: String,
    quote_start: usize,
    from: bool,
    value_text: String,
}

impl Paragraph<'_> {
    fn figures(&self, out: &mut Vec<Indicator>) {
        let p = self.text;
        let figures = scan_figures(p);
        // The year's targets are listed in the plan part; a five-year plan's "主要目标" are goals.
        let enumeration = targets::enumeration(p).filter(|_| self.period == Period::Plan);
        let mut found: Vec<(usize, Indicator)> = Vec::new();
        let mut prev: Option<Previous> = None;
        for (k, f) in figures.iter().enumerate() {
            let target = enumeration
                .as_ref()
                .is_some_and(|r| r.contains(&f.number_at));
            let (label, quote_start, change, mut note, from) =
                self.label(&figures, k, prev.as_ref());
            let mut kind_note = None;
            let kind = if target {
                Kind::Target
            } else {
                kind_of(&f.unit, change, &mut kind_note)
            };
            if let (Some(pr), Some(n)) = (&prev, note.as_mut())
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
            let note = note.or(kind_note);
            let end = clause_end(p, f.range.end, false);
            // Where the words before the number name no subject (`4200余个项目开工`, `引育1000名…`),
            // the words after it do, up to the next figure.
            let after_end = figures.get(k + 1).map_or(end, |g| g.range.start.min(end));
            let after = tidy(subject(&p[f.range.end..after_end]));
            let label = if label.chars().count() <= 2 && !after.is_empty() {
                if label.is_empty() {
                    after
                } else {
                    format!("{label}…{after}")
                }
            } else if label.is_empty() {
                p[f.range.clone()].to_owned()
            } else {
                label
            };
            prev = Some(Previous {
                end: f.range.end,
                subject: subject(&label).to_owned(),
                quote_start,
                from,
                value_text: p[f.range.clone()].to_owned(),
            });
            found.push((
                f.range.start,
                self.indicator(f, label, kind, &p[quote_start..end], note, target),
            ));
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

    /// Label, quote start, whether the words state a change, a from → to note to fill, and
    /// whether the clause reads `从…`.
    fn label(
        &self,
        figures: &[Figure],
        k: usize,
        prev: Option<&Previous>,
    ) -> (String, usize, bool, Option<String>, bool) {
        let p = self.text;
        let f = &figures[k];
        let hard = clause_start(p, f.range.start, false);
        let raw_hard = &p[hard..f.range.start];
        if let Some(at) = raw_hard.rfind("分别") {
            // `A、B分别增长9.7%、15.3%`: the n-th number after 分别 belongs to the n-th subject.
            let fenbie = hard + at;
            let n = figures[..k]
                .iter()
                .filter(|g| g.range.start > fenbie)
                .count();
            let first = figures[..=k]
                .iter()
                .find(|g| g.range.start > fenbie)
                .map_or(f.range.start, |g| g.range.start);
            let verb = &p[fenbie + "分别".len()..first];
            let subjects: Vec<&str> = raw_hard[..at].split(['、', '和', '及']).collect();
            let change = ends_with_change(verb);
            let label = subjects.get(n).map(|s| tidy(s)).unwrap_or_default();
            let label = if change {
                format!("{label}{}", tidy(verb))
            } else {
                label
            };
            return (label, hard, change, None, false);
        }
        // The label starts after the figure before it in the same clause (`17个重点…增长5.3%`).
        let soft = clause_start(p, f.range.start, true)
            .max(k.checked_sub(1).map_or(0, |j| figures[j].range.end));
        let raw = &p[soft..f.range.start];
        let change = ends_with_change(raw);
        // `城镇化率提高到66.2%` is a level: its label is the subject, without the verb.
        let label = if raw.ends_with(['到', '至']) {
            subject(&tidy(raw)).to_owned()
        } else {
            tidy(raw)
        };
        let from = raw.contains('从') || raw.contains('由');
        if let Some(pr) = prev.filter(|pr| pr.end <= f.range.start) {
            let between = &p[pr.end..f.range.start];
            if pr.from
                && between.chars().count() <= 4
                && (between.ends_with('到') || between.ends_with('至'))
            {
                return (
                    pr.subject.clone(),
                    pr.quote_start,
                    false,
                    Some(String::new()),
                    false,
                );
            }
            let same_sentence = !between.contains(['。', '；', '！', '？']);
            if (label.is_empty() || is_bare_verb(&label)) && same_sentence && !pr.subject.is_empty()
            {
                return (
                    format!("{}{label}", pr.subject),
                    pr.quote_start,
                    change,
                    None,
                    false,
                );
            }
        }
        (label, soft, change, None, from)
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
            period: if target { Period::Plan } else { self.period },
            quote: quote.to_owned(),
            truncated: false,
            same_as: None,
            note,
            review: Some(Review::Unreviewed),
            compare_as: None,
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
            note: Some("没有数字的目标".to_owned()),
            review: Some(Review::Unreviewed),
            compare_as: None,
        }
    }
}

/// The kind a unit and the words before the number give; a note where the reading needs one.
pub(crate) fn kind_of(unit: &str, change: bool, note: &mut Option<String>) -> Kind {
    if unit.contains("百分点") {
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
