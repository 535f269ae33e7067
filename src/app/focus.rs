//! Where the keyboard goes when the app moves it rather than Tab: F6 and Shift+F6 cycle the
//! regions (toolbar, contents, text, side panel) as browsers do; Enter on a bar goes on to its
//! figure in the text; a dialog takes the focus and gives it back. A target not drawn yet (the
//! figure of a section just opened) is tried for a few frames.

use super::JieduApp;
use super::focus_state::FocusTarget;

/// How many frames a target not drawn yet is waited for.
const FRAMES: u8 = 6;

impl JieduApp {
    /// Moves the keyboard to `target`, now or once it is drawn.
    pub(super) fn focus_later(&mut self, target: FocusTarget) {
        self.focus.next = Some((target, FRAMES));
        self.keyboard_focus = true;
    }

    /// After the panels are drawn: the focus asked for, if its widget is there.
    pub(super) fn focus_pending(&mut self, ctx: &egui::Context) {
        let Some((target, left)) = self.focus.next.take() else {
            return;
        };
        let id = match target {
            FocusTarget::Widget(id) => Some(id),
            FocusTarget::Figure(indicator) => self
                .doc
                .drawn
                .figure_links
                .iter()
                .find(|(i, _)| *i == indicator)
                .map(|(_, id)| *id),
        };
        match id {
            Some(id) => ctx.memory_mut(|m| m.request_focus(id)),
            None if left > 0 => self.focus.next = Some((target, left - 1)),
            None => {}
        }
        ctx.request_repaint();
    }

    /// F6 (`forward`) or Shift+F6: the next region that has somewhere to land.
    pub(super) fn next_region(&mut self, forward: bool) {
        let regions = self.doc.drawn.regions;
        let n = regions.len();
        let from = self.focus.region.unwrap_or(if forward { n - 1 } else { 0 });
        for step in 1..=n {
            let i = if forward {
                (from + step) % n
            } else {
                (from + n * 2 - step) % n
            };
            if let Some(id) = regions[i] {
                self.focus.region = Some(i);
                self.focus_later(FocusTarget::Widget(id));
                return;
            }
        }
    }

    /// Opens or closes the shortcuts dialog: it takes the keyboard when it opens, and gives it
    /// back to where it was when it closes.
    pub(super) fn show_dialog(&mut self, show: bool) {
        if show && !self.show_shortcuts {
            self.focus.before_dialog = self.ctx.memory(egui::Memory::focused);
            self.focus.dialog_takes_focus = true;
        } else if !show
            && self.show_shortcuts
            && let Some(id) = self.focus.before_dialog.take()
        {
            self.focus_later(FocusTarget::Widget(id));
        }
        self.show_shortcuts = show;
    }
}
