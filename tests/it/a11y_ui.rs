//! Everything through the AccessKit tree and the keyboard, as a screen-reader or keyboard user
//! meets it: each TOC entry and each bar found by its label, arrows between bars and Enter to
//! the sentence, figures in the text as links, the shortcuts overlay, and notices read out.

// Helpers outside #[test] functions panic on purpose when the UI lacks what a test needs.
#![allow(clippy::expect_used)]

use crate::common::{current_id, harness};
use egui::Key;
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::JieduApp;
use jiedu::charts::data::{ChartData, ChartRef};
use jiedu::i18n::ZH;
use jiedu::{ChartsCommand, ExportCommand, OpenCommand, TableCommand};

fn focused(harness: &Harness<'_, JieduApp>) -> Option<egui::Id> {
    harness.ctx.memory(egui::Memory::focused)
}

/// The chart the panel shows.
fn shown_chart(harness: &Harness<'_, JieduApp>) -> ChartData {
    harness
        .state()
        .doc
        .charts
        .data
        .clone()
        .expect("a chart is shown")
}

fn press(harness: &mut Harness<'_, JieduApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn every_toc_entry_is_found_by_its_label() {
    let harness = harness();
    let report = harness.state().report().clone();
    for chapter in &report.chapters {
        // A one-section chapter is a single entry under the chapter's title.
        let titles: Vec<&str> = if chapter.sections.len() == 1 {
            vec![chapter.title.as_str()]
        } else {
            chapter.sections.iter().map(|s| s.title.as_str()).collect()
        };
        for title in titles {
            assert!(
                !harness
                    .query_all_by_label(title)
                    .collect::<Vec<_>>()
                    .is_empty(),
                "no node labelled {title}"
            );
        }
    }
}

#[test]
fn every_bar_is_announced_with_label_value_and_period() {
    let mut harness = harness();
    let count = harness.state().report().charts.len();
    for chart in 0..count {
        harness
            .state_mut()
            .apply(jiedu::Command::Charts(ChartsCommand::SelectChart(
                ChartRef::Report(chart),
            )));
        harness.run();
        let data = shown_chart(&harness);
        assert!(!data.bars.is_empty());
        for bar in &data.bars {
            // The name written out here, not made by the app's own template.
            let period = match bar.period {
                jiedu::report::Period::Plan => "2024年",
                _ => "过去一年（2023年，由报告年份推算）",
            };
            let label = format!("{}：{}，{}", bar.label, bar.value_text, period);
            let node = harness.get_by_label(&label);
            assert_eq!(node.accesskit_node().role(), Role::Button, "{label}");
        }
        // The chart's text summary names the chart and its highest and lowest values.
        let (max, min) = data.extremes().expect("bars");
        let summaries = harness
            .query_all_by(|n| {
                // A label's text is its value.
                n.value().is_some_and(|l| {
                    l.starts_with(&format!("图表“{}”", data.title))
                        && l.contains(&max.value_text)
                        && l.contains(&min.value_text)
                })
            })
            .count();
        assert!(summaries >= 1, "no summary of {}", data.title);
    }
}

#[test]
fn arrows_move_between_bars_and_enter_goes_to_the_sentence() {
    let mut harness = harness();
    let data = shown_chart(&harness);
    let ids: Vec<egui::Id> = data
        .bars
        .iter()
        .map(|b| jiedu::charts::keyboard_ui::bar_id(data.chart, b.indicator))
        .collect();
    harness
        .get_by_label(&ZH.bar_label(&data.bars[0], &data.unit))
        .focus();
    harness.run();
    assert_eq!(focused(&harness), Some(ids[0]));
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused(&harness), Some(ids[1]));
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused(&harness), Some(ids[2]));
    press(&mut harness, Key::ArrowUp);
    assert_eq!(focused(&harness), Some(ids[1]));
    // The section did not change: the arrows belong to the chart while a bar has the focus.
    let before = current_id(&harness);
    press(&mut harness, Key::ArrowRight);
    assert_eq!(current_id(&harness), before);

    press(&mut harness, Key::Enter);
    let indicator = &harness.state().report().indicators[data.bars[1].indicator];
    let section = indicator.section.clone();
    assert_eq!(current_id(&harness), section);
    assert!(crate::common::highlighted(&harness).contains(&indicator.value_text));
}

