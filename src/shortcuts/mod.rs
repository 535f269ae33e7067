//! Every key the app handles in one table: the action, where it holds (its scope) and its
//! keys. The window's handler (`keys`), the widgets that handle a key where they are drawn
//! (Enter on a focused item, A/R/E on a row, Esc in a menu), the hints on buttons and the
//! shortcuts overlay all read this table, so they cannot disagree; a test of the architecture
//! fails when a key is handled anywhere else. Chords are shown the way the platform writes
//! them (`Ctrl+S`, `⌘S` on macOS) by egui's `format_shortcut`.

pub mod overlay_ui;

use egui::{Key, KeyboardShortcut, Modifiers};

/// What a key does.
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
    /// Show or hide this list of keys.
    Help,
    /// The previous section in reading order.
    PrevSection,
    /// The next section in reading order.
    NextSection,
    /// Empty the search and take its highlight away.
    ClearSearch,
    /// The next match of the search.
    NextHit,
    /// A report's text pasted outside a text field is imported.
    Paste,
    /// Close the open menu, popup or editor.
    Close,
    /// Open or press the focused item; on a bar, go to its sentence.
    Activate,
    /// The previous item of a list (contents, matches, bars, rows).
    PrevItem,
    /// The next item of a list.
    NextItem,
    /// The focus to the next or previous control (egui's own).
    MoveFocus,
    /// The focus to the control on the left or right (egui's own).
    MoveAcross,
    /// Accept the figure of the focused row.
    Accept,
    /// Reject the figure of the focused row.
    Reject,
    /// Open the figure of the focused row in the editor.
    EditFigure,
}

/// Where a key means what the table says: the handler of each scope asks the table for its
/// keys, so a key means one thing in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the window: chords with Ctrl (⌘) and function keys.
    Window,
    /// Anywhere but in a text field (there the field's own keys come first).
    NotTyping,
    /// In the text with no control focused (the arrows turn the page).
    Reading,
    /// While a search is shown and no text field has the keyboard.
    Search,
    /// In the search field.
    SearchField,
    /// On the focused control: a button, a bar, a row, an item of a list.
    Focused,
    /// On a figure's row of the data table.
    ReviewRow,
    /// In an open menu, popup or editor.
    Menu,
    /// Moved by egui itself; listed for the help and for telling that the keyboard is in use.
    Egui,
}

/// One row of the table: an action, where it holds and its keys.
pub struct Shortcut {
    /// What it does.
    pub action: Action,
    /// Where.
    pub scope: Scope,
    /// The keys, as the help shows them.
    pub keys: &'static [KeyboardShortcut],
    /// Other keys that do the same and are not shown (`Ctrl+Y` for redo).
    pub also: &'static [KeyboardShortcut],
}

const fn chord(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn row(action: Action, scope: Scope, keys: &'static [KeyboardShortcut]) -> Shortcut {
    Shortcut {
        action,
        scope,
        keys,
        also: &[],
    }
}

const COMMAND: Modifiers = Modifiers::COMMAND;
const COMMAND_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..COMMAND
};

