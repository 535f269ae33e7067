//! Each rule of the validator, proven to fire on a broken copy of the real report.

use super::*;
use crate::{ChartKind, Indicator, Mixed, Report};

fn report() -> Report {
    Report::embedded().expect("the embedded report validates clean")
}

fn paths(report: &Report) -> Vec<String> {
    validate(report).into_iter().map(|p| p.path).collect()
}

fn index_of(report: &Report, id: &str) -> usize {
    report.indicator_index(id).expect("indicator exists")
}

#[test]
fn embedded_report_is_clean() {
    let problems = validate(&report());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn embedded_report_has_the_whole_article() {
    let r = report();
    assert_eq!(r.meta.title, "解读上街区政府工作报告");
    assert!(r.chapters.len() >= 4);
    assert!(r.section_refs().count() >= 20);
    // The six 2024 targets, the income target without a number.
    let targets: Vec<&Indicator> = r
        .indicators
        .iter()
        .filter(|i| i.section == "main_targets")
        .collect();
    assert_eq!(targets.len(), 6);
    assert_eq!(targets.iter().filter(|i| i.value.is_none()).count(), 1);
    // The cut-off figure is marked, not completed.
    let green = r.indicator("new_green_space").expect("exists");
    assert!(green.truncated && green.unit.is_none());
    // The charts the drawing issue needs exist.
    for id in [
        "targets_2024",
        "investment_growth",
        "investment_completed",
        "project_totals",
    ] {
        assert!(r.charts.iter().any(|c| c.id == id), "missing chart {id}");
    }
    assert_eq!(r.charts[0].kind, ChartKind::Target);
}

#[test]
fn empty_titles_are_reported() {
    let mut r = report();
    r.meta.title = " ".into();
    r.chapters[1].title = String::new();
    r.chapters[1].sections[2].title = String::new();
    r.charts[0].title = String::new();
    r.indicators[0].label = String::new();
    // The English forms are optional, but when given they must say something.
    r.charts[1].title_en = Some(" ".into());
    r.indicators[1].label_en = Some(String::new());
    let found = paths(&r);
    for want in [
        "meta.title",
        "chapters[1].title",
        "chapters[1].sections[2].title",
        "charts[0].title",
        "indicators[0].label",
        "charts[1].title_en",
        "indicators[1].label_en",
    ] {
        assert!(found.iter().any(|p| p == want), "{want} not in {found:?}");
    }
}

#[test]
fn duplicate_and_unknown_ids_are_reported() {
    let mut r = report();
    r.indicators[1].id = r.indicators[0].id.clone();
    r.chapters[1].sections[1].id = r.chapters[1].sections[0].id.clone();
    r.charts[1].id = r.charts[0].id.clone();
    r.indicators[5].section = "no_such_section".into();
    r.charts[0].indicators.push("no_such_indicator".into());
    let n = r.charts[0].indicators.len() - 1;
    let found = paths(&r);
    for want in [
        "indicators[1].id".to_string(),
        "chapters[1].sections[1].id".to_string(),
        "charts[1].id".to_string(),
        "indicators[5].section".to_string(),
        format!("charts[0].indicators[{n}]"),
    ] {
        assert!(found.contains(&want), "{want} not in {found:?}");
    }
}

#[test]
fn a_quote_not_in_its_section_is_reported() {
    let mut r = report();
    let i = index_of(&r, "industrial_investment_growth");
    // Verbatim elsewhere in the report, but not in its own section.
    r.indicators[i].quote = "民间投资增长18.7%".into();
    let problems = validate(&r);
    let quote = format!("indicators[{i}].quote");
    assert!(problems.iter().any(|p| p.path == quote), "{problems:?}");
}

#[test]
fn a_value_not_in_its_quote_is_reported() {
    let mut r = report();
    let i = index_of(&r, "industrial_investment_growth");
    r.indicators[i].value_text = "58.7%".into();
    r.indicators[i].value = Some(58.7);
    let j = index_of(&r, "tech_upgrade_investment_growth");
    r.indicators[j].value = Some(186.5);
    let found = paths(&r);
    assert!(
        found.contains(&format!("indicators[{i}].value_text")),
        "{found:?}"
    );
    assert!(
        found.contains(&format!("indicators[{j}].value")),
        "{found:?}"
    );
}

#[test]
fn a_chart_that_mixes_units_is_reported() {
    let mut r = report();
    let chart = r
        .charts
        .iter()
        .position(|c| c.id == "investment_growth")
        .expect("chart exists");
    r.charts[chart]
        .indicators
        .push("signed_projects_amount".into());
    let n = r.charts[chart].indicators.len() - 1;
    let problems = validate(&r);
    let want = format!("charts[{chart}].indicators[{n}]");
    let hit = problems.iter().find(|p| p.path == want).expect("reported");
    assert!(hit.rule.to_string().contains("单位"), "{hit}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut r = report();
    r.meta.title = String::new();
    r.indicators[0].section = "nowhere".into();
    r.charts[0].indicators[0] = "nothing".into();
    assert!(validate(&r).len() >= 3);
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let err = Report::from_json("{\n  \"format_version\": 1,\n  oops\n}").expect_err("not JSON");
    match err {
        crate::LoadError::Json { line, column, .. } => {
            assert_eq!((line, column), (3, 3));
        }
        other => panic!("wrong error: {other}"),
    }
}

#[test]
fn every_value_of_the_wrong_form_is_found_and_named() {
    let mut value: serde_json::Value = serde_json::from_str(crate::EMBEDDED_JSON).expect("JSON");
    value["meta"]["year"] = serde_json::json!("2024年");
    value["indicators"][1]["value"] = serde_json::json!("57.8");
    value["indicators"][3]["kind"] = serde_json::json!("percent");
    value["chapters"][1]["sections"][2]["paragraphs"] = serde_json::json!("one text");
    value.as_object_mut().expect("object").remove("meta");
    value["meta"] = serde_json::json!({"title": 5});
    let err = Report::from_json(&value.to_string()).expect_err("wrong forms");
    let crate::LoadError::Shape(found) = &err else {
        panic!("wrong error: {err}");
    };
    let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "meta.title",
            "chapters[1].sections[2].paragraphs",
            "indicators[1].value",
            "indicators[3].kind"
        ]
    );
    let text = err.to_string();
    assert!(text.starts_with("报告的格式有 4 处问题："), "{text}");
    assert!(
        text.contains(
            "数字“工业投资增长”（57.8%）：这里应是数字，却是 \"57.8\"（indicators[1].value）"
        ),
        "{text}"
    );
    assert!(
        text.contains("小节“先进制造业集群加速形成”：这里应是列表 […]，却是 \"one text\""),
        "{text}"
    );
    assert!(text.contains("“percent”不是这里允许的值"), "{text}");
    for english in ["invalid type", "expected", "unknown variant"] {
        assert!(!text.contains(english), "{text}");
    }
}

