//! Correcting and adding figures in review, as a user does: 编辑 (or E) opens the editor, the
//! label and kind are changed and saved, a quote is set by selecting text in the reader, a
//! figure the importer missed is added by selecting it; only figures a person kept reach a
//! chart; the review is kept on disk after every step and offered back after a crash.

#![allow(clippy::expect_used)]

use crate::common::{drag, figure_rect, lowest, row_buttons, two_on_a_line};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::report::{Indicator, Kind, Review};
use jiedu::{Command, JieduApp};
use jiedu::{ReviewCommand, WindowCommand};

fn imported() -> Option<Harness<'static, JieduApp>> {
    crate::common::imported_national()
}

#[test]
fn a_figure_is_corrected_in_the_editor_and_only_kept_figures_reach_a_chart() {
    let Some(mut harness) = imported() else {
        return;
    };
    // Nothing looked at yet: no chart has a bar, and the panel says why.
    let report = harness.state().report().clone();
    let chart_bars = |h: &Harness<'_, JieduApp>| -> Vec<usize> {
        let r = h.state().report();
        (0..r.charts.len())
            .filter_map(|c| {
                jiedu::charts::data::ChartData::build(r, c, jiedu::charts::data::SortOrder::Report)
            })
            .flat_map(|d| d.bars.into_iter().map(|b| b.indicator))
            .collect()
    };
    assert_eq!(chart_bars(&harness), Vec::<usize>::new());
    harness.get_by_label("图表").click();
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("个数字待确认：确认后才画进图中")
            .next()
            .is_some()
    );
    harness.get_by_label("数据").click();
    harness.run();

    // Accepted: in its chart at once (the first row whose figure a chart holds).
    let charted: Vec<&str> = report
        .charts
        .iter()
        .flat_map(|c| c.indicators.iter().map(String::as_str))
        .collect();
    let row = harness
        .state()
        .doc
        .data_view
        .rows
        .iter()
        .position(|r| charted.contains(&report.indicators[r.indicator].id.as_str()))
        .expect("a figure in a chart");
    let first = harness.state().doc.data_view.rows[row].indicator;
    row_buttons(&harness, "确认")[row].click();
    harness.run();
    assert!(!report.indicators[first].kind.eq(&Kind::Count));
    assert_eq!(chart_bars(&harness), vec![first]);

    // 编辑 on the third row: a new label and kind, saved.
    let third = harness.state().doc.data_view.rows[2].indicator;
    let before = harness.state().report().indicators[third].clone();
    row_buttons(&harness, "编辑")[2].click();
    harness.run();
    harness.get_by_label("更正数字");
    crate::common::retype(&mut harness, "指标", "改过的标签");
    let new_kind = if before.kind == Kind::Level {
        "数量"
    } else {
        "规模"
    };
    crate::common::pick_kind(&mut harness, new_kind);
    harness.get_by_label("保存更正").click();
    harness.run();
    assert!(
        harness.query_by_label("更正数字").is_none(),
        "the editor closes"
    );
    let after = &harness.state().report().indicators[third];
    assert_eq!(after.label, "改过的标签");
    assert_eq!(
        after.kind,
        if before.kind == Kind::Level {
            Kind::Count
        } else {
            Kind::Level
        }
    );
    assert_eq!(after.review, Some(Review::Corrected));
    assert_eq!(
        (&after.quote, &after.value_text),
        (&before.quote, &before.value_text)
    );
    // The table shows it as corrected, under its new label.
    assert!(harness.query_all_by_label("改过的标签").next().is_some());
    assert!(harness.query_all_by_label("已更正").next().is_some());

    // One undo gives the figure back as the importer found it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().report().indicators[third], before);
}

#[test]
fn the_editor_refuses_a_label_left_empty_and_closes_with_escape() {
    let Some(mut harness) = imported() else {
        return;
    };
    let second = harness.state().doc.data_view.rows[1].indicator;
    let before = harness.state().report().indicators[second].clone();
    let link = harness
        .query_all_by_label(&before.label)
        .find(|n| n.accesskit_node().role() == Role::Row)
        .expect("the row");
    link.focus();
    harness.run();
    harness.key_press(Key::E);
    harness.run();
    harness.get_by_label("更正数字");
    lowest(&harness, Role::TextInput, "指标").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press(Key::Backspace);
    harness.run();
    harness.get_by_label("还不能保存：");
    harness.get_by_label_contains("不能为空");
    assert!(
        harness
            .get_by_label("保存更正")
            .accesskit_node()
            .is_disabled()
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("更正数字").is_none());
    assert_eq!(harness.state().report().indicators[second], before);
}

