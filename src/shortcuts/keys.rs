//! The reader's keyboard shortcuts, read once per frame before the panels see the keys: the
//! chords of [`crate::shortcuts`], and the keys whose meaning depends on the focus (arrows,
//! Esc, ?).

use egui::{Key, Modifiers};

use crate::Command;

/// Keyboard shortcuts of the reader, consumed before the panels see the keys.
#[must_use]
pub fn keyboard_commands(ctx: &egui::Context, search_active: bool) -> Vec<Command> {
    let typing = ctx.text_edit_focused();
    // With a control focused, the arrows move the focus (egui) or between bars.
    let focused = ctx.memory(|m| m.focused().is_some());
    ctx.input_mut(|i| {
        // The chords (Ctrl+F, Ctrl+S …) come from the one table of shortcuts.
        let mut commands = crate::shortcuts::consume(i, typing);
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
            // Text pasted outside a text field is a report to import (Ctrl+V, or the menu of
            // the system): nothing else in the window takes a paste.
            let pasted = i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) if !text.trim().is_empty() => Some(text.clone()),
                _ => None,
            });
            if let Some(text) = pasted {
                i.events.retain(|e| !matches!(e, egui::Event::Paste(_)));
                commands.push(Command::ImportPasted(text));
            }
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