#[test]
fn a_quote_outside_its_section_names_the_figure_and_the_sections_title() {
    let mut r = report();
    let i = index_of(&r, "industrial_investment_growth");
    r.indicators[i].quote = "工业投资增长99%".into();
    r.indicators[i].value_text = "99%".into();
    r.indicators[i].value = Some(99.0);
    let text = crate::LoadError::Invalid(validate(&r)).to_string();
    assert!(
        text.contains("数字“工业投资增长”（99%）：引文“工业投资增长99%”不是小节“先进制造业集群加速形成”中的原文（indicators[1].quote）"),
        "{text}"
    );
}

#[test]
fn round_trip_through_json_is_lossless() {
    let r = report();
    let text = serde_json::to_string(&r).expect("serialises");
    assert_eq!(Report::from_json(&text).expect("reloads"), r);
}

#[test]
fn the_error_placeholder_is_a_valid_report() {
    let r = Report::placeholder("无法载入报告", "第 3 行第 3 列：expected value");
    assert!(validate(&r).is_empty());
    assert_eq!(
        r.chapters[0].sections[0].paragraphs[0],
        "第 3 行第 3 列：expected value"
    );
}

fn rules(report: &Report) -> Vec<Rule> {
    validate(report).into_iter().map(|p| p.rule).collect()
}

#[test]
fn a_range_needs_its_high_end_and_the_high_end_its_range() {
    let mut r = report();
    let i = index_of(&r, "target_gdp");
    r.indicators[i].value_hi = Some(8.0);
    assert_eq!(rules(&r), vec![Rule::RangeWithoutHi]);
    r.indicators[i].value_hi = None;
    r.indicators[i].qualifier = Some(Qualifier::Range);
    assert_eq!(rules(&r), vec![Rule::RangeWithoutHi]);
}

#[test]
fn the_high_end_is_the_second_number_written_and_above_the_low_end() {
    let mut r = report();
    let i = index_of(&r, "target_gdp");
    let section = r.indicators[i].section.clone();
    let at = r.find_section(&section).expect("section");
    r.chapters[at.chapter].sections[at.section]
        .paragraphs
        .push("增长5%—5.5%".into());
    let ind = &mut r.indicators[i];
    ind.quote = "增长5%—5.5%".into();
    ind.value_text = "5%—5.5%".into();
    ind.value = Some(5.0);
    ind.qualifier = Some(Qualifier::Range);
    ind.value_hi = Some(5.5);
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
    r.indicators[i].value_hi = Some(6.0);
    assert!(matches!(rules(&r)[..], [Rule::ValueHiMismatch { .. }]));
    // Written the wrong way round: the "high" end is not above the low one.
    r.indicators[i].value = Some(5.5);
    r.indicators[i].value_text = "5.5%—5%".into();
    r.indicators[i].quote = "5.5%—5%".into();
    r.chapters[at.chapter].sections[at.section]
        .paragraphs
        .push("5.5%—5%".into());
    r.indicators[i].value_hi = Some(5.0);
    assert!(matches!(rules(&r)[..], [Rule::ValueHiMismatch { .. }]));
}

