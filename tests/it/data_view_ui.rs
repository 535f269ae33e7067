//! The data view: filter, sort, copy as CSV, and chart ticked rows.

use crate::common::harness;
use egui_kittest::kittest::Queryable;
use jiedu::charts::data::ChartRef;

fn open_data_tab(harness: &mut egui_kittest::Harness<'_, jiedu::JieduApp>) {
    harness.get_by_label("数据").click();
    harness.run();
    assert_eq!(
        harness.state().side_tab,
        jiedu::data_view::state::SideTab::Data
    );
}

fn type_filter(harness: &mut egui_kittest::Harness<'_, jiedu::JieduApp>, text: &str) {
    harness.get_by_label("筛选").focus();
    harness.run();
    harness.get_by_label("筛选").type_text(text);
    harness.run();
}

#[test]
fn copy_as_csv_copies_every_visible_row() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    type_filter(&mut harness, "投资");
    let shown = harness.state().doc.data_view.rows.len();
    assert!(shown > 3 && shown < harness.state().report().indicators.len());
    harness.get_by_label("复制为 CSV").click();
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("CSV on the clipboard");
    let lines: Vec<&str> = copied.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), shown + 1, "header plus every row shown");
    assert!(lines[0].starts_with("id,指标"));
    for row in &harness.state().doc.data_view.rows {
        let id = &harness.state().report().indicators[row.indicator].id;
        assert!(
            lines.iter().any(|l| l.starts_with(&format!("{id},"))),
            "{id}"
        );
    }
}

#[test]
fn clicking_a_column_header_sorts() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    harness.get_by_label("数值").click();
    harness.run();
    harness.get_by_label("数值 ▲").click();
    harness.run();
    let state = harness.state();
    assert!(state.doc.data_view.query.descending);
    let values: Vec<f64> = state
        .doc
        .data_view
        .rows
        .iter()
        .filter_map(|r| state.report().indicators[r.indicator].value)
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]));
    let max = state
        .report()
        .indicators
        .iter()
        .filter_map(|i| i.value)
        .fold(f64::MIN, f64::max);
    assert!((values[0] - max).abs() < f64::EPSILON);
    // Figures without a number go last.
    let last = state.doc.data_view.rows.last().expect("rows");
    assert!(state.report().indicators[last.indicator].value.is_none());
}

#[test]
fn ticked_rows_of_one_unit_become_a_chart() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    type_filter(&mut harness, "投资增长");
    let rows = harness.state().doc.data_view.rows.len();
    assert!(rows >= 3);
    for checkbox in harness
        .get_all_by_role(egui::accesskit::Role::CheckBox)
        .take(2)
    {
        checkbox.click();
    }
    harness.run();
    assert_eq!(harness.state().doc.data_view.ticked.len(), 2);
    harness.get_by_label("用勾选的行作图").click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.side_tab, jiedu::data_view::state::SideTab::Charts);
    assert_eq!(state.doc.charts.custom.len(), 1);
    assert_eq!(state.doc.charts.selected, ChartRef::Custom(0));
    assert_eq!(state.doc.drawn.bar_rects.len(), 2);
    // In the picker, and as the title of the chart shown.
    assert!(harness.query_by_label("自选图表 1").is_some());
    assert!(harness.query_by_label("自选图表 1（%）").is_some());
}
