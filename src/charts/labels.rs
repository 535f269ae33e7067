//! How a chart and its bars are named, in the interface language: the words a reader sees in
//! the figure and a screen reader says for a bar. Here, not in the string table, because they
//! are made from a chart's data; no egui, so the export and the tests use them too.

use crate::charts::data::{BarDatum, ChartData};
use crate::i18n::Strings;
use crate::i18n::fill::fill;

impl Strings {
    /// What a screen reader says for a bar: label, value with unit as written (in English, the
    /// number as written and the unit in words), period.
    #[must_use]
    pub fn bar_label(&self, bar: &BarDatum, unit: &str) -> String {
        let shown = self.bar_value(bar, unit);
        // The unit the figure's title names, said with the value (a screen reader has no title
        // beside it); `%` and a value that keeps its own words already say it.
        let value = if unit != "%" && !shown.ends_with(unit) && !shown.ends_with('%') {
            format!("{shown} {}", self.unit(unit))
        } else {
            shown
        };
        fill(
            self.bar_label_n,
            &[
                ("label", &self.bar_name(bar)),
                ("value", &value),
                ("period", &self.period(bar.period, bar.year)),
            ],
        )
    }

    /// The chart in one sentence: what it shows, how many bars, the highest and the lowest.
    #[must_use]
    pub fn chart_summary(&self, data: &ChartData) -> String {
        let Some((max, min)) = data.extremes() else {
            return self.data_title(data).to_owned();
        };
        fill(
            self.chart_summary_n,
            &[
                ("title", &self.data_title(data)),
                ("unit", &self.unit(&data.unit)),
                ("n", &data.bars.len()),
                ("max_label", &self.bar_name(max)),
                ("max", &self.bar_value(max, &data.unit)),
                ("min_label", &self.bar_name(min)),
                ("min", &self.bar_value(min, &data.unit)),
            ],
        )
    }

    /// The title of a chart ready to draw, in the interface language when the report has it.
    #[must_use]
    pub fn data_title<'a>(&self, data: &'a ChartData) -> &'a str {
        self.pick(&data.title, data.title_en.as_deref())
    }

    /// The figure's title with its unit, in the interface language, named once: a title that
    /// already ends with its unit (an imported report names it where two of its charts would
    /// otherwise share a title) keeps it there, in English words in the English interface.
    #[must_use]
    pub fn figure_title(&self, data: &ChartData) -> String {
        let title = self.data_title(data);
        let stem = [
            format!("（{}）", data.unit),
            format!(" ({})", data.unit),
            format!("({})", data.unit),
        ]
        .iter()
        .find_map(|suffix| title.strip_suffix(suffix.as_str()))
        .unwrap_or(title);
        fill(
            self.title_with_unit,
            &[("title", &stem), ("unit", &self.unit(&data.unit))],
        )
    }

    /// A bar's value as the figure shows it (see [`Strings::figure_value`]).
    #[must_use]
    pub fn bar_value(&self, bar: &BarDatum, unit: &str) -> String {
        self.figure_value(&bar.value_text, bar.qualifier, unit)
    }

    /// A bar's label in the interface language, when the report has it.
    #[must_use]
    pub fn bar_name<'a>(&self, bar: &'a BarDatum) -> &'a str {
        self.pick(&bar.label, bar.label_en.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use crate::charts::data::{BarDatum, ChartData};
    use crate::i18n::{EN, ZH};

    #[test]
    fn a_bar_is_named_without_chinese_units_in_english() {
        let bar = BarDatum {
            indicator: 0,
            label: "城市更新完成投资".to_owned(),
            label_en: Some("Investment completed in urban renewal".to_owned()),
            value: 73.4,
            value_text: "73.4亿元".to_owned(),
            period: crate::report::Period::Review,
            year: Some(2024),
            kind: crate::report::Kind::Amount,
            qualifier: None,
        };
        let en = EN.bar_label(&bar, "亿元");
        assert!(en.contains("73.4 CNY 100m"), "{en}");
        assert!(!en.contains("亿元"), "{en}");
        assert!(ZH.bar_label(&bar, "亿元").contains("73.4亿元"));
    }

    #[test]
    fn the_figure_title_names_the_unit_once() {
        let data = |title: &str, en: &str| ChartData {
            chart: crate::charts::data::ChartRef::Report(0),
            title: title.to_owned(),
            title_en: Some(en.to_owned()),
            unit: "亿元".to_owned(),
            kind: crate::report::ChartKind::Result,
            bars: Vec::new(),
            footnotes: Vec::new(),
        };
        assert_eq!(
            ZH.figure_title(&data("完成投资", "Investment")),
            "完成投资（亿元）"
        );
        assert_eq!(
            ZH.figure_title(&data("2025年金额（亿元）", "2025: amounts (亿元)")),
            "2025年金额（亿元）"
        );
        assert_eq!(
            EN.figure_title(&data("2025年金额（亿元）", "2025: amounts (亿元)")),
            "2025: amounts (CNY 100m)"
        );
        assert_eq!(
            EN.figure_title(&data("完成投资", "Investment")),
            "Investment (CNY 100m)"
        );
    }
}
