//! English names for the labels of an imported report, which come with none: a glossary of
//! the terms work reports use again and again (GDP, fixed-asset investment, new urban jobs …)
//! and a few ways a label is built from one (`X增长` is X's growth, `新增X` new X, `X占比`
//! X's share). Only a label read whole gets a name: a label with any word the glossary does not
//! know gets none (the figure then says its Chinese words have no English form), never a
//! half-translated one. Extend it by adding a term to [`TERMS`] (or a way of building a label
//! to [`BEFORE`] / [`AFTER`]); `tests/it/glossary.rs` measures how many corpus labels it names.

use std::borrow::Cow;

use crate::report::Indicator;

/// A term as reports write it, and its English, lower case (a label's first letter is raised
/// when it starts one).
pub const TERMS: &[(&str, &str)] = &[
    // Output.
    ("地区生产总值", "GDP"),
    ("国内生产总值", "GDP"),
    ("生产总值", "GDP"),
    ("经济增长", "economic growth"),
    ("人均地区生产总值", "per-capita GDP"),
    ("人均生产总值", "per-capita GDP"),
    (
        "规上工业增加值",
        "industrial value added (above designated size)",
    ),
    (
        "规模以上工业增加值",
        "industrial value added (above designated size)",
    ),
    ("工业增加值", "industrial value added"),
    ("服务业增加值", "services value added"),
    ("制造业增加值", "manufacturing value added"),
    ("民营经济增加值", "private-sector value added"),
    (
        "数字经济核心产业增加值",
        "value added of core digital-economy industries",
    ),
    ("文化产业增加值", "cultural industries' value added"),
    ("海洋生产总值", "marine GDP"),
    ("全员劳动生产率", "labour productivity"),
    ("能源工业增加值", "energy industry value added"),
    ("文旅产业增加值", "culture and tourism value added"),
    ("人工智能核心产业营收", "revenue of core AI industries"),
    ("净外送电量", "net electricity sent out"),
    // Investment and consumption.
    ("固定资产投资", "fixed-asset investment"),
    ("投资", "investment"),
    ("工业投资", "industrial investment"),
    ("制造业投资", "manufacturing investment"),
    ("民间投资", "private investment"),
    ("基础设施投资", "infrastructure investment"),
    ("房地产开发投资", "real-estate development investment"),
    ("交通投资", "transport investment"),
    ("能源投资", "energy investment"),
    ("水利投资", "water-conservancy investment"),
    ("社会消费品零售总额", "retail sales of consumer goods"),
    ("网上零售额", "online retail sales"),
    ("网络零售额", "online retail sales"),
    // Trade.
    ("进出口", "imports and exports"),
    ("进出口总额", "total imports and exports"),
    ("外贸进出口", "foreign trade"),
    ("货物进出口", "trade in goods"),
    ("货物和服务进出口", "trade in goods and services"),
    ("出口", "exports"),
    ("进口", "imports"),
    ("实际使用外资", "foreign investment in actual use"),
    ("服务贸易", "trade in services"),
    ("数字贸易", "digital trade"),
    // Public finance.
    ("一般公共预算收入", "general public budget revenue"),
    (
        "地方一般公共预算收入",
        "local general public budget revenue",
    ),
    ("一般公共预算支出", "general public budget spending"),
    ("税收收入", "tax revenue"),
    // Jobs, prices, income.
    ("城镇新增就业", "new urban jobs"),
    ("城镇调查失业率", "surveyed urban unemployment rate"),
    ("居民消费价格", "consumer prices"),
    ("居民人均可支配收入", "per-capita disposable income"),
    (
        "城镇居民人均可支配收入",
        "urban per-capita disposable income",
    ),
    (
        "农村居民人均可支配收入",
        "rural per-capita disposable income",
    ),
    ("居民收入", "residents' income"),
    ("城乡居民收入", "urban and rural residents' income"),
    ("农民收入", "farmers' income"),
    // Farming, people, land.
    ("粮食产量", "grain output"),
    ("粮食总产量", "total grain output"),
    ("粮食播种面积", "grain-sown area"),
    ("高标准农田", "high-standard farmland"),
    (
        "常住人口城镇化率",
        "urbanisation rate (resident population)",
    ),
    ("城镇化率", "urbanisation rate"),
    ("人均预期寿命", "life expectancy"),
    ("养老床位", "elderly-care beds"),
    ("高校", "universities"),
    // Innovation and firms.
    ("研发投入强度", "R&D intensity"),
    ("全社会研发投入强度", "society-wide R&D intensity"),
    ("研发经费投入强度", "R&D intensity"),
    ("研发经费", "R&D spending"),
    ("研发经费投入", "R&D spending"),
    ("研发经费支出", "R&D spending"),
    ("全社会研发经费支出", "society-wide R&D spending"),
    ("技术合同成交额", "value of technology contracts"),
    ("高新技术企业", "high-tech enterprises"),
    ("科技型中小企业", "tech-based SMEs"),
    ("专精特新中小企业", "specialised, innovative SMEs"),
    (
        "国家级专精特新“小巨人”企业",
        "national “little giant” firms",
    ),
    ("单项冠军企业", "single-product champion firms"),
    ("规上工业企业", "industrial firms above designated size"),
    ("经营主体", "market entities"),
    (
        "每万人口高价值发明专利拥有量",
        "high-value invention patents per 10,000 people",
    ),
    ("5G基站", "5G base stations"),
    ("新能源汽车", "new-energy vehicles"),
    ("新能源汽车产量", "new-energy vehicle output"),
    // Infrastructure and towns.
    ("高铁里程", "high-speed rail length"),
    ("高速公路", "expressways"),
    ("高速公路通车里程", "expressways open to traffic"),
    ("农村公路", "rural roads"),
    ("公园", "parks"),
    ("绿道", "greenways"),
    ("城中村", "urban villages"),
    ("老旧小区", "old residential compounds"),
    ("保障性住房", "affordable housing"),
    ("保障性租赁住房", "affordable rental housing"),
    ("全社会用电量", "electricity consumption"),
    ("港口货物吞吐量", "port cargo throughput"),
    ("货物吞吐量", "cargo throughput"),
    ("集装箱吞吐量", "container throughput"),
    ("旅游收入", "tourism revenue"),
    ("旅游综合收入", "total tourism revenue"),
    ("文旅产业收入", "culture and tourism revenue"),
    (
        "重点文旅产业收入",
        "revenue of key culture and tourism industries",
    ),
    ("入境过夜游客人数", "overnight inbound tourists"),
    ("接待游客", "tourist visits"),
    // Environment and safety.
    ("单位地区生产总值能耗", "energy use per unit of GDP"),
    ("单位生产总值能耗", "energy use per unit of GDP"),
    ("单位国内生产总值能耗", "energy use per unit of GDP"),
    (
        "单位地区生产总值二氧化碳排放",
        "CO₂ emissions per unit of GDP",
    ),
    ("单位生产总值二氧化碳排放", "CO₂ emissions per unit of GDP"),
    (
        "单位国内生产总值二氧化碳排放",
        "CO₂ emissions per unit of GDP",
    ),
    ("森林覆盖率", "forest coverage"),
    ("空气质量优良天数比例", "share of days with good air"),
    ("空气质量优良天数比率", "share of days with good air"),
    ("细颗粒物浓度", "PM2.5 concentration"),
    ("PM2.5浓度", "PM2.5 concentration"),
    (
        "单位地区生产总值二氧化碳排放量",
        "CO₂ emissions per unit of GDP",
    ),
    (
        "单位生产总值二氧化碳排放量",
        "CO₂ emissions per unit of GDP",
    ),
    ("单位地区生产总值二氧化碳减排", "CO₂ cuts per unit of GDP"),
    ("单位生产总值二氧化碳减排", "CO₂ cuts per unit of GDP"),
    ("节能减排降碳", "energy saving, emission and carbon cuts"),
    ("节能减排", "energy saving and emission cuts"),
    ("降碳减排", "carbon and emission cuts"),
    (
        "主要污染物重点工程减排量",
        "emission cuts by key pollutant projects",
    ),
    ("主要污染物排放总量", "total emissions of major pollutants"),
    ("生态环境质量", "environmental quality"),
    ("能耗强度", "energy intensity"),
    ("国际收支", "the balance of payments"),
    ("粮食生产", "grain production"),
    ("生产安全事故起数", "work-safety accidents"),
    ("死亡人数", "deaths"),
];

