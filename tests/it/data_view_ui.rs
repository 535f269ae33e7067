//! The data view: filter, sort, copy as CSV, and chart ticked rows.

use crate::common::harness;
use egui_kittest::kittest::{NodeT, Queryable};
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
fn copy_table_copies_every_visible_row() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    type_filter(&mut harness, "投资");
    let shown = harness.state().doc.data_view.rows.len();
    assert!(shown > 3 && shown < harness.state().report().indicators.len());
    harness.get_by_label("复制表格").click();
    harness.step();
    let copied = crate::common::copied(&harness);
    let lines: Vec<&str> = copied.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), shown + 1, "header plus every row shown");
    assert!(lines[0].starts_with("id\t指标"));
    for row in &harness.state().doc.data_view.rows {
        let id = &harness.state().report().indicators[row.indicator].id;
        assert!(
            lines.iter().any(|l| l.starts_with(&format!("{id}\t"))),
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
    // By size across 万元 and 亿元, values as written.
    let shown: Vec<&str> = state
        .doc
        .data_view
        .rows
        .iter()
        .map(|r| state.report().indicators[r.indicator].value_text.as_str())
        .collect();
    assert_eq!(
        shown[..5],
        ["314.8亿元", "265亿元", "200亿元", "突破110亿元", "73.4亿元"]
    );
    let at = |text: &str| shown.iter().position(|s| *s == text).expect(text);
    assert!(at("1.6亿元") < at("7098万元") && at("7098万元") < at("3006万元"));
    assert!(
        at("13.6亿元") < at("14.1万元"),
        "14.1万元 is small, not between 亿元 figures"
    );
    // The column says how it sorts.
    harness.get_by_label("数值 ▼").hover();
    harness.run();
    assert!(harness.query_by_label_contains("按大小排序").is_some());
    let state = harness.state();
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
    // Its name follows the interface language.
    harness.get_by_label("English").click();
    harness.run();
    assert!(harness.query_by_label("My chart 1").is_some());
    assert!(harness.query_by_label("自选图表 1").is_none());
    // The user names it; the name is theirs in either language. The field holds the name
    // the title shows, not the Chinese one.
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Chart name");
    assert_eq!(field.value().as_deref(), Some("My chart 1"));
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Chart name")
        .type_text("Picked rates");
    harness.run();
    assert!(harness.query_by_label("Picked rates").is_some());
    assert!(harness.query_by_label("Picked rates (%)").is_some());
    harness.get_by_label("中文").click();
    harness.run();
    assert!(harness.query_by_label("Picked rates（%）").is_some());
}

#[test]
fn the_unit_filter_keeps_the_figures_of_one_unit() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "单位")
        .click();
    harness.run();
    // The choice in the list, not a unit cell of the table.
    harness
        .query_all_by_label("亿元")
        .find(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .expect("亿元 is offered")
        .click();
    harness.run();
    let state = harness.state();
    let units: Vec<Option<&str>> = state
        .doc
        .data_view
        .rows
        .iter()
        .map(|r| state.report().indicators[r.indicator].unit.as_deref())
        .collect();
    // The seventeen 亿元 figures, and not 110个 or 107% whose sentences mention 亿元.
    assert_eq!(units.len(), 17);
    assert!(units.iter().all(|u| *u == Some("亿元")));
    harness.get_by_label("显示 17 / 118 个指标");
}

#[test]
fn save_csv_writes_the_rows_shown_for_excel() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness();
    open_data_tab(&mut harness);
    type_filter(&mut harness, "投资");
    let shown = harness.state().doc.data_view.rows.len();
    harness.state_mut().csv.dialog_answer = Some(dir.path().join("investment"));
    harness.get_by_label("保存 CSV…").click();
    harness.run();
    let path = dir.path().join("investment.csv");
    let bytes = std::fs::read(&path).expect("the file is written, with .csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a UTF-8 BOM for Excel");
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "id,指标,原文数值,数值,上限,限定,单位,类型,时期,小节,原文,注,方向,带符号数值,审核,疑点"
    );
    // Rows with a line break inside a quoted field would break this count; none has one.
    assert_eq!(lines.len(), shown + 1);
    harness.get_by_label(&format!("已保存 {shown} 行到 {}", path.display()));
}

#[test]
fn hovering_a_cut_label_shows_all_of_it() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    harness
        .query_all_by_label("完成数字化转型诊断企业")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Row)
        .expect("the row")
        .hover();
    harness.run();
    assert!(
        harness
            .query_by_label("完成数字化转型诊断企业\n点击跳到正文中的这句话")
            .is_some(),
        "the tooltip gives the whole label"
    );
}

#[test]
fn why_ticked_rows_cannot_be_charted_is_said() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    // The first two rows: 10万吨 and 57.8%, two units.
    for checkbox in harness
        .get_all_by_role(egui::accesskit::Role::CheckBox)
        .take(2)
    {
        checkbox.click();
    }
    harness.run();
    assert!(
        harness
            .query_by_label("勾选的行单位不同：一个图表只能有一种单位")
            .is_some()
    );
}

#[test]
fn the_full_width_table_shows_each_figures_qualifier_and_quote() {
    let mut harness = harness();
    open_data_tab(&mut harness);
    assert!(
        harness.query_by_label("引文").is_none(),
        "not in the side panel"
    );
    harness.get_by_label("⇔ 全宽").click();
    harness.run();
    harness.get_by_label("限定");
    harness.get_by_label("引文");
    // The first rows: 再生铝项目规模 and 工业投资增长, with their quotes as written.
    harness.get_by_label("工业投资增长57.8%");
    type_filter(&mut harness, "登记失业率");
    harness.get_by_label("登记失业率控制在2%以内");
    harness.get_by_label(jiedu::i18n::ZH.q_at_most);
    // Back to the side panel: the text is in the main area again.
    harness.get_by_label("放回侧栏").click();
    harness.run();
    assert!(harness.query_by_label("引文").is_none());
}
