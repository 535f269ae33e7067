//! The headline indicators of Chinese work reports under one name each, so that a district's
//! GDP target can be set beside its province's and the nation's. A report says 地区生产总值增长,
//! 全市生产总值增长, 国内生产总值增长 or 生产总值增长 for the same thing; this table knows the
//! words (synonyms), the words that make a label something else (a GDP *share*, an energy use
//! *per unit of* GDP), and the unit the figure comes in. Matching is by label and unit only:
//! nothing is converted or completed. Plain data with no egui.

use crate::report::Indicator;

/// One headline indicator.
#[derive(Debug, PartialEq, Eq)]
pub struct Canonical {
    /// Stable key (`gdp_growth`).
    pub key: &'static str,
    /// Its name in Chinese.
    pub zh: &'static str,
    /// Its name in English.
    pub en: &'static str,
    /// A label must contain one of these.
    pub words: &'static [&'static str],
    /// A label containing any of these is something else, or only a part of this one (one
    /// kind of trade, urban or rural income alone, the marine economy's output): a part is not
    /// set beside another report's whole.
    pub not: &'static [&'static str],
    /// The units a figure of it comes in (`%`); empty: any (grain comes in 亿斤 or 万吨).
    pub units: &'static [&'static str],
}

const PERCENT: &[&str] = &["%", "％"];

/// The table, most specific first: the first entry a label matches is its match.
pub const CANONICAL: &[Canonical] = &[
    Canonical {
        key: "energy_intensity",
        zh: "单位生产总值能耗",
        en: "Energy use per unit of GDP",
        words: &["能耗"],
        not: &[],
        units: PERCENT,
    },
    Canonical {
        key: "carbon_intensity",
        zh: "单位生产总值二氧化碳排放",
        en: "CO₂ emissions per unit of GDP",
        words: &["二氧化碳"],
        not: &[],
        units: PERCENT,
    },
    Canonical {
        key: "rd_intensity",
        zh: "研发投入强度",
        en: "R&D spending as a share of GDP",
        words: &[
            "研发投入强度",
            "研发经费投入强度",
            "研究与试验发展经费",
            "研发经费支出相当于",
        ],
        not: &[],
        units: PERCENT,
    },
    Canonical {
        key: "gdp_growth",
        zh: "地区生产总值增长",
        en: "GDP growth",
        words: &["生产总值", "经济增长", "GDP"],
        not: &[
            "单位",
            "比例",
            "相当于",
            "占",
            "强度",
            "人均",
            "海洋",
            "县域",
            "数字经济",
            "文化",
            "旅游",
        ],
        units: PERCENT,
    },
    Canonical {
        key: "industry_growth",
        zh: "规模以上工业增加值增长",
        en: "Industrial value added growth (above designated size)",
        words: &["规上工业增加值", "规模以上工业增加值"],
        not: &["占"],
        units: PERCENT,
    },
    Canonical {
        key: "investment_growth",
        zh: "固定资产投资增长",
        en: "Fixed-asset investment growth",
        words: &["固定资产投资"],
        not: &["民间", "制造业", "工业", "基础设施", "房地产", "技改"],
        units: PERCENT,
    },
    Canonical {
        key: "retail_growth",
        zh: "社会消费品零售总额增长",
        en: "Retail sales of consumer goods growth",
        words: &["社会消费品零售总额"],
        not: &[],
        units: PERCENT,
    },
    Canonical {
        key: "budget_revenue_growth",
        zh: "一般公共预算收入增长",
        en: "General public budget revenue growth",
        words: &["一般公共预算收入"],
        not: &["税收"],
        units: PERCENT,
    },
    Canonical {
        key: "urban_jobs",
        zh: "城镇新增就业",
        en: "New urban jobs",
        words: &["城镇新增就业"],
        not: &[],
        units: &["万人", "人"],
    },
    Canonical {
        key: "unemployment",
        zh: "城镇调查失业率",
        en: "Surveyed urban unemployment rate",
        words: &["调查失业率"],
        not: &["青年", "岁"],
        units: PERCENT,
    },
    Canonical {
        key: "cpi",
        zh: "居民消费价格涨幅",
        en: "Consumer prices (CPI)",
        words: &["居民消费价格"],
        not: &[],
        units: PERCENT,
    },
    Canonical {
        key: "income_growth",
        zh: "居民人均可支配收入增长",
        en: "Residents' income growth",
        words: &["居民人均可支配收入", "居民收入"],
        // 城乡 is both: a whole.
        not: &["农村", "城镇", "农民"],
        units: PERCENT,
    },
    Canonical {
        key: "grain_output",
        zh: "粮食产量",
        en: "Grain output",
        words: &["粮食产量"],
        not: &[],
        units: &[],
    },
    Canonical {
        key: "foreign_trade",
        zh: "进出口",
        en: "Foreign trade",
        words: &["进出口", "外贸"],
        not: &[
            "依存度",
            "跨境",
            "电商",
            "服务贸易",
            "一般贸易",
            "加工贸易",
            "农产品",
            "机电",
            "高新技术",
            "数字贸易",
            "保税",
            "民营企业",
            "外资企业",
            "中欧班列",
        ],
        units: &[],
    },
];