/// Words before the term: the report's own voice (力争, 确保), the place (全省, 全市), all left
/// out; or what was done to it, which the English says.
pub const BEFORE: &[(&str, &str)] = &[
    ("力争", ""),
    ("确保", ""),
    ("实现", ""),
    ("完成", ""),
    ("全省", ""),
    ("全市", ""),
    ("全区", ""),
    ("全县", ""),
    ("全国", ""),
    ("全年", ""),
    ("我省", ""),
    ("我市", ""),
    ("全面完成", ""),
    ("按照国家要求完成", ""),
    ("国家下达的", "state-assigned {}"),
    ("下达的", "assigned {}"),
    ("十五五时期", "{} over the 15th Five-Year Plan"),
    ("新增", "new {}"),
    ("新建", "new {}"),
    ("建成", "{} built"),
    ("新改建", "{} built or rebuilt"),
];

/// Words after the term, and what the label then names. Growth of a long name reads better
/// before it: `GDP growth`, `growth in retail sales of consumer goods`.
pub const AFTER: &[(&str, &str)] = &[
    ("增长", GROWTH),
    ("增速", GROWTH),
    ("增幅", GROWTH),
    // `按5%增长` with its number read out: growth all the same.
    ("按增长", GROWTH),
    ("数量", "number of {}"),
    ("年均增长", "average annual growth in {}"),
    ("目标任务", "{} targets"),
    ("约束性指标", "{} binding targets"),
    ("任务", "{} targets"),
    ("目标", "{} targets"),
    ("完成国家下达目标", "{}: the state's target met"),
    ("完成国家下达任务", "{}: the state's target met"),
    ("下降", "fall in {}"),
    ("降低", "fall in {}"),
    ("涨幅", "rise in {}"),
    ("上涨", "rise in {}"),
    ("占比", "share of {}"),
    ("比重", "share of {}"),
];

