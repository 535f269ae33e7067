//! WCAG AA contrast of the app's palette in both themes: 4.5:1 for text, 3:1 for bars and the
//! focus ring (non-text contrast), computed from the very colours the panels use.

use egui::{Color32, Visuals};

use crate::report::Period;
use crate::settings::Theme;
use crate::ui::palette::{contrast_ratio, focus_color, period_color};
use crate::ui::style::{figure_color, match_background, reading_color, visuals};

fn text_pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let panel = v.panel_fill;
    vec![
        ("reading text", reading_color(v), panel),
        ("figure in the text", figure_color(v), panel),
        ("label", v.text_color(), panel),
        ("weak label", v.weak_text_color(), panel),
        ("strong label", v.strong_text_color(), panel),
        ("link and data notice", v.hyperlink_color, panel),
        ("weak label in a popup", v.weak_text_color(), v.window_fill),
        ("error in a popup", v.error_fg_color, v.window_fill),
        ("warning in a tooltip", v.warn_fg_color, v.window_fill),
        ("search match", reading_color(v), match_background(v)),
        (
            "button",
            v.widgets.inactive.text_color(),
            v.widgets.inactive.weak_bg_fill,
        ),
        (
            "hovered button",
            v.widgets.hovered.text_color(),
            v.widgets.hovered.weak_bg_fill,
        ),
        (
            "selected item",
            v.selection.stroke.color,
            v.selection.bg_fill,
        ),
    ]
}

fn graphic_pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    vec![
        ("review bar", period_color(Period::Review, v), v.panel_fill),
        ("plan bar", period_color(Period::Plan, v), v.panel_fill),
        ("focus ring", focus_color(v), v.panel_fill),
        ("focus ring on a popup", focus_color(v), v.window_fill),
        (
            "focus ring on a selected item",
            focus_color(v),
            v.selection.bg_fill,
        ),
    ]
}

#[test]
fn text_and_bars_meet_wcag_aa_in_both_themes() {
    let mut failures = Vec::new();
    for theme in [Theme::Light, Theme::Dark] {
        let v = visuals(theme);
        for (what, fg, bg) in text_pairs(&v) {
            let r = contrast_ratio(fg, bg);
            if r < 4.5 {
                failures.push(format!("{theme:?} {what}: {r:.2} < 4.5 ({fg:?} on {bg:?})"));
            }
        }
        for (what, fg, bg) in graphic_pairs(&v) {
            let r = contrast_ratio(fg, bg);
            if r < 3.0 {
                failures.push(format!("{theme:?} {what}: {r:.2} < 3 ({fg:?} on {bg:?})"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_ratio_matches_known_values() {
    let r = contrast_ratio(Color32::BLACK, Color32::WHITE);
    assert!((r - 21.0).abs() < 0.01, "{r}");
    assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-6);
    // #777777 on white is the classic just-below-AA grey: 4.48.
    let grey = contrast_ratio(Color32::from_gray(0x77), Color32::WHITE);
    assert!((grey - 4.48).abs() < 0.01, "{grey}");
}
