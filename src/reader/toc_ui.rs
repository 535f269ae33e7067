//! The navigator: chapters, then their sections, the current one marked; a click goes there.
//! Only the chapters in view are laid out: the others take the height they had when last
//! drawn, so a report of thousands of sections costs no more per frame than a short one.

use egui::{RichText, Ui};

use crate::reader::command::ReaderCommand;
use crate::report::{Chapter, Report, SectionRef};
use crate::ui::strings;

/// Draws the table of contents. `reveal` scrolls the current entry into view (after a jump).
/// The current entry's id goes to `landing` (where F6 lands in the contents).
pub fn toc_ui<C: From<ReaderCommand>>(
    ui: &mut Ui,
    report: &Report,
    current: SectionRef,
    reveal: bool,
    landing: &mut Option<egui::Id>,
) -> Vec<C> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    ui.label(RichText::new(s.contents).strong());
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("toc")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let key = ui.scope_id().with(("toc-heights", report.chapters.len()));
            // Height of each chapter's block when last drawn (0: never drawn yet).
            let mut heights: Vec<f32> = ui.data(|d| d.get_temp(key)).unwrap_or_default();
            heights.resize(report.chapters.len(), 0.0);
            let origin = ui.cursor().top();
            let gap = ui.spacing().item_spacing.y;
            for (c, chapter) in report.chapters.iter().enumerate() {
                let top = ui.cursor().top() - origin;
                let known = heights[c];
                let in_view = top + known >= viewport.min.y && top <= viewport.max.y;
                let must_draw = known == 0.0 || in_view || (reveal && current.chapter == c);
                if must_draw {
                    chapter_ui(ui, chapter, (c, current, reveal), &mut commands, landing);
                    heights[c] = ui.cursor().top() - origin - top;
                } else {
                    ui.allocate_space(egui::vec2(ui.available_width(), (known - gap).max(0.0)));
                }
            }
            ui.data_mut(|d| d.insert_temp(key, heights));
        });
    commands
}

fn chapter_ui<C: From<ReaderCommand>>(
    ui: &mut Ui,
    chapter: &Chapter,
    (c, current, reveal): (usize, SectionRef, bool),
    commands: &mut Vec<C>,
    landing: &mut Option<egui::Id>,
) {
    let first = SectionRef {
        chapter: c,
        section: 0,
    };
    let title = RichText::new(&chapter.title)
        .family(crate::platform::fonts::heading_family())
        .size(15.0 * crate::ui::style::chrome_scale(ui.style()));
    let is_current = current.chapter == c && chapter.sections.len() == 1;
    let response = ui.selectable_label(is_current, title);
    if is_current {
        *landing = Some(response.id);
    }
    if response.clicked() {
        commands.push(ReaderCommand::GoTo(first).into());
    }
    if chapter.sections.len() >= 2 {
        ui.indent(("toc-chapter", c), |ui| {
            for (s, section) in chapter.sections.iter().enumerate() {
                let here = SectionRef {
                    chapter: c,
                    section: s,
                };
                let response = ui.selectable_label(here == current, &section.title);
                if here == current {
                    *landing = Some(response.id);
                    if reveal {
                        response.scroll_to_me(Some(egui::Align::Center));
                    }
                }
                if response.clicked() {
                    commands.push(ReaderCommand::GoTo(here).into());
                }
            }
        });
    }
    ui.add_space(4.0);
}