/// The longest label the glossary tries, in characters.
const LONGEST: usize = 60;

/// What [`AFTER`] says for growth; [`grown`] words it by the length of the name.
const GROWTH: &str = "growth";

/// Two terms in one label: `X相当于Y的比例` and `X占Y比重` are X as a share of Y.
pub const SHARE_OF: &[(&str, &str)] = &[("相当于", "的比例"), ("占", "比重")];

/// The provinces, autonomous regions and municipalities, in English.
pub const REGIONS: &[(&str, &str)] = &[
    ("北京", "Beijing"),
    ("天津", "Tianjin"),
    ("河北", "Hebei"),
    ("山西", "Shanxi"),
    ("内蒙古", "Inner Mongolia"),
    ("辽宁", "Liaoning"),
    ("吉林", "Jilin"),
    ("黑龙江", "Heilongjiang"),
    ("上海", "Shanghai"),
    ("江苏", "Jiangsu"),
    ("浙江", "Zhejiang"),
    ("安徽", "Anhui"),
    ("福建", "Fujian"),
    ("江西", "Jiangxi"),
    ("山东", "Shandong"),
    ("河南", "Henan"),
    ("湖北", "Hubei"),
    ("湖南", "Hunan"),
    ("广东", "Guangdong"),
    ("广西", "Guangxi"),
    ("海南", "Hainan"),
    ("重庆", "Chongqing"),
    ("四川", "Sichuan"),
    ("贵州", "Guizhou"),
    ("云南", "Yunnan"),
    ("西藏", "Tibet"),
    ("陕西", "Shaanxi"),
    ("甘肃", "Gansu"),
    ("青海", "Qinghai"),
    ("宁夏", "Ningxia"),
    ("新疆", "Xinjiang"),
];

