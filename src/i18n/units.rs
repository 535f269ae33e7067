//! Units in English for the English interface: a chart's title unit and its tick labels must
//! not stay Chinese there. Only the unit's words are translated; the numbers stay exactly as
//! the report writes them (`314.8` under "CNY 100m" is the report's 314.8亿元). A unit missing
//! from the table is shown as written rather than guessed.

use crate::i18n::{Lang, Strings};
use crate::report::Qualifier;

/// Words of a value that its qualifier (or a range) already says, and range marks: what may
/// stand beside the numbers for the English form to say all the value says.
const SAID_BY_QUALIFIER: &[&str] = &[
    "左右",
    "以上",
    "以内",
    "以下",
    "不低于",
    "不少于",
    "不超过",
    "超过",
    "突破",
    "约",
    "近",
    "—",
    "–",
    "-",
    "~",
    "～",
    "至",
    "到",
];

/// Chinese unit → its English name, as a newsroom writes it.
const UNITS: &[(&str, &str)] = &[
    ("%", "%"),
    ("个百分点", "percentage points"),
    ("百分点", "percentage points"),
    ("万亿元", "CNY trillion"),
    ("亿元", "CNY 100m"),
    ("万元", "CNY 10,000"),
    ("元", "CNY"),
    ("亿美元", "USD 100m"),
    ("万美元", "USD 10,000"),
    ("美元", "USD"),
    ("万人", "10,000 people"),
    ("万人次", "10,000 visits"),
    ("人", "people"),
    ("人次", "visits"),
    ("万户", "10,000 households"),
    ("户", "households"),
    ("家", "firms"),
    ("个", "units"),
    ("项", "items"),
    ("所", "schools"),
    ("万吨", "10,000 tonnes"),
    ("亿吨", "100m tonnes"),
    ("吨", "tonnes"),
    ("亿斤", "100m jin"),
    ("万亩", "10,000 mu"),
    ("亩", "mu"),
    ("公里", "km"),
    ("千米", "km"),
    ("平方公里", "km²"),
    ("万平方米", "10,000 m²"),
    ("平方米", "m²"),
    ("万千瓦", "10,000 kW"),
    ("千瓦", "kW"),
    ("亿千瓦时", "100m kWh"),
    ("万套", "10,000 homes"),
    ("套", "homes"),
    ("天", "days"),
    ("年", "years"),
];

/// The English name of `unit`, when the table has it.
#[must_use]
pub fn english(unit: &str) -> Option<&'static str> {
    UNITS.iter().find(|(zh, _)| *zh == unit).map(|(_, en)| *en)
}

impl Strings {
    /// `unit` in the interface language: in English when the table knows it, else as written.
    #[must_use]
    pub fn unit<'a>(&self, unit: &'a str) -> &'a str {
        match self.lang {
            Lang::En => english(unit).unwrap_or(unit),
            Lang::Zh => unit,
        }
    }

    /// A value as written, for a figure whose unit the title already names: in Chinese as the
    /// report writes it (`314.8亿元`); in English without a Chinese unit the title carries in
    /// English (`314.8`), so the figure has no Chinese in it. `%` stays, as everywhere.
    #[must_use]
    pub fn value_in_figure<'a>(&self, value_text: &'a str, unit: &str) -> &'a str {
        if self.lang == Lang::Zh || unit == "%" || english(unit).is_none() {
            return value_text;
        }
        value_text
            .strip_suffix(unit)
            .map_or(value_text, str::trim_end)
    }
}

impl Strings {
    /// A value in a figure: in Chinese as [`Self::value_in_figure`]; in English the numbers as
    /// written with the qualifier in words (`2%左右` → `about 2%`, `5%以内` → `at most 5%`,
    /// `5%—5.5%` → `5–5.5%`; a unit the title names is left to it). A value with any other
    /// word (`3万余场`, `翻一番`) stays as written: never half translated.
    #[must_use]
    pub fn figure_value(
        &self,
        value_text: &str,
        qualifier: Option<Qualifier>,
        unit: &str,
    ) -> String {
        if self.lang == Lang::En
            && let Some(english) = english_value(value_text, qualifier, unit)
        {
            return english;
        }
        self.value_in_figure(value_text, unit).to_owned()
    }
}

