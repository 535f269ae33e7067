//! The shortcuts overlay (F1 or ?): every keyboard path of the app in one list, in the
//! interface language.

use egui::RichText;

use crate::i18n::Strings;
use crate::shortcuts::{Action, SHORTCUTS, Scope, written};

/// One line of the overlay: the keys of these (action, scope) rows of the table, joined by
/// `joiner` (a key written twice once), and what they do.
struct Line {
    rows: &'static [(Action, Scope)],
    joiner: &'static str,
    does: fn(&Strings) -> &'static str,
}

const fn line(rows: &'static [(Action, Scope)], does: fn(&Strings) -> &'static str) -> Line {
    Line {
        rows,
        joiner: " / ",
        does,
    }
}

/// The overlay's lines, in its order.
const LINES: &[Line] = &[
    line(&[(Action::Search, Scope::Window)], |s| s.sc_search),
    line(&[(Action::NextHit, Scope::SearchField)], |s| s.sc_next_hit),
    line(
        &[
            (Action::ClearSearch, Scope::SearchField),
            (Action::ClearSearch, Scope::Search),
            (Action::Close, Scope::Menu),
        ],
        |s| s.sc_clear,
    ),
    line(
        &[
            (Action::PrevSection, Scope::Window),
            (Action::NextSection, Scope::Window),
        ],
        |s| s.sc_sections,
    ),
    line(
        &[
            (Action::PrevSection, Scope::Reading),
            (Action::NextSection, Scope::Reading),
        ],
        |s| s.sc_sections_arrows,
    ),
    line(
        &[
            (Action::NextRegion, Scope::Window),
            (Action::PrevRegion, Scope::Window),
        ],
        |s| s.sc_regions,
    ),
    line(&[(Action::MoveFocus, Scope::Egui)], |s| s.sc_focus),
    Line {
        rows: &[
            (Action::PrevItem, Scope::Focused),
            (Action::NextItem, Scope::Focused),
            (Action::MoveAcross, Scope::Egui),
        ],
        joiner: " ",
        does: |s| s.sc_arrows,
    },
    line(&[(Action::Activate, Scope::Focused)], |s| s.sc_activate),
    line(
        &[
            (Action::TextBigger, Scope::Window),
            (Action::TextSmaller, Scope::Window),
            (Action::TextReset, Scope::Window),
        ],
        |s| s.sc_text_size,
    ),
    line(&[(Action::Open, Scope::Window)], |s| s.sc_open),
    line(&[(Action::Import, Scope::Window)], |s| s.sc_import),
    line(&[(Action::Paste, Scope::NotTyping)], |s| s.sc_paste),
    line(&[(Action::SaveReport, Scope::Window)], |s| s.sc_save_report),
    line(
        &[
            (Action::Accept, Scope::ReviewRow),
            (Action::Reject, Scope::ReviewRow),
            (Action::EditFigure, Scope::ReviewRow),
        ],
        |s| s.sc_review_keys,
    ),
    line(&[(Action::Undo, Scope::NotTyping)], |s| s.sc_undo),
    line(&[(Action::Redo, Scope::NotTyping)], |s| s.sc_redo),
    line(&[(Action::Export, Scope::Window)], |s| s.sc_export),
    line(&[(Action::CopyImage, Scope::Window)], |s| s.sc_copy_image),
    line(
        &[
            (Action::Help, Scope::Window),
            (Action::Help, Scope::NotTyping),
        ],
        |s| s.sc_help,
    ),
];

/// Keys and what they do, in the order the overlay lists them, every key from the one table
/// ([`crate::shortcuts::SHORTCUTS`]), chords written the platform's way.
#[must_use]
pub fn shortcut_list(ctx: &egui::Context, s: &Strings) -> Vec<(String, &'static str)> {
    LINES
        .iter()
        .map(|line| {
            let mut shown: Vec<String> = Vec::new();
            for (action, scope) in line.rows {
                let keys = SHORTCUTS
                    .iter()
                    .filter(|r| r.action == *action && r.scope == *scope)
                    .flat_map(|r| r.keys)
                    .map(|k| written(ctx, k))
                    .collect::<Vec<_>>()
                    .join(line.joiner);
                if !shown.contains(&keys) {
                    shown.push(keys);
                }
            }
            (shown.join(line.joiner), (line.does)(s))
        })
        .collect()
}

/// Space kept above and below the overlay.
const MARGIN: f32 = 24.0;
/// The heading, the close button and the frame's margins, about: what the list leaves.
const ABOVE_AND_BELOW_THE_LIST: f32 = 120.0;

/// Draws the overlay as a modal dialog named for screen readers; Esc, a click outside or 关闭
/// close it (the answer is `true` then); its words are those of `s`. `take_focus` (the frame it opens) puts the keyboard on
/// 关闭, inside the dialog. A window too low for the list scrolls it.
#[must_use]
pub fn shortcuts_ui(ctx: &egui::Context, s: &Strings, take_focus: bool) -> bool {
    let mut closed = false;
    let id = egui::Id::unique("jiedu-shortcuts");
    // An area is as high as it was last frame, and egui's first guess is 400 points: the
    // list is given the window's height from the start, and scrolls only in a window too low
    // for it.
    let height = ctx.content_rect().height() - 2.0 * MARGIN;
    let area = egui::Modal::default_area(id)
        .default_size(egui::vec2(640.0, height))
        .accessible_name(s.shortcuts);
    let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(s.shortcuts);
        ui.add_space(6.0);
        // The list scrolls in a window too low for it; the close button stays in view.
        egui::ScrollArea::vertical()
            .max_height(height - ABOVE_AND_BELOW_THE_LIST)
            .show(ui, |ui| {
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
            });
        ui.add_space(6.0);
        let close = ui.button(s.close);
        if take_focus {
            close.request_focus();
        }
        closed = close.clicked();
    });
    closed || modal.should_close()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
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
                    for k in shortcut.keys {
                        let keys = written(&ctx, k);
                        assert!(
                            listed.iter().any(|(line, _)| line
                                .split(" / ")
                                .flat_map(|part| part.split(' '))
                                .any(|part| part == keys)
                                || line.split(" / ").any(|part| part == keys)),
                            "{os:?}: {keys} of {:?} is not in the overlay",
                            shortcut.action
                        );
                    }
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
