//! The interface language: Chinese by default, English from the toolbar, each string of the
//! table in its language only, the report's English forms used when present, and no clipping
//! at 200% text size in either language.

// Helpers outside #[test] functions panic on purpose when the UI lacks what a test needs.
#![allow(clippy::expect_used)]

use crate::common::{harness, harness_sized};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::JieduApp;
use jiedu::i18n::Lang;
use jiedu::i18n::{EN, Strings, ZH};
use jiedu::{ChartsCommand, OpenCommand, TableCommand, WindowCommand};

/// Every label in the AccessKit tree (AccessKit keeps a `Label`'s text in its value).
fn labels(harness: &Harness<'_, JieduApp>) -> Vec<String> {
    harness
        .query_all_by(|_| true)
        .filter_map(|n| {
            let node = n.accesskit_node();
            if node.role() == egui::accesskit::Role::Label {
                node.value()
            } else {
                node.label()
            }
        })
        .collect()
}

/// The strings of `other` that are not also strings of `lang` and that show up in the UI.
fn strays(harness: &Harness<'_, JieduApp>, lang: &Strings, other: &Strings) -> Vec<String> {
    let own: Vec<&str> = lang.entries().into_iter().map(|(_, t)| t).collect();
    let foreign: Vec<&str> = other
        .entries()
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| !own.contains(t) && !t.contains('{'))
        .collect();
    // The report's own headings stay as written in either language.
    let report = harness.state().report();
    let headings: Vec<&str> = report
        .chapters
        .iter()
        .flat_map(|c| {
            std::iter::once(c.title.as_str()).chain(c.sections.iter().map(|s| s.title.as_str()))
        })
        .collect();
    labels(harness)
        .into_iter()
        .filter(|l| foreign.contains(&l.as_str()) && !headings.contains(&l.as_str()))
        .collect()
}

#[test]
fn the_toolbar_switches_to_english_and_back() {
    let mut harness = harness();
    assert_eq!(harness.state().settings.lang, Lang::Zh);
    harness.get_by_label(ZH.contents);
    harness.get_by_label(ZH.switch_language).click();
    harness.run();
    assert_eq!(harness.state().settings.lang, Lang::En);
    for label in [
        EN.contents,
        EN.file_menu,
        EN.search,
        EN.charts,
        "Export PNG…",
    ] {
        harness.get_by_label(label);
    }
    assert!(harness.query_by_label(ZH.contents).is_none());
    harness.get_by_label(EN.switch_language).click();
    harness.run();
    assert_eq!(harness.state().settings.lang, Lang::Zh);
    harness.get_by_label(ZH.contents);
}

#[test]
fn no_string_of_the_other_language_is_shown() {
    let mut harness = harness();
    assert_eq!(strays(&harness, &ZH, &EN), Vec::<String>::new());
    harness.get_by_label(ZH.switch_language).click();
    harness.run();
    assert_eq!(strays(&harness, &EN, &ZH), Vec::<String>::new());
    // The data tab and the shortcuts overlay too.
    harness
        .state_mut()
        .apply(jiedu::Command::Table(TableCommand::SetSideTab(
            jiedu::data_view::state::SideTab::Data,
        )));
    harness
        .state_mut()
        .apply(jiedu::Command::Window(WindowCommand::ShowShortcuts(true)));
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Dialog, EN.shortcuts);
    harness.get_by_label(EN.copy_table);
    assert_eq!(strays(&harness, &EN, &ZH), Vec::<String>::new());
}

#[test]
fn charts_use_the_reports_english_titles_and_labels() {
    let mut harness = harness();
    harness.get_by_label(ZH.switch_language).click();
    harness.run();
    let report = harness.state().report().clone();
    for (i, chart) in report.charts.iter().enumerate() {
        let en = chart
            .title_en
            .as_deref()
            .expect("the built-in charts have English titles");
        assert!(
            harness.query_all_by_label_contains(en).next().is_some(),
            "{en} not shown"
        );
        harness
            .state_mut()
            .apply(jiedu::Command::Charts(ChartsCommand::SelectChart(
                jiedu::charts::data::ChartRef::Report(i),
            )));
        harness.run();
        let data = harness.state().doc.charts.data.clone().expect("shown");
        for bar in &data.bars {
            let label = bar
                .label_en
                .as_deref()
                .expect("the built-in bars have English labels");
            let period = match bar.period {
                jiedu::report::Period::Plan => "2024",
                _ => "Past year (2023, from the report's year)",
            };
            // The number as the report writes it; a Chinese unit in English words.
            let value = bar
                .value_text
                .strip_suffix("亿元")
                .map_or_else(|| bar.value_text.clone(), |n| format!("{n} CNY 100m"));
            harness.get_by_label(&format!("{label}: {value}, {period}"));
        }
        let en_title = data.title_en.as_deref().expect("English title");
        let summaries = harness
            .query_all_by(|n| {
                // A label's text is its value.
                n.value()
                    .is_some_and(|l| l.starts_with(&format!("Chart “{en_title}”")))
            })
            .count();
        assert!(summaries >= 1, "no English summary of {en_title}");
    }
}

/// At 200% text size nothing may stick out of the window on the right.
fn nothing_clipped_at_200_percent(lang: Lang) {
    let mut harness = harness_sized(1280.0, 800.0);
    harness.state_mut().settings.lang = lang;
    harness.state_mut().settings.text_scale = 2.0;
    harness.run();
    let width = harness.ctx.content_rect().width();
    let s = jiedu::i18n::strings(lang);
    harness.get_by_label(s.contents);
    let mut checked = 0;
    for node in harness.query_all_by(|n| {
        matches!(
            n.role(),
            egui::accesskit::Role::Button | egui::accesskit::Role::TextInput
        )
    }) {
        // Widgets scrolled out of their panel are clipped on purpose; only look at those
        // in the toolbar and the panel headers, which do not scroll sideways.
        let rect = node.rect();
        if rect.top() < 200.0 {
            checked += 1;
            assert!(
                rect.right() <= width + 0.5,
                "{:?} ends at {} > {width}",
                node.accesskit_node().label(),
                rect.right()
            );
        }
    }
    assert!(checked > 10, "only {checked} widgets checked");
}

#[test]
fn nothing_sticks_out_at_200_percent_in_chinese() {
    nothing_clipped_at_200_percent(Lang::Zh);
}

#[test]
fn nothing_sticks_out_at_200_percent_in_english() {
    nothing_clipped_at_200_percent(Lang::En);
}

#[test]
fn a_file_that_cannot_be_opened_is_explained_in_english() {
    let mut harness = harness();
    harness
        .state_mut()
        .apply(jiedu::Command::Window(WindowCommand::SetLang(Lang::En)));
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"format_version": 1, "meta": {"title": "T"}, "chapters": []}"#,
    )
    .expect("write");
    harness
        .state_mut()
        .apply(jiedu::Command::Open(OpenCommand::OpenFile(bad)));
    harness.run();
    let message = crate::common::open_failure(&harness);
    assert_eq!(
        message,
        "Problems in the report: 1\nchapters: the report has no chapters"
    );
    harness.get_by_label(EN.open_failed);
    harness.get_by_label(EN.open_failed_kept);
    harness.get_by_label(&message);
}
