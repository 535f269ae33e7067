//! The importer on whole texts: real sentences and structures, and bad input.

use super::*;
use jiedu_report::{Kind, Period, Qualifier, Report, validate};

const NATIONAL_LIKE: &str = "下载\n打印\n2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n某省省长 张三\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年，全省生产总值达到5.67万亿元、增长5.4%。规上工业增加值、固定资产投资分别增长9.7%、15.3%。研发投入强度从2.1%提高到2.5%，城镇新增就业85万人，外贸进出口增长2倍多。\n二、2026年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%以内；居民收入增长与经济增长同步；粮食产量1.3万亿斤以上。\n（一）加快建设现代化产业体系。新建5G基站2万个，实施“1469”发展思路。\n";

fn import(text: &str) -> Report {
    import_text(text).expect("imports")
}

fn by_value<'a>(r: &'a Report, value_text: &str) -> &'a jiedu_report::Indicator {
    r.indicators
        .iter()
        .find(|i| i.value_text == value_text)
        .unwrap_or_else(|| panic!("no figure {value_text}: {:#?}", r.indicators))
}

#[test]
fn an_imported_report_validates_as_written() {
    let r = import(NATIONAL_LIKE);
    let problems = validate(&r);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(r.meta.year, Some(2026));
    assert_eq!(r.meta.title, "2026年某省政府工作报告");
    let chapters: Vec<&str> = r.chapters.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        chapters,
        vec!["开篇", "一、2025年工作回顾", "二、2026年重点工作"]
    );
    assert!(r.chapters[0].title_added);
}

#[test]
fn subjects_carry_across_a_clause_a_list_and_from_to() {
    let r = import(NATIONAL_LIKE);
    let gdp = by_value(&r, "5.67万亿元");
    assert_eq!(
        (gdp.label.as_str(), gdp.kind),
        ("全省生产总值", Kind::Amount)
    );
    let growth = by_value(&r, "5.4%");
    assert_eq!(
        (growth.label.as_str(), growth.kind),
        ("全省生产总值增长", Kind::GrowthRate)
    );
    assert_eq!(growth.quote, "全省生产总值达到5.67万亿元、增长5.4%");
    assert_eq!(by_value(&r, "9.7%").label, "规上工业增加值增长");
    assert_eq!(by_value(&r, "15.3%").label, "固定资产投资增长");
    let from = by_value(&r, "2.1%");
    let to = by_value(&r, "2.5%");
    assert_eq!(from.label, "研发投入强度");
    assert_eq!(to.label, "研发投入强度");
    assert_eq!((from.kind, to.kind), (Kind::Share, Kind::Share));
    assert!(to.note.as_deref().is_some_and(|n| n.contains("终点")));
    let times = by_value(&r, "2倍多");
    assert_eq!(
        (times.kind, times.qualifier),
        (Kind::GrowthRate, Some(Qualifier::Over))
    );
    assert!(times.note.as_deref().is_some_and(|n| n.contains("N+1")));
}

#[test]
fn the_main_targets_with_and_without_a_number() {
    let r = import(NATIONAL_LIKE);
    let targets: Vec<_> = r
        .indicators
        .iter()
        .filter(|i| i.kind == Kind::Target)
        .collect();
    let written: Vec<&str> = targets.iter().map(|i| i.value_text.as_str()).collect();
    assert_eq!(
        written,
        vec!["5%左右", "5.5%以内", "与经济增长同步", "1.3万亿斤以上"]
    );
    assert_eq!(targets[2].label, "居民收入增长");
    assert_eq!(targets[2].quote, "居民收入增长与经济增长同步");
    assert_eq!(targets[0].label, "地区生产总值增长");
    assert_eq!(targets[0].qualifier, Some(Qualifier::About));
    assert_eq!(targets[1].qualifier, Some(Qualifier::AtMost));
    assert_eq!(targets[2].value, None);
    assert!(targets.iter().all(|t| t.period == Period::Plan));
    let chart = r
        .charts
        .iter()
        .find(|c| c.unit == "%" && c.indicators.contains(&targets[0].id));
    let chart = chart.expect("a targets chart");
    assert_eq!(chart.footnotes, vec![targets[2].id.clone()]);
}

#[test]
fn a_comment_on_a_target_is_no_target() {
    // From 内蒙古自治区: the clause after the GDP target qualifies it.
    let r = import(
        "二、2026年重点工作\n主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；居民收入增长与经济增长同步。\n",
    );
    let written: Vec<&str> = r.indicators.iter().map(|i| i.value_text.as_str()).collect();
    assert_eq!(written, vec!["5%左右", "与经济增长同步"]);
}

