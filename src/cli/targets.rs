//! `jiedu dataset … --targets`: one row per report and headline indicator it sets a target
//! for (GDP growth, jobs, prices …, the comparison's table), with the target as written and,
//! where the same region's report of the next year is among them, the result that report gives
//! for the year and the gap. The panel economists build of local growth targets, with every
//! figure's sentence. The columns are documented in `docs/dataset.md`.

use super::read::Read;
use crate::compare::canonical::name_of;
use crate::compare::outcomes::{Pair, Placed, pairs};
use crate::compare::targets::side_by_side;
use crate::data_view::table_text::field;

/// The columns of the targets table, in order.
pub const COLUMNS: [&str; 20] = [
    "report",
    "region",
    "level",
    "year",
    "indicator",
    "indicator_zh",
    "indicator_en",
    "label",
    "value_text",
    "value",
    "value_hi",
    "qualifier",
    "unit",
    "quote",
    "result_report",
    "result_value_text",
    "result_value",
    "result_quote",
    "gap",
    "gap_unit",
];

/// The targets table of `reports` (without the header line and BOM), one CSV line a row.
pub(super) fn rows(reports: &[Read], csv: &mut String) {
    let placed: Vec<Placed<'_>> = reports
        .iter()
        .map(|r| Placed {
            key: &r.file,
            region: &r.region,
            year: r.report.meta.year,
            report: &r.report,
        })
        .collect();
    let results = pairs(&placed);
    for read in reports {
        for row in side_by_side(&[&read.report]) {
            let (Some(canonical), Some(Some(said))) = (row.canonical, row.said.first()) else {
                continue;
            };
            let Some(ind) = read.report.indicators.get(said.indicator) else {
                continue;
            };
            let result = results
                .iter()
                .find(|p| p.key == canonical.key && p.target.0 == read.file);
            // The result's value as its report writes it (the pair keeps it signed).
            let result_value = result.and_then(|p| {
                let reviewing = reports.iter().find(|r| r.file == p.result.0)?;
                reviewing.report.indicators.get(p.result.1.indicator)?.value
            });
            let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
            let fields: [String; 20] = [
                read.file.clone(),
                read.region.clone(),
                read.level.clone(),
                number(read.report.meta.year.map(f64::from)),
                canonical.key.to_owned(),
                name_of(canonical.key, true).unwrap_or_default().to_owned(),
                name_of(canonical.key, false).unwrap_or_default().to_owned(),
                ind.label.clone(),
                ind.value_text.clone(),
                number(ind.value),
                number(ind.value_hi),
                super::read::name_of(&ind.qualifier),
                ind.unit.clone().unwrap_or_default(),
                ind.quote.clone(),
                result.map(|p| p.result.0.clone()).unwrap_or_default(),
                result
                    .map(|p| p.result.1.value_text.clone())
                    .unwrap_or_default(),
                number(result_value),
                result.map(|p| p.result.1.quote.clone()).unwrap_or_default(),
                result.and_then(gap).unwrap_or_default(),
                result
                    .and_then(|p| p.gap.as_ref())
                    .map(|g| g.unit.clone())
                    .unwrap_or_default(),
            ];
            let line: Vec<String> = fields.iter().map(|f| field(f, ',')).collect();
            csv.push_str(&line.join(","));
            csv.push_str("\r\n");
        }
    }
}

/// The gap as the comparison shows it (`+0.2`, to the figures' own decimals).
fn gap(pair: &Pair) -> Option<String> {
    pair.gap.as_ref().map(crate::compare::outcomes::Gap::text)
}
