//! Units in English for the English interface: a chart's title unit and its tick labels must
//! not stay Chinese there. Only the unit's words are translated; the numbers stay exactly as
//! the report writes them (`314.8` under "CNY 100m" is the report's 314.8亿元). A unit missing
//! from the table is shown as written rather than guessed.

use crate::i18n::{Lang, Strings};

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

#[cfg(test)]
mod tests {
    use crate::i18n::{EN, ZH};

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
