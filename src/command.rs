//! Every change of UI state the user asks for is a [`Command`]: panels emit them, the app
//! applies them once per frame. That keeps panels free of side effects and makes navigation
//! testable. Each feature has its own enum in its folder (`reader/command.rs`, …); the root
//! only wraps them, and holds the window's own. What happened without being asked in the
//! frame (a dialog's answer, a finished job) is an [`crate::event::Event`].

pub use crate::charts::command::ChartsCommand;
pub use crate::compare::command::LibraryCommand;
pub use crate::data_view::command::TableCommand;
pub use crate::export::command::ExportCommand;
pub use crate::open::command::OpenCommand;
pub use crate::platform::dialog_answer::DialogAnswer;
pub use crate::reader::command::ReaderCommand;
pub use crate::review::command::ReviewCommand;
pub use crate::search::command::SearchCommand;
use crate::theme::Theme;

/// A state change the user asked for, by the UI or the keyboard: the command of one feature.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// The window: theme, language, the shortcuts dialog, the keyboard's regions.
    Window(WindowCommand),
    /// Reading: sections, text size, contents, a figure's sentence and details.
    Reader(ReaderCommand),
    /// The search.
    Search(SearchCommand),
    /// The chart panel.
    Charts(ChartsCommand),
    /// The data table.
    Table(TableCommand),
    /// Chart images.
    Export(ExportCommand),
    /// Opening and importing.
    Open(OpenCommand),
    /// The review of an import.
    Review(ReviewCommand),
    /// The library and the comparison.
    Library(LibraryCommand),
}

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
