//! Every keyboard chord of the app in one table: the action, its keys and what it does. The key
//! handling (`keys`), the hints on buttons and the shortcuts overlay all read this
//! table, so they cannot disagree; keys are shown the way the platform writes them
//! (`Ctrl+S`, `⌘S` on macOS) by egui's `format_shortcut`.

pub mod keys;
pub mod overlay_ui;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::Command;
use crate::export::options::Target;

/// What a chord does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Put the focus in the search field.
    Search,
    /// Copy the chart as an image. Listed before any plain Ctrl+C handling.
    CopyImage,
    /// Open a report.
    Open,
    /// Import a report's plain text.
    Import,
    /// Save the open report (with its review) as a file.
    SaveReport,
    /// Redo a review step undone.
    Redo,
    /// Undo the last review step.
    Undo,
    /// Export the chart as a PNG.
    Export,
    /// Larger text.
    TextBigger,
    /// Smaller text.
    TextSmaller,
    /// Default text size.
    TextReset,
    /// The keyboard to the previous region (toolbar, contents, text, side panel).
    PrevRegion,
    /// The keyboard to the next region.
    NextRegion,
}

/// One row of the table: an action and the chords that trigger it (the first is the one shown).
pub struct Shortcut {
    /// What it does.
    pub action: Action,
    /// The chords, main one first.
    pub keys: &'static [KeyboardShortcut],
}

const fn chord(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const COMMAND: Modifiers = Modifiers::COMMAND;

/// The table, in the order the keys are checked.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        action: Action::Search,
        keys: &[chord(COMMAND, Key::F)],
    },
    Shortcut {
        action: Action::CopyImage,
        keys: &[chord(
            Modifiers {
                shift: true,
                ..COMMAND
            },
            Key::C,
        )],
    },
    Shortcut {
        action: Action::Open,
        keys: &[chord(COMMAND, Key::O)],
    },
    Shortcut {
        action: Action::Import,
        keys: &[chord(COMMAND, Key::I)],
    },
    Shortcut {
        action: Action::SaveReport,
        keys: &[chord(
            Modifiers {
                shift: true,
                ..COMMAND
            },
            Key::S,
        )],
    },
    // Redo before undo: Ctrl+Z would also match Ctrl+Shift+Z.
    Shortcut {
        action: Action::Redo,
        keys: &[
            chord(
                Modifiers {
                    shift: true,
                    ..COMMAND
                },
                Key::Z,
            ),
            chord(COMMAND, Key::Y),
        ],
    },
    Shortcut {
        action: Action::Undo,
        keys: &[chord(COMMAND, Key::Z)],
    },
    Shortcut {
        action: Action::Export,
        keys: &[chord(COMMAND, Key::S)],
    },
    Shortcut {
        action: Action::TextBigger,
        keys: &[chord(COMMAND, Key::Equals), chord(COMMAND, Key::Plus)],
    },
    Shortcut {
        action: Action::TextSmaller,
        keys: &[chord(COMMAND, Key::Minus)],
    },
    Shortcut {
        action: Action::TextReset,
        keys: &[chord(COMMAND, Key::Num0)],
    },
    // Shift+F6 first: a chord without Shift would take it too.
    Shortcut {
        action: Action::PrevRegion,
        keys: &[chord(Modifiers::SHIFT, Key::F6)],
    },
    Shortcut {
        action: Action::NextRegion,
        keys: &[chord(Modifiers::NONE, Key::F6)],
    },
];

impl Action {
    /// The command it gives.
    pub fn command(self) -> Command {
        match self {
            Self::Search => Command::FocusSearch,
            Self::CopyImage => Command::Export(Target::Clipboard),
            Self::Open => Command::AskOpenFile,
            Self::Import => Command::AskImportText,
            Self::SaveReport => Command::AskSaveReport,
            Self::Redo => Command::Redo,
            Self::Undo => Command::Undo,
            Self::Export => Command::Export(Target::AskFile),
            Self::TextBigger => Command::StepTextScale(1.0),
            Self::TextSmaller => Command::StepTextScale(-1.0),
            Self::TextReset => Command::ResetTextScale,
            Self::PrevRegion => Command::NextRegion(false),
            Self::NextRegion => Command::NextRegion(true),
        }
    }

    /// Its chords, main one first.
    #[must_use]
    pub fn keys(self) -> &'static [KeyboardShortcut] {
        SHORTCUTS
            .iter()
            .find(|s| s.action == self)
            .map_or(&[], |s| s.keys)
    }

    /// Its main chord as the platform writes it (`Ctrl+S`; `⌘S` on macOS), with the key's
    /// symbol where it has one (`Ctrl+=`, not egui's `Ctrl+Equals`).
    #[must_use]
    pub fn format(self, ctx: &egui::Context) -> String {
        self.keys()
            .first()
            .map(|k| {
                let text = ctx.format_shortcut(k);
                match text.strip_suffix(k.logical_key.name()) {
                    Some(modifiers) => format!("{modifiers}{}", k.logical_key.symbol_or_name()),
                    None => text,
                }
            })
            .unwrap_or_default()
    }
}

/// The commands of the chords pressed this frame (consumed, so no widget sees them too). While
/// a text field has the focus, undo and redo are the field's own.
pub fn consume(input: &mut egui::InputState, typing: bool) -> Vec<Command> {
    SHORTCUTS
        .iter()
        .filter(|s| !(typing && matches!(s.action, Action::Undo | Action::Redo)))
        .filter(|s| s.keys.iter().any(|k| input.consume_shortcut(k)))
        .map(|s| s.action.command())
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The commands `keyboard_commands` gives for one chord pressed in a fresh context.
    fn commands_for(chord: KeyboardShortcut) -> Vec<Command> {
        let ctx = egui::Context::default();
        let mut out = Vec::new();
        let input = egui::RawInput {
            events: vec![egui::Event::Key {
                key: chord.logical_key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: chord.modifiers,
            }],
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            out = crate::shortcuts::keys::keyboard_commands(ui.ctx(), false);
        });
        output.textures_delta.clear();
        out
    }

    /// A context on `os` that has run one pass (fonts exist only after one).
    pub(crate) fn context_on(os: egui::os::OperatingSystem) -> egui::Context {
        let ctx = egui::Context::default();
        ctx.set_os(os);
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        ctx
    }

    #[test]
    fn every_chord_of_the_table_gives_its_command_and_nothing_else() {
        for shortcut in SHORTCUTS {
            for &key in shortcut.keys {
                assert_eq!(
                    commands_for(key),
                    vec![shortcut.action.command()],
                    "{key:?}"
                );
            }
        }
    }

    #[test]
    fn keys_are_written_the_platform_s_way() {
        let ctx = context_on(egui::os::OperatingSystem::Nix);
        assert_eq!(Action::Export.format(&ctx), "Ctrl+S");
        assert_eq!(Action::CopyImage.format(&ctx), "Ctrl+Shift+C");
        // Keys with a symbol are written with it, as on the keyboard.
        assert_eq!(Action::TextBigger.format(&ctx), "Ctrl+=");
        assert_eq!(Action::TextReset.format(&ctx), "Ctrl+0");
        let mac = Action::Export.format(&context_on(egui::os::OperatingSystem::Mac));
        assert!(!mac.contains("Ctrl"), "{mac}");
        assert!(mac.contains('⌘') || mac.contains("Cmd"), "{mac}");
    }
}
