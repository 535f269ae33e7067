//! The shortcuts overlay (F1 or ?): every keyboard path of the app in one list, in the
//! interface language.

use egui::RichText;

use crate::Command;
use crate::i18n::Strings;
use crate::shortcuts::Action;
use crate::ui::strings;

/// Keys and what they do, in the order the overlay lists them. The chords come from the one
/// table ([`crate::shortcuts`]), written the platform's way; the other keys depend on the focus
/// and are named as they are on every keyboard.
#[must_use]
pub fn shortcut_list(ctx: &egui::Context, s: &Strings) -> Vec<(String, &'static str)> {
    let keys = |a: Action| a.format(ctx);
    let text_size = [Action::TextBigger, Action::TextSmaller, Action::TextReset]
        .map(keys)
        .join(" / ");
    vec![
        (keys(Action::Search), s.sc_search),
        ("Enter".to_owned(), s.sc_next_hit),
        ("Esc".to_owned(), s.sc_clear),
        ("PageUp / PageDown".to_owned(), s.sc_sections),
        ("← / →".to_owned(), s.sc_sections_arrows),
        (
            [Action::NextRegion, Action::PrevRegion]
                .map(keys)
                .join(" / "),
            s.sc_regions,
        ),
        ("Tab / Shift+Tab".to_owned(), s.sc_focus),
        ("↑ ↓ ← →".to_owned(), s.sc_arrows),
        ("Enter / Space".to_owned(), s.sc_activate),
        (text_size, s.sc_text_size),
        (keys(Action::Open), s.sc_open),
        (keys(Action::Import), s.sc_import),
        (keys(Action::SaveReport), s.sc_save_report),
        ("A / R / E".to_owned(), s.sc_review_keys),
        (keys(Action::Undo), s.sc_undo),
        (keys(Action::Redo), s.sc_redo),
        (keys(Action::Export), s.sc_export),
        (keys(Action::CopyImage), s.sc_copy_image),
        ("F1 / ?".to_owned(), s.sc_help),
    ]
}

/// Draws the overlay as a modal dialog named for screen readers; Esc, a click outside or 关闭
/// close it. `take_focus` (the frame it opens) puts the keyboard on 关闭, inside the dialog.
#[must_use]
pub fn shortcuts_ui(ctx: &egui::Context, take_focus: bool) -> Vec<Command> {
    let s = strings::of(ctx);
    let mut commands = Vec::new();
    let id = egui::Id::unique("jiedu-shortcuts");
    let area = egui::Modal::default_area(id).accessible_name(s.shortcuts);
    let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
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
                for (keys, action) in shortcut_list(ui.ctx(), s) {
                    ui.label(RichText::new(keys).monospace());
                    ui.label(action);
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        let close = ui.button(s.close);
        if take_focus {
            close.request_focus();
        }
        if close.clicked() {
            commands.push(Command::ShowShortcuts(false));
        }
    });
    if modal.should_close() && commands.is_empty() {
        commands.push(Command::ShowShortcuts(false));
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::shortcuts::SHORTCUTS;
    use crate::shortcuts::tests::context_on;

    #[test]
    fn the_overlay_lists_every_chord_of_the_table_as_the_platform_writes_it() {
        for os in [
            egui::os::OperatingSystem::Nix,
            egui::os::OperatingSystem::Windows,
            egui::os::OperatingSystem::Mac,
        ] {
            let ctx = context_on(os);
            for s in [&ZH, &EN] {
                let listed = shortcut_list(&ctx, s);
                for shortcut in SHORTCUTS {
                    let keys = shortcut.action.format(&ctx);
                    assert!(
                        listed
                            .iter()
                            .any(|(k, _)| k.split(" / ").any(|k| k == keys)),
                        "{os:?}: {keys} of {:?} is not in the overlay",
                        shortcut.action
                    );
                }
                let mac = os == egui::os::OperatingSystem::Mac;
                assert_eq!(
                    listed.iter().any(|(k, _)| k.contains("Ctrl")),
                    !mac,
                    "{os:?}: {listed:?}"
                );
            }
        }
    }

    #[test]
    fn hints_name_the_keys_of_the_table() {
        let ctx = context_on(egui::os::OperatingSystem::Mac);
        let hint = ZH.keyed(ZH.export_hint, &ctx, Action::Export);
        assert!(hint.contains(&Action::Export.format(&ctx)), "{hint}");
        assert!(!hint.contains("Ctrl") && !hint.contains("{keys}"), "{hint}");
    }
}