#[test]
fn periods_follow_the_chapters() {
    let r = import(NATIONAL_LIKE);
    assert_eq!(by_value(&r, "85万人").period, Period::Review);
    assert_eq!(by_value(&r, "2万个").period, Period::Plan);
    assert!(!r.indicators.iter().any(|i| i.value_text.contains("1469")));
}

#[test]
fn bad_input_gets_a_clear_error_or_a_one_chapter_report() {
    assert_eq!(import_text(" \n "), Err(ImportError::Empty));
    assert_eq!(
        import_text("{\"format_version\": 2, \"meta\": {}}").err(),
        Some(ImportError::AlreadyReport)
    );
    let plain = import("没有标题也没有数字的一段话。");
    assert_eq!(plain.chapters.len(), 1);
    assert!(validate(&plain).is_empty());
    // A single long line without punctuation: bounded work, a valid report.
    let long = "增长5%".repeat(100_000);
    let r = import(&long);
    assert!(validate(&r).is_empty());
}

#[test]
fn a_web_page_footer_ends_the_report() {
    let text = format!(
        "{NATIONAL_LIKE}{}",
        "\n扫一扫在手机打开当前页\n相关链接>>\n关于政府工作报告的决议\n"
    );
    let r = import(&text);
    assert_eq!(
        r.chapters.len(),
        3,
        "{:?}",
        r.chapters.iter().map(|c| &c.title).collect::<Vec<_>>()
    );
}

fn labels(paragraph: &str) -> Vec<(String, String)> {
    let text = format!("一、2025年工作回顾\n{paragraph}\n");
    import(&text)
        .indicators
        .into_iter()
        .map(|i| (i.value_text, i.label))
        .collect()
}

#[test]
fn labels_of_real_clauses_where_the_subject_is_not_just_before_the_number() {
    // From 浙江省: a count before its subject, then a growth rate of that subject.
    assert_eq!(
        labels("17个重点传统制造业增加值增长5.3%。"),
        vec![
            ("17个".into(), "重点传统制造业增加值".into()),
            ("5.3%".into(), "重点传统制造业增加值增长".into())
        ]
    );
    // The verb before the number names no subject; the words after it do.
    assert_eq!(
        labels("引育1000名乡村运营人才。"),
        vec![("1000名".into(), "乡村运营人才（引育）".into())]
    );
    // A quote mark whose partner lies before the clause does not start the label.
    assert_eq!(
        labels("“企业认定、政府认账”授权企业8063家、认定人才5.45万名。")[0],
        ("8063家".into(), "授权企业".into())
    );
}

#[test]
fn figures_written_in_words_are_found_without_a_value() {
    // From the corpus (内蒙古自治区, 江苏省, 福建省).
    let r =
        import("一、2025年工作回顾\n进出口总值翻番达到2206亿元，财政支出近八成投向民生领域。\n");
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
    let doubling = by_value(&r, "翻番");
    assert_eq!(
        (doubling.label.as_str(), doubling.value),
        ("进出口总值", None)
    );
    assert_eq!(doubling.kind, Kind::GrowthRate);
    let tenths = by_value(&r, "近八成");
    assert_eq!(
        (tenths.value, tenths.unit.as_deref(), tenths.qualifier),
        (None, Some("成"), Some(Qualifier::Nearly))
    );
    assert!(tenths.note.as_deref().is_some_and(|n| n.contains("未转换")));
    // The figure in digits beside them is still read as usual.
    assert_eq!(by_value(&r, "2206亿元").value, Some(2206.0));
}

#[test]
fn a_five_year_plan_s_main_goals_are_not_the_year_s_targets() {
    // The shape of 山东省's second chapter, then the year's list in the third.
    let r = import(
        "二、“十五五”时期经济社会发展目标任务\n“十五五”时期经济社会发展的主要目标是：经济保持合理增长，居民收入增长5%以上。\n三、2026年重点工作\n今年主要预期目标为：地区生产总值增长5%以上。\n",
    );
    let targets: Vec<&str> = r
        .indicators
        .iter()
        .filter(|i| i.kind == Kind::Target)
        .map(|i| i.quote.as_str())
        .collect();
    assert_eq!(targets, vec!["地区生产总值增长5%以上"]);
    let goal = r
        .indicators
        .iter()
        .find(|i| i.quote.contains("居民收入"))
        .expect("found");
    assert_eq!(goal.period, Period::FiveYearGoal);
}

