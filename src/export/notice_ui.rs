//! The export notice in the bottom-right corner: progress, the path written with an "open
//! folder" button, or what went wrong. Success fades by itself; a failure stays until closed.

use egui::{Align2, RichText};

use crate::export::command::ExportCommand;
use crate::export::{NOTICE_SECONDS, Notice, NoticeKind};
use crate::ui::strings;

/// Draws `notice`, if any.
#[must_use]
pub fn notice_ui<C: From<ExportCommand>>(ctx: &egui::Context, notice: Option<&Notice>) -> Vec<C> {
    let s = strings::of(ctx);
    let mut commands = Vec::new();
    let Some(notice) = notice else {
        return commands;
    };
    if matches!(notice.kind, NoticeKind::Done(_)) {
        let left = NOTICE_SECONDS - notice.since.elapsed().as_secs_f32();
        if left <= 0.0 {
            commands.push(ExportCommand::DismissNotice.into());
            return commands;
        }
        // One repaint when it is due, not a repaint loop while it shows.
        ctx.request_repaint_after(std::time::Duration::from_secs_f32(left));
    }
    egui::Area::new(egui::Id::unique("jiedu-export-notice"))
        .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_min_width(320.0);
                ui.set_max_width(440.0);
                let failed = notice.kind == NoticeKind::Failed;
                let text = RichText::new(&notice.text);
                let text = if failed {
                    text.color(ui.visuals().error_fg_color)
                } else {
                    text
                };
                let label = if notice.kind == NoticeKind::Progress {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(text)
                    })
                    .inner
                } else {
                    // Long paths wrap anywhere rather than widening the notice.
                    ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Wrap))
                };
                crate::ui::a11y::announce(ui, &label, failed);
                ui.horizontal(|ui| {
                    if let NoticeKind::Done(Some(folder)) = &notice.kind
                        && ui.button(s.open_folder).clicked()
                    {
                        commands.push(ExportCommand::OpenFolder(folder.clone()).into());
                    }
                    if notice.kind != NoticeKind::Progress && ui.button(s.close).clicked() {
                        commands.push(ExportCommand::DismissNotice.into());
                    }
                });
            });
        });
    commands
}
