//! The editor of one figure under review: label, kind, period, unit, qualifier and quote,
//! checked against the report's text at every change (the rules it breaks are listed and
//! saving waits for them); the quote is set by selecting text in the reader.

use egui::{Context, RichText, Ui};

use crate::i18n::Strings;
use crate::i18n::fill::fill;
use crate::report::{Indicator, Kind, Period, Qualifier, Report};
use crate::review::command::ReviewCommand;
use crate::review::edit::{Editor, TextSelection};
use crate::ui::strings;

/// Draws the editor window; Esc or 取消 close it without saving.
#[must_use]
pub fn editor_ui<C: From<ReviewCommand>>(
    ctx: &Context,
    report: &Report,
    editor: &Editor,
    selection: Option<&TextSelection>,
) -> Vec<C> {
    let s = strings::of(ctx);
    let mut commands = Vec::new();
    let mut open = true;
    egui::Window::new(s.editor_title)
        .id(egui::Id::unique("figure-editor"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(380.0)
        // Bottom right, over the table rather than the text to select in; it can be moved.
        .pivot(egui::Align2::RIGHT_BOTTOM)
        .default_pos(ctx.content_rect().right_bottom() - egui::vec2(16.0, 16.0))
        .show(ctx, |ui| {
            let mut draft = editor.draft.clone();
            fields_ui(ui, s, report, &mut draft);
            quote_ui(ui, s, report, &draft, selection, &mut commands);
            if draft != editor.draft {
                commands.push(ReviewCommand::SetDraft(Box::new(draft)).into());
            }
            let problems = editor.problems(report);
            if !problems.is_empty() {
                ui.add_space(4.0);
                ui.colored_label(ui.visuals().error_fg_color, s.edit_problems);
                for p in &problems {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        format!("· {}", s.rule(&p.rule)),
                    );
                }
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let save = ui.add_enabled(problems.is_empty(), egui::Button::new(s.edit_save));
                if save.clicked() {
                    commands.push(ReviewCommand::SaveEdit.into());
                }
                if ui.button(s.edit_cancel).clicked() {
                    commands.push(ReviewCommand::CloseEditor.into());
                }
            });
        });
    let escape = ctx.input(|i| crate::shortcuts::Action::Close.pressed(i));
    if !open || escape {
        commands.push(ReviewCommand::CloseEditor.into());
    }
    commands
}

/// One captioned row of the grid: the caption names the control for screen readers.
fn row(ui: &mut Ui, caption: &str, add: impl FnOnce(&mut Ui) -> egui::Response) {
    let label = ui.label(caption);
    add(ui).labelled_by(label.id);
    ui.end_row();
}

/// The fields in a grid, so captions of any length in either language line up.
fn fields_ui(ui: &mut Ui, s: &Strings, report: &Report, draft: &mut Indicator) {
    egui::Grid::new("editor-fields")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| grid_rows_ui(ui, s, report, draft));
}

fn grid_rows_ui(ui: &mut Ui, s: &Strings, report: &Report, draft: &mut Indicator) {
    row(ui, s.edit_as_written, |ui| {
        ui.label(RichText::new(&draft.value_text).strong())
    });
    row(ui, s.col_label, |ui| {
        ui.text_edit_singleline(&mut draft.label)
    });
    let mut en = draft.label_en.clone().unwrap_or_default();
    row(ui, s.edit_label_en, |ui| ui.text_edit_singleline(&mut en));
    draft.label_en = Some(en).filter(|e| !e.trim().is_empty());
    row(ui, s.col_kind, |ui| {
        egui::ComboBox::from_id_salt("edit-kind")
            .selected_text(s.kind(draft.kind))
            .show_ui(ui, |ui| {
                for kind in Kind::ALL {
                    ui.selectable_value(&mut draft.kind, kind, s.kind(kind));
                }
            })
            .response
    });
    let year = report.meta.year;
    row(ui, s.col_period, |ui| {
        egui::ComboBox::from_id_salt("edit-period")
            .selected_text(s.period(draft.period, year))
            .show_ui(ui, |ui| {
                for period in Period::ALL {
                    ui.selectable_value(&mut draft.period, period, s.period(period, year));
                }
            })
            .response
    });
    let mut unit = draft.unit.clone().unwrap_or_default();
    row(ui, s.col_unit, |ui| ui.text_edit_singleline(&mut unit));
    draft.unit = Some(unit).filter(|u| !u.is_empty());
    row(ui, s.edit_compare_as, |ui| compare_as_ui(ui, s, draft));
    row(ui, s.edit_qualifier, |ui| {
        egui::ComboBox::from_id_salt("edit-qualifier")
            .selected_text(
                draft
                    .qualifier
                    .map_or(s.edit_no_qualifier, |q| s.qualifier(q)),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut draft.qualifier, None, s.edit_no_qualifier);
                for q in Qualifier::ALL {
                    ui.selectable_value(&mut draft.qualifier, Some(q), s.qualifier(q));
                }
            })
            .response
    });
}

/// Which headline indicator the figure counts as when reports are compared: found by its
/// words (the default), one chosen by hand, or none.
fn compare_as_ui(ui: &mut Ui, s: &Strings, draft: &mut Indicator) -> egui::Response {
    use crate::compare::canonical::{CANONICAL, NONE, canonical_of};
    let name = |key: &str| {
        CANONICAL
            .iter()
            .find(|c| c.key == key)
            .map_or(s.compare_none, |c| {
                if s.lang == crate::i18n::Lang::Zh {
                    c.zh
                } else {
                    c.en
                }
            })
    };
    let shown = match (&draft.compare_as, canonical_of(draft)) {
        (None, Some(found)) => format!("{}{}", name(found.key), s.compare_found),
        (None, None) => s.compare_auto.to_owned(),
        (Some(key), _) => name(key).to_owned(),
    };
    egui::ComboBox::from_id_salt("edit-compare-as")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut draft.compare_as, None, s.compare_auto);
            ui.selectable_value(&mut draft.compare_as, Some(NONE.to_owned()), s.compare_none);
            for c in CANONICAL {
                ui.selectable_value(&mut draft.compare_as, Some(c.key.to_owned()), name(c.key));
            }
        })
        .response
}

fn quote_ui<C: From<ReviewCommand>>(
    ui: &mut Ui,
    s: &Strings,
    report: &Report,
    draft: &Indicator,
    selection: Option<&TextSelection>,
    commands: &mut Vec<C>,
) {
    ui.add_space(4.0);
    ui.label(RichText::new(s.edit_quote).strong());
    ui.label(format!("“{}”", draft.quote));
    // Offered only for a run of the figure's section that holds its value.
    let usable = selection
        .and_then(|sel| sel.as_quote_of(report, draft))
        .is_some_and(|d| d.quote.contains(&d.value_text));
    let button = ui
        .add_enabled(usable, egui::Button::new(s.edit_quote_from_selection))
        .on_hover_text(s.edit_quote_hint)
        .on_disabled_hover_text(s.edit_quote_hint);
    if button.clicked() {
        commands.push(ReviewCommand::QuoteFromSelection.into());
    }
    if let Some(text) = selection.and_then(|sel| sel.text(report)) {
        ui.weak(fill(s.selected_n, &[("text", &text)]));
    }
}
