//! Targets side by side: for several reports, each headline target (see [`super::canonical`])
//! with what each report says of it, as written, with the sentence it comes from. Rows only for
//! the headline targets at least one report sets. Plain data with no egui: the view, the CSV
//! and the tests read the same rows.

use super::canonical::{By, CANONICAL, Canonical, DISPLAY_ORDER, canonical_of, why};
use crate::report::{Indicator, Kind, Period, Qualifier, Report, Review};

/// What one report says of one headline target.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// Index of the indicator in its report.
    pub indicator: usize,
    /// The figure as written (`5%左右`, `与经济增长同步`).
    pub value_text: String,
    /// Its number, if it has one: below zero for a decrease (`能耗降低2.5%` → −2.5), as charts
    /// draw it; the words stay as written in `value_text`.
    pub value: Option<f64>,
    /// The high end of a range (`5%—5.5%`), signed as `value` is.
    pub value_hi: Option<f64>,
    /// Its unit (`%`), if it has one.
    pub unit: Option<String>,
    /// 左右, 以上 …
    pub qualifier: Option<Qualifier>,
    /// The sentence it comes from.
    pub quote: String,
    /// Its label in the report (what a headline row matched).
    pub label: String,
    /// Why it is in a headline row (a person's match, or a word of its label); `None` in a
    /// row of shared words.
    pub by: Option<By>,
    /// Whether it states a decrease (`能耗降低2.5%左右`): shown with its arrow.
    pub down: bool,
}

impl Said {
    /// Why it is in its row, in the interface's words (`None` in a row of shared words).
    #[must_use]
    pub fn why(&self, s: &crate::i18n::Strings) -> Option<String> {
        use crate::i18n::fill::fill;
        Some(match self.by? {
            By::Word(word) => fill(
                s.matched_by_word_n,
                &[("label", &self.label), ("word", &word)],
            ),
            By::Person => fill(s.matched_by_person_n, &[("label", &self.label)]),
        })
    }

    /// The figure as shown: as written, a decrease with its arrow (`↓ 2.5%左右`).
    #[must_use]
    pub fn shown(&self) -> String {
        let direction = self.down.then_some(crate::report::Direction::Down);
        crate::report::Direction::mark(direction, &self.value_text)
    }
}

/// One target across the reports: a headline one, or one that several reports name with the
/// very same words.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Which headline target, if it is one.
    pub canonical: Option<&'static Canonical>,
    /// The label the reports share, when it is none of the headline targets.
    pub label: String,
    /// What each report says of it, in the order of the reports.
    pub said: Vec<Option<Said>>,
}

impl Row {
    /// Its name in the interface language (a shared label is the reports' own words).
    #[must_use]
    pub fn name(&self, zh: bool) -> &str {
        match self.canonical {
            Some(c) if zh => c.zh,
            Some(c) => c.en,
            None => &self.label,
        }
    }

    /// Whether its figures are percentages (drawn as bars).
    #[must_use]
    pub fn in_percent(&self) -> bool {
        self.canonical.map_or_else(
            || {
                self.said
                    .iter()
                    .flatten()
                    .all(|s| s.value_text.contains(['%', '％']))
            },
            |c| c.units.contains(&"%"),
        )
    }
}

/// The headline targets of `reports` side by side, in the display order; then the targets no
/// headline indicator covers that two or more reports name with the same words.
#[must_use]
pub fn side_by_side(reports: &[&Report]) -> Vec<Row> {
    let mut rows: Vec<Row> = DISPLAY_ORDER
        .iter()
        .filter_map(|key| CANONICAL.iter().find(|c| c.key == *key))
        .map(|canonical| Row {
            canonical: Some(canonical),
            label: canonical.zh.to_owned(),
            said: reports
                .iter()
                .map(|report| {
                    target(report, |ind| {
                        canonical_of(ind).is_some_and(|c| c.key == canonical.key)
                    })
                })
                .collect(),
        })
        .filter(|row| row.said.iter().any(Option::is_some))
        .collect();
    let mut labels: Vec<&str> = Vec::new();
    for report in reports {
        for ind in planned(report) {
            if canonical_of(ind).is_none()
                && ind.value.is_some()
                && !labels.contains(&ind.label.as_str())
            {
                labels.push(&ind.label);
            }
        }
    }
    for label in labels {
        let said: Vec<Option<Said>> = reports
            .iter()
            .map(|report| {
                target(report, |ind| {
                    ind.label == label && canonical_of(ind).is_none()
                })
            })
            .collect();
        if said.iter().flatten().count() >= 2 {
            rows.push(Row {
                canonical: None,
                label: label.to_owned(),
                said,
            });
        }
    }
    rows
}

