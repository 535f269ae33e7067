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
pub use crate::window::WindowCommand;

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

macro_rules! wraps {
    ($($feature:ident($command:ty)),* $(,)?) => {$(
        impl From<$command> for Command {
            fn from(command: $command) -> Self {
                Self::$feature(command)
            }
        }
    )*};
}

// Panels push any command their feature may ask into a `Vec<C>` with `C: From<…>`: this is
// how the root's `Command` takes each one, so no feature names the root.
wraps!(
    Window(WindowCommand),
    Reader(ReaderCommand),
    Search(SearchCommand),
    Charts(ChartsCommand),
    Table(TableCommand),
    Export(ExportCommand),
    Open(OpenCommand),
    Review(ReviewCommand),
    Library(LibraryCommand),
);