#[test]
fn a_figure_with_a_doubt_waits_for_review_and_one_without_is_kept_by_the_import() {
    use jiedu_report::{Direction, Review};
    let r = import(
        "一、2025年工作回顾\n地区生产总值增长5.4%，固定资产投资下降3.3%，粮食产量翻番，达36.5%。\n",
    );
    assert!(validate(&r).is_empty(), "{:#?}", validate(&r));
    let gdp = by_value(&r, "5.4%");
    assert_eq!(
        (gdp.review, gdp.doubt.as_deref()),
        (Some(Review::Auto), None)
    );
    assert_eq!(gdp.direction, Some(Direction::Up));
    let fall = by_value(&r, "3.3%");
    assert_eq!(
        (fall.review, fall.direction, fall.value),
        (Some(Review::Auto), Some(Direction::Down), Some(3.3))
    );
    // Written in words, and a number with no subject: both wait, each saying why.
    for value_text in ["翻番", "36.5%"] {
        let doubtful = by_value(&r, value_text);
        assert_eq!(doubtful.review, Some(Review::Unreviewed), "{value_text}");
        assert!(doubtful.doubt.as_deref().is_some_and(|d| !d.is_empty()));
    }
    assert_eq!(r.format_version, 4);
}

#[test]
fn a_later_year_named_in_the_plan_s_sentence_is_a_goal_beyond_the_year() {
    // The shape of 陕西省's and 浙江省's plan paragraphs.
    let r = import(
        "2026年某省政府工作报告\n一、2026年重点工作\n实施省级重点项目640个。因地制宜发展新质生产力，到2030年全社会研发投入强度达到3.2％左右。力争工业投资增长10％。\n",
    );
    assert_eq!(by_value(&r, "640个").period, Period::Plan);
    assert_eq!(by_value(&r, "3.2％左右").period, Period::FiveYearGoal);
    assert_eq!(by_value(&r, "10％").period, Period::Plan);
}

#[test]
fn cr_only_lf_crlf_and_mixed_line_ends_read_the_same() {
    let lf = import(NATIONAL_LIKE);
    for text in [
        NATIONAL_LIKE.replace('\n', "\r"),
        NATIONAL_LIKE.replace('\n', "\r\n"),
        // Mixed: every second line end CR, the others CR LF, the last LF.
        NATIONAL_LIKE
            .split('\n')
            .enumerate()
            .fold(String::new(), |mut text, (i, l)| {
                text.push_str(l);
                text.push_str(["\r", "\r\n"][i % 2]);
                text
            }),
    ] {
        let r = import(&text);
        let titles =
            |r: &Report| -> Vec<String> { r.chapters.iter().map(|c| c.title.clone()).collect() };
        assert_eq!(titles(&r), titles(&lf));
        assert_eq!(r.indicators, lf.indicators);
        assert_eq!(r.meta, lf.meta);
    }
}

#[test]
fn a_chapter_that_names_no_period_makes_its_figures_doubtful() {
    let r = import(
        "一、2025年工作回顾\n地区生产总值增长5.4%。\n二、奋力谱写新篇章\n新征程新使命。工业投资增长6%。\n",
    );
    let carried = by_value(&r, "6%");
    assert_eq!(carried.period, Period::Review);
    assert_eq!(carried.review, Some(jiedu_report::Review::Unreviewed));
    assert!(carried.doubt.as_deref().is_some_and(|d| d.contains("时期")));
}

#[test]
fn the_summary_counts_what_was_found() {
    let imported = crate::import_bytes(
        "一、2025年工作回顾\n地区生产总值增长5.4%，进出口增长3%，居民收入增长5%。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业50万人以上。\n".as_bytes(),
        None,
    )
    .expect("imports");
    let s = imported.summary();
    assert_eq!((s.chapters, s.targets, s.encoding), (2, 2, "UTF-8"));
    assert_eq!(s.figures, imported.report.indicators.len());
    // Three results and two targets: the count of targets is not the count of the rest.
    assert_eq!(s.figures, 5, "{s:?}");
}

#[test]
fn only_a_json_report_is_refused_as_already_a_report() {
    // Text that opens with a brace, or mentions the field, is still text.
    assert!(import_text("{注：本文根据录音整理}\n一、2025年工作回顾\n增长5%。").is_ok());
    assert!(import_text("一、说明\n文件中的\"format_version\"字段。").is_ok());
    assert_eq!(
        import_text("{\"format_version\": 3}").err(),
        Some(crate::ImportError::AlreadyReport)
    );
}