/// Every key the app handles, in the order the keys are checked: a chord with more modifiers
/// before the one it contains (Ctrl+Shift+Z before Ctrl+Z, Shift+F6 before F6).
pub const SHORTCUTS: &[Shortcut] = &[
    row(Action::Search, Scope::Window, &[chord(COMMAND, Key::F)]),
    row(
        Action::CopyImage,
        Scope::Window,
        &[chord(COMMAND_SHIFT, Key::C)],
    ),
    row(Action::Open, Scope::Window, &[chord(COMMAND, Key::O)]),
    row(Action::Import, Scope::Window, &[chord(COMMAND, Key::I)]),
    row(
        Action::SaveReport,
        Scope::Window,
        &[chord(COMMAND_SHIFT, Key::S)],
    ),
    // In a text field, undo and redo are the field's own.
    Shortcut {
        action: Action::Redo,
        scope: Scope::NotTyping,
        keys: &[chord(COMMAND_SHIFT, Key::Z)],
        also: &[chord(COMMAND, Key::Y)],
    },
    row(Action::Undo, Scope::NotTyping, &[chord(COMMAND, Key::Z)]),
    row(Action::Export, Scope::Window, &[chord(COMMAND, Key::S)]),
    Shortcut {
        action: Action::TextBigger,
        scope: Scope::Window,
        keys: &[chord(COMMAND, Key::Equals)],
        also: &[chord(COMMAND, Key::Plus)],
    },
    row(
        Action::TextSmaller,
        Scope::Window,
        &[chord(COMMAND, Key::Minus)],
    ),
    row(
        Action::TextReset,
        Scope::Window,
        &[chord(COMMAND, Key::Num0)],
    ),
    row(
        Action::PrevRegion,
        Scope::Window,
        &[chord(Modifiers::SHIFT, Key::F6)],
    ),
    row(Action::NextRegion, Scope::Window, &[key(Key::F6)]),
    row(Action::Help, Scope::Window, &[key(Key::F1)]),
    Shortcut {
        action: Action::Help,
        scope: Scope::NotTyping,
        keys: &[key(Key::Questionmark)],
        also: &[chord(Modifiers::SHIFT, Key::Questionmark)],
    },
    row(Action::PrevSection, Scope::Window, &[key(Key::PageUp)]),
    row(Action::NextSection, Scope::Window, &[key(Key::PageDown)]),
    row(Action::PrevSection, Scope::Reading, &[key(Key::ArrowLeft)]),
    row(Action::NextSection, Scope::Reading, &[key(Key::ArrowRight)]),
    row(Action::Paste, Scope::NotTyping, &[chord(COMMAND, Key::V)]),
    row(Action::ClearSearch, Scope::Search, &[key(Key::Escape)]),
    row(Action::ClearSearch, Scope::SearchField, &[key(Key::Escape)]),
    row(Action::NextHit, Scope::SearchField, &[key(Key::Enter)]),
    row(Action::Close, Scope::Menu, &[key(Key::Escape)]),
    row(
        Action::Activate,
        Scope::Focused,
        &[key(Key::Enter), key(Key::Space)],
    ),
    row(Action::PrevItem, Scope::Focused, &[key(Key::ArrowUp)]),
    row(Action::NextItem, Scope::Focused, &[key(Key::ArrowDown)]),
    row(
        Action::MoveAcross,
        Scope::Egui,
        &[key(Key::ArrowLeft), key(Key::ArrowRight)],
    ),
    row(
        Action::MoveFocus,
        Scope::Egui,
        &[key(Key::Tab), chord(Modifiers::SHIFT, Key::Tab)],
    ),
    row(Action::Accept, Scope::ReviewRow, &[key(Key::A)]),
    row(Action::Reject, Scope::ReviewRow, &[key(Key::R)]),
    row(Action::EditFigure, Scope::ReviewRow, &[key(Key::E)]),
];

impl Action {
    /// Its rows of the table.
    fn rows(self) -> impl Iterator<Item = &'static Shortcut> {
        SHORTCUTS.iter().filter(move |s| s.action == self)
    }

    /// Every key of it, shown or not.
    fn all_keys(self) -> impl Iterator<Item = &'static KeyboardShortcut> {
        self.rows().flat_map(|s| s.keys.iter().chain(s.also))
    }

    /// Its main keys, the first one first (for hints and the help).
    #[must_use]
    pub fn keys(self) -> &'static [KeyboardShortcut] {
        self.rows().next().map_or(&[], |s| s.keys)
    }

    /// Whether one of its keys was pressed this frame (extra Shift or Alt ignored, as egui
    /// matches), without taking it from the widgets that come after.
    #[must_use]
    pub fn pressed(self, input: &egui::InputState) -> bool {
        input.events.iter().any(|e| match e {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => self
                .all_keys()
                .any(|k| k.logical_key == *key && modifiers.matches_logically(k.modifiers)),
            _ => false,
        })
    }

    /// Whether one of its keys was pressed this frame; the key is taken, so that no widget
    /// acts on it too.
    pub fn consume(self, input: &mut egui::InputState) -> bool {
        consume_each(input, self.all_keys())
    }

    /// Its main chord as the platform writes it (`Ctrl+S`; `⌘S` on macOS), with the key's
    /// symbol where it has one (`Ctrl+=`, not egui's `Ctrl+Equals`).
    #[must_use]
    pub fn format(self, ctx: &egui::Context) -> String {
        self.keys()
            .first()
            .map(|k| written(ctx, k))
            .unwrap_or_default()
    }
}

