//! Lookups computed once when a report opens, in one pass each, so that a large report costs
//! linear time to open rather than sections × charts.

use std::collections::HashMap;

use super::{Report, SectionRef};

/// The charts that draw an indicator of each section, in report order: computed once, in one
/// pass over the charts, when a report opens (the chart panel offers a section's charts).
#[must_use]
pub fn charts_by_section(report: &Report) -> HashMap<SectionRef, Vec<usize>> {
    let sections = report.section_index();
    let ids = report.indicator_ids();
    let mut by: HashMap<SectionRef, Vec<usize>> = HashMap::new();
    for (c, chart) in report.charts.iter().enumerate() {
        for id in &chart.indicators {
            let Some(&i) = ids.get(id.as_str()) else {
                continue;
            };
            if let Some(&r) = sections.get(report.indicators[i].section.as_str()) {
                let charts = by.entry(r).or_default();
                if charts.last() != Some(&c) {
                    charts.push(c);
                }
            }
        }
    }
    by
}
