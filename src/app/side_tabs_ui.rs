//! Small pieces of the side panel and around it: the 图表 / 数据 tabs and the figure popup.

use egui::{RichText, Ui};

use crate::Command;
use crate::command::{ReaderCommand, TableCommand};
use crate::data_view::state::SideTab;
use crate::report::Report;
use crate::ui::strings;

/// The tabs at the top of the side panel.
pub fn side_tabs_ui(ui: &mut Ui, current: SideTab) -> Option<Command> {
    let s = strings::of(ui.ctx());
    let mut command = None;
    ui.horizontal(|ui| {
        for (tab, title) in [(SideTab::Charts, s.tab_charts), (SideTab::Data, s.tab_data)] {
            let label = RichText::new(title)
                .size(16.0 * crate::ui::style::chrome_scale(ui.style()))
                .strong();
            if ui.selectable_label(current == tab, label).clicked() && current != tab {
                command = Some(Command::Table(TableCommand::SetSideTab(tab)));
            }
        }
    });
    command
}

/// The details of a figure that no chart has, in a small window near the pointer; closed by
/// its button or Esc.
#[must_use]
pub fn figure_popup_ui(ctx: &egui::Context, report: &Report, indicator: usize) -> Vec<Command> {
    let s = strings::of(ctx);
    let mut open = true;
    egui::Window::new(s.figure_details)
        .id(egui::Id::unique("jiedu-figure-popup"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_pos(ctx.pointer_latest_pos().unwrap_or_default())
        .show(ctx, |ui| {
            crate::ui::indicator_card::indicator_card_ui(ui, report, indicator, "");
        });
    // Esc closes it, as the shortcuts overlay says.
    let escape = ctx.input(|i| crate::shortcuts::Action::Close.pressed(i));
    if open && !escape {
        Vec::new()
    } else {
        vec![Command::Reader(ReaderCommand::ClosePopup)]
    }
}
