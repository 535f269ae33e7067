//! Targets over the years: for one headline indicator, each region's target for each year and
//! what the next year's report says happened, as the chart of targets over the years draws
//! them. A report of year Y gives the target for Y (its plan) and the result of Y−1 (its
//! review), so one report already gives two years and a region's reports give a series. Every
//! mark keeps its report and sentence. What cannot be drawn (a target in words, another unit,
//! a report with no year) is listed, never dropped silently. Plain data with no egui.

use super::canonical::DISPLAY_ORDER;
use super::outcomes::{Placed, find};
use super::targets::Said;
use crate::report::Period;

/// A figure and the report that states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stated {
    /// The report's key in the library.
    pub report: String,
    /// What it says.
    pub said: Said,
}

/// One year of one region: its target, and the result the next year's report states.
#[derive(Clone, Debug, PartialEq)]
pub struct Year {
    /// The year.
    pub year: i32,
    /// The target set for it, by that year's report.
    pub target: Option<Stated>,
    /// What happened, as the next year's report says.
    pub outcome: Option<Stated>,
}

/// One region's years, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    /// The region (empty: the nation).
    pub region: String,
    /// Its years, oldest first, each with a target or a result or both.
    pub years: Vec<Year>,
}

/// A figure the chart cannot draw, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Undrawn {
    /// Its region.
    pub region: String,
    /// The year it is of.
    pub year: i32,
    /// The figure.
    pub stated: Stated,
    /// A result (else a target).
    pub outcome: bool,
    /// Why not: it has no number, or another unit than the chart's.
    pub why: Why,
}

/// Why a figure is not drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// Said in words (`与经济增长同步`).
    NoNumber,
    /// In another unit than the chart's.
    OtherUnit,
}

/// The chart of one headline indicator over the years.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// The headline indicator's key (`gdp_growth`); empty when none is drawn.
    pub key: &'static str,
    /// The unit of the figures drawn (of the first figure with a number).
    pub unit: Option<String>,
    /// One track per region, in the order the reports were ticked.
    pub tracks: Vec<Track>,
    /// Figures not drawn, with why.
    pub undrawn: Vec<Undrawn>,
    /// How many of the reports have no year (so cannot be placed).
    pub without_year: usize,
}

