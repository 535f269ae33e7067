//! Edges the other tests did not pin down, found by mutation testing (`scripts/mutants.sh`):
//! limits that hold at exactly the limit, the lookups the app builds on, and the JSON depth
//! scan's handling of strings.

use crate::open::{MAX_DEPTH, MAX_FILE_BYTES, OpenError, from_bytes};
use crate::rule::{Counted, MAX_VALUE, Mixed, Rule};
use crate::rule::{MAX_BARS, MAX_CHARTS};
use crate::validate::validate;
use crate::{Report, SectionRef, charts_by_section, figure_spans_by_section, json_path};

fn report() -> Report {
    Report::embedded().expect("the embedded report loads")
}

fn rules(report: &Report) -> Vec<Rule> {
    validate(report).into_iter().map(|p| p.rule).collect()
}

#[test]
fn the_indicators_of_a_section_in_report_order() {
    let r = report();
    let ids: Vec<&str> = r
        .indicators_in("main_targets")
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "target_gdp",
            "target_industry",
            "target_fixed_investment",
            "target_retail",
            "target_revenue",
            "target_income"
        ]
    );
    assert_eq!(r.indicators_in("no-such-section").count(), 0);
}

#[test]
fn the_charts_of_each_section() {
    let by = charts_by_section(&report());
    let at = |chapter, section| by.get(&SectionRef { chapter, section }).cloned();
    assert_eq!(at(2, 2), Some(vec![0]), "main targets: the targets chart");
    assert_eq!(at(1, 7), Some(vec![1, 2, 3]), "investment");
    assert_eq!(at(1, 4), Some(vec![3, 4]), "aviation");
    assert_eq!(at(0, 0), None, "the lead has no figure in a chart");
    assert_eq!(by.len(), 7);
}

#[test]
fn figures_side_by_side_are_two_spans_and_one_figure_twice_is_one() {
    let mut r = report();
    let section = r.chapters[0].sections[0].id.clone();
    r.chapters[0].sections[0].paragraphs = vec!["甲增长7%8%乙".to_owned()];
    let mut first = r.indicators[0].clone();
    first.section.clone_from(&section);
    first.quote = "甲增长7%8%乙".to_owned();
    first.value_text = "7%".to_owned();
    let mut second = first.clone();
    second.value_text = "8%".to_owned();
    let twice = first.clone();
    r.indicators = vec![first, second, twice];
    let spans = &figure_spans_by_section(&r)[&SectionRef::default()];
    let found: Vec<(std::ops::Range<usize>, usize)> = spans
        .iter()
        .map(|s| (s.range.clone(), s.indicator))
        .collect();
    let start = "甲增长".len();
    assert_eq!(found, [(start..start + 2, 0), (start + 2..start + 4, 1)]);
}

#[test]
fn a_json_path_is_named_unless_it_is_the_top_level() {
    assert_eq!(
        json_path("indicators[3].value"),
        Some("indicators[3].value")
    );
    assert_eq!(json_path(""), None);
    assert_eq!(json_path("."), None);
}

#[test]
fn a_file_of_exactly_the_size_limit_is_read() {
    let limit = usize::try_from(MAX_FILE_BYTES).expect("fits");
    let at_limit = vec![b' '; limit];
    assert!(!matches!(
        from_bytes(&at_limit),
        Err(OpenError::TooLarge { .. })
    ));
    let over = vec![b' '; limit + 1];
    assert!(matches!(from_bytes(&over), Err(OpenError::TooLarge { .. })));
}

