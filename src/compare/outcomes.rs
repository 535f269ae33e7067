//! Targets against what happened: where one report sets a headline target for year Y and a
//! later report of the same region reviews year Y, the two figures side by side, each with its
//! sentence, and the gap between them when both are numbers in the same unit. The pairs come
//! from the reports' own figures, never from a typed table. Plain data with no egui.

use super::canonical::{DISPLAY_ORDER, canonical_of};
use super::targets::Said;
use crate::report::{Indicator, Period, Report};

/// A target and the result the next report states for it.
#[derive(Debug, PartialEq)]
pub struct Pair {
    /// The headline indicator's key.
    pub key: &'static str,
    /// The region both reports are of.
    pub region: String,
    /// The year the target was for.
    pub year: i32,
    /// The report that set the target (library key) and what it said.
    pub target: (String, Said),
    /// The report that reviews that year (library key) and what it said.
    pub result: (String, Said),
    /// Result minus target, when both are numbers of the same unit.
    pub gap: Option<Gap>,
}

/// A difference between two figures, to as many decimals as the figures are written with.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// The difference.
    pub value: f64,
    /// Decimals to show it with.
    pub decimals: usize,
    /// The unit of both figures.
    pub unit: String,
}

impl Gap {
    /// `+0.2`, `-1`, `0`: signed, never more decimals than the figures had.
    #[must_use]
    pub fn text(&self) -> String {
        let d = self.decimals;
        let v = self.value;
        if v.abs() < 0.5 * 10f64.powi(-i32::try_from(d).unwrap_or(0)) {
            return "0".to_owned();
        }
        format!("{v:+.d$}")
    }
}

/// A report with what places it: its library key, region and year.
pub struct Placed<'a> {
    /// Its key in the library.
    pub key: &'a str,
    /// The region it is of.
    pub region: &'a str,
    /// The year of its plan.
    pub year: Option<i32>,
    /// The report.
    pub report: &'a Report,
}

/// Every target-and-result pair among `reports`.
#[must_use]
pub fn pairs(reports: &[Placed<'_>]) -> Vec<Pair> {
    let mut out = Vec::new();
    for planned in reports {
        let Some(year) = planned.year else {
            continue;
        };
        for reviewing in reports {
            if reviewing.year != Some(year + 1) || reviewing.region != planned.region {
                continue;
            }
            for key in DISPLAY_ORDER {
                let target = find(planned.report, key, Period::Plan);
                let result = find(reviewing.report, key, Period::Review);
                if let (Some((ti, t)), Some((ri, r))) = (target, result) {
                    out.push(Pair {
                        key,
                        region: planned.region.to_owned(),
                        year,
                        gap: gap(t, r),
                        target: (planned.key.to_owned(), Said::of(ti, t)),
                        result: (reviewing.key.to_owned(), Said::of(ri, r)),
                    });
                }
            }
        }
    }
    out
}

/// The pairs as CSV (region, year, indicator, target, result, gap), every figure as written.
#[must_use]
pub fn to_csv(pairs: &[Pair], zh: bool) -> String {
    let field = |text: &str| crate::storage::csv::field(text, ',');
    let header = if zh {
        "地区,年份,指标,当年目标,次年报告的完成情况,差距"
    } else {
        "Region,Year,Indicator,Target,Result by the next report,Gap"
    };
    let mut out = format!("{header}\n");
    for pair in pairs {
        let name = super::canonical::name_of(pair.key, zh).unwrap_or(pair.key);
        let gap = pair
            .gap
            .as_ref()
            .map_or_else(String::new, |g| format!("{} {}", g.text(), g.unit));
        let cells = [
            field(&pair.region),
            pair.year.to_string(),
            field(name),
            field(&pair.target.1.value_text),
            field(&pair.result.1.value_text),
            field(&gap),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The figure of `period` for headline indicator `key`, a main target first, with its index.
pub(super) fn find<'a>(
    report: &'a Report,
    key: &str,
    period: Period,
) -> Option<(usize, &'a Indicator)> {
    super::targets::pick(report, period, |i| {
        canonical_of(i).is_some_and(|c| c.key == key)
    })
}

fn gap(target: &Indicator, result: &Indicator) -> Option<Gap> {
    let unit = target.unit.as_deref()?;
    if result.unit.as_deref() != Some(unit) {
        return None;
    }
    let decimals = |text: &str| {
        text.split_once('.').map_or(0, |(_, rest)| {
            rest.chars().take_while(char::is_ascii_digit).count()
        })
    };
    Some(Gap {
        value: result.value? - target.value?,
        decimals: decimals(&target.value_text).max(decimals(&result.value_text)),
        unit: unit.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;

    /// An invented report (a fixture: the corpus has no two years of one region).
    fn fixture(figures: &[(&str, &str, f64, Period)]) -> Report {
        let mut r = Report::placeholder("invented", "x");
        let section = r.chapters[0].sections[0].id.clone();
        for (i, (label, text, value, period)) in figures.iter().enumerate() {
            r.indicators.push(Indicator {
                id: format!("f{i}"),
                section: section.clone(),
                label: (*label).to_owned(),
                label_en: None,
                value: Some(*value),
                value_hi: None,
                value_text: (*text).to_owned(),
                unit: Some("%".to_owned()),
                kind: Kind::Target,
                period: *period,
                quote: format!("{label}{text}"),
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

    fn placed<'a>(key: &'a str, region: &'a str, year: i32, report: &'a Report) -> Placed<'a> {
        Placed {
            key,
            region,
            year: Some(year),
            report,
        }
    }

    #[test]
    fn a_target_meets_the_next_year_s_result_of_the_same_region() {
        let plan = fixture(&[
            ("地区生产总值增长", "5%左右", 5.0, Period::Plan),
            ("居民消费价格涨幅", "3%左右", 3.0, Period::Plan),
        ]);
        let review = fixture(&[
            ("地区生产总值增长", "5.2%", 5.2, Period::Review),
            ("居民消费价格上涨", "0.2%", 0.2, Period::Review),
            ("地区生产总值增长", "5.5%左右", 5.5, Period::Plan),
        ]);
        let other = fixture(&[("地区生产总值增长", "6%", 6.0, Period::Review)]);
        let found = pairs(&[
            placed("a", "某省", 2025, &plan),
            placed("b", "某省", 2026, &review),
            placed("c", "别省", 2026, &other),
        ]);
        let keys: Vec<&str> = found.iter().map(|p| p.key).collect();
        assert_eq!(
            keys,
            ["gdp_growth", "cpi"],
            "the other region's result is not a pair"
        );
        assert_eq!(found[0].year, 2025);
        assert_eq!(found[0].target.1.value_text, "5%左右");
        assert_eq!(found[0].result.1.value_text, "5.2%");
        assert_eq!(
            found[0].gap.as_ref().map(Gap::text).as_deref(),
            Some("+0.2")
        );
        assert_eq!(
            found[1].gap.as_ref().map(Gap::text).as_deref(),
            Some("-2.8")
        );
    }
}