/// The report's figures for its plan, those a person rejected left out.
fn planned(report: &Report) -> impl Iterator<Item = &Indicator> {
    figures(report, Period::Plan).map(|(_, ind)| ind)
}

/// The report's figures of `period` with their indexes, those a person rejected left out.
fn figures(report: &Report, period: Period) -> impl Iterator<Item = (usize, &Indicator)> {
    report
        .indicators
        .iter()
        .enumerate()
        .filter(move |(_, ind)| ind.period == period && ind.review != Some(Review::Rejected))
}

impl Said {
    /// What figure `indicator` (`ind`) says.
    pub(super) fn of(indicator: usize, ind: &Indicator) -> Self {
        let down = ind.direction == Some(crate::report::Direction::Down);
        Self {
            indicator,
            value_text: ind.value_text.clone(),
            value: ind.signed_value(),
            value_hi: ind.value_hi.map(|hi| if down { -hi } else { hi }),
            unit: ind.unit.clone(),
            qualifier: ind.qualifier,
            quote: ind.quote.clone(),
            label: ind.label.clone(),
            by: why(ind).map(|m| m.by),
            down,
        }
    }
}

/// The figure of the report's plan that `is` picks: among its main targets first (the list of
/// 主要预期目标), else the first in the text. A growth rate of one programme said before the
/// main targets must not stand for the report's target.
fn target(report: &Report, is: impl Fn(&Indicator) -> bool) -> Option<Said> {
    pick(report, Period::Plan, is).map(|(indicator, ind)| Said::of(indicator, ind))
}

/// The figure of `period` that `is` picks, a main target (kind `target`) before any other, with
/// its index.
pub(super) fn pick(
    report: &Report,
    period: Period,
    is: impl Fn(&Indicator) -> bool,
) -> Option<(usize, &Indicator)> {
    let main = figures(report, period).find(|(_, ind)| ind.kind == Kind::Target && is(ind));
    main.or_else(|| figures(report, period).find(|(_, ind)| is(ind)))
}

/// A CSV field (RFC 4180).
fn field(text: &str) -> String {
    crate::storage::csv::field(text, ',')
}

