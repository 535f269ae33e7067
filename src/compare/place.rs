//! Where a report comes from: the region and level (national, provincial, city, district) its
//! title tells, or its meeting line where the title names none (many provincial reports are
//! titled just 政府工作报告). Plain data, no egui; the library, the comparison and the dataset
//! read places here.

use serde::{Deserialize, Serialize};

use crate::report::Meta;

/// How high the government that gave a report is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// The State Council.
    National,
    /// A province, autonomous region or municipality directly under the central government.
    Provincial,
    /// A city or prefecture.
    City,
    /// A district or county.
    District,
    /// Not told by the title.
    Unknown,
}

impl Level {
    /// Every level, highest first.
    pub const ALL: [Self; 5] = [
        Self::National,
        Self::Provincial,
        Self::City,
        Self::District,
        Self::Unknown,
    ];
}

/// The four municipalities: provincial although their names end in 市.
const MUNICIPALITIES: [&str; 4] = ["北京市", "上海市", "天津市", "重庆市"];

/// The level a report's title tells (`2026年四川省人民政府工作报告` → provincial).
#[must_use]
pub fn level_of(title: &str) -> Level {
    if title.contains("国务院") {
        Level::National
    } else {
        level_of_region(&region_of(title))
    }
}

/// The level a region's name tells (`四川省` → provincial; none: the national report).
fn level_of_region(region: &str) -> Level {
    if region.is_empty() {
        Level::National
    } else if region.contains('省')
        || region.contains("自治区")
        || MUNICIPALITIES.iter().any(|m| region.contains(m))
    {
        Level::Provincial
    } else if region.ends_with('区') || region.ends_with('县') || region.ends_with('旗') {
        Level::District
    } else if region.ends_with('市') || region.ends_with('州') || region.ends_with('盟') {
        Level::City
    } else {
        Level::Unknown
    }
}

/// The region a title names: the title without its year and the words of every report title
/// (`2026年上海市政府工作报告` → `上海市`; the national report's is empty).
#[must_use]
pub fn region_of(title: &str) -> String {
    let mut rest = title.trim().trim_start_matches("解读");
    // A leading or trailing year: `2026年…`, `…2026年…`.
    if let Some((head, tail)) = rest.split_once('年')
        && head.chars().all(|c| c.is_ascii_digit())
        && !head.is_empty()
    {
        rest = tail;
    }
    let mut region = rest.to_owned();
    for words in ["人民政府工作报告", "政府工作报告", "国务院"] {
        region = region.replace(words, "");
    }
    // `陕西省2026年` (a year after the region).
    if let Some((head, tail)) = region.split_once('年')
        && tail.is_empty()
        && head.len() > 4
    {
        let digits = head.chars().rev().take_while(char::is_ascii_digit).count();
        region = head.chars().take(head.chars().count() - digits).collect();
    }
    region.trim().to_owned()
}

/// The region and level of the report printed with `meta`: from the title, or from the meeting
/// line where the title names none (`福建省第十四届…` → 福建省, provincial); the national
/// report's region is empty.
#[must_use]
pub fn place_of(meta: &Meta) -> (String, Level) {
    let national = meta.occasion.contains("全国人民代表大会");
    let region = match region_of(&meta.title) {
        r if r.is_empty() && !national => region_of_occasion(&meta.occasion),
        r => r,
    };
    let level = if national {
        Level::National
    } else {
        level_of_region(&region)
    };
    (region, level)
}

/// The region a meeting line names: what stands before its session (`福建省第十四届…` →
/// 福建省); empty for the national one or a line that names none.
fn region_of_occasion(occasion: &str) -> String {
    let Some(at) = occasion.find('第') else {
        return String::new();
    };
    let region = occasion[..at].trim();
    let session = &occasion[at..];
    if session.contains('届') && !session.contains("全国") {
        region.to_owned()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_titled_just_so_is_placed_by_its_meeting_line() {
        let meta = |title: &str, occasion: &str| Meta {
            title: title.to_owned(),
            occasion: occasion.to_owned(),
            ..Meta::default()
        };
        let place = |title: &str, occasion: &str| place_of(&meta(title, occasion));
        assert_eq!(
            place("政府工作报告", "福建省第十四届人民代表大会第四次会议"),
            ("福建省".to_owned(), Level::Provincial)
        );
        assert_eq!(
            place("政府工作报告", "郑州市第十六届人民代表大会第三次会议"),
            ("郑州市".to_owned(), Level::City)
        );
        assert_eq!(
            place("政府工作报告", "第十四届全国人民代表大会第二次会议"),
            (String::new(), Level::National)
        );
        // The title, where it names one, comes first.
        assert_eq!(
            place(
                "2026年上海市政府工作报告",
                "上海市第十六届人民代表大会第四次会议"
            ),
            ("上海市".to_owned(), Level::Provincial)
        );
    }

    #[test]
    fn titles_tell_level_and_region() {
        for (title, level, region) in [
            ("政府工作报告", Level::National, ""),
            ("2026年上海市政府工作报告", Level::Provincial, "上海市"),
            ("2026年四川省人民政府工作报告", Level::Provincial, "四川省"),
            (
                "2026年内蒙古自治区政府工作报告",
                Level::Provincial,
                "内蒙古自治区",
            ),
            ("陕西省2026年政府工作报告", Level::Provincial, "陕西省"),
            ("解读上街区政府工作报告", Level::District, "上街区"),
            ("2025年郑州市政府工作报告", Level::City, "郑州市"),
        ] {
            assert_eq!(region_of(title), region, "{title}");
            assert_eq!(level_of(title), level, "{title}");
        }
    }
}