#[test]
fn a_qualifier_word_before_the_number_is_allowed() {
    let mut r = report();
    let i = index_of(&r, "soe_total_assets");
    assert!(r.indicators[i].quote.contains("突破110亿元"));
    r.indicators[i].value_text = "突破110亿元".into();
    r.indicators[i].qualifier = Some(Qualifier::Over);
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
}

#[test]
fn a_version_1_file_may_not_use_what_version_2_added() {
    let mut r = report();
    r.format_version = 1;
    for ind in &mut r.indicators {
        ind.qualifier = None;
        if ind.kind == Kind::PointChange {
            ind.kind = Kind::Level;
        }
    }
    // A version 1 file without the new fields still opens.
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
    let i = index_of(&r, "target_gdp");
    r.indicators[i].qualifier = Some(Qualifier::About);
    r.indicators[i].kind = Kind::PointChange;
    r.indicators[i].period = Period::FiveYearGoal;
    let found = paths(&r);
    for field in ["qualifier", "kind", "period"] {
        assert!(
            found.contains(&format!("indicators[{i}].{field}")),
            "{found:?}"
        );
    }
    r.format_version = 5;
    assert!(rules(&r).contains(&Rule::UnsupportedVersion {
        found: 5,
        supported: 4
    }));
}

#[test]
fn a_chart_holds_one_kind_and_one_period() {
    let mut r = report();
    let c = r
        .charts
        .iter()
        .position(|c| c.id == "investment_growth")
        .expect("chart");
    let id = r.charts[c].indicators[1].clone();
    let i = index_of(&r, &id);
    r.indicators[i].period = Period::FiveYearReview;
    assert_eq!(
        rules(&r),
        vec![Rule::ChartMixes {
            id: id.clone(),
            mixed: Mixed::Period
        }]
    );
    r.indicators[i].period = Period::Review;
    r.indicators[i].kind = Kind::Share;
    assert_eq!(
        rules(&r),
        vec![Rule::ChartMixes {
            id,
            mixed: Mixed::Kind
        }]
    );
}

#[test]
fn a_review_state_needs_version_3() {
    let mut r = report();
    let i = index_of(&r, "target_gdp");
    r.indicators[i].review = Some(crate::Review::Accepted);
    // The built-in report is version 2: the review is refused there...
    assert_eq!(
        rules(&r),
        vec![Rule::NeedsNewerVersion {
            what: "review".into(),
            version: 3
        }]
    );
    // ...and fine in version 3.
    r.format_version = 3;
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
}

#[test]
fn direction_doubt_and_auto_need_version_4_and_a_doubtful_figure_is_never_auto() {
    let mut r = report();
    let i = index_of(&r, "target_gdp");
    r.format_version = 3;
    r.indicators[i].direction = Some(crate::Direction::Up);
    r.indicators[i].doubt = Some("标签是推断的".into());
    r.indicators[i].review = Some(crate::Review::Auto);
    let found = rules(&r);
    for what in ["direction", "doubt", "auto"] {
        assert!(
            found.contains(&Rule::NeedsNewerVersion {
                what: what.into(),
                version: 4
            }),
            "{what}: {found:?}"
        );
    }
    r.format_version = 4;
    assert_eq!(rules(&r), vec![Rule::AutoWithDoubt]);
    assert_eq!(paths(&r), vec![format!("indicators[{i}].review")]);
    r.indicators[i].review = Some(crate::Review::Unreviewed);
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
    r.indicators[i].doubt = Some("  ".into());
    assert_eq!(rules(&r), vec![Rule::Empty]);
    r.indicators[i].doubt = None;
    r.indicators[i].review = Some(crate::Review::Auto);
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
}

#[test]
fn one_figure_is_checked_against_the_text_while_it_is_edited() {
    let r = report();
    let mut ind = r
        .indicators
        .iter()
        .find(|i| !i.quote.starts_with(&i.value_text))
        .expect("a quote with words before its value")
        .clone();
    assert_eq!(validate_indicator(&r, &ind), vec![]);
    // A quote cut so that it no longer holds the value.
    let value_at = ind.quote.find(&ind.value_text).expect("value in quote");
    ind.quote = ind.quote[..value_at].to_owned();
    let rules: Vec<_> = validate_indicator(&r, &ind)
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(rules, vec!["indicator.value_text".to_owned()]);
    // A quote from another section.
    let mut moved = r.indicators[0].clone();
    moved.section = r
        .indicators
        .iter()
        .find(|i| i.section != moved.section)
        .expect("another section")
        .section
        .clone();
    let problems = validate_indicator(&r, &moved);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "indicator.quote");
    assert!(matches!(problems[0].rule, Rule::QuoteNotInSection { .. }));
    // An empty label.
    let mut unnamed = r.indicators[0].clone();
    unnamed.label = " ".to_owned();
    assert_eq!(validate_indicator(&r, &unnamed)[0].path, "indicator.label");
}
