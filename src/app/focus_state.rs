//! Where the app means to move the keyboard, kept apart from how it moves it (`focus`), so
//! that the app's state can hold it without the two modules taking from each other.

/// Where the keyboard is to go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    /// This widget.
    Widget(egui::Id),
    /// The figure of this indicator in the text.
    Figure(usize),
}

/// The app's part in where the keyboard is.
#[derive(Debug, Default)]
pub struct FocusState {
    /// Where the keyboard goes once its widget is drawn, and for how many more frames.
    pub(super) next: Option<(FocusTarget, u8)>,
    /// The region F6 moved to last (toolbar, contents, text, side panel).
    pub(super) region: Option<usize>,
    /// The widget that had the keyboard before a dialog took it.
    pub(super) before_dialog: Option<egui::Id>,
    /// The shortcuts dialog takes the keyboard in its next frame.
    pub dialog_takes_focus: bool,
}
