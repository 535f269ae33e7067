//! The words of the chart shown, rewritable before export: title, subtitle, a note and the
//! source line, each a field showing the default until the user types; one button goes back to
//! the defaults. Folded by default, so the chart keeps its room. What is typed is remembered
//! for this report and chart (see [`super::figure_text`]).

use egui::Ui;

use crate::charts::command::ChartsAsks;
use crate::charts::command::ChartsCommand;
use crate::charts::data::ChartData;
use crate::charts::figure_text::{FigureEdits, FigureField, FigureText};
use crate::report::Report;
use crate::ui::strings;

/// Draws the fields; returns the rewrites.
#[must_use]
pub fn words_ui<C: ChartsAsks>(
    ui: &mut Ui,
    report: &Report,
    data: &ChartData,
    edits: &FigureEdits,
) -> Vec<C> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    egui::CollapsingHeader::new(s.figure_words)
        .id_salt("figure-words")
        .show(ui, |ui| {
            // Made only while the fields are open, not every frame.
            let defaults = FigureText::new(s, report, data, &FigureEdits::default());
            ui.weak(s.figure_words_hint);
            egui::Grid::new("figure-words-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    for (field, caption, default) in [
                        (FigureField::Title, s.field_title, defaults.title.as_str()),
                        (
                            FigureField::Subtitle,
                            s.field_subtitle,
                            defaults.subtitle.as_str(),
                        ),
                        (FigureField::Note, s.field_note, ""),
                        (
                            FigureField::Source,
                            s.field_source,
                            defaults.source.as_str(),
                        ),
                    ] {
                        let label = ui.label(caption);
                        let mut text = edits.get(field).unwrap_or(default).to_owned();
                        let response = ui
                            .add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
                            .labelled_by(label.id);
                        if response.changed() {
                            commands.push(ChartsCommand::EditFigureText(field, text).into());
                        }
                        ui.end_row();
                    }
                });
            if ui
                .add_enabled(!edits.is_empty(), egui::Button::new(s.reset_words))
                .clicked()
            {
                commands.push(ChartsCommand::ResetFigureText.into());
            }
        });
    commands
}
