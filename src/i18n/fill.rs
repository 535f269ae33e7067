//! The strings with numbers, paths or names in them: the table's `{name}` templates filled in,
//! and the names of the report's kinds and periods in the interface language.

use std::fmt::Display;
use std::path::Path;

use crate::i18n::Lang;
use crate::i18n::Strings;
use crate::report::{Chart, Indicator, Kind, Meta, Period};

/// Replaces each `{name}` in `template` by its value.
#[must_use]
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// Whether `c` is a CJK character or CJK/fullwidth punctuation: English text has none (tests).
/// `3月19日` → `19 March`, `2024年3月19日` → `19 March 2024`: a date as printed, in English.
/// `None` for anything else (it is then left out rather than shown in Chinese).
fn english_date(date: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (year, rest) = match date.split_once('年') {
        Some((y, rest)) => (Some(y.trim().parse::<u32>().ok()?), rest),
        None => (None, date),
    };
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let month = MONTHS.get(month.trim().parse::<usize>().ok()?.checked_sub(1)?)?;
    let day: u32 = day.trim().parse().ok()?;
    Some(match year {
        Some(y) => format!("{day} {month} {y}"),
        None => format!("{day} {month}"),
    })
}

#[cfg(test)]
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

#[cfg(test)]
/// The `{name}` placeholders of a template, in order.
#[must_use]
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

impl Strings {
    /// Notice after "copy as CSV".
    #[must_use]
    pub fn copied_rows(&self, n: usize) -> String {
        fill(self.copied_rows_n, &[("n", &n)])
    }

    /// Title of the n-th chart made from the data view.
    #[must_use]
    pub fn custom_chart_title(&self, n: usize) -> String {
        fill(self.custom_chart_n, &[("n", &n)])
    }

    /// "n rows" under the table.
    #[must_use]
    pub fn row_count(&self, shown: usize, total: usize) -> String {
        fill(self.row_count_n, &[("shown", &shown), ("total", &total)])
    }

    /// "N hits" (with "showing the first M" when the list is capped).
    #[must_use]
    pub fn hit_count(&self, total: usize, shown: usize) -> String {
        let template = if total > shown {
            self.hit_count_capped
        } else {
            self.hit_count_n
        };
        fill(template, &[("total", &total), ("shown", &shown)])
    }

    /// "Section n of m".
    #[must_use]
    pub fn position(&self, n: usize, of: usize) -> String {
        fill(self.position_n, &[("n", &n), ("of", &of)])
    }

    /// "Text size 120%".
    #[must_use]
    pub fn text_size(&self, scale: f32) -> String {
        fill(self.text_size_n, &[("n", &format!("{:.0}", scale * 100.0))])
    }