/// What follows a province-level name: the kind of region, with the people of an autonomous
/// region.
const REGION_KINDS: &[&str] = &[
    "",
    "省",
    "市",
    "自治区",
    "壮族自治区",
    "回族自治区",
    "维吾尔自治区",
];

/// The English name of a province-level region as a report names it (`浙江省`, `内蒙古自治区`,
/// `上海市`); `None` for a city or a district (`杭州市`, `浙江省杭州市`), which has none here.
#[must_use]
pub fn region_en(region: &str) -> Option<&'static str> {
    REGIONS.iter().find_map(|(zh, en)| {
        let kind = region.strip_prefix(zh)?;
        REGION_KINDS.contains(&kind).then_some(*en)
    })
}

/// The English name of `label`, when every word of it is known; `None` otherwise. A label
/// that runs two or three targets together (a list the import read as one) is named part by
/// part.
#[must_use]
pub fn english(label: &str) -> Option<String> {
    // Quotation marks around a term (`“十五五”时期`) say nothing the English needs; terms in
    // a list (`粮食生产、单位生产总值二氧化碳减排`) are named part by part all the same.
    let label =
        without_numbering(label.trim()).replace(['“', '”', '"', '「', '」', '‘', '’', '、'], "");
    let label = label.as_str();
    // A label is a few words; a longer one is a clause the glossary would only try in vain
    // (and try in many ways: cutting it into parts).
    if label.chars().count() > LONGEST {
        return None;
    }
    let mut name = named(label, 2)?;
    if let Some(first) = name.chars().next() {
        name.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    Some(name)
}

/// Whether `text` holds a Chinese character (what an English figure says it kept).
#[must_use]
pub fn has_chinese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'))
}

/// The English label of `ind`: its own, else the glossary's.
#[must_use]
pub fn label_en(ind: &Indicator) -> Option<Cow<'_, str>> {
    ind.label_en
        .as_deref()
        .map(Cow::Borrowed)
        .or_else(|| english(&ind.label).map(Cow::Owned))
}

/// `label` as the glossary names it: a term, a term with words after it, or words before
/// either (each way once, outermost first); else, up to `parts` more times, named labels
/// side by side.
fn named(label: &str, parts: usize) -> Option<String> {
    if let Some((_, en)) = TERMS.iter().find(|(zh, _)| *zh == label) {
        return Some((*en).to_owned());
    }
    let after = AFTER.iter().find_map(|(zh, pattern)| {
        let stem = label.strip_suffix(zh).filter(|s| !s.is_empty())?;
        let stem = named(stem, parts)?;
        Some(if *pattern == GROWTH {
            grown(&stem)
        } else {
            pattern.replace("{}", &stem)
        })
    });
    let single = after.or_else(|| share_of(label, parts)).or_else(|| {
        BEFORE.iter().find_map(|(zh, pattern)| {
            let rest = label.strip_prefix(zh).filter(|s| !s.is_empty())?;
            let rest = named(rest, parts)?;
            Some(if pattern.is_empty() {
                rest
            } else {
                pattern.replace("{}", &rest)
            })
        })
    });
    single.or_else(|| in_parts(label, parts))
}