/// A key as the help writes it: a chord the platform's way, a key alone by its name on the
/// keyboard (`Esc`, `←`, `PageUp`).
#[must_use]
pub fn written(ctx: &egui::Context, k: &KeyboardShortcut) -> String {
    if k.modifiers.is_none() {
        return key_name(k.logical_key);
    }
    let text = ctx.format_shortcut(k);
    match text.strip_suffix(k.logical_key.name()) {
        Some(modifiers) => format!("{modifiers}{}", k.logical_key.symbol_or_name()),
        None => text,
    }
}

fn key_name(key: Key) -> String {
    match key {
        Key::Escape => "Esc",
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::Questionmark => "?",
        other => other.name(),
    }
    .to_owned()
}

/// Whether `scope` holds now: no text field has the keyboard (`typing`), no control has it
/// (`focused`), a search is shown.
#[derive(Clone, Copy, Debug)]
pub struct Focus {
    /// A text field has the keyboard.
    pub typing: bool,
    /// A control has the keyboard.
    pub focused: bool,
    /// A search is shown (its highlight or its matches).
    pub search_active: bool,
}

impl Focus {
    /// Whether the window's handler acts on keys of `scope` now (the other scopes are their
    /// widgets').
    #[must_use]
    pub fn window_holds(self, scope: Scope) -> bool {
        match scope {
            Scope::Window => true,
            Scope::NotTyping => !self.typing,
            Scope::Reading => !self.typing && !self.focused,
            Scope::Search => !self.typing && self.search_active,
            _ => false,
        }
    }
}

/// The actions of the keys pressed this frame that the window handles wherever the keyboard
/// is (`handles`; its scope holding now), in the table's order; the keys are consumed, so no
/// widget sees them too.
pub fn consume(
    input: &mut egui::InputState,
    focus: Focus,
    handles: impl Fn(Action) -> bool,
) -> Vec<Action> {
    SHORTCUTS
        .iter()
        .filter(|s| focus.window_holds(s.scope) && handles(s.action))
        .filter(|s| consume_each(input, s.keys.iter().chain(s.also)))
        .map(|s| s.action)
        .collect()
}

/// Whether one of `keys` was pressed; every one pressed is taken (not only the first found),
/// so that none is left for a widget.
fn consume_each<'a>(
    input: &mut egui::InputState,
    keys: impl Iterator<Item = &'a KeyboardShortcut>,
) -> bool {
    keys.filter(|k| input.consume_shortcut(k)).count() > 0
}

/// Whether `key` moves the keyboard between controls or items (Tab, the arrows): from then on
/// the keyboard is in use.
#[must_use]
pub fn moves_focus(key: Key) -> bool {
    [
        Action::MoveFocus,
        Action::MoveAcross,
        Action::PrevItem,
        Action::NextItem,
    ]
    .into_iter()
    .flat_map(Action::all_keys)
    .any(|k| k.logical_key == key)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A context on `os` that has run one pass (fonts exist only after one).
    pub(crate) fn context_on(os: egui::os::OperatingSystem) -> egui::Context {
        let ctx = egui::Context::default();
        ctx.set_os(os);
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        ctx
    }

    #[test]
    fn a_widget_s_key_is_found_where_it_is_pressed() {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            events: vec![egui::Event::Key {
                key: Key::R,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: Modifiers::NONE,
            }],
            ..Default::default()
        };
        let mut seen = (false, false, false);
        let mut output = ctx.run_ui(input, |ui| {
            seen = ui.input_mut(|i| {
                let reject = Action::Reject.pressed(i);
                let accept = Action::Accept.pressed(i);
                (
                    reject,
                    accept,
                    Action::Reject.consume(i) && !Action::Reject.pressed(i),
                )
            });
        });
        output.textures_delta.clear();
        assert_eq!(seen, (true, false, true));
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
