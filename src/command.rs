//! Every change of UI state is a [`Command`]: panels emit them, the app applies them once per
//! frame. That keeps panels free of side effects and makes navigation testable.

use crate::report::SectionRef;
use crate::settings::Theme;

/// A state change requested by the UI or the keyboard.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show this section.
    GoTo(SectionRef),
    /// Next section in reading order.
    NextSection,
    /// Previous section in reading order.
    PrevSection,
    /// The user scrolled; this section is now the one at the top of the view.
    ScrolledTo(SectionRef),
    /// Light or dark.
    SetTheme(Theme),
    /// Larger (+1) or smaller (−1) reading text.
    StepTextScale(f32),
    /// Back to the default text size.
    ResetTextScale,
    /// Put the keyboard focus in the search field.
    FocusSearch,
    /// The search text changed.
    SetQuery(String),
    /// Show search hit `n` (index into the hit list).
    OpenHit(usize),
    /// Empty the search field and remove the highlight.
    ClearSearch,
}
