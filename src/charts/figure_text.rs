//! The words of a chart figure: title with unit, a subtitle naming the period (and, for
//! targets, that they are aims), the footnotes, notes and the source line. By default they come
//! from the report in the interface language; the user may rewrite any of them before export
//! (remembered per report and chart). Plain data with no egui: the panel, the PNG and the SVG
//! draw the same words, and the tests read them without drawing.

use crate::charts::data::ChartData;
use crate::i18n::fill::fill;
use crate::i18n::glossary::has_chinese;
use crate::i18n::{Lang, Strings};
use crate::report::{ChartKind, Period, Report};

pub use crate::settings::chart_options::{EditsByReport, FigureEdits, FigureField};

/// The keys under which the edits of `data` in `report` are remembered: the report by its
/// title, date and year, the chart by its title (a custom chart by the name the user gave it).
#[must_use]
pub fn keys(report: &Report, data: &ChartData) -> (String, String) {
    let m = &report.meta;
    let year = m.year.map_or_else(String::new, |y| y.to_string());
    (
        format!("{} · {} · {year}", m.title, m.date),
        data.title.clone(),
    )
}

/// No edits.
const NO_EDITS: FigureEdits = FigureEdits {
    title: None,
    subtitle: None,
    note: None,
    source: None,
};

/// What the user rewrote of `data` in `report` (nothing, if nothing).
#[must_use]
pub fn edits_for<'a>(all: &'a EditsByReport, report: &Report, data: &ChartData) -> &'a FigureEdits {
    let (r, c) = keys(report, data);
    all.get(&r)
        .and_then(|charts| charts.get(&c))
        .unwrap_or(&NO_EDITS)
}

/// A footnote line and the period whose colour it is drawn in.
#[derive(Clone, Debug, PartialEq)]
pub struct Footnote {
    /// The line, with its star.
    pub text: String,
    /// Its period.
    pub period: Period,
}

/// Every word of a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureText {
    /// Title with unit.
    pub title: String,
    /// The period, and for targets that they are not results.
    pub subtitle: String,
    /// Figures shown as lines under the chart (targets without a number).
    pub footnotes: Vec<Footnote>,
    /// Notes under the footnotes (the report's, then the user's).
    pub notes: Vec<String>,
    /// Where the figures come from.
    pub source: String,
}

impl FigureText {
    /// The words of `data`, with `edits` applied.
    #[must_use]
    pub fn new(s: &Strings, report: &Report, data: &ChartData, edits: &FigureEdits) -> Self {
        let mut notes = Vec::new();
        let footnotes: Vec<Footnote> = data
            .footnotes
            .iter()
            .filter_map(|&i| report.indicators.get(i))
            .map(|ind| {
                // The report's notes are Chinese; the English figure leaves them to the table.
                if let Some(note) = ind
                    .note
                    .as_ref()
                    .filter(|n| s.lang == Lang::Zh && !n.contains(&ind.value_text))
                {
                    notes.push(note.clone());
                }
                let value = match s.lang {
                    Lang::Zh => ind.value_text.as_str(),
                    Lang::En => s.target_in_words,
                };
                Footnote {
                    text: format!(
                        "★ {}{}{value}{}",
                        s.indicator_label(ind),
                        s.colon,
                        s.no_number_target
                    ),
                    period: ind.period,
                }
            })
            .collect();
        if s.lang == Lang::En && chinese_left(s, data, &footnotes) {
            // Said, not mixed in silently: the report's words the glossary cannot name.
            notes.push(s.chinese_words_note.to_owned());
        }
        if let Some(note) = edits.note.as_ref().filter(|n| !n.trim().is_empty()) {
            notes.push(note.clone());
        }
        let pick = |edit: &Option<String>, default: String| edit.clone().unwrap_or(default);
        Self {
            title: pick(&edits.title, s.figure_title(data)),
            subtitle: pick(&edits.subtitle, subtitle(s, report, data)),
            footnotes,
            notes,
            source: pick(&edits.source, source(s, report, data)),
        }
    }
}

/// Whether a bar's label or value, or a footnote, is still in Chinese in the English figure.
fn chinese_left(s: &Strings, data: &ChartData, footnotes: &[Footnote]) -> bool {
    data.bars
        .iter()
        .any(|b| b.label_en.is_none() || has_chinese(&s.bar_value(b, &data.unit)))
        || footnotes.iter().any(|f| has_chinese(&f.text))
}

/// The source line; where a bar is a figure the import kept without a person's check, it says
/// so (a reader of the image should know the program read it).
fn source(s: &Strings, report: &Report, data: &ChartData) -> String {
    let (region, level) = crate::compare::place::place_of(&report.meta);
    let region_en = match level {
        crate::compare::place::Level::National => Some(s.national_region),
        _ => crate::i18n::glossary::region_en(&region),
    };
    let line = s.figure_source(&report.meta, region_en);
    let auto = data.bars.iter().any(|b| {
        report
            .indicators
            .get(b.indicator)
            .is_some_and(|i| i.review == Some(crate::report::Review::Auto))
    });
    if auto {
        format!("{line}{}", s.source_read_by_program)
    } else {
        line
    }
}

/// The periods of the chart's figures, in the order they first appear: `2024年预期目标（计划，
/// 不是实际完成值）` for targets, `过去一年（2023年，由报告年份推算）` for results.
fn subtitle(s: &Strings, report: &Report, data: &ChartData) -> String {
    let mut periods: Vec<Period> = Vec::new();
    let footnoted = data
        .footnotes
        .iter()
        .filter_map(|&i| report.indicators.get(i));
    for p in data
        .bars
        .iter()
        .map(|b| b.period)
        .chain(footnoted.map(|i| i.period))
    {
        if !periods.contains(&p) {
            periods.push(p);
        }
    }
    let named: Vec<String> = periods
        .iter()
        .map(|&p| s.period(p, report.meta.year))
        .collect();
    let period = named.join(s.list_separator);
    match data.kind {
        // Inside the sentence a period's name is not capitalised (`for the next five-year …`).
        ChartKind::Target if s.lang == Lang::En => {
            let mut chars = period.chars();
            let period: String = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            fill(s.subtitle_targets, &[("period", &period)])
        }
        ChartKind::Target => fill(s.subtitle_targets, &[("period", &period)]),
        ChartKind::Result if period.is_empty() => s.subtitle_results.to_owned(),
        ChartKind::Result => period,
    }
}