/// The order a comparison lists them in: growth first, the environment last.
pub const DISPLAY_ORDER: [&str; 14] = [
    "gdp_growth",
    "industry_growth",
    "investment_growth",
    "retail_growth",
    "budget_revenue_growth",
    "urban_jobs",
    "unemployment",
    "cpi",
    "income_growth",
    "grain_output",
    "foreign_trade",
    "rd_intensity",
    "energy_intensity",
    "carbon_intensity",
];

/// The name of headline indicator `key`, in Chinese (`zh`) or English.
#[must_use]
pub fn name_of(key: &str, zh: bool) -> Option<&'static str> {
    CANONICAL
        .iter()
        .find(|c| c.key == key)
        .map(|c| if zh { c.zh } else { c.en })
}

/// What `compare_as` says to keep a figure out of comparisons.
pub const NONE: &str = "none";

/// The headline indicator `ind` is: the one a person matched it to in review (`compare_as`),
/// else by its label and unit; `None` when it is none of them. A target stated in words (no
/// unit, e.g. 与经济增长同步) matches by its label alone.
#[must_use]
pub fn canonical_of(ind: &Indicator) -> Option<&'static Canonical> {
    why(ind).map(|m| m.canonical)
}

/// Why a figure is in a headline row: what a person set in review, or a word of its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// A person matched it in review (`compare_as`).
    Person,
    /// Its label holds this word of the indicator's (and its unit fits).
    Word(&'static str),
}

/// A figure's headline indicator and why: shown where the figure is compared, so a person can
/// see a wrong match and correct it in review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// The headline indicator.
    pub canonical: &'static Canonical,
    /// Why.
    pub by: By,
}