impl Timeline {
    /// Every year any track has, oldest first (the shared axis of the small multiples).
    #[must_use]
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .tracks
            .iter()
            .flat_map(|t| t.years.iter().map(|y| y.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// Whether `stated` is drawn: it has a number in the chart's unit.
    #[must_use]
    pub fn draws(&self, stated: &Stated) -> bool {
        stated.said.value.is_some() && stated.said.unit == self.unit
    }

    /// Whether it has anything to draw.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        !self
            .tracks
            .iter()
            .flat_map(|t| &t.years)
            .any(|y| y.target.iter().chain(&y.outcome).any(|s| self.draws(s)))
    }
}

/// The headline indicators `reports` give a number for, as a target or a result, in the
/// display order: those the chart can be drawn of.
#[must_use]
pub fn keys(reports: &[Placed<'_>]) -> Vec<&'static str> {
    DISPLAY_ORDER
        .into_iter()
        .filter(|key| {
            reports.iter().any(|p| {
                [Period::Plan, Period::Review].into_iter().any(|period| {
                    find(p.report, key, period).is_some_and(|(_, ind)| ind.value.is_some())
                })
            })
        })
        .collect()
}

/// The chart of headline indicator `key` for `reports`. Two reports of one region and year:
/// the first ticked gives that year's figures.
#[must_use]
pub fn timeline(reports: &[Placed<'_>], key: &'static str) -> Timeline {
    let mut out = Timeline {
        key,
        ..Timeline::default()
    };
    for placed in reports {
        let Some(year) = placed.year else {
            out.without_year += 1;
            continue;
        };
        let stated = |period| {
            find(placed.report, key, period).map(|(indicator, ind)| Stated {
                report: placed.key.to_owned(),
                said: Said::of(indicator, ind),
            })
        };
        let track = track_of(&mut out.tracks, placed.region);
        if let Some(target) = stated(Period::Plan) {
            year_of(track, year).target.get_or_insert(target);
        }
        if let Some(outcome) = stated(Period::Review) {
            year_of(track, year - 1).outcome.get_or_insert(outcome);
        }
    }
    out.tracks.retain(|t| !t.years.is_empty());
    out.unit = out
        .tracks
        .iter()
        .flat_map(|t| &t.years)
        .flat_map(|y| y.target.iter().chain(&y.outcome))
        .find(|s| s.said.value.is_some())
        .and_then(|s| s.said.unit.clone());
    out.undrawn = undrawn(&out);
    out
}

/// The track of `region`, added at the end when it has none yet.
fn track_of<'a>(tracks: &'a mut Vec<Track>, region: &str) -> &'a mut Track {
    let at = tracks
        .iter()
        .position(|t| t.region == region)
        .unwrap_or_else(|| {
            tracks.push(Track {
                region: region.to_owned(),
                years: Vec::new(),
            });
            tracks.len() - 1
        });
    &mut tracks[at]
}

/// The year `year` of `track`, added in order when it has none yet.
fn year_of(track: &mut Track, year: i32) -> &mut Year {
    let at = match track.years.binary_search_by_key(&year, |y| y.year) {
        Ok(at) => at,
        Err(at) => {
            track.years.insert(
                at,
                Year {
                    year,
                    target: None,
                    outcome: None,
                },
            );
            at
        }
    };
    &mut track.years[at]
}

/// The figures of `timeline` it cannot draw, with why.
fn undrawn(timeline: &Timeline) -> Vec<Undrawn> {
    let mut out = Vec::new();
    for track in &timeline.tracks {
        for year in &track.years {
            let figures = [(&year.target, false), (&year.outcome, true)];
            for (stated, outcome) in figures
                .iter()
                .filter_map(|(s, o)| Some(((*s).as_ref()?, *o)))
            {
                if timeline.draws(stated) {
                    continue;
                }
                let why = if stated.said.value.is_none() {
                    Why::NoNumber
                } else {
                    Why::OtherUnit
                };
                out.push(Undrawn {
                    region: track.region.clone(),
                    year: year.year,
                    stated: stated.clone(),
                    outcome,
                    why,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Indicator, Kind, Qualifier, Report};

    /// An invented report: the corpus has no two years of one region (a fixture, marked as
    /// such). Each figure: label, as written, number, unit, period.
    fn invented(figures: &[(&str, &str, Option<f64>, &str, Period)]) -> Report {
        let mut r = Report::placeholder("invented", "x");
        let section = r.chapters[0].sections[0].id.clone();
        for (i, (label, text, value, unit, period)) in figures.iter().enumerate() {
            r.indicators.push(Indicator {
                id: format!("f{i}"),
                section: section.clone(),
                label: (*label).to_owned(),
                label_en: None,
                value: *value,
                value_hi: None,
                value_text: (*text).to_owned(),
                unit: value.map(|_| (*unit).to_owned()),
                kind: Kind::Target,
                period: *period,
                quote: format!("{label}{text}。"),
                note: None,
                truncated: false,
                same_as: None,
                qualifier: text.contains("左右").then_some(Qualifier::About),
                review: None,
                compare_as: None,
                direction: None,
                doubt: None,
            });
        }
        r
    }

    fn placed<'a>(key: &'a str, region: &'a str, year: Option<i32>, r: &'a Report) -> Placed<'a> {
        Placed {
            key,
            region,
            year,
            report: r,
        }
    }

    const GDP: &str = "地区生产总值增长";

    #[test]
    fn a_report_gives_its_year_s_target_and_the_year_before_s_result() {
        let y2025 = invented(&[
            (GDP, "5.3%", Some(5.3), "%", Period::Review),
            (GDP, "5%左右", Some(5.0), "%", Period::Plan),
        ]);
        let y2026 = invented(&[
            (GDP, "5.1%", Some(5.1), "%", Period::Review),
            (GDP, "5%—5.5%", Some(5.0), "%", Period::Plan),
        ]);
        // Ticked newest first: the years still run oldest first.
        let t = timeline(
            &[
                placed("b", "某省", Some(2026), &y2026),
                placed("a", "某省", Some(2025), &y2025),
            ],
            "gdp_growth",
        );
        assert_eq!(t.tracks.len(), 1);
        let years: Vec<i32> = t.tracks[0].years.iter().map(|y| y.year).collect();
        assert_eq!(years, [2024, 2025, 2026]);
        let text = |s: &Option<Stated>| {
            s.as_ref()
                .map(|s| (s.report.clone(), s.said.value_text.clone()))
        };
        let [y24, y25, y26] = &t.tracks[0].years[..] else {
            panic!("three years");
        };
        assert_eq!(
            (text(&y24.target), text(&y24.outcome)),
            (None, Some(("a".into(), "5.3%".into())))
        );
        assert_eq!(text(&y25.target), Some(("a".into(), "5%左右".into())));
        assert_eq!(text(&y25.outcome), Some(("b".into(), "5.1%".into())));
        assert_eq!(
            (text(&y26.target), text(&y26.outcome)),
            (Some(("b".into(), "5%—5.5%".into())), None)
        );
        assert_eq!(t.unit.as_deref(), Some("%"));
        assert!(t.undrawn.is_empty() && !t.is_empty());
        assert_eq!(t.years(), [2024, 2025, 2026]);
    }

    #[test]
    fn regions_are_tracks_in_the_order_ticked_and_words_are_listed_not_drawn() {
        let a = invented(&[(GDP, "6%", Some(6.0), "%", Period::Plan)]);
        let b = invented(&[(GDP, "与全国同步", None, "%", Period::Plan)]);
        let c = invented(&[(GDP, "7%", Some(7.0), "%", Period::Plan)]);
        let t = timeline(
            &[
                placed("a", "乙省", Some(2026), &a),
                placed("b", "甲省", Some(2026), &b),
                placed("c", "乙省", None, &c),
            ],
            "gdp_growth",
        );
        let regions: Vec<&str> = t.tracks.iter().map(|t| t.region.as_str()).collect();
        assert_eq!(regions, ["乙省", "甲省"]);
        assert_eq!(
            t.without_year, 1,
            "the report with no year is counted, not placed"
        );
        assert_eq!(t.undrawn.len(), 1);
        assert_eq!(t.undrawn[0].why, Why::NoNumber);
        assert_eq!(t.undrawn[0].stated.said.value_text, "与全国同步");
        assert_eq!(
            (t.undrawn[0].region.as_str(), t.undrawn[0].year),
            ("甲省", 2026)
        );
    }

    #[test]
    fn a_figure_in_another_unit_is_listed_and_the_keys_are_those_with_a_number() {
        let a = invented(&[
            ("城镇新增就业", "60万人", Some(60.0), "万人", Period::Plan),
            ("居民消费价格涨幅", "3%左右", Some(3.0), "%", Period::Plan),
        ]);
        let b = invented(&[(
            "城镇新增就业",
            "650000人",
            Some(650_000.0),
            "人",
            Period::Review,
        )]);
        let reports = [
            placed("a", "某省", Some(2026), &a),
            placed("b", "某省", Some(2027), &b),
        ];
        assert_eq!(keys(&reports), ["urban_jobs", "cpi"]);
        let t = timeline(&reports, "urban_jobs");
        assert_eq!(t.unit.as_deref(), Some("万人"));
        assert_eq!(t.undrawn.len(), 1);
        assert_eq!(t.undrawn[0].why, Why::OtherUnit);
        assert!(timeline(&reports, "gdp_growth").is_empty());
    }
}