#[test]
fn selecting_text_sets_a_quote_and_adds_a_missed_figure() {
    let Some(mut harness) = imported() else {
        return;
    };
    let (a, b) = two_on_a_line(&mut harness);
    let report = harness.state().report().clone();
    let (ra, rb) = (figure_rect(&harness, a), figure_rect(&harness, b));
    // From the first figure to just before the second: the first figure and the words after.
    drag(
        &mut harness,
        ra.left_center() + egui::vec2(1.0, 0.0),
        rb.left_center() - egui::vec2(1.0, 0.0),
    );
    assert_eq!(
        figure_rect(&harness, a),
        ra,
        "the text stays put under a selection"
    );
    let selected = harness
        .state()
        .doc
        .review
        .selection
        .clone()
        .expect("a selection");
    let text = selected
        .text(harness.state().report())
        .expect("text")
        .to_owned();
    assert!(text.starts_with(&report.indicators[a].value_text), "{text}");
    harness.get_by_label_contains(&format!(
        "选中：{}",
        text.chars().take(10).collect::<String>()
    ));

    // Set as the quote of figure a: the editor takes it, and saving keeps it.
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::EditFigure(a)));
    harness.run();
    harness.get_by_label("用选中的文字作引文").click();
    harness.run();
    harness.get_by_label("保存更正").click();
    harness.run();
    let corrected = &harness.state().report().indicators[a];
    assert_eq!(corrected.quote, text);
    assert_eq!(corrected.review, Some(Review::Corrected));

    // The same run added as a figure: read like the importer reads, opened in the editor.
    let before: Vec<Indicator> = harness.state().report().indicators.clone();
    // The reader showed the figure's sentence meanwhile: find the figures where they are now.
    crate::common::select_from_figure_to_figure(&mut harness, a, b);
    harness.get_by_label("添加为数字").click();
    harness.run();
    let now = &harness.state().report().indicators;
    assert_eq!(now.len(), before.len() + 1);
    let added = now.last().expect("added");
    assert_eq!(added.value_text, report.indicators[a].value_text);
    assert_eq!(added.value, report.indicators[a].value);
    assert_eq!(added.section, report.indicators[a].section);
    assert_eq!(added.id, "u1");
    assert_eq!(added.review, Some(Review::Corrected));
    harness.get_by_label("更正数字");
    assert!(harness.state().doc.review.selection.is_none());
    // Undone, it is gone again.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().report().indicators, before);
}

#[test]
fn the_review_is_kept_after_every_step_and_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let kept = dir.path().join("review-autosave.json");
    let Some(mut harness) = imported() else {
        return;
    };
    harness.state_mut().autosave = jiedu::review::autosave::Autosave::at(Some(kept.clone()));
    let first = harness.state().doc.data_view.rows[0].indicator;
    row_buttons(&harness, "剔除")[0].click();
    harness.run();
    let on_disk = || -> Option<jiedu::report::Report> {
        // The copy is written on its own thread.
        for _ in 0..300 {
            if let Ok(bytes) = std::fs::read(&kept)
                && let Ok(r) = jiedu::report::from_bytes(&bytes)
            {
                return Some(r);
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        None
    };
    let copy = on_disk().expect("kept after the step");
    assert_eq!(copy.indicators[first].review, Some(Review::Rejected));

    // The app dies here. The next one offers the review back.
    drop(harness);
    let mut next = crate::common::after_a_crash(&kept);
    next.get_by_label_contains("上次有一份审核没有保存：政府工作报告（已审核 1 个数字）");
    next.get_by_label("恢复这份审核").click();
    next.run();
    assert_eq!(
        next.state().report().indicators[first].review,
        Some(Review::Rejected)
    );
    assert!(next.state().unsaved_review(), "still to be saved");
    assert!(next.query_by_label("恢复这份审核").is_none());

    // Once saved, the copy goes.
    next.state_mut().save_report.dialog_answer = Some(dir.path().join("saved"));
    next.state_mut()
        .apply(Command::Review(ReviewCommand::AskSaveReport));
    next.run();
    assert!(dir.path().join("saved.json").is_file());
    let gone = (0..300).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(10));
        !kept.exists()
    });
    assert!(gone, "the autosave is removed once saved");
}

#[test]
fn the_editor_speaks_english_in_the_english_ui() {
    let Some(mut harness) = imported() else {
        return;
    };
    harness
        .state_mut()
        .apply(Command::Window(WindowCommand::SetLang(
            jiedu::i18n::Lang::En,
        )));
    harness.run();
    let first = harness.state().doc.data_view.rows[0].indicator;
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::EditFigure(first)));
    harness.run();
    for label in [
        "Correct a figure",
        "As written",
        "English label",
        "Qualifier",
        "Quote",
        "Save the correction",
        "Cancel",
    ] {
        harness.get_by_label(label);
    }
    lowest(&harness, Role::TextInput, "English label").focus();
    harness.run();
    lowest(&harness, Role::TextInput, "English label").type_text("GDP growth");
    harness.run();
    harness.get_by_label("Save the correction").click();
    harness.run();
    assert_eq!(
        harness.state().report().indicators[first]
            .label_en
            .as_deref(),
        Some("GDP growth")
    );
    assert!(harness.query_all_by_label("Edit").next().is_some());
}

/// Controls (buttons, fields, drop-downs, links, check boxes) with no name for screen readers.
fn unnamed_controls(harness: &Harness<'_, JieduApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .filter(|n| {
            matches!(
                n.role(),
                Role::Button | Role::TextInput | Role::ComboBox | Role::Link | Role::CheckBox
            )
        })
        .filter(|n| n.label().is_none_or(|l| l.trim().is_empty()))
        .map(|n| format!("{:?} at {:?}", n.role(), n.bounding_box()))
        .collect()
}

#[test]
fn every_review_control_is_named_for_screen_readers() {
    let Some(mut harness) = imported() else {
        return;
    };
    assert_eq!(
        unnamed_controls(&harness),
        Vec::<String>::new(),
        "review list"
    );
    let (a, b) = two_on_a_line(&mut harness);
    crate::common::select_from_figure_to_figure(&mut harness, a, b);
    harness
        .state_mut()
        .apply(Command::Review(ReviewCommand::EditFigure(a)));
    harness.run();
    harness.get_by_label("添加为数字");
    harness.get_by_label("更正数字");
    assert_eq!(
        unnamed_controls(&harness),
        Vec::<String>::new(),
        "editor and selection bar"
    );
    harness.get_by_label("⇔ 全宽").click();
    harness.run();
    assert_eq!(
        unnamed_controls(&harness),
        Vec::<String>::new(),
        "full width"
    );
}
