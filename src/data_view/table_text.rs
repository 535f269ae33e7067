//! The rows of the data view as text: tab-separated for the clipboard (spreadsheets split a
//! paste on tabs) and CSV for a file. Every column of the figure, values as written and as a
//! number, the qualifier and the note included.

use crate::data_view::table::Row;
use crate::i18n::Strings;
use crate::report::Report;
use crate::storage::csv::field;

/// Tab-separated text of `rows` with a header line, for the clipboard.
#[must_use]
pub fn to_tsv(report: &Report, rows: &[Row], s: &Strings) -> String {
    to_text(report, rows, s, '\t')
}

/// CSV (RFC 4180, header row) of `rows`, for a file; the caller adds [`crate::storage::csv::UTF8_BOM`].
#[must_use]
pub fn to_csv(report: &Report, rows: &[Row], s: &Strings) -> String {
    to_text(report, rows, s, ',')
}

fn to_text(report: &Report, rows: &[Row], s: &Strings, sep: char) -> String {
    let field = |f: &str| field(f, sep);
    let separator = sep.to_string();
    let header: Vec<String> = s.table_header.split(',').map(field).collect();
    let mut out = header.join(&separator);
    out.push_str("\r\n");
    for row in rows {
        let ind = &report.indicators[row.indicator];
        let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        let fields = [
            ind.id.as_str(),
            &ind.label,
            &ind.value_text,
            &number(ind.value),
            &number(ind.value_hi),
            ind.qualifier.map_or("", |q| s.qualifier(q)),
            ind.unit.as_deref().unwrap_or(""),
            s.kind(ind.kind),
            &s.period(ind.period, report.meta.year),
            &row.section_title,
            &ind.quote,
            ind.note.as_deref().unwrap_or(""),
            ind.direction.map_or("", |d| s.direction(d)),
            &number(ind.signed_value()),
            ind.review.map_or("", |r| s.review_state(r)),
            ind.doubt.as_deref().unwrap_or(""),
        ];
        let line: Vec<String> = fields.iter().map(|f| field(f)).collect();
        out.push_str(&line.join(&separator));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data_view::table::{TableQuery, rows};
    use crate::i18n::ZH;

    fn shown(r: &Report, text: &str) -> Vec<Row> {
        rows(
            r,
            &TableQuery {
                text: text.into(),
                ..TableQuery::default()
            },
        )
    }

    #[test]
    fn csv_has_a_header_and_one_line_per_row_with_quoting() {
        let r = Report::embedded().expect("loads");
        let rows = shown(&r, "投资");
        let csv = to_csv(&r, &rows, &ZH);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), rows.len() + 1);
        assert_eq!(
            lines[0],
            "id,指标,原文数值,数值,上限,限定,单位,类型,时期,小节,原文,注,方向,带符号数值,审核,疑点"
        );
        // A quote with a comma is quoted.
        assert!(csv.contains("\"新谋划上报专项债、国债、中央预算内投资等项目78个,总投资265亿元\""));
    }

    #[test]
    fn a_decrease_carries_its_direction_and_a_signed_value_and_a_doubt_its_words() {
        let mut r = Report::embedded().expect("loads");
        let i = r
            .indicators
            .iter()
            .position(|i| i.id == "finance_value_added_growth")
            .expect("a growth rate of 8.2%");
        r.indicators[i].direction = Some(crate::report::Direction::Down);
        r.indicators[i].review = Some(crate::report::Review::Unreviewed);
        r.indicators[i].doubt = Some("标签是推断的".to_owned());
        let rows = shown(&r, &r.indicators[i].label.clone());
        let tsv = to_tsv(&r, &rows, &ZH);
        let line = tsv
            .split("\r\n")
            .find(|l| l.starts_with(&r.indicators[i].id))
            .expect("its row");
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells[3], "8.2", "the number as written");
        assert_eq!(cells[12..], ["下降", "-8.2", "待确认", "标签是推断的"]);
    }

    #[test]
    fn tsv_separates_with_tabs_and_keeps_qualifier_and_note() {
        let r = Report::embedded().expect("loads");
        let tsv = to_tsv(&r, &shown(&r, "资产总规模"), &ZH);
        let lines: Vec<&str> = tsv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines[0].starts_with("id\t指标\t原文数值\t数值\t上限\t限定"));
        // 突破110亿元: over 110, as written, with its qualifier.
        let row: Vec<&str> = lines[1].split('\t').collect();
        assert_eq!(
            row[..7],
            [
                "soe_total_assets",
                "郑上新城集团资产总规模",
                "突破110亿元",
                "110",
                "",
                "超过",
                "亿元"
            ]
        );
        assert!(
            row[11].starts_with("原文为“突破110亿元”，即超过110亿元。"),
            "{}",
            row[11]
        );
        assert!(row[11].contains("可能指郑上新城集团，也可能指区属国企整体"));
    }
}
