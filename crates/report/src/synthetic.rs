//! Synthetic reports for scale tests and benchmarks: a report repeated `n` times, every id
//! suffixed so the copy stays valid. Not real data, and never shipped as such: only tests,
//! benchmarks and the fuzz corpus build them.

use super::Report;

/// `report` repeated `times` times (chapters, sections, indicators and charts), ids made
/// unique with `~k` suffixes, headings marked with the copy number.
#[must_use]
pub fn repeated(report: &Report, times: usize) -> Report {
    let mut out = Report {
        format_version: report.format_version,
        meta: report.meta.clone(),
        chapters: Vec::with_capacity(report.chapters.len() * times),
        indicators: Vec::with_capacity(report.indicators.len() * times),
        charts: Vec::with_capacity(report.charts.len() * times),
    };
    out.meta.title = format!("{}（×{times} 合成测试数据）", report.meta.title);
    for k in 0..times {
        let id = |s: &str| format!("{s}~{k}");
        for chapter in &report.chapters {
            let mut c = chapter.clone();
            c.id = id(&c.id);
            c.title = format!("{}（{}）", c.title, k + 1);
            for s in &mut c.sections {
                s.id = id(&s.id);
            }
            out.chapters.push(c);
        }
        for indicator in &report.indicators {
            let mut i = indicator.clone();
            i.id = id(&i.id);
            i.section = id(&i.section);
            i.same_as = i.same_as.as_deref().map(id);
            out.indicators.push(i);
        }
        for chart in &report.charts {
            let mut c = chart.clone();
            c.id = id(&c.id);
            c.title = format!("{}（{}）", c.title, k + 1);
            c.indicators = c.indicators.iter().map(|s| id(s)).collect();
            c.footnotes = c.footnotes.iter().map(|s| id(s)).collect();
            out.charts.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate;

    #[test]
    fn a_hundred_copies_are_valid_and_a_hundred_times_larger() {
        let real = Report::embedded().expect("loads");
        let big = repeated(&real, 100);
        assert_eq!(big.indicators.len(), real.indicators.len() * 100);
        assert_eq!(big.charts.len(), real.charts.len() * 100);
        assert_eq!(
            big.section_refs().count(),
            real.section_refs().count() * 100
        );
        assert_eq!(validate(&big), vec![]);
        let json = serde_json::to_string(&big).expect("json");
        assert_eq!(Report::from_json(&json).expect("loads"), big);
    }
}