#[test]
fn the_chart_picker_works_from_the_keyboard() {
    let mut harness = harness();
    let report = harness.state().report().clone();
    let growth = report
        .charts
        .iter()
        .position(|c| c.id == "investment_growth")
        .expect("exists");
    assert_ne!(
        harness.state().doc.charts.selected,
        ChartRef::Report(growth)
    );
    harness.get_by_label(&report.charts[growth].title).focus();
    harness.run();
    press(&mut harness, Key::Enter);
    assert_eq!(
        harness.state().doc.charts.selected,
        ChartRef::Report(growth)
    );
}

#[test]
fn tab_reaches_the_bars() {
    let mut harness = harness();
    let data = shown_chart(&harness);
    let first = jiedu::charts::keyboard_ui::bar_id(data.chart, data.bars[0].indicator);
    let mut reached = false;
    for _ in 0..200 {
        press(&mut harness, Key::Tab);
        if focused(&harness) == Some(first) {
            reached = true;
            break;
        }
    }
    assert!(reached, "200 Tabs did not reach the first bar");
}

#[test]
fn figures_in_the_text_are_links_that_enter_opens() {
    let mut harness = harness();
    harness.get_by_label("主要预期目标").click();
    harness.run();
    let report = harness.state().report().clone();
    let gdp = report.indicator_index("target_gdp").expect("exists");
    let ind = &report.indicators[gdp];
    let label = format!("{}（{}）", ind.value_text, ind.label);
    let link = harness.get_by_label(&label);
    assert_eq!(link.accesskit_node().role(), Role::Link);
    link.focus();
    harness.run();
    // Somewhere else first, so that Enter visibly changes the chart.
    harness.state_mut().doc.charts.highlight = None;
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().doc.charts.highlight, Some(gdp));
}

#[test]
fn the_data_table_works_from_the_keyboard() {
    let mut harness = harness();
    harness
        .state_mut()
        .apply(jiedu::Command::Table(TableCommand::SetSideTab(
            jiedu::data_view::state::SideTab::Data,
        )));
    harness.run();
    let report = harness.state().report().clone();
    // The third row shown (rows outside the view are not drawn).
    let i = harness.state().doc.data_view.rows[2].indicator;
    let ind = &report.indicators[i];
    // The row's link: Enter goes to the sentence.
    let link = harness.get_by_role_and_label(Role::Row, &ind.label);
    link.focus();
    harness.run();
    assert_ne!(current_id(&harness), ind.section);
    press(&mut harness, Key::Enter);
    assert_eq!(current_id(&harness), ind.section);
    // Its tick box is named by the row, and Space ticks it.
    harness
        .get_by_role_and_label(Role::CheckBox, &ind.label)
        .focus();
    harness.run();
    press(&mut harness, Key::Space);
    assert!(harness.state().doc.data_view.ticked.contains(&i));
}

#[test]
fn arrows_move_between_rows_of_the_data_table_even_past_the_view() {
    let mut harness = harness();
    harness
        .state_mut()
        .apply(jiedu::Command::Table(TableCommand::SetSideTab(
            jiedu::data_view::state::SideTab::Data,
        )));
    harness.run();
    let labels: Vec<String> = harness
        .state()
        .doc
        .data_view
        .rows
        .iter()
        .map(|r| {
            harness.state().report().indicators[r.indicator]
                .label
                .clone()
        })
        .collect();
    let label = |i: usize| labels[i].clone();
    let first = label(0);
    harness.get_by_role_and_label(Role::Row, &first).focus();
    harness.run();
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused_label(&harness), label(2));
    press(&mut harness, Key::ArrowUp);
    assert_eq!(focused_label(&harness), label(1));
    // Forty rows down: far below the rows drawn at first; the table scrolls along.
    for _ in 0..40 {
        press(&mut harness, Key::ArrowDown);
    }
    assert_eq!(focused_label(&harness), label(41));
}

