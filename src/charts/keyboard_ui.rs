//! The bars of a chart for the keyboard and screen readers. Each bar row (its label and bar)
//! gets a focusable target named "label: value, period"; ↑ and ↓ move between the bars, Enter
//! jumps to the sentence, and the focused bar shows the same card as hovering it.

use egui::{Id, Rect, Ui};

use crate::charts::data::{ChartData, ChartRef};
use crate::charts::figure_view::Opened;
use crate::report::Report;
use crate::ui::a11y;
use crate::ui::indicator_card::indicator_card_ui;
use crate::ui::strings;

/// Id of the focus target of a chart's bar, so tests and the arrows can find it.
#[must_use]
pub fn bar_id(chart: ChartRef, indicator: usize) -> Id {
    Id::unique(("jiedu-bar", chart, indicator))
}

/// Adds the targets over `rows` (the screen rect of each bar's row, in the order of
/// `data.bars`) and returns the bar opened by a key. `plot` is the plot's own response: it takes
/// the focus before the bars, and ↓ or ↑ there goes to the first bar.
#[must_use]
pub fn bar_targets_ui(
    ui: &Ui,
    report: &Report,
    data: &ChartData,
    rows: &[Rect],
    plot: &egui::Response,
) -> Option<Opened> {
    let s = strings::of(ui.ctx());
    let mut opened = None;
    let ids: Vec<Id> = data
        .bars
        .iter()
        .map(|b| bar_id(data.chart, b.indicator))
        .collect();
    if plot.has_focus() && !ids.is_empty() {
        a11y::keep_vertical_arrows(ui, plot);
        if a11y::vertical_step(ui).is_some() {
            ui.memory_mut(|m| m.request_focus(ids[0]));
        }
    }
    for (i, (bar, rect)) in data.bars.iter().zip(rows).enumerate() {
        let response = a11y::focus_target(
            ui,
            ids[i],
            *rect,
            egui::Role::Button,
            &s.bar_label(bar, &data.unit),
        );
        if a11y::activated(ui, &response) {
            opened = Some(Opened {
                indicator: bar.indicator,
                by_keyboard: true,
            });
        }
        if !response.has_focus() {
            continue;
        }
        a11y::keep_vertical_arrows(ui, &response);
        if let Some(step) = a11y::vertical_step(ui) {
            let next = i.saturating_add_signed(step).min(ids.len() - 1);
            ui.memory_mut(|m| m.request_focus(ids[next]));
        }
        response.show_tooltip_ui(|ui| {
            indicator_card_ui(ui, report, bar.indicator, s.enter_to_read);
        });
    }
    opened
}
