//! The navigator: chapters, then their sections, the current one marked; a click goes there.

use egui::{RichText, Ui};

use crate::Command;
use crate::report::{Report, SectionRef};
use crate::ui::strings;

/// Draws the table of contents. `reveal` scrolls the current entry into view (after a jump).
pub fn toc_ui(ui: &mut Ui, report: &Report, current: SectionRef, reveal: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.label(RichText::new(strings::CONTENTS).strong());
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("toc")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (c, chapter) in report.chapters.iter().enumerate() {
                let first = SectionRef {
                    chapter: c,
                    section: 0,
                };
                let title = RichText::new(&chapter.title)
                    .family(crate::fonts::heading_family())
                    .size(15.0);
                if ui
                    .selectable_label(current.chapter == c && chapter.sections.len() == 1, title)
                    .clicked()
                {
                    commands.push(Command::GoTo(first));
                }
                if chapter.sections.len() < 2 {
                    continue;
                }
                ui.indent(("toc-chapter", c), |ui| {
                    for (s, section) in chapter.sections.iter().enumerate() {
                        let here = SectionRef {
                            chapter: c,
                            section: s,
                        };
                        let response = ui.selectable_label(here == current, &section.title);
                        if reveal && here == current {
                            response.scroll_to_me(Some(egui::Align::Center));
                        }
                        if response.clicked() {
                            commands.push(Command::GoTo(here));
                        }
                    }
                });
                ui.add_space(4.0);
            }
        });
    commands
}
