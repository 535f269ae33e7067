//! The chart as a figure that stands on its own: title with unit, the period, the bars,
//! footnotes, notes and a source line, in the words of [`super::figure_text`]. The chart panel
//! draws it live; the exporter draws the very same figure offscreen, so an exported image is
//! what the user saw.

use egui::{Rect, RichText, Ui};

use crate::charts::data::XScale;
use crate::ui::palette;

pub use super::figure_view::{FigureOutput, FigureView, Opened};

pub use crate::ui::style::FIGURE_MARGIN;

/// Draws the figure filling the available width.
pub fn chart_figure_ui(ui: &mut Ui, view: &FigureView<'_>) -> FigureOutput {
    // The figure grows with the interface text (200% at most); exports are drawn at 1.
    let k = crate::ui::style::chrome_scale(ui.style());
    let mut out = FigureOutput {
        opened: None,
        bar_rects: Vec::new(),
        rect: Rect::NOTHING,
    };
    let frame = egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(FIGURE_MARGIN);
    let text = view.text;
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let data = view.data;
        ui.add(
            egui::Label::new(
                RichText::new(&text.title)
                    .family(crate::platform::fonts::heading_family())
                    .size(17.0 * k)
                    .strong(),
            )
            .wrap(),
        );
        if !text.subtitle.is_empty() {
            ui.add(egui::Label::new(RichText::new(&text.subtitle).weak()).wrap());
        }
        ui.add_space(2.0);
        let scale = XScale::new(data, view.log_scale && data.offers_log_scale());
        super::bars_ui::bars_ui(ui, view, scale, &mut out);
        for note in &text.footnotes {
            ui.add(
                egui::Label::new(
                    RichText::new(&note.text)
                        .color(palette::period_color(note.period, ui.visuals())),
                )
                .wrap(),
            );
        }
        for note in &text.notes {
            ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
        }
        if !text.source.is_empty() {
            ui.add_space(4.0);
            ui.add(
                egui::Label::new(
                    RichText::new(&text.source)
                        .size(12.0 * k)
                        .color(ui.visuals().weak_text_color()),
                )
                .wrap(),
            );
        }
    });
    out.rect = response.response.rect;
    out
}