/// [`Strings::figure_value`] in English, when the value says nothing the English leaves out.
#[must_use]
pub fn english_value(value_text: &str, qualifier: Option<Qualifier>, unit: &str) -> Option<String> {
    let folded = crate::report::fold_width(value_text);
    let percent = folded.contains('%');
    if !percent && unit != "%" && english(unit).is_none() {
        return None;
    }
    let mut rest = folded.replace('%', " ");
    if !unit.is_empty() {
        rest = rest.replace(unit, " ");
    }
    for words in SAID_BY_QUALIFIER {
        rest = rest.replace(words, " ");
    }
    let numbers: Vec<&str> = rest.split_whitespace().collect();
    let is_number = |n: &&str| {
        n.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && n.chars().any(|c| c.is_ascii_digit())
    };
    if numbers.is_empty() || numbers.len() > 2 || !numbers.iter().all(is_number) {
        return None;
    }
    let pct = if percent { "%" } else { "" };
    let shown = numbers.join("–") + pct;
    Some(match qualifier {
        Some(Qualifier::About) => format!("about {shown}"),
        Some(Qualifier::AtLeast) => format!("at least {shown}"),
        Some(Qualifier::AtMost) => format!("at most {shown}"),
        Some(Qualifier::Over) => format!("over {shown}"),
        Some(Qualifier::Nearly) => format!("nearly {shown}"),
        Some(Qualifier::Range) | None => shown,
    })
}

#[cfg(test)]
mod tests {
    use super::english_value;
    use crate::i18n::{EN, ZH};
    use crate::report::Qualifier;

    #[test]
    fn an_english_value_says_its_qualifier_in_words_and_keeps_its_numbers() {
        let cases = [
            ("2%左右", Some(Qualifier::About), "%", Some("about 2%")),
            ("5%以内", Some(Qualifier::AtMost), "%", Some("at most 5%")),
            (
                "60万人以上",
                Some(Qualifier::AtLeast),
                "万人",
                Some("at least 60"),
            ),
            ("5%—5.5%", Some(Qualifier::Range), "%", Some("5–5.5%")),
            ("5.0%", None, "%", Some("5.0%")),
            ("２％左右", Some(Qualifier::About), "%", Some("about 2%")),
            // Words the English would leave out: as written.
            ("3万余场", Some(Qualifier::Over), "场", None),
            ("翻一番", None, "%", None),
            ("1.3万亿斤以上", Some(Qualifier::AtLeast), "亿斤", None),
        ];
        for (text, q, unit, en) in cases {
            assert_eq!(english_value(text, q, unit).as_deref(), en, "{text}");
        }
        assert_eq!(EN.figure_value("3万余场", None, "场"), "3万余场");
        assert_eq!(
            ZH.figure_value("2%左右", Some(Qualifier::About), "%"),
            "2%左右"
        );
    }

    #[test]
    fn units_are_english_only_in_the_english_interface() {
        assert_eq!(EN.unit("亿元"), "CNY 100m");
        assert_eq!(EN.unit("个百分点"), "percentage points");
        assert_eq!(ZH.unit("亿元"), "亿元");
        // Unknown units are shown as written, never guessed.
        assert_eq!(EN.unit("标准箱"), "标准箱");
    }

    #[test]
    fn values_keep_their_number_as_written() {
        assert_eq!(EN.value_in_figure("314.8亿元", "亿元"), "314.8");
        assert_eq!(EN.value_in_figure("57.8%", "%"), "57.8%");
        assert_eq!(ZH.value_in_figure("314.8亿元", "亿元"), "314.8亿元");
        // A value written with another unit than the chart's keeps it.
        assert_eq!(EN.value_in_figure("3万余场", "场"), "3万余场");
    }
}
