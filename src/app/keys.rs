//! The window's keys, read once per frame before the panels see them: the command of every
//! row of the one table ([`crate::shortcuts::SHORTCUTS`]) that the window handles and whose
//! scope holds now, and a pasted text. The table says which keys; this says what the app
//! does with them.

use crate::Command;
use crate::command::{
    ExportCommand, OpenCommand, ReaderCommand, ReviewCommand, SearchCommand, WindowCommand,
};
use crate::settings::export_options::Target;
use crate::shortcuts::{Action, Focus, consume};

/// The command the window gives for `action`, wherever the keyboard is (in its scope); `None`
/// for the keys a widget handles where it is drawn.
#[must_use]
pub fn command(action: Action) -> Option<Command> {
    Some(match action {
        Action::Search => Command::Search(SearchCommand::FocusSearch),
        Action::CopyImage => Command::Export(ExportCommand::Export(Target::Clipboard)),
        Action::Open => Command::Open(OpenCommand::AskOpenFile),
        Action::Import => Command::Open(OpenCommand::AskImportText),
        Action::SaveReport => Command::Review(ReviewCommand::AskSaveReport),
        Action::Redo => Command::Review(ReviewCommand::Redo),
        Action::Undo => Command::Review(ReviewCommand::Undo),
        Action::Export => Command::Export(ExportCommand::Export(Target::AskFile)),
        Action::TextBigger => Command::Reader(ReaderCommand::StepTextScale(1.0)),
        Action::TextSmaller => Command::Reader(ReaderCommand::StepTextScale(-1.0)),
        Action::TextReset => Command::Reader(ReaderCommand::ResetTextScale),
        Action::PrevRegion => Command::Window(WindowCommand::NextRegion(false)),
        Action::NextRegion => Command::Window(WindowCommand::NextRegion(true)),
        Action::Help => Command::Window(WindowCommand::ToggleShortcuts),
        Action::PrevSection => Command::Reader(ReaderCommand::PrevSection),
        Action::NextSection => Command::Reader(ReaderCommand::NextSection),
        Action::ClearSearch => Command::Search(SearchCommand::ClearSearch),
        _ => return None,
    })
}

/// The commands of the keys the window handles, consumed before the panels see them.
#[must_use]
pub fn keyboard_commands(ctx: &egui::Context, search_active: bool) -> Vec<Command> {
    let focus = Focus {
        typing: ctx.text_edit_focused(),
        // With a control focused, the arrows move the focus (egui) or between bars.
        focused: ctx.memory(|m| m.focused().is_some()),
        search_active,
    };
    ctx.input_mut(|i| {
        let mut commands: Vec<Command> = consume(i, focus, |a| command(a).is_some())
            .into_iter()
            .filter_map(command)
            .collect();
        if !focus.typing {
            // Text pasted outside a text field is a report to import (Ctrl+V, or the menu of
            // the system): nothing else in the window takes a paste.
            let pasted = i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) if !text.trim().is_empty() => Some(text.clone()),
                _ => None,
            });
            if let Some(text) = pasted {
                i.events.retain(|e| !matches!(e, egui::Event::Paste(_)));
                commands.push(Command::Open(OpenCommand::ImportPasted(text)));
            }
        }
        commands
    })
}

#[cfg(test)]
mod tests {
    use egui::{Key, KeyboardShortcut, Modifiers};

    use super::*;
    use crate::shortcuts::{SHORTCUTS, Scope};

    /// The commands `keyboard_commands` gives for one chord pressed in a fresh context (no
    /// control focused, nothing typed), with a search shown or not.
    fn commands_for(chord: KeyboardShortcut, search_active: bool) -> Vec<Command> {
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
            out = keyboard_commands(ui.ctx(), search_active);
        });
        output.textures_delta.clear();
        out
    }

    #[test]
    fn every_key_the_window_handles_gives_its_command_and_nothing_else() {
        let mut tried = 0;
        for shortcut in SHORTCUTS {
            let Some(command) = command(shortcut.action) else {
                continue;
            };
            let search = shortcut.scope == Scope::Search;
            let window = Focus {
                typing: false,
                focused: false,
                search_active: search,
            };
            // The keys of a widget (Esc in the search field) are the widget's to read.
            if !window.window_holds(shortcut.scope) {
                continue;
            }
            for &key in shortcut.keys.iter().chain(shortcut.also) {
                assert_eq!(commands_for(key, search), vec![command.clone()], "{key:?}");
                tried += 1;
            }
        }
        assert!(tried > 15, "{tried}");
        // Esc clears a search only while one is shown.
        assert!(
            commands_for(KeyboardShortcut::new(Modifiers::NONE, Key::Escape), false).is_empty()
        );
    }
}
