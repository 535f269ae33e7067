//! The window's own commands (theme, language, the shortcuts dialog, the keyboard's regions):
//! below the features, so that a panel can ask the window for something (the keyboard to a
//! figure) without naming the app's root command.

use crate::theme::Theme;

/// The window's own commands.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WindowCommand {
    /// Light or dark.
    SetTheme(Theme),
    /// Interface language.
    SetLang(crate::i18n::Lang),
    /// Show or hide the keyboard shortcuts overlay.
    ShowShortcuts(bool),
    /// Show the shortcuts overlay if hidden, hide it if shown (F1, ?).
    ToggleShortcuts,
    /// Close the window (asked again when review work is not saved).
    CloseWindow,
    /// The keyboard to the next region (true) or the previous one: toolbar, contents, text,
    /// side panel (F6, Shift+F6).
    NextRegion(bool),
    /// The keyboard to figure `n` in the text, once it is drawn (after Enter on its bar).
    FocusFigure(usize),
}