/// The rows as CSV: the target, then one column per report (its title), each cell the figure
/// as written. For a spreadsheet; figures are never converted.
#[must_use]
pub fn to_csv(rows: &[Row], titles: &[&str], zh: bool) -> String {
    let mut out = String::new();
    let header: Vec<String> = std::iter::once(if zh { "指标" } else { "Indicator" })
        .chain(titles.iter().copied())
        .map(field)
        .collect();
    out.push_str(&header.join(","));
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = std::iter::once(field(row.name(zh)))
            .chain(row.said.iter().map(|s| {
                s.as_ref()
                    .map_or_else(String::new, |s| field(&s.value_text))
            }))
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decrease_is_shown_with_its_arrow_and_its_words_as_written() {
        let mut r = report(
            "某省",
            &[("单位地区生产总值能耗降低", "2.5%左右", Some(2.5))],
        );
        let plain = Said::of(0, &r.indicators[0]);
        assert_eq!(plain.shown(), "2.5%左右");
        r.indicators[0].direction = Some(crate::report::Direction::Down);
        let down = Said::of(0, &r.indicators[0]);
        assert_eq!(down.shown(), "↓ 2.5%左右");
        assert_eq!(down.value_text, "2.5%左右");
        assert_eq!((plain.value, down.value), (Some(2.5), Some(-2.5)));
    }

    fn report(title: &str, targets: &[(&str, &str, Option<f64>)]) -> Report {
        let mut r = Report::placeholder(title, "x");
        let section = r.chapters[0].sections[0].id.clone();
        for (i, (label, value_text, value)) in targets.iter().enumerate() {
            r.indicators.push(Indicator {
                id: format!("t{i}"),
                section: section.clone(),
                label: (*label).to_owned(),
                label_en: None,
                value: *value,
                value_hi: None,
                value_text: (*value_text).to_owned(),
                unit: value.map(|_| "%".to_owned()),
                kind: crate::report::Kind::Target,
                period: Period::Plan,
                quote: format!("{label}{value_text}"),
                note: None,
                truncated: false,
                same_as: None,
                qualifier: None,
                review: None,
                compare_as: None,
                direction: None,
                doubt: None,
            });
        }
        r
    }

    #[test]
    fn a_headline_row_takes_the_main_target_and_no_part_of_the_indicator() {
        // Invented, as the issue met it: a programme's trade growth before the main targets,
        // and rural income alone.
        let mut r = report(
            "2026年某省政府工作报告",
            &[
                ("跨境电商进出口增长", "20%", Some(20.0)),
                ("农村居民人均可支配收入增长", "7%", Some(7.0)),
                ("外贸进出口增长", "8%", Some(8.0)),
                ("外贸进出口增长", "3%左右", Some(3.0)),
            ],
        );
        r.indicators[2].kind = Kind::GrowthRate;
        let rows = side_by_side(&[&r]);
        let row = |key: &str| {
            rows.iter()
                .find(|row| row.canonical.is_some_and(|c| c.key == key))
        };
        let trade = row("foreign_trade").and_then(|row| row.said[0].as_ref());
        assert_eq!(trade.map(|s| s.value_text.as_str()), Some("3%左右"));
        assert_eq!(trade.and_then(|s| s.by), Some(By::Word("进出口")));
        assert!(row("income_growth").is_none(), "{rows:?}");
    }

    #[test]
    fn other_targets_are_compared_by_their_exact_words() {
        let a = report(
            "甲",
            &[
                ("新增高标准农田", "8%", Some(8.0)),
                ("只有甲", "1%", Some(1.0)),
            ],
        );
        let b = report("乙", &[("新增高标准农田", "9%", Some(9.0))]);
        let rows = side_by_side(&[&a, &b]);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].name(true), "新增高标准农田");
        assert!(rows[0].canonical.is_none() && rows[0].in_percent());
    }

    #[test]
    fn one_row_per_target_any_report_sets_in_the_table_s_order() {
        // Invented fixtures: a province and a city of it.
        let province = report(
            "2026年某省政府工作报告",
            &[
                ("地区生产总值增长", "5%左右", Some(5.0)),
                ("城镇调查失业率", "5.5%左右", Some(5.5)),
            ],
        );
        let city = report(
            "2026年某市政府工作报告",
            &[
                ("全市生产总值增长", "6%", Some(6.0)),
                ("居民收入增长", "与经济增长同步", None),
            ],
        );
        let rows = side_by_side(&[&province, &city]);
        let keys: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.canonical.map(|c| c.key))
            .collect();
        assert_eq!(keys, ["gdp_growth", "unemployment", "income_growth"]);
        assert_eq!(
            rows[0].said[0].as_ref().map(|s| s.value_text.as_str()),
            Some("5%左右")
        );
        assert_eq!(rows[0].said[1].as_ref().map(|s| s.value), Some(Some(6.0)));
        assert!(
            rows[1].said[1].is_none(),
            "the city sets no unemployment target"
        );
        assert_eq!(rows.len(), 3, "no label is shared by two reports");
        let csv = to_csv(&rows, &["某省", "某市"], true);
        assert_eq!(
            csv,
            "指标,某省,某市\n地区生产总值增长,5%左右,6%\n城镇调查失业率,5.5%左右,\n居民人均可支配收入增长,,与经济增长同步\n"
        );
    }
}
