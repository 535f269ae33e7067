//! The built-in report's figures as an independent read of the page asked them corrected
//! (issue "everyday use"): no anniversary counted as a figure, caps and floors kept as such,
//! one kind for changes in percentage points, English labels for every figure, no chart that
//! ranks unrelated things, and notes where the page itself is ambiguous.

#![allow(clippy::expect_used)]

use jiedu_report::{Kind, Qualifier, Report};

fn report() -> Report {
    Report::embedded().expect("the built-in report loads")
}

fn figure<'a>(r: &'a Report, id: &str) -> &'a jiedu_report::Indicator {
    r.indicators
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("{id} is in the report"))
}

#[test]
fn an_anniversary_is_not_a_figure() {
    let r = report();
    assert!(r.indicators.iter().all(|i| i.id != "prc_anniversary"));
    assert!(
        r.indicators
            .iter()
            .all(|i| i.unit.as_deref() != Some("周年"))
    );
    assert_eq!(r.indicators.len(), 118);
}

#[test]
fn a_cap_and_a_floor_are_not_stated_as_exact_values() {
    let r = report();
    let unemployment = figure(&r, "registered_unemployment");
    assert_eq!(unemployment.value_text, "2%以内");
    assert_eq!(unemployment.qualifier, Some(Qualifier::AtMost));
    let assets = figure(&r, "soe_total_assets");
    assert_eq!(assets.value_text, "突破110亿元");
    assert_eq!(assets.qualifier, Some(Qualifier::Over));
}

#[test]
fn changes_in_percentage_points_have_one_kind() {
    let r = report();
    let points: Vec<(&str, Kind)> = r
        .indicators
        .iter()
        .filter(|i| i.unit.as_deref().is_some_and(|u| u.contains("百分点")))
        .map(|i| (i.id.as_str(), i.kind))
        .collect();
    assert_eq!(
        points,
        [
            ("loan_deposit_ratio_rise", Kind::PointChange),
            ("rd_intensity_above_city", Kind::PointChange)
        ]
    );
}

#[test]
fn every_figure_has_an_english_label_and_the_misread_ones_are_corrected() {
    let r = report();
    let without: Vec<&str> = r
        .indicators
        .iter()
        .filter(|i| i.label_en.as_deref().is_none_or(|l| l.trim().is_empty()))
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(without, Vec::<&str>::new());
    let en = |id: &str| figure(&r, id).label_en.clone().unwrap_or_default();
    // 上线 is reaching the cut-off score, not being admitted.
    assert_eq!(
        en("university_admission_rate"),
        "College entrance exam: share of candidates reaching the undergraduate cut-off score"
    );
    assert!(!en("university_admission_rate").contains("admission rate"));
    assert_eq!(
        en("inclusive_kindergarten_rate"),
        "Share of kindergarten children in affordable (inclusive) kindergartens"
    );
    // A share, not a count of firms.
    assert!(en("rd_activity_coverage").starts_with("Share of"));
    let targets = r
        .charts
        .iter()
        .find(|c| c.id == "targets_2024")
        .expect("the targets chart");
    assert_eq!(
        targets.title_en.as_deref(),
        Some("Main expected targets for 2024")
    );
}

#[test]
fn no_chart_ranks_unrelated_things() {
    let r = report();
    let charted = |id: &str| {
        r.charts
            .iter()
            .any(|c| c.indicators.iter().any(|i| i == id))
    };
    // A stock (total assets) is not drawn beside annual flows and credit lines …
    assert!(!charted("soe_total_assets"));
    assert!(!charted("resort_loan_quota"));
    // … and ratios of different things (R&D intensity, a delivery rate, a kindergarten share)
    // are not ranked against each other.
    for id in [
        "rd_intensity",
        "housing_delivery_rate",
        "public_kindergarten_share",
    ] {
        assert!(!charted(id), "{id}");
    }
    let ids: Vec<&str> = r.charts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "targets_2024",
            "investment_growth",
            "investment_completed",
            "project_totals",
            "other_growth"
        ]
    );
}

#[test]
fn where_the_page_is_ambiguous_a_note_says_so() {
    let r = report();
    for id in ["soe_funds_raised", "soe_revenue", "soe_total_assets"] {
        let note = figure(&r, id).note.clone().unwrap_or_default();
        assert!(note.contains("主语未写明"), "{id}: {note}");
    }
    let section = |id: &str| {
        r.chapters
            .iter()
            .flat_map(|c| &c.sections)
            .find(|s| s.id == id)
            .expect("section")
    };
    assert!(
        section("target_explanation")
            .note
            .as_deref()
            .is_some_and(|n| n.contains("据位置推断"))
    );
    let government = r
        .chapters
        .iter()
        .find(|c| c.id == "government")
        .expect("chapter");
    assert!(
        government
            .note
            .as_deref()
            .is_some_and(|n| n.contains("回顾的是过去一年"))
    );
}
