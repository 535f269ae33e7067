//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

/// The search of the full text.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum SearchCommand {
    /// Put the keyboard focus in the search field.
    FocusSearch,
    /// The search text changed.
    SetQuery(String),
    /// Show search hit `n` (index into the hit list).
    OpenHit(usize),
    /// Empty the search field and remove the highlight.
    ClearSearch,
}
