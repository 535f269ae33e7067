//! The details of one figure (label, value, period, kind, source sentence, editor's note),
//! shown the same way in a bar's tooltip, a figure's tooltip and the figure popup.

use egui::{RichText, Ui};

use crate::report::Report;
use crate::ui::{strings, style};

/// Draws the card of indicator `indicator`, with `hint` (what a click does) at the bottom.
pub fn indicator_card_ui(ui: &mut Ui, report: &Report, indicator: usize, hint: &str) {
    let s = strings::of(ui.ctx());
    let Some(ind) = report.indicators.get(indicator) else {
        return;
    };
    ui.set_max_width(360.0);
    ui.label(RichText::new(s.indicator_label(ind)).strong());
    ui.label(format!(
        "{}{}{}",
        s.figure_hint_value, s.colon, ind.value_text
    ));
    ui.label(format!(
        "{}{}{}",
        s.figure_hint_period,
        s.colon,
        s.period(ind.period, report.meta.year)
    ));
    ui.label(format!(
        "{}{}{}",
        s.figure_hint_kind,
        s.colon,
        s.kind(ind.kind)
    ));
    if let Some(review) = ind.review {
        ui.label(format!(
            "{}{}{}",
            s.review_col,
            s.colon,
            s.review_state(review)
        ));
    }
    if ind.truncated {
        ui.label(RichText::new(s.figure_hint_truncated).color(ui.visuals().warn_fg_color));
    }
    ui.separator();
    ui.label(
        RichText::new(format!(
            "{}{}“{}”",
            s.figure_source,
            s.colon,
            crate::ui::typography::display(&ind.quote)
        ))
        .color(style::reading_color(ui.visuals())),
    );
    if let Some(note) = &ind.note {
        ui.label(RichText::new(note).weak().italics());
    }
    if !hint.is_empty() {
        ui.add_space(2.0);
        ui.weak(hint);
    }
}
