//! Opening a report anyway when its only problems are in its figures: the text is sound, so
//! the reader can show it; each broken figure is kept, marked for review with a note saying
//! what is wrong, and so left out of charts until a person fixes or rejects it. Structural
//! problems (no chapters, a broken chart, the file's shape) still refuse.

use std::collections::BTreeSet;

use super::problem::index_in;
use super::{FORMAT_VERSION, LoadError, Problem, Report, Review, validate};

/// Whether every problem lies in a figure: a figure's own fields, or a chart's bar that names
/// a figure.
#[must_use]
pub fn only_figures(problems: &[Problem]) -> bool {
    !problems.is_empty()
        && problems.iter().all(|p| {
            index_in(&p.path, "indicators").is_some()
                || (index_in(&p.path, "charts").is_some() && p.path.contains("].indicators["))
        })
}

/// The report in `text` with its broken figures marked for review; how many were marked.
///
/// # Errors
/// The text is not a report's JSON, or it has problems outside its figures.
pub fn open_anyway(text: &str) -> Result<(Report, usize), LoadError> {
    // Parsed and validated once; only a text that does not parse goes through `from_json`
    // again, for its worded error.
    let Ok(mut report) = serde_json::from_str::<Report>(text) else {
        return Report::from_json(text).map(|r| (r, 0));
    };
    let problems = validate(&report);
    if problems.is_empty() {
        return Ok((report, 0));
    }
    if !only_figures(&problems) {
        return Err(LoadError::Invalid(problems));
    }
    let mut broken: BTreeSet<usize> = BTreeSet::new();
    let mut notes: Vec<(usize, String)> = Vec::new();
    let ids = report.indicator_ids();
    for p in &problems {
        let figure = index_in(&p.path, "indicators").or_else(|| {
            // A chart's bar: the figure it names, when there is one.
            let c = index_in(&p.path, "charts")?;
            let rest = &p.path[p.path.find("].")? + 2..];
            let k = index_in(rest, "indicators")?;
            let id = report.charts.get(c)?.indicators.get(k)?;
            ids.get(id.as_str()).copied()
        });
        if let Some(i) = figure {
            broken.insert(i);
            notes.push((i, p.rule.to_string()));
        }
    }
    // A bar that names no figure at all is dropped from its chart.
    let known: BTreeSet<String> = report.indicators.iter().map(|i| i.id.clone()).collect();
    for chart in &mut report.charts {
        chart.indicators.retain(|id| known.contains(id));
    }
    for (i, note) in notes {
        if let Some(ind) = report.indicators.get_mut(i) {
            let said = format!("打开时发现的问题：{note}");
            ind.note = Some(match ind.note.take() {
                Some(before) => format!("{before} {said}"),
                None => said,
            });
        }
    }
    for &i in &broken {
        if let Some(ind) = report.indicators.get_mut(i) {
            ind.review = Some(Review::Unreviewed);
        }
    }
    // The review state needs the current format (only supported versions get this far).
    report.format_version = FORMAT_VERSION;
    Ok((report, broken.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn broken_figure_text() -> String {
        let mut v: serde_json::Value =
            serde_json::from_str(crate::EMBEDDED_JSON).expect("the built-in report is JSON");
        v["indicators"][1]["quote"] = "工业投资增长99%".into();
        v.to_string()
    }

    #[test]
    fn a_report_broken_only_in_a_figure_opens_with_it_marked() {
        let text = broken_figure_text();
        assert!(
            Report::from_json(&text).is_err(),
            "the file itself is refused"
        );
        let (report, marked) = open_anyway(&text).expect("opens anyway");
        assert_eq!(marked, 1);
        let figure = &report.indicators[1];
        assert_eq!(figure.review, Some(Review::Unreviewed));
        assert!(!figure.charted());
        assert!(
            figure
                .note
                .as_deref()
                .is_some_and(|n| n.contains("打开时发现的问题：引文“工业投资增长99%”")),
            "{:?}",
            figure.note
        );
        // Every other figure is as written: no review asked of them.
        assert!(
            report
                .indicators
                .iter()
                .enumerate()
                .all(|(i, f)| i == 1 || f.review.is_none())
        );
        assert_eq!(report.format_version, crate::FORMAT_VERSION);
    }

    #[test]
    fn a_structural_problem_still_refuses() {
        let mut v: serde_json::Value = serde_json::from_str(crate::EMBEDDED_JSON).expect("JSON");
        v["indicators"][1]["quote"] = "工业投资增长99%".into();
        v["chapters"] = serde_json::json!([]);
        assert!(open_anyway(&v.to_string()).is_err());
        assert!(open_anyway("{").is_err());
    }
}