    /// Source line under an exported chart: the report's title, the meeting, the date as
    /// printed and the report's year. In English the title is English with the Chinese one in
    /// parentheses (a report with no English title is named by its region, `region_en`, when
    /// it has an English name); a Chinese meeting or date with no English form is left out.
    #[must_use]
    pub fn figure_source(&self, meta: &Meta, region_en: Option<&str>) -> String {
        let year = meta
            .year
            .map(|y| fill(self.source_year, &[("year", &y)]))
            .unwrap_or_default();
        let (title, occasion, date) = match self.lang {
            Lang::Zh => (meta.title.clone(), meta.occasion.clone(), meta.date.clone()),
            Lang::En => (
                match (&meta.title_en, region_en) {
                    (Some(en), _) => format!("{en} ({})", meta.title),
                    (None, Some(region)) => fill(
                        self.source_title_region_n,
                        &[("region", &region), ("title", &meta.title)],
                    ),
                    (None, None) => fill(self.source_title_zh_only, &[("title", &meta.title)]),
                },
                meta.occasion_en.clone().unwrap_or_default(),
                english_date(&meta.date).unwrap_or_default(),
            ),
        };
        let details: Vec<&str> = [occasion.as_str(), date.as_str(), year.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if details.is_empty() {
            fill(self.source_line, &[("title", &title)])
        } else {
            let details = details.join(self.source_separator);
            fill(
                self.source_line_details,
                &[("title", &title), ("details", &details)],
            )
        }
    }

    /// Notice after an image was written.
    #[must_use]
    pub fn saved_to(&self, path: &Path, size: [usize; 2]) -> String {
        let path = path.display();
        fill(
            self.saved_to_n,
            &[("w", &size[0]), ("h", &size[1]), ("path", &path)],
        )
    }

    /// Notice after an image was put on the clipboard.
    #[must_use]
    pub fn copied_image(&self, size: [usize; 2]) -> String {
        fill(self.copied_image_n, &[("w", &size[0]), ("h", &size[1])])
    }

    /// Progress of "export all".
    #[must_use]
    pub fn exporting(&self, done: usize, total: usize) -> String {
        fill(self.exporting_n, &[("done", &done), ("total", &total)])
    }

    /// Notice after "export all".
    #[must_use]
    pub fn exported_all(&self, written: usize, total: usize, folder: &Path) -> String {
        let folder = folder.display();
        fill(
            self.exported_all_n,
            &[
                ("written", &written),
                ("total", &total),
                ("folder", &folder),
            ],
        )
    }

    /// `en` in the English interface when the report gives it, else `zh`.
    pub(crate) fn pick<'a>(&self, zh: &'a str, en: Option<&'a str>) -> &'a str {
        match (self.lang, en) {
            (Lang::En, Some(en)) => en,
            _ => zh,
        }
    }

    /// An indicator's label in the interface language: in English the report's English
    /// label, else the glossary's, else the Chinese as written.
    #[must_use]
    pub fn indicator_label<'a>(&self, ind: &'a Indicator) -> std::borrow::Cow<'a, str> {
        match (self.lang, crate::i18n::glossary::label_en(ind)) {
            (Lang::En, Some(en)) => en,
            _ => std::borrow::Cow::Borrowed(&ind.label),
        }
    }

    /// A chart's title in the interface language, when the report has it.
    #[must_use]
    pub fn chart_title<'a>(&self, chart: &'a Chart) -> &'a str {
        self.pick(&chart.title, chart.title_en.as_deref())
    }

    /// Name of a qualifier (`about`, `at least` …).
    #[must_use]
    pub fn qualifier(&self, q: crate::report::Qualifier) -> &'static str {
        use crate::report::Qualifier;
        match q {
            Qualifier::About => self.q_about,
            Qualifier::AtLeast => self.q_at_least,
            Qualifier::AtMost => self.q_at_most,
            Qualifier::Over => self.q_over,
            Qualifier::Nearly => self.q_nearly,
            Qualifier::Range => self.q_range,
        }
    }

    /// A direction of change in words (`up`, `down`).
    #[must_use]
    pub fn direction(&self, d: crate::report::Direction) -> &'static str {
        match d {
            crate::report::Direction::Up => self.dir_up,
            crate::report::Direction::Down => self.dir_down,
        }
    }

    /// A review state in words.
    #[must_use]
    pub fn review_state(&self, review: crate::report::Review) -> &'static str {
        use crate::report::Review;
        match review {
            Review::Unreviewed => self.review_unreviewed,
            Review::Auto => self.review_auto,
            Review::Accepted => self.review_accepted,
            Review::Corrected => self.review_corrected,
            Review::Rejected => self.review_rejected,
        }
    }

    /// Name of an indicator kind.
    #[must_use]
    pub fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::GrowthRate => self.kind_growth_rate,
            Kind::Amount => self.kind_amount,
            Kind::Count => self.kind_count,
            Kind::Share => self.kind_share,
            Kind::Level => self.kind_level,
            Kind::Target => self.kind_target,
            Kind::PointChange => self.kind_point_change,
        }
    }

    /// Name of a period, with the year where the report's year (`meta.year`) gives it: the
    /// review is the year before the plan's.
    #[must_use]
    pub fn period(&self, period: Period, year: Option<i32>) -> String {
        match (period, year) {
            (Period::Review, Some(y)) => fill(self.period_review_year, &[("year", &(y - 1))]),
            (Period::Review, None) => self.period_review_short.to_owned(),
            (Period::Plan, Some(y)) => fill(self.period_plan_year, &[("year", &y)]),
            (Period::Plan, None) => self.period_plan.to_owned(),
            (Period::FiveYearReview, _) => self.period_five_year_review.to_owned(),
            (Period::FiveYearGoal, _) => self.period_five_year_goal.to_owned(),
        }
    }

    /// Short name of a period, for table cells; [`Self::period`] says the rest.
    #[must_use]
    pub fn period_short(&self, period: Period, year: Option<i32>) -> String {
        match period {
            Period::Review => self.period_review_short.to_owned(),
            Period::Plan => self.period(period, year),
            Period::FiveYearReview => self.period_five_year_review_short.to_owned(),
            Period::FiveYearGoal => self.period_five_year_goal_short.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};

    #[test]
    fn both_languages_have_every_key_filled_with_the_same_placeholders() {
        let (zh, en) = (ZH.entries(), EN.entries());
        assert_eq!(zh.len(), en.len());
        assert!(zh.len() > 100, "only {} keys", zh.len());
        for ((key, z), (key_en, e)) in zh.iter().zip(&en) {
            assert_eq!(key, key_en);
            assert!(!z.trim().is_empty(), "{key} is empty in Chinese");
            assert!(!e.trim().is_empty(), "{key} is empty in English");
            let (mut pz, mut pe) = (placeholders(z), placeholders(e));
            pz.sort_unstable();
            pe.sort_unstable();
            assert_eq!(pz, pe, "{key}: placeholders differ");
        }
    }

    #[test]
    fn english_is_english_and_chinese_is_chinese() {
        // The language switch names the other language in its own script.
        let mixed = ["switch_language", "switch_language_hint"];
        for (key, text) in EN.entries() {
            if !mixed.contains(&key) {
                assert!(!text.chars().any(is_cjk), "{key} is not translated: {text}");
            }
        }
        // A Chinese string that is all ASCII letters was probably left in English.
        let same_in_both = ["text_smaller", "text_bigger"];
        for ((key, z), (_, e)) in ZH.entries().into_iter().zip(EN.entries()) {
            if !same_in_both.contains(&key) && !mixed.contains(&key) {
                assert_ne!(z, e, "{key} is the same in both languages");
            }
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", &1), ("b", &"x")]),
            "1 and x, 1"
        );
        assert_eq!(placeholders("第 {n} / {of} 节"), ["n", "of"]);
        assert_eq!(ZH.hit_count(30, 20), "找到 30 处，显示前 20 处");
        assert_eq!(EN.position(2, 26), "Section 2 / 26");
        assert_eq!(EN.text_size(1.2), "Text 120%");
    }
}
