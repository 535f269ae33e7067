//! Each case is a real sentence (or a clause of one) from a work report.

use super::*;

/// (figure as written, value, value_hi, unit, qualifier).
type Found<'a> = (&'a str, f64, Option<f64>, String, Option<Qualifier>);

/// Each figure in `text`.
fn found(text: &str) -> Vec<Found<'_>> {
    scan_figures(text)
        .into_iter()
        .map(|f| {
            (
                &text[f.range.clone()],
                f.value,
                f.value_hi,
                f.unit,
                f.qualifier,
            )
        })
        .collect()
}

fn written(text: &str) -> Vec<&str> {
    found(text).into_iter().map(|f| f.0).collect()
}

#[test]
fn qualifiers_before_and_after() {
    use Qualifier::*;
    let f = found("国内生产总值增长5%左右；城镇新增就业1200万人以上；城镇调查失业率5.5%左右");
    assert_eq!(f[0], ("5%左右", 5.0, None, "%".into(), Some(About)));
    assert_eq!(
        f[1],
        ("1200万人以上", 1200.0, None, "万人".into(), Some(AtLeast))
    );
    assert_eq!(f[2].4, Some(About));
    let f = found("经济总量突破2万亿元，社会消费品零售总额超过4500亿元，近1000亿元");
    assert_eq!(
        f[0],
        ("突破2万亿元", 2.0, None, "万亿元".into(), Some(Over))
    );
    assert_eq!(f[1].0, "超过4500亿元");
    assert_eq!(
        f[2],
        ("近1000亿元", 1000.0, None, "亿元".into(), Some(Nearly))
    );
    let f = found("新开工项目4200余个，建成300多个，城镇调查失业率5%以内");
    assert_eq!(f[0], ("4200余个", 4200.0, None, "个".into(), Some(Over)));
    assert_eq!(f[1], ("300多个", 300.0, None, "个".into(), Some(Over)));
    assert_eq!(f[2], ("5%以内", 5.0, None, "%".into(), Some(AtMost)));
    let f = found("外贸进出口增长2倍多");
    assert_eq!(f[0], ("2倍多", 2.0, None, "倍".into(), Some(Over)));
}

#[test]
fn ranges_with_dashes_and_tildes() {
    let f = found("经济增长5%—5.5%，新建5~8条线路，增长3%-4%");
    assert_eq!(
        f[0],
        (
            "5%—5.5%",
            5.0,
            Some(5.5),
            "%".into(),
            Some(Qualifier::Range)
        )
    );
    assert_eq!(
        f[1],
        ("5~8条", 5.0, Some(8.0), "条".into(), Some(Qualifier::Range))
    );
    assert_eq!(f[2].2, Some(4.0));
    // Found by the fuzzer: a "range" that runs downwards is no range.
    assert_eq!(written("888-8%"), vec!["8%"]);
}

#[test]
fn points_multiples_and_lists() {
    let f = found("研发投入强度提高5.9个百分点，分别增长9.7%、15.3%");
    assert_eq!(f[0].3, "个百分点");
    assert_eq!(written("分别增长9.7%、15.3%"), vec!["9.7%", "15.3%"]);
    assert_eq!(
        written("全市生产总值达到5.67万亿元、增长5.4%"),
        vec!["5.67万亿元", "5.4%"]
    );
    assert_eq!(
        written("从4.16万亿元增加到5.67万亿元"),
        vec!["4.16万亿元", "5.67万亿元"]
    );
    assert!((found("总金额1,100.9亿元")[0].1 - 1100.9).abs() < 1e-9);
}

#[test]
fn years_dates_ordinals_codes_and_bare_numbers_are_not_figures() {
    for text in [
        "2025年是极不平凡的一年",
        "2026年1月27日在第十四届人民代表大会",
        "“十四五”时期，2021—2025年",
        "建成5G基站，PM2.5浓度",
        "“1469”发展思路，1+6+N模式",
        "第3位，居全国首位",
        "1.通过以工代赈发放劳务报酬",
        "实施3个100工程中的100",
        "居全国前10位，进入全国前3名",
    ] {
        let w = written(text);
        assert!(
            w.iter().all(|f| f.ends_with('个') && text.contains("3个")),
            "{text}: {w:?}"
        );
    }
    // A figure after a year is still found.
    assert_eq!(
        written("2025年粮食产量1.3万亿斤以上"),
        vec!["1.3万亿斤以上"]
    );
    assert_eq!(written("PM2.5平均浓度29微克/立方米"), vec!["29微克/立方米"]);
}

#[test]
fn digit_strings_beyond_any_figure_are_not_figures() {
    // Found by the fuzzer: a 21-digit "percentage" failed the validator's range check.
    let text = format!("{}%，增长5%", "4".repeat(21));
    assert_eq!(written(&text), vec!["5%"]);
}

#[test]
fn full_width_digits_are_read_and_kept_as_written() {
    assert_eq!(
        found("生产总值增长１１．１％，粮食产量１２５０亿斤以上"),
        vec![
            ("１１．１％", 11.1, None, "%".to_owned(), None),
            (
                "１２５０亿斤以上",
                1250.0,
                None,
                "亿斤".to_owned(),
                Some(Qualifier::AtLeast)
            ),
        ]
    );
    // Years written full-width are still years, not figures.
    assert!(found("２０２４年，全年").is_empty());
}
