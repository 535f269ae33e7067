//! Property: any valid report survives JSON unchanged (written, read back, equal), compact or
//! pretty. Reports are built valid by construction: every figure is written into its section's
//! text and quoted from there; every chart has one unit.

#![allow(clippy::expect_used)]

use std::collections::BTreeMap;

use jiedu_report::{
    Chapter, Chart, ChartKind, FORMAT_VERSION, Indicator, Kind, Meta, Period, Report, Review,
    Section, validate,
};
use proptest::prelude::*;

const UNITS: [&str; 4] = ["%", "亿元", "个", "万人"];

fn text() -> impl Strategy<Value = String> {
    "[一-龥a-zA-Z，。、“”()]{1,24}"
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        Just(Kind::GrowthRate),
        Just(Kind::PointChange),
        Just(Kind::Amount),
        Just(Kind::Count),
        Just(Kind::Share),
        Just(Kind::Level),
        Just(Kind::Target),
    ]
}

fn period() -> impl Strategy<Value = Period> {
    prop_oneof![
        Just(Period::Review),
        Just(Period::Plan),
        Just(Period::FiveYearReview),
        Just(Period::FiveYearGoal),
    ]
}

/// (section choice, tenths or whole, unit, kind, period, label, note)
type FigureSeed = (
    usize,
    u32,
    bool,
    usize,
    Kind,
    Period,
    String,
    Option<String>,
);

fn figure() -> impl Strategy<Value = FigureSeed> {
    (
        any::<usize>(),
        0u32..10_000_000,
        any::<bool>(),
        0..UNITS.len(),
        kind(),
        period(),
        text(),
        proptest::option::of(text()),
    )
}

fn meta() -> impl Strategy<Value = Meta> {
    (
        text(),
        text(),
        text(),
        proptest::option::of(1900i32..2100),
        text(),
    )
        .prop_map(|(title, subtitle, date, year, source)| Meta {
            title,
            subtitle,
            date,
            year,
            source,
            ..Meta::default()
        })
}

fn report() -> impl Strategy<Value = Report> {
    let chapters = prop::collection::vec(
        (
            text(),
            any::<bool>(),
            prop::collection::vec((text(), prop::collection::vec(text(), 1..4)), 1..4),
        ),
        1..4,
    );
    (meta(), chapters, prop::collection::vec(figure(), 0..16))
        .prop_map(|(meta, chapters, figures)| build(meta, chapters, &figures))
}

#[allow(clippy::type_complexity)]
fn build(
    meta: Meta,
    chapters: Vec<(String, bool, Vec<(String, Vec<String>)>)>,
    figures: &[FigureSeed],
) -> Report {
    let mut chapters: Vec<Chapter> = chapters
        .into_iter()
        .enumerate()
        .map(|(c, (title, title_added, sections))| Chapter {
            id: format!("c{c}"),
            title,
            title_added,
            note: None,
            sections: sections
                .into_iter()
                .enumerate()
                .map(|(s, (title, paragraphs))| Section {
                    id: format!("c{c}s{s}"),
                    title,
                    title_added: false,
                    paragraphs,
                    note: None,
                })
                .collect(),
        })
        .collect();
    let section_count: usize = chapters.iter().map(|c| c.sections.len()).sum();
    let mut indicators = Vec::new();
    for (i, (pick, number, tenths, unit, kind, period, label, note)) in figures.iter().enumerate() {
        let written = if *tenths {
            format!("{}.{}", number / 10, number % 10)
        } else {
            number.to_string()
        };
        let value_text = format!("{written}{}", UNITS[*unit]);
        let quote = format!("增长{value_text}");
        let target = pick % section_count;
        let section = chapters
            .iter_mut()
            .flat_map(|c| c.sections.iter_mut())
            .nth(target)
            .expect("section exists");
        section.paragraphs[0].push_str(&quote);
        indicators.push(Indicator {
            id: format!("i{i}"),
            section: section.id.clone(),
            label: label.clone(),
            // The optional English form, on every other indicator.
            label_en: (i % 2 == 0).then(|| format!("Indicator {i}")),
            value: Some(written.parse().expect("a number")),
            value_hi: None,
            qualifier: None,
            unit: Some(UNITS[*unit].to_owned()),
            value_text,
            kind: *kind,
            period: *period,
            quote,
            truncated: false,
            same_as: None,
            note: note.clone(),
            // Every review state, and none, round-trip.
            review: [
                None,
                Some(Review::Unreviewed),
                Some(Review::Accepted),
                Some(Review::Corrected),
                Some(Review::Rejected),
            ][i % 5],
            // A person's match for comparing, and none, round-trip.
            compare_as: (i % 3 == 0).then(|| "gdp_growth".to_owned()),
            direction: None,
            doubt: None,
        });
    }
    // A chart holds one unit, one kind and one period.
    let mut groups: BTreeMap<(&str, Kind, Period), Vec<String>> = BTreeMap::new();
    for ind in &indicators {
        groups
            .entry((
                ind.unit.as_deref().unwrap_or_default(),
                ind.kind,
                ind.period,
            ))
            .or_default()
            .push(ind.id.clone());
    }
    let charts = groups
        .into_iter()
        .enumerate()
        .map(|(k, ((unit, _, _), ids))| Chart {
            id: format!("chart{k}"),
            title: format!("图表{k}"),
            title_en: (k % 2 == 1).then(|| format!("Chart {k}")),
            unit: unit.to_owned(),
            kind: ChartKind::Result,
            indicators: ids,
            footnotes: Vec::new(),
        })
        .collect();
    Report {
        format_version: FORMAT_VERSION,
        meta,
        chapters,
        indicators,
        charts,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_valid_report_round_trips_through_json(report in report()) {
        prop_assert_eq!(validate(&report), vec![]);
        let compact = serde_json::to_string(&report).expect("writes");
        prop_assert_eq!(&Report::from_json(&compact).expect("reads back"), &report);
        let pretty = serde_json::to_string_pretty(&report).expect("writes");
        prop_assert_eq!(&Report::from_json(&pretty).expect("reads back"), &report);
    }
}
