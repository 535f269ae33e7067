//! The reader's keyboard shortcuts, read once per frame before the panels see the keys.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::Command;
use crate::export::Target;

/// Keyboard shortcuts of the reader, consumed before the panels see the keys.
pub fn keyboard_commands(ctx: &egui::Context, search_active: bool) -> Vec<Command> {
    let typing = ctx.text_edit_focused();
    // With a control focused, the arrows move the focus (egui) or between bars.
    let focused = ctx.memory(|m| m.focused().is_some());
    ctx.input_mut(|i| {
        let mut commands = Vec::new();
        let shortcut = |m, k| KeyboardShortcut::new(m, k);
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::F)) {
            commands.push(Command::FocusSearch);
        }
        // Before any Ctrl+C handling: Ctrl+Shift+C copies the chart as an image.
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::C)) {
            commands.push(Command::Export(Target::Clipboard));
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::O)) {
            commands.push(Command::AskOpenFile);
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::S)) {
            commands.push(Command::Export(Target::AskFile));
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Equals))
            || i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Plus))
        {
            commands.push(Command::StepTextScale(1.0));
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Minus)) {
            commands.push(Command::StepTextScale(-1.0));
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Num0)) {
            commands.push(Command::ResetTextScale);
        }
        if i.consume_key(Modifiers::NONE, Key::F1)
            || (!typing && i.consume_key(Modifiers::SHIFT, Key::Questionmark))
            || (!typing && i.consume_key(Modifiers::NONE, Key::Questionmark))
        {
            commands.push(Command::ToggleShortcuts);
        }
        if i.consume_key(Modifiers::NONE, Key::PageDown) {
            commands.push(Command::NextSection);
        }
        if i.consume_key(Modifiers::NONE, Key::PageUp) {
            commands.push(Command::PrevSection);
        }
        if !typing {
            if search_active && i.consume_key(Modifiers::NONE, Key::Escape) {
                commands.push(Command::ClearSearch);
            }
            if !focused && i.consume_key(Modifiers::NONE, Key::ArrowRight) {
                commands.push(Command::NextSection);
            }
            if !focused && i.consume_key(Modifiers::NONE, Key::ArrowLeft) {
                commands.push(Command::PrevSection);
            }
        }
        commands
    })
}