/// The label of the node with the keyboard focus.
fn focused_label(harness: &Harness<'_, JieduApp>) -> String {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .and_then(|n| n.accesskit_node().label())
        .unwrap_or_default()
}

#[test]
fn f1_and_question_mark_open_the_shortcuts_and_esc_closes_them() {
    let mut harness = harness();
    assert!(harness.query_by_label(ZH.shortcuts).is_none());
    press(&mut harness, Key::F1);
    assert!(harness.state().show_shortcuts);
    harness.get_by_role_and_label(Role::Dialog, ZH.shortcuts);
    let listed = jiedu::shortcuts::overlay_ui::shortcut_list(&harness.ctx, &ZH);
    for (keys, action) in listed {
        harness.get_by_label(&keys);
        harness.get_by_label(action);
    }
    press(&mut harness, Key::Escape);
    assert!(!harness.state().show_shortcuts);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::Questionmark);
    harness.run();
    assert!(harness.state().show_shortcuts);
    harness.get_by_label(ZH.close).click();
    harness.run();
    assert!(!harness.state().show_shortcuts);
}

#[test]
fn notices_are_live_regions() {
    let mut harness = harness();
    harness
        .state_mut()
        .apply(jiedu::Command::Table(TableCommand::SetSideTab(
            jiedu::data_view::state::SideTab::Data,
        )));
    harness.run();
    harness.get_by_label(ZH.copy_table).click();
    harness.run();
    // All 118 figures of the built-in report are rows of the unfiltered table.
    let notice = harness.get_by_label("已复制 118 行（制表符分隔，含表头）");
    assert_eq!(notice.accesskit_node().live(), Live::Polite);

    // A failed export is read out at once.
    let missing = std::env::temp_dir().join("jiedu-no-such-dir/a/b/chart.png");
    harness
        .state_mut()
        .apply(jiedu::Command::Table(TableCommand::SetSideTab(
            jiedu::data_view::state::SideTab::Charts,
        )));
    harness.run();
    harness
        .state_mut()
        .apply(jiedu::Command::Export(ExportCommand::Export(
            jiedu::settings::export_options::Target::File(missing),
        )));
    harness.run();
    let failed = harness.get_by_label_contains(ZH.export_failed);
    assert_eq!(failed.accesskit_node().live(), Live::Assertive);

    // So is a report that cannot be opened.
    harness
        .state_mut()
        .apply(jiedu::Command::Export(ExportCommand::DismissNotice));
    harness
        .state_mut()
        .apply(jiedu::Command::Open(OpenCommand::OpenFile(
            std::env::temp_dir().join("jiedu-no-such-report.json"),
        )));
    harness.run();
    let message = crate::common::open_failure(&harness);
    let node = harness.get_by_label(&message);
    assert_eq!(node.accesskit_node().live(), Live::Assertive);
}

#[test]
fn the_focus_ring_shows_only_while_the_keyboard_is_used() {
    let mut harness = harness();
    let data = shown_chart(&harness);
    harness
        .get_by_label(&ZH.bar_label(&data.bars[0], &data.unit))
        .focus();
    harness.run();
    // Focus given by a screen reader, not by keys: no ring yet.
    assert!(!harness.state().keyboard_focus);
    press(&mut harness, Key::ArrowDown);
    assert!(harness.state().keyboard_focus, "no ring after an arrow key");
    harness.get_by_label("主要预期目标").click();
    harness.run();
    assert!(
        !harness.state().keyboard_focus,
        "ring still shown after a click"
    );
}
