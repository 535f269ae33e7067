//! Where the keyboard goes, from inside (the same behaviour `scripts/a11y-check.sh` checks
//! through AT-SPI): F6 through the regions to the first bar; Enter on a bar on to its figure in
//! the text; the shortcuts dialog and the 文件 menu take the focus and give it back; the data
//! table is a table of rows and cells; nothing focusable is unnamed, dividers included.

#![allow(clippy::expect_used)]

use crate::common::harness;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::JieduApp;
use jiedu::{ReaderCommand, SearchCommand};

/// The role and label of the node with the keyboard focus.
fn focus(harness: &Harness<'_, JieduApp>) -> (Role, String) {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .map_or((Role::Unknown, String::new()), |n| {
            let node = n.accesskit_node();
            (node.role(), node.label().unwrap_or_default())
        })
}

fn press(harness: &mut Harness<'_, JieduApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Every focusable node without a name, as (role, id).
fn unnamed(harness: &Harness<'_, JieduApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter(|n| {
            let node = n.accesskit_node();
            // A screen reader says a node's label, else its value (a label's text).
            let name = node.label().or_else(|| node.value()).unwrap_or_default();
            node.data().supports_action(egui::accesskit::Action::Focus)
                && name.trim().is_empty()
                && node.role() != Role::Window
        })
        .map(|n| format!("{:?}", n.accesskit_node().role()))
        .collect()
}

#[test]
fn f6_goes_region_by_region_to_the_first_bar() {
    let mut harness = harness();
    // Toolbar, contents, text, then the chart's first bar: four keys, not fifty Tabs.
    press(&mut harness, Key::F6);
    assert_eq!(focus(&harness), (Role::Button, "文件".to_owned()));
    press(&mut harness, Key::F6);
    assert_eq!(focus(&harness).1, "导语");
    press(&mut harness, Key::F6);
    assert_eq!(focus(&harness).0, Role::Link);
    press(&mut harness, Key::F6);
    assert_eq!(
        focus(&harness),
        (Role::Button, "地区生产总值增长：7%，2024年".to_owned())
    );
    // Shift+F6 goes back.
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F6);
    harness.run();
    assert_eq!(focus(&harness).0, Role::Link);
}

#[test]
fn enter_on_a_bar_takes_the_keyboard_to_its_figure_in_the_text() {
    let mut harness = harness();
    for _ in 0..4 {
        press(&mut harness, Key::F6);
    }
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focus(&harness).1, "规上工业增加值增长：9%，2024年");
    press(&mut harness, Key::Enter);
    harness.run();
    assert_eq!(
        focus(&harness),
        (Role::Link, "9%（规上工业增加值增长）".to_owned())
    );
}

#[test]
fn the_shortcuts_dialog_takes_the_keyboard_and_gives_it_back() {
    let mut harness = harness();
    press(&mut harness, Key::F6);
    let before = focus(&harness);
    press(&mut harness, Key::F1);
    assert_eq!(focus(&harness), (Role::Button, "关闭".to_owned()));
    harness.get_by_role_and_label(Role::Dialog, "键盘快捷键");
    press(&mut harness, Key::Escape);
    harness.run();
    assert_eq!(focus(&harness), before);
}

#[test]
fn the_file_menu_has_menu_items_and_esc_gives_the_keyboard_back() {
    let mut harness = harness();
    press(&mut harness, Key::F6);
    press(&mut harness, Key::Enter);
    assert_eq!(focus(&harness), (Role::MenuItem, "打开报告…".to_owned()));
    assert!(harness.query_all_by_role(Role::MenuItem).count() >= 4);
    press(&mut harness, Key::Escape);
    harness.run();
    assert_eq!(focus(&harness), (Role::Button, "文件".to_owned()));
}

