//! Fixing the importer's sections in review, as a user does: 并入上一节 beside a heading the
//! importer should not have made, and a short paragraph selected and made the heading of a
//! new section; both undo. The text is a small invented one (not a real report) with exactly
//! these two faults.

#![allow(clippy::expect_used)]

use crate::common::{drag, harness, until_imported};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::JieduApp;
use jiedu::report::validate;

/// Invented for this test: a heading printed as a sentence (工业稳步回升。) and a section
/// (（二）…) that belongs to the one before it.
const TEXT: &str = "2024年政府工作报告\n一、过去一年工作回顾\n（一）经济稳中向好\n全区生产总值增长7.5%。\n工业稳步回升。\n规上工业增加值增长6%，新签约项目28个。\n（二）民生持续改善\n城镇新增就业1.2万人。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长7%左右。\n";

fn pasted() -> Harness<'static, JieduApp> {
    let mut harness = harness();
    harness.event(egui::Event::Paste(TEXT.to_owned()));
    until_imported(&mut harness);
    harness
}

fn titles(harness: &Harness<'_, JieduApp>) -> Vec<String> {
    harness.state().report().chapters[0]
        .sections
        .iter()
        .map(|s| s.title.clone())
        .collect()
}

fn section_of(harness: &Harness<'_, JieduApp>, value_text: &str) -> String {
    let r = harness.state().report();
    let ind = r
        .indicators
        .iter()
        .find(|i| i.value_text == value_text)
        .expect("figure");
    r.chapters
        .iter()
        .flat_map(|c| &c.sections)
        .find(|s| s.id == ind.section)
        .map(|s| s.title.clone())
        .expect("section")
}

#[test]
fn a_wrong_section_merges_into_the_one_before_and_undoes() {
    let mut harness = pasted();
    assert_eq!(
        titles(&harness),
        ["（一）经济稳中向好", "（二）民生持续改善"]
    );
    harness.get_by_label("并入上一节").click();
    harness.run();
    assert_eq!(titles(&harness), ["（一）经济稳中向好"]);
    assert_eq!(section_of(&harness, "1.2万人"), "（一）经济稳中向好");
    assert_eq!(validate(harness.state().report()), vec![]);
    // The printed heading is still in the text, now as a paragraph.
    harness.get_by_role_and_label(Role::Label, "（二）民生持续改善");
    assert!(harness.state().unsaved_review());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        titles(&harness),
        ["（一）经济稳中向好", "（二）民生持续改善"]
    );
    assert_eq!(section_of(&harness, "1.2万人"), "（二）民生持续改善");
}

#[test]
fn a_paragraph_selected_becomes_the_heading_of_a_new_section() {
    let mut harness = pasted();
    let rect = harness
        .get_by_role_and_label(Role::Label, "工业稳步回升。")
        .rect();
    let (from, to) = (
        rect.left_center() + egui::vec2(2.0, 0.0),
        rect.right_center() - egui::vec2(2.0, 0.0),
    );
    drag(&mut harness, from, to);
    harness.get_by_label("这一段是标题：另起一节").click();
    harness.run();
    assert_eq!(
        titles(&harness),
        ["（一）经济稳中向好", "工业稳步回升。", "（二）民生持续改善"]
    );
    assert_eq!(section_of(&harness, "6%"), "工业稳步回升。");
    assert_eq!(section_of(&harness, "28个"), "工业稳步回升。");
    assert_eq!(section_of(&harness, "7.5%"), "（一）经济稳中向好");
    assert_eq!(validate(harness.state().report()), vec![]);
    // The navigator lists the new section.
    assert!(
        harness
            .query_all_by_label("工业稳步回升。")
            .any(|n| n.accesskit_node().role() != Role::Label)
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        titles(&harness),
        ["（一）经济稳中向好", "（二）民生持续改善"]
    );
}

#[test]
fn without_a_mouse_a_search_hit_is_selected_and_added_as_a_figure() {
    let mut harness = pasted();
    let before = harness.state().report().indicators.len();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .get_by_role(Role::TextInput)
        .type_text("新签约项目28个");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    // The search hit, highlighted, becomes the selection; the keyboard presses the buttons.
    let select = harness.get_by_label("选中高亮的文字：新签约项目28个");
    select.focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("选中：新签约项目28个");
    harness.get_by_label("添加为数字").focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let r = harness.state().report();
    assert_eq!(r.indicators.len(), before + 1);
    let added = r.indicators.last().expect("added");
    assert_eq!(added.value_text, "28个");
    assert_eq!(added.quote, "新签约项目28个");
    harness.get_by_label("更正数字");
}
