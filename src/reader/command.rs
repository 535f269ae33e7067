//! What the user can ask of this feature, as one command each. The feature applies them in its
//! `apply` module, once per frame when the app hands them on; the root [`crate::Command`]
//! wraps them.

use crate::report::SectionRef;

/// Moving through the text: sections, the reading size, the contents, a figure's sentence and its details.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ReaderCommand {
    /// Show this section.
    GoTo(SectionRef),
    /// Next section in reading order.
    NextSection,
    /// Previous section in reading order.
    PrevSection,
    /// The user scrolled; this section is now the one at the top of the view.
    ScrolledTo(SectionRef),
    /// Larger (+1) or smaller (−1) reading text.
    StepTextScale(f32),
    /// Back to the default text size.
    ResetTextScale,
    /// Show or hide the table of contents.
    ToggleToc,
    /// From a bar to the text: show and highlight the sentence of indicator `n`.
    ShowSource(usize),
    /// From the text to a chart: show a chart with indicator `n` and highlight its bar, or the
    /// figure's details when no chart has it.
    ShowFigure(usize),
    /// Close the figure details popup.
    ClosePopup,
}

/// Any command type the reader's panels can push into: one that holds the reader's own and the review's (asked from a selection in the text). The app's root
/// `Command` is one; so the feature names no type above it.
pub trait ReaderAsks: From<ReaderCommand> + From<crate::review::command::ReviewCommand> {}

impl<C: From<ReaderCommand> + From<crate::review::command::ReviewCommand>> ReaderAsks for C {}