/// [`canonical_of`], with why.
#[must_use]
pub fn why(ind: &Indicator) -> Option<Match> {
    if let Some(key) = &ind.compare_as {
        let canonical = CANONICAL.iter().find(|c| c.key == key)?;
        return Some(Match {
            canonical,
            by: By::Person,
        });
    }
    let label = ind.label.as_str();
    CANONICAL.iter().find_map(|c| {
        let word = c.words.iter().find(|w| label.contains(*w))?;
        let unit_fits = match ind.unit.as_deref() {
            None => true,
            Some(unit) => c.units.is_empty() || c.units.contains(&unit),
        };
        (unit_fits && !c.not.iter().any(|w| label.contains(w))).then_some(Match {
            canonical: c,
            by: By::Word(word),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Kind, Period};

    fn ind(label: &str, value_text: &str, unit: Option<&str>) -> Indicator {
        Indicator {
            id: "x".into(),
            section: "s".into(),
            label: label.into(),
            label_en: None,
            value: None,
            value_hi: None,
            value_text: value_text.into(),
            unit: unit.map(str::to_owned),
            kind: Kind::Target,
            period: Period::Plan,
            quote: value_text.into(),
            note: None,
            truncated: false,
            same_as: None,
            qualifier: None,
            review: None,
            compare_as: None,
            direction: None,
            doubt: None,
        }
    }

    fn key(label: &str, unit: Option<&str>) -> Option<&'static str> {
        canonical_of(&ind(label, "5%左右", unit)).map(|c| c.key)
    }

    #[test]
    fn the_many_words_for_gdp_are_one_indicator() {
        for label in [
            "地区生产总值增长",
            "全市生产总值增长",
            "国内生产总值增长",
            "生产总值增长",
            "全省地区生产总值增长",
            "地区生产总值按增长",
        ] {
            assert_eq!(key(label, Some("%")), Some("gdp_growth"), "{label}");
        }
        assert_eq!(key("生产总值增长", Some("％")), Some("gdp_growth"));
    }

    #[test]
    fn a_share_of_gdp_or_a_use_per_unit_of_it_is_not_gdp() {
        assert_eq!(
            key("全社会研发经费支出相当于全市生产总值的比例", Some("%")),
            Some("rd_intensity")
        );
        assert_eq!(
            key("单位国内生产总值能耗降低", Some("%")),
            Some("energy_intensity")
        );
        assert_eq!(
            key("单位地区生产总值二氧化碳排放降低", None),
            Some("carbon_intensity")
        );
        assert_eq!(
            key("数字经济核心产业增加值占地区生产总值比重", Some("%")),
            None
        );
    }

    #[test]
    fn a_part_of_an_indicator_is_not_the_indicator() {
        // Labels as reports write them: one kind of trade, one half of income, one sector's
        // output or investment.
        for (label, unit) in [
            ("跨境电商进出口增长", Some("%")),
            ("服务贸易进出口增长", Some("%")),
            ("农村居民人均可支配收入增长", Some("%")),
            ("城镇居民人均可支配收入增长", Some("%")),
            ("农民人均可支配收入增长", Some("%")),
            ("力争海洋生产总值增长", Some("%")),
            ("人均地区生产总值", Some("万元")),
            ("民间固定资产投资增长", Some("%")),
            ("制造业固定资产投资增长", Some("%")),
            ("青年调查失业率", Some("%")),
        ] {
            assert_eq!(key(label, unit), None, "{label}");
        }
        // The wholes still are.
        assert_eq!(
            key("货物和服务进出口增长", Some("%")),
            Some("foreign_trade")
        );
        assert_eq!(key("外贸进出口总额", Some("亿元")), Some("foreign_trade"));
        assert_eq!(
            key("城乡居民人均可支配收入增长", Some("%")),
            Some("income_growth")
        );
        assert_eq!(key("全省生产总值增长", Some("%")), Some("gdp_growth"));
    }

    #[test]
    fn a_match_says_why() {
        let trade = ind("进出口总额增长", "5%", Some("%"));
        assert_eq!(why(&trade).map(|m| m.by), Some(By::Word("进出口")));
        let mut jobs = ind("新增就业岗位", "100万个", Some("万个"));
        jobs.compare_as = Some("urban_jobs".to_owned());
        assert_eq!(why(&jobs).map(|m| m.by), Some(By::Person));
    }

    #[test]
    fn every_indicator_is_listed_once_in_the_display_order() {
        let mut keys: Vec<&str> = CANONICAL.iter().map(|c| c.key).collect();
        let mut shown = DISPLAY_ORDER.to_vec();
        keys.sort_unstable();
        shown.sort_unstable();
        assert_eq!(keys, shown);
    }

    #[test]
    fn a_person_s_match_wins_over_the_words() {
        let mut jobs = ind("新增就业岗位", "100万个", Some("万个"));
        assert_eq!(canonical_of(&jobs), None);
        jobs.compare_as = Some("urban_jobs".to_owned());
        assert_eq!(canonical_of(&jobs).map(|c| c.key), Some("urban_jobs"));
        let mut gdp = ind("地区生产总值增长", "5%", Some("%"));
        gdp.compare_as = Some(NONE.to_owned());
        assert_eq!(canonical_of(&gdp), None);
    }

    #[test]
    fn the_unit_must_fit() {
        assert_eq!(key("城镇新增就业", Some("万人")), Some("urban_jobs"));
        // 1200 of something else is not jobs; a GDP "growth" in 亿元 is an amount.
        assert_eq!(key("城镇新增就业", Some("个")), None);
        assert_eq!(key("地区生产总值", Some("亿元")), None);
        // A target in words has no unit and still matches.
        assert_eq!(key("居民收入增长", None), Some("income_growth"));
    }
}
