//! The app with a synthetic report 100 times the real one (≈2,600 sections, ≈12,000
//! indicators, 600 charts): it opens from a file, navigates, searches and draws charts.
//! Timings are in `benches/frames.rs` and BENCHMARKS.md, not here.

#![allow(clippy::expect_used)]

use crate::common::harness;
use egui_kittest::kittest::Queryable;
use jiedu::Command;
use jiedu::report::{Report, SectionRef, synthetic};
use jiedu::{ChartsCommand, OpenCommand, ReaderCommand, SearchCommand};

#[test]
fn a_report_a_hundred_times_larger_opens_and_works() {
    let real = Report::embedded().expect("loads");
    let big = synthetic::repeated(&real, 100);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.json");
    std::fs::write(&path, serde_json::to_vec(&big).expect("json")).expect("write");

    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(path)));
    harness.run();
    assert_eq!(
        harness.state().report().charts.len(),
        real.charts.len() * 100
    );
    assert!(harness.state().opening.failure.is_none());

    let last_chapter = big.chapters.len() - 1;
    let last = SectionRef {
        chapter: last_chapter,
        section: big.chapters[last_chapter].sections.len() - 1,
    };
    harness
        .state_mut()
        .apply(Command::Reader(ReaderCommand::GoTo(last)));
    harness.run();
    let title = &big.chapters[last_chapter]
        .sections
        .last()
        .expect("section")
        .title;
    assert!(harness.query_all_by_label(title).count() >= 1);

    harness
        .state_mut()
        .apply(Command::Search(SearchCommand::SetQuery(
            "中欧班列".to_owned(),
        )));
    harness.run();
    let (_, real_hits) = jiedu::search::data::search(&real, "中欧班列");
    assert!(real_hits > 0);
    assert_eq!(harness.state().doc.search.total, real_hits * 100);

    harness
        .state_mut()
        .apply(Command::Search(SearchCommand::ClearSearch));
    harness
        .state_mut()
        .apply(Command::Charts(ChartsCommand::SelectChart(
            jiedu::charts::data::ChartRef::Report(499),
        )));
    harness.run();
    assert_eq!(
        harness.state().doc.drawn.bar_rects.len(),
        big.charts[499].indicators.len()
    );
    // Six hundred charts are one menu, not six hundred labels: the chart is on the first screen.
    harness.get_by_label("显示的图表");
    let figure = harness
        .state()
        .doc
        .drawn
        .figure
        .clone()
        .expect("a chart is drawn")
        .rect;
    assert!(figure.top() < 300.0, "the chart starts at {figure:?}");
}
