//! Charts made for an imported report: like with like, as an analyst would draw them. One
//! period and one unit per chart, and one kind of thing: the year's main targets; the growth
//! of the economy (GDP, industry, investment, consumption, trade, revenue, income, declines
//! drawn below zero); other growth rates; other declines (energy intensity, accidents,
//! pollution); changes in points; a five-year period's average annual growth; sums of money of
//! one kind (investment, revenue …). Unrelated shares, counts and levels are never ranked
//! against each other: they stay in the data table, as does a group's tail past
//! [`MAX_BARS`] bars.

use std::collections::BTreeMap;

use jiedu_report::{Chart, ChartKind, Direction, Indicator, Kind, Period, Report};

/// Most bars in one chart; the rest of a group stays in the table.
const MAX_BARS: usize = 12;

/// Words of the headline measures of an economy: a growth rate whose label holds one is
/// charted with the economy's growth.
const ECONOMY: &[&str] = &[
    "生产总值",
    "经济增长",
    "经济增速",
    "工业增加值",
    "服务业增加值",
    "农业增加值",
    "固定资产投资",
    "工业投资",
    "民间投资",
    "基础设施投资",
    "制造业投资",
    "社会消费品零售总额",
    "进出口",
    "外贸",
    "一般公共预算收入",
    "财政收入",
    "可支配收入",
    "居民收入",
    "居民消费价格",
];

/// Sums of money of one kind, by the word their label ends in, with its English name.
const MONEY: &[(&str, &str)] = &[
    ("投资", "investment"),
    ("收入", "revenue and income"),
    ("增加值", "value added"),
    ("营业收入", "operating revenue"),
    ("营收", "operating revenue"),
    ("产值", "output value"),
    ("总额", "totals"),
    ("融资", "financing"),
    ("贷款", "loans"),
    ("债券", "bonds"),
    ("补贴", "subsidies"),
    ("资金", "funds"),
];

/// What one chart shows besides its period and unit.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Topic {
    Targets,
    Economy,
    AnnualAverage,
    OtherGrowth,
    Declines,
    Points,
    Money(usize),
}

/// The charts of `report`'s indicators.
#[must_use]
pub fn make(report: &Report) -> Vec<Chart> {
    let mut groups: BTreeMap<(Period, Topic, String), Vec<String>> = BTreeMap::new();
    let mut footnotes: Vec<String> = Vec::new();
    for ind in &report.indicators {
        match (&ind.unit, ind.value) {
            (Some(unit), Some(_)) => {
                if let Some(topic) = topic(ind) {
                    groups
                        .entry((ind.period, topic, unit.clone()))
                        .or_default()
                        .push(ind.id.clone());
                }
            }
            (None, None) if ind.kind == Kind::Target => footnotes.push(ind.id.clone()),
            _ => {}
        }
    }
    // A chart of one bar says nothing a sentence does not; such figures stay in the table.
    groups.retain(|_, ids| ids.len() >= 2);
    // Where charts of one period and topic come in several units, each title names its unit
    // (the app then shows it once): `2025年投资（亿元）`, `2025年投资（万亿元）`.
    let mut per_title: BTreeMap<(Period, Topic), usize> = BTreeMap::new();
    for (period, topic, _) in groups.keys() {
        *per_title.entry((*period, topic.clone())).or_default() += 1;
    }
    let mut charts = Vec::new();
    for ((period, topic, unit), mut ids) in groups {
        let (zh, en) = names(period, &topic, report.meta.year);
        let (zh, en) = if per_title[&(period, topic.clone())] > 1 {
            (format!("{zh}（{unit}）"), format!("{en} ({unit})"))
        } else {
            (zh, en)
        };
        ids.truncate(MAX_BARS);
        let target =
            topic == Topic::Targets || matches!(period, Period::Plan | Period::FiveYearGoal);
        charts.push(Chart {
            id: format!(
                "{}_{}_{}",
                period_id(period),
                topic_id(&topic),
                charts.len() + 1
            ),
            // The app shows the unit beside the title; the title says what is charted.
            title: zh,
            title_en: Some(en),
            unit: unit.clone(),
            kind: if target {
                ChartKind::Target
            } else {
                ChartKind::Result
            },
            indicators: ids,
            footnotes: if topic == Topic::Targets && unit == "%" {
                std::mem::take(&mut footnotes)
            } else {
                Vec::new()
            },
        });
    }
    charts
}

/// The chart a figure belongs in, if any.
fn topic(ind: &Indicator) -> Option<Topic> {
    let economy = ECONOMY.iter().any(|w| ind.label.contains(w))
        // `对非洲市场出口`: one market's trade is not the economy's.
        && !ind.label.starts_with('对')
        && !ind.label.contains("市场");
    match ind.kind {
        Kind::Target => Some(Topic::Targets),
        Kind::GrowthRate => match ind.period {
            Period::FiveYearReview | Period::FiveYearGoal => {
                (economy && ind.label.contains("年均")).then_some(Topic::AnnualAverage)
            }
            Period::Review | Period::Plan if economy => Some(Topic::Economy),
            Period::Review | Period::Plan if ind.direction == Some(Direction::Down) => {
                Some(Topic::Declines)
            }
            Period::Review | Period::Plan => Some(Topic::OtherGrowth),
        },
        Kind::PointChange => Some(Topic::Points),
        // Money over five years is milestones and from → to pairs, not amounts to rank.
        Kind::Amount if matches!(ind.period, Period::Review | Period::Plan) => MONEY
            .iter()
            .position(|(w, _)| crate::label::subject(&ind.label).ends_with(w))
            .map(Topic::Money),
        Kind::Amount | Kind::Share | Kind::Count | Kind::Level => None,
    }
}

fn names(period: Period, topic: &Topic, year: Option<i32>) -> (String, String) {
    let (pz, pe) = match (period, year) {
        (Period::Review, Some(y)) => (format!("{}年", y - 1), format!("{}", y - 1)),
        (Period::Review, None) => ("过去一年".to_owned(), "Past year".to_owned()),
        (Period::Plan, Some(y)) => (format!("{y}年"), format!("{y}")),
        (Period::Plan, None) => ("本年度".to_owned(), "This year".to_owned()),
        (Period::FiveYearReview, _) => ("五年回顾".to_owned(), "Five-year review".to_owned()),
        (Period::FiveYearGoal, _) => ("五年目标".to_owned(), "Five-year goals".to_owned()),
    };
    let (kz, ke) = match topic {
        Topic::Targets => ("主要预期目标", "main targets"),
        Topic::Economy => ("经济增速", "economic growth"),
        Topic::AnnualAverage => ("年均增速", "average annual growth"),
        Topic::OtherGrowth => ("其他增速", "other growth rates"),
        Topic::Declines => ("下降的指标", "declines"),
        Topic::Points => ("百分点变化", "changes in points"),
        Topic::Money(i) => MONEY[*i],
    };
    (format!("{pz}{kz}"), format!("{pe}: {ke}"))
}

fn period_id(period: Period) -> &'static str {
    match period {
        Period::Review => "review",
        Period::Plan => "plan",
        Period::FiveYearReview => "five_year_review",
        Period::FiveYearGoal => "five_year_goal",
    }
}

fn topic_id(topic: &Topic) -> &'static str {
    match topic {
        Topic::Targets => "targets",
        Topic::Economy => "economy",
        Topic::AnnualAverage => "annual_average",
        Topic::OtherGrowth => "growth",
        Topic::Declines => "declines",
        Topic::Points => "points",
        Topic::Money(_) => "amounts",
    }
}