#[test]
fn brackets_inside_strings_do_not_count_as_depth() {
    let deep = "[".repeat(MAX_DEPTH + 8);
    let closed = "]".repeat(MAX_DEPTH + 8);
    // Brackets after an escaped quote are still inside the string.
    let in_string = format!(r#"{{"a": "\"{deep}"}}"#);
    assert!(!matches!(
        from_bytes(in_string.as_bytes()),
        Err(OpenError::TooDeep { .. })
    ));
    // After a string ends, brackets count again.
    let after = format!(r#"{{"a": "x\\", "b": {deep}{closed}}}"#);
    assert!(matches!(
        from_bytes(after.as_bytes()),
        Err(OpenError::TooDeep { .. })
    ));
}

#[test]
fn what_bars_must_share_is_named() {
    assert_eq!(Mixed::Kind.to_string(), "类型");
    assert_eq!(Mixed::Period.to_string(), "时期");
}

#[test]
fn a_value_of_exactly_the_largest_magnitude_is_accepted() {
    let mut r = report();
    let gdp = r.indicator_index("target_gdp").expect("exists");
    r.indicators[gdp].value = Some(MAX_VALUE);
    assert!(
        !rules(&r)
            .iter()
            .any(|x| matches!(x, Rule::ValueOutOfRange(_)))
    );
    r.indicators[gdp].value = Some(MAX_VALUE * 1.5);
    assert!(
        rules(&r)
            .iter()
            .any(|x| matches!(x, Rule::ValueOutOfRange(_)))
    );
}

#[test]
fn a_value_one_rounding_step_from_the_written_number_matches() {
    // 1000.3 as written, and the next larger double: the same number to a reader, and within
    // the tolerance, which grows with the size of the number.
    let mut r = report();
    let i = r.indicator_index("target_gdp").expect("exists");
    let next = f64::from_bits(1000.3_f64.to_bits() + 1);
    r.indicators[i].value_text = "1000.3%".to_owned();
    r.indicators[i].quote = r.indicators[i].quote.replace("7%", "1000.3%");
    r.indicators[i].value = Some(next);
    let problems = rules(&r);
    assert!(
        !problems
            .iter()
            .any(|x| matches!(x, Rule::ValueMismatch { .. })),
        "{problems:?}"
    );
}

#[test]
fn a_chart_of_exactly_the_most_bars_and_a_report_of_exactly_the_most_charts_pass() {
    let mut r = report();
    r.charts[0].indicators = vec!["target_gdp".to_owned(); MAX_BARS];
    let too_many_bars = |r: &Report| {
        rules(r).iter().any(|x| {
            matches!(
                x,
                Rule::TooMany {
                    what: Counted::Bars,
                    ..
                }
            )
        })
    };
    assert!(!too_many_bars(&r));
    r.charts[0].indicators.push("target_gdp".to_owned());
    assert!(too_many_bars(&r));

    let mut r = report();
    let chart = r.charts[0].clone();
    while r.charts.len() < MAX_CHARTS {
        let mut c = chart.clone();
        c.id = format!("copy-{}", r.charts.len());
        r.charts.push(c);
    }
    let too_many_charts = |r: &Report| {
        rules(r).iter().any(|x| {
            matches!(
                x,
                Rule::TooMany {
                    what: Counted::Charts,
                    ..
                }
            )
        })
    };
    assert!(!too_many_charts(&r));
    r.charts.push(chart);
    assert!(too_many_charts(&r));
}

#[test]
fn a_bar_without_a_number_is_named() {
    let mut r = report();
    let gdp = r.indicator_index("target_gdp").expect("exists");
    r.indicators[gdp].value = None;
    assert!(
        rules(&r)
            .iter()
            .any(|x| matches!(x, Rule::BarWithoutValue(id) if id == "target_gdp"))
    );
}

#[test]
fn a_high_end_one_rounding_step_from_the_written_number_matches() {
    let mut r = report();
    let i = r.indicator_index("target_gdp").expect("exists");
    let ind = &mut r.indicators[i];
    ind.value_text = "1000.1%—1000.3%".to_owned();
    ind.value = Some(1000.1);
    ind.qualifier = Some(crate::Qualifier::Range);
    ind.value_hi = Some(f64::from_bits(1000.3_f64.to_bits() + 1));
    let problems = rules(&r);
    assert!(
        !problems
            .iter()
            .any(|x| matches!(x, Rule::ValueHiMismatch { .. })),
        "{problems:?}"
    );
}

#[test]
fn a_figure_rejected_in_review_keeps_its_place_in_the_text() {
    let mut r = report();
    let gdp = r.indicator_index("target_gdp").expect("exists");
    let count = |r: &Report| {
        figure_spans_by_section(r)
            .values()
            .map(Vec::len)
            .sum::<usize>()
    };
    let before = count(&r);
    r.indicators[gdp].review = Some(crate::Review::Rejected);
    assert_eq!(count(&r), before);
    assert!(
        figure_spans_by_section(&r)
            .values()
            .flatten()
            .any(|s| s.indicator == gdp)
    );
}