/// `label` as named labels side by side (`parts` more cuts at most), the first as short as
/// can be.
fn in_parts(label: &str, parts: usize) -> Option<String> {
    if parts == 0 {
        return None;
    }
    let cuts = label
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i >= 6 && i + 6 <= label.len());
    cuts.into_iter().find_map(|at| {
        let (first, rest) = label.split_at(at);
        let first = named(first, 0)?;
        let rest = named(rest, parts - 1)?;
        Some(format!("{first}; {rest}"))
    })
}

/// Growth of `name`: after a short name (`GDP growth`), before a long one (`growth in retail
/// sales of consumer goods`).
fn grown(name: &str) -> String {
    if name.split(' ').count() > 3 {
        format!("growth in {name}")
    } else {
        format!("{name} growth")
    }
}

/// `X相当于Y的比例`, `X占Y比重`: X as a share of Y, both named.
fn share_of(label: &str, parts: usize) -> Option<String> {
    SHARE_OF.iter().find_map(|(between, end)| {
        let (part, whole) = label.strip_suffix(end)?.split_once(between)?;
        Some(format!(
            "{} as a share of {}",
            named(part, parts)?,
            named(whole, parts)?
        ))
    })
}

/// A label without the number of the list item it was read from (`2.实现城镇新增就业`).
fn without_numbering(label: &str) -> &str {
    let digits = label.trim_start_matches(|c: char| c.is_ascii_digit());
    if digits.len() < label.len()
        && let Some(rest) = digits.strip_prefix(['.', '、', '．'])
    {
        return rest;
    }
    label
}

#[cfg(test)]
mod tests {
    use super::english;

    #[test]
    fn a_label_read_whole_is_named() {
        for (zh, en) in [
            ("地区生产总值增长", "GDP growth"),
            ("全市生产总值增长", "GDP growth"),
            ("力争海洋生产总值增长", "Marine GDP growth"),
            ("居民消费价格涨幅", "Rise in consumer prices"),
            ("2.实现城镇新增就业", "New urban jobs"),
            ("3、实现城镇新增就业", "New urban jobs"),
            (
                "力争“十五五”时期地区生产总值年均增长",
                "Average annual growth in GDP over the 15th Five-Year Plan",
            ),
            (
                "国家下达的粮食生产、单位生产总值二氧化碳减排目标任务",
                "State-assigned grain production; CO₂ cuts per unit of GDP targets",
            ),
            ("新建绿道", "New greenways"),
            ("建成高标准农田", "High-standard farmland built"),
            ("民间投资占比", "Share of private investment"),
            (
                "单位国内生产总值能耗降低",
                "Fall in energy use per unit of GDP",
            ),
            (
                "规上工业增加值增长",
                "Growth in industrial value added (above designated size)",
            ),
            (
                "社会消费品零售总额增长",
                "Growth in retail sales of consumer goods",
            ),
            ("力争全年完成交通投资", "Transport investment"),
            (
                "全社会研发经费支出相当于全市生产总值的比例",
                "Society-wide R&D spending as a share of GDP",
            ),
            (
                "科技型中小企业数量增长",
                "Growth in number of tech-based SMEs",
            ),
        ] {
            assert_eq!(english(zh).as_deref(), Some(en), "{zh}");
        }
    }

    #[test]
    fn a_province_level_region_is_named_and_a_city_is_not() {
        use super::region_en;
        assert_eq!(region_en("浙江省"), Some("Zhejiang"));
        assert_eq!(region_en("内蒙古自治区"), Some("Inner Mongolia"));
        assert_eq!(region_en("上海市"), Some("Shanghai"));
        assert_eq!(region_en("广西壮族自治区"), Some("Guangxi"));
        assert_eq!(region_en("杭州市"), None);
        assert_eq!(region_en("浙江省杭州市"), None);
        assert_eq!(region_en("郑州市上街区"), None);
    }

    #[test]
    fn a_label_with_a_word_unknown_is_not_named_in_part() {
        for zh in ["高于全国", "增长", "新增", "跨境电商进出口增长", "全省"] {
            assert_eq!(english(zh), None, "{zh}");
        }
    }
}
