//! The message about a report file that could not be opened: which file, every problem (line
//! and column, or JSON path and rule), and that the open report is still the one shown.

use egui::RichText;

use crate::open::command::OpenCommand;
use crate::open::state::OpenFailure;
use crate::ui::strings;

/// Draws the message as a modal dialog.
#[must_use]
pub fn open_error_ui<C: From<OpenCommand>>(ctx: &egui::Context, failure: &OpenFailure) -> Vec<C> {
    let s = strings::of(ctx);
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("jiedu-open-error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(s.open_failed);
        if !failure.path.as_os_str().is_empty() {
            ui.label(RichText::new(failure.path.display().to_string()).monospace());
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                let message =
                    ui.add(egui::Label::new(&failure.message).wrap_mode(egui::TextWrapMode::Wrap));
                // Read out at once: the user asked for a file and got this instead.
                crate::ui::a11y::announce(ui, &message, true);
            });
        ui.separator();
        ui.label(s.open_failed_kept);
        ui.horizontal(|ui| {
            if ui.button(s.ok).clicked() {
                commands.push(OpenCommand::DismissOpenError.into());
            }
            // Only problems in figures: the text can be read, the figures fixed in review.
            if failure.anyway
                && ui
                    .button(s.open_anyway)
                    .on_hover_text(s.open_anyway_hint)
                    .clicked()
            {
                commands.push(OpenCommand::OpenAnyway.into());
            }
        });
    });
    if modal.should_close() && commands.is_empty() {
        commands.push(OpenCommand::DismissOpenError.into());
    }
    commands
}

/// While a file is dragged over the window: a hint that dropping it opens it.
pub fn drop_hint_ui(ctx: &egui::Context) {
    let s = strings::of(ctx);
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("jiedu-drop-hint"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        s.drop_to_open,
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
