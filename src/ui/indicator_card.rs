//! The details of one figure (label, value, period, kind, source sentence, editor's note),
//! shown the same way in a bar's tooltip, a figure's tooltip and the figure popup.

use egui::{RichText, Ui};

use crate::report::Report;
use crate::ui::{strings, style};

/// Draws the card of indicator `indicator`, with `hint` (what a click does) at the bottom.
pub fn indicator_card_ui(ui: &mut Ui, report: &Report, indicator: usize, hint: &str) {
    let Some(ind) = report.indicators.get(indicator) else {
        return;
    };
    ui.set_max_width(360.0);
    ui.label(RichText::new(&ind.label).strong());
    ui.label(format!(
        "{}：{}",
        strings::FIGURE_HINT_VALUE,
        ind.value_text
    ));
    ui.label(format!(
        "{}：{}",
        strings::FIGURE_HINT_PERIOD,
        ind.period.label_zh()
    ));
    ui.label(format!(
        "{}：{}",
        strings::FIGURE_HINT_KIND,
        ind.kind.label_zh()
    ));
    if ind.truncated {
        ui.label(RichText::new(strings::FIGURE_HINT_TRUNCATED).color(ui.visuals().warn_fg_color));
    }
    ui.separator();
    ui.label(
        RichText::new(format!(
            "{}：“{}”",
            strings::FIGURE_SOURCE,
            crate::typography::display(&ind.quote)
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
