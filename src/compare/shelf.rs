//! Which of the library's reports the window shows, and in what order: a library of hundreds
//! (a folder of city reports, 31 provinces over ten years) is read by searching and filtering,
//! not by scrolling. State without egui: the filter the user set, and the entries it lets through.

use super::library::{Entry, Level};

/// The order the library's reports are listed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// As they joined the library (the built-in report first).
    #[default]
    Added,
    /// By region, then year, newest first: a region's reports together.
    Region,
    /// By year, newest first, then region: a year's reports together.
    Year,
    /// By title.
    Title,
}

impl Order {
    /// Every order, as the menu lists them.
    pub const ALL: [Self; 4] = [Self::Added, Self::Region, Self::Year, Self::Title];
}

/// What the user asked the library window to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shelf {
    /// Words that must all be in the title, the region or the year (`浙江 2026`).
    pub query: String,
    /// Only reports of this level.
    pub level: Option<Level>,
    /// Only reports of this year.
    pub year: Option<i32>,
    /// The order.
    pub order: Order,
}

impl Shelf {
    /// Whether anything is filtered out (the window then offers to show everything again).
    #[must_use]
    pub fn filters(&self) -> bool {
        !self.query.trim().is_empty() || self.level.is_some() || self.year.is_some()
    }

    /// Whether `entry` passes the filter.
    #[must_use]
    pub fn lets_through(&self, entry: &Entry) -> bool {
        let year = entry.year.map(|y| y.to_string()).unwrap_or_default();
        let words_match = self.query.split_whitespace().all(|word| {
            let word = word.to_lowercase();
            [entry.title.as_str(), entry.region.as_str(), year.as_str()]
                .iter()
                .any(|field| field.to_lowercase().contains(&word))
        });
        words_match
            && self.level.is_none_or(|l| l == entry.level)
            && self.year.is_none_or(|y| entry.year == Some(y))
    }

    /// The entries that pass, in the order asked.
    #[must_use]
    pub fn shown<'a>(&self, entries: &'a [Entry]) -> Vec<&'a Entry> {
        let mut shown: Vec<&Entry> = entries.iter().filter(|e| self.lets_through(e)).collect();
        let newest_first = |e: &Entry| std::cmp::Reverse(e.year);
        match self.order {
            Order::Added => {}
            Order::Region => shown
                .sort_by(|a, b| (&a.region, newest_first(a)).cmp(&(&b.region, newest_first(b)))),
            Order::Year => shown
                .sort_by(|a, b| (newest_first(a), &a.region).cmp(&(newest_first(b), &b.region))),
            Order::Title => shown.sort_by(|a, b| a.title.cmp(&b.title)),
        }
        shown
    }
}

/// The years of the library's reports, newest first, for the year filter.
#[must_use]
pub fn years(entries: &[Entry]) -> Vec<i32> {
    let mut years: Vec<i32> = entries.iter().filter_map(|e| e.year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, title: &str, region: &str, level: Level, year: Option<i32>) -> Entry {
        Entry {
            key: key.to_owned(),
            title: title.to_owned(),
            level,
            region: region.to_owned(),
            year,
        }
    }

    fn library() -> Vec<Entry> {
        vec![
            entry(
                "a",
                "2026年浙江省政府工作报告",
                "浙江省",
                Level::Provincial,
                Some(2026),
            ),
            entry("b", "杭州市政府工作报告", "杭州市", Level::City, Some(2025)),
            entry(
                "c",
                "2025年浙江省政府工作报告",
                "浙江省",
                Level::Provincial,
                Some(2025),
            ),
            entry("d", "政府工作报告", "", Level::National, Some(2024)),
            entry("e", "Annual report", "Hong Kong", Level::Unknown, None),
        ]
    }

    fn keys(shelf: &Shelf, entries: &[Entry]) -> Vec<String> {
        shelf.shown(entries).iter().map(|e| e.key.clone()).collect()
    }

    #[test]
    fn every_word_of_the_search_must_be_in_the_title_region_or_year() {
        let all = library();
        let search = |q: &str| {
            keys(
                &Shelf {
                    query: q.to_owned(),
                    ..Shelf::default()
                },
                &all,
            )
        };
        assert_eq!(search("浙江"), ["a", "c"]);
        assert_eq!(search("浙江 2025"), ["c"]);
        assert_eq!(search("  2025 "), ["b", "c"]);
        assert_eq!(search("hong"), ["e"], "Latin letters in any case");
        assert_eq!(search(""), ["a", "b", "c", "d", "e"]);
        assert!(search("广东").is_empty());
    }

    #[test]
    fn level_and_year_filters_combine_with_the_search() {
        let all = library();
        let shelf = Shelf {
            level: Some(Level::Provincial),
            year: Some(2025),
            ..Shelf::default()
        };
        assert_eq!(keys(&shelf, &all), ["c"]);
        assert!(shelf.filters());
        assert!(!Shelf::default().filters());
        let shelf = Shelf {
            query: "杭州".to_owned(),
            level: Some(Level::Provincial),
            ..Shelf::default()
        };
        assert!(keys(&shelf, &all).is_empty());
    }

    #[test]
    fn orders_put_a_region_or_a_year_together_newest_first() {
        let all = library();
        let order = |order: Order| {
            keys(
                &Shelf {
                    order,
                    ..Shelf::default()
                },
                &all,
            )
        };
        assert_eq!(order(Order::Added), ["a", "b", "c", "d", "e"]);
        // The national report has no region: it sorts first; Latin before Chinese by code.
        assert_eq!(order(Order::Region), ["d", "e", "b", "a", "c"]);
        assert_eq!(order(Order::Year), ["a", "b", "c", "d", "e"]);
        // By code point: digits, then Latin, then Chinese (政 U+653F before 杭 U+676D).
        assert_eq!(order(Order::Title), ["c", "a", "e", "d", "b"]);
        assert_eq!(years(&all), [2026, 2025, 2024]);
    }
}
