//! The shortcuts overlay (F1 or ?): every keyboard path of the app in one list, in the
//! interface language.

use egui::RichText;

use crate::Command;
use crate::ui::strings::{self, Strings};

/// Keys and what they do, in the order the overlay lists them.
#[must_use]
pub fn shortcut_list(s: &Strings) -> Vec<(&'static str, &'static str)> {
    vec![
        ("Ctrl+F", s.sc_search),
        ("Enter", s.sc_next_hit),
        ("Esc", s.sc_clear),
        ("PageUp / PageDown", s.sc_sections),
        ("← / →", s.sc_sections_arrows),
        ("Tab / Shift+Tab", s.sc_focus),
        ("↑ ↓ ← →", s.sc_arrows),
        ("Enter / Space", s.sc_activate),
        ("Ctrl+= / Ctrl+- / Ctrl+0", s.sc_text_size),
        ("Ctrl+O", s.sc_open),
        ("Ctrl+S", s.sc_export),
        ("Ctrl+Shift+C", s.sc_copy_image),
        ("F1 / ?", s.sc_help),
    ]
}

/// Draws the overlay as a modal dialog; Esc, a click outside or 关闭 close it.
#[must_use]
pub fn shortcuts_ui(ctx: &egui::Context) -> Vec<Command> {
    let s = strings::of(ctx);
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("jiedu-shortcuts")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(s.shortcuts);
        ui.add_space(6.0);
        egui::Grid::new("shortcut-grid")
            .num_columns(2)
            .spacing([24.0, 8.0])
            .striped(true)
            .show(ui, |ui| {
                ui.strong(s.shortcut_keys);
                ui.strong(s.shortcut_action);
                ui.end_row();
                for (keys, action) in shortcut_list(s) {
                    ui.label(RichText::new(keys).monospace());
                    ui.label(action);
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        if ui.button(s.close).clicked() {
            commands.push(Command::ShowShortcuts(false));
        }
    });
    if modal.should_close() && commands.is_empty() {
        commands.push(Command::ShowShortcuts(false));
    }
    commands
}