#[test]
fn the_data_table_is_a_table_of_rows_and_cells_with_nothing_unnamed() {
    let mut harness = harness();
    assert_eq!(unnamed(&harness), Vec::<String>::new());
    harness.get_by_label("数据").click();
    harness.run();
    harness.get_by_role_and_label(Role::Table, "数字表");
    let rows = harness.query_all_by_role(Role::Row).count();
    assert!(rows > 10, "{rows} rows");
    assert!(harness.query_all_by_role(Role::Cell).count() >= rows * 4);
    // A row is said whole: its label, then value, unit, kind, period and section.
    let row = harness.get_by_role_and_label(Role::Row, "工业投资增长");
    assert_eq!(
        row.accesskit_node().description().as_deref(),
        Some("57.8%、%、增速、过去一年、先进制造业集群加速形成")
    );
    assert_eq!(unnamed(&harness), Vec::<String>::new());
    // The dividers between columns and panels are named, in Chinese.
    harness.get_by_label("调整“数值”列的宽度");
    assert!(harness.query_by_label("Resize panel").is_none());
    assert_eq!(harness.query_all_by_label("调整面板大小").count(), 2);
    // F6 lands on a row.
    for _ in 0..4 {
        press(&mut harness, Key::F6);
        if focus(&harness).0 == Role::Row {
            break;
        }
    }
    assert_eq!(focus(&harness).0, Role::Row);
}

#[test]
fn a_screen_reader_s_click_on_a_bar_shows_its_sentence() {
    let mut harness = harness();
    let chart = harness.state().doc.charts.data.clone().expect("a chart");
    let indicator = chart.bars[1].indicator;
    let id = jiedu::charts::keyboard_ui::bar_id(chart.chart, indicator);
    harness.event(egui::Event::AccessKitActionRequest(
        egui::accesskit::ActionRequest {
            action: egui::accesskit::Action::Click,
            target_tree: egui::accesskit::TreeId::ROOT,
            target_node: id.accesskit_id(),
            data: None,
        },
    ));
    harness.run();
    // As Enter does: the sentence is marked, and the keyboard is on the figure in it.
    assert!(harness.state().doc.nav.highlight.is_some());
    assert_eq!(
        focus(&harness),
        (Role::Link, "9%（规上工业增加值增长）".to_owned())
    );
}

#[test]
fn the_hit_count_is_read_out_as_it_changes() {
    let mut harness = harness();
    harness
        .state_mut()
        .apply(jiedu::Command::Search(SearchCommand::SetQuery(
            "投资".to_owned(),
        )));
    harness.run();
    let count = harness
        .root()
        .children_recursive()
        .find(|n| {
            n.accesskit_node()
                .value()
                .or_else(|| n.accesskit_node().label())
                .is_some_and(|l| l.contains("处"))
        })
        .expect("the hit count");
    assert_eq!(count.accesskit_node().live(), egui::accesskit::Live::Polite);
}

#[test]
fn a_figure_link_covers_the_whole_figure() {
    let mut harness = harness();
    let report = harness.state().report().clone();
    let target = report
        .indicators
        .iter()
        .position(|i| i.value_text == "57.8%")
        .expect("the figure 57.8%");
    harness
        .state_mut()
        .apply(jiedu::Command::Reader(ReaderCommand::ShowSource(target)));
    harness.run();
    let rect = harness
        .state()
        .doc
        .drawn
        .figure_rects
        .iter()
        .find(|(i, _)| *i == target)
        .map(|(_, r)| *r)
        .expect("drawn");
    // Five characters of body text: far wider than the one glyph the box used to cover.
    let glyph = harness
        .ctx
        .fonts_mut(|f| f.glyph_width(&egui::FontId::proportional(16.0), '5'));
    assert!(
        rect.width() > glyph * 3.5,
        "{} for a glyph of {glyph}",
        rect.width()
    );
    // And the link named for it is that box, for the focus ring and a screen reader.
    let link = harness.get_by_role_and_label(Role::Link, "57.8%（工业投资增长）");
    assert!((link.rect().width() - rect.width()).abs() < 1.0);
}

#[test]
fn the_shortcuts_dialog_fits_a_small_window_and_lists_every_key() {
    let mut harness = crate::common::harness_sized(900.0, 600.0);
    press(&mut harness, Key::F1);
    harness.get_by_role_and_label(Role::Dialog, "键盘快捷键");
    let header = harness.get_by_label(jiedu::i18n::ZH.shortcut_keys).rect();
    assert!(
        header.min.y >= 0.0,
        "the list's head is cut off: {header:?}"
    );
    let close = harness.get_by_role_and_label(Role::Button, "关闭").rect();
    assert!(close.max.y <= 600.0, "关闭 is cut off: {close:?}");
    // The list scrolls: its last line (F1 / ?) is there to scroll to, and so is the paste.
    harness.get_by_label(jiedu::i18n::ZH.sc_paste);
    harness.get_by_label(jiedu::i18n::ZH.sc_help);
}
