//! Things drawn as shapes (bars, figures inside a paragraph) made reachable without a mouse and
//! known to screen readers: each gets a focusable widget over its rect with a role and a label
//! in the AccessKit tree, and Enter on it acts like a click.

use crate::shortcuts::{Action, moves_focus};
use egui::{Id, Rect, Response, Sense, Ui, WidgetInfo};

/// A focusable, labelled target over `rect`. It takes no clicks or drags, so the pointer still
/// reaches what is drawn below (the plot, the paragraph).
#[must_use]
pub fn focus_target(ui: &Ui, id: Id, rect: Rect, role: egui::Role, label: &str) -> Response {
    let response = ui.interact(rect, id, Sense::focusable_noninteractive());
    response.widget_info(|| WidgetInfo::labeled(role, true, label));
    // A screen reader's "activate" (AT-SPI's click action) does what Enter does.
    ui.ctx().accesskit_node_builder(id, |node| {
        node.add_action(egui::accesskit::Action::Click);
    });
    response
}

/// Makes `response` a live region: screen readers read it out when it appears or changes, a
/// failure (`urgent`) at once, anything else when the reader is idle.
pub fn announce(ui: &Ui, response: &Response, urgent: bool) {
    let live = if urgent {
        egui::accesskit::Live::Assertive
    } else {
        egui::accesskit::Live::Polite
    };
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_live(live));
}

/// Whether Enter (or Space) was pressed on the focused `response` this frame (the key is
/// consumed), or a screen reader asked to click it.
#[must_use]
pub fn activated(ui: &Ui, response: &Response) -> bool {
    let clicked =
        ui.input(|i| i.has_accesskit_action_request(response.id, egui::accesskit::Action::Click));
    clicked || response.has_focus() && ui.input_mut(|i| Action::Activate.consume(i))
}

/// Keeps ↑ and ↓ for `response` (it moves between items itself) instead of letting egui move
/// the focus by geometry.
pub fn keep_vertical_arrows(ui: &Ui, response: &Response) {
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
    }
}

/// ↑ (−1) or ↓ (+1) pressed this frame, consumed.
#[must_use]
pub fn vertical_step(ui: &Ui) -> Option<isize> {
    ui.input_mut(|i| {
        if Action::NextItem.consume(i) {
            Some(1)
        } else if Action::PrevItem.consume(i) {
            Some(-1)
        } else {
            None
        }
    })
}

/// Draws the keyboard focus ring around `rect` on top of everything, in the theme's focus
/// colour (see [`crate::ui::palette::focus_color`]).
pub fn focus_ring(ctx: &egui::Context, rect: Rect) {
    let color = crate::ui::palette::focus_color(&ctx.global_style().visuals);
    ctx.layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        Id::unique("jiedu-focus-ring"),
    ))
    .rect_stroke(
        rect.expand(2.0),
        3.0,
        egui::Stroke::new(2.5, color),
        egui::StrokeKind::Outside,
    );
}

/// Whether the keyboard is in use: from a Tab or arrow key until the next mouse press, as
/// browsers decide `:focus-visible`. `before` is last frame's answer. Call it before the panels,
/// which consume the arrow keys they act on.
#[must_use]
pub fn keyboard_in_use(ctx: &egui::Context, before: bool) -> bool {
    ctx.input(|i| {
        let navigating = i
            .events
            .iter()
            .any(|e| matches!(e, egui::Event::Key { key, pressed: true, .. } if moves_focus(*key)));
        if i.pointer.any_pressed() {
            false
        } else {
            before || navigating
        }
    })
}

/// Draws the focus ring around the focused widget, if any.
pub fn focus_ring_ui(ctx: &egui::Context) {
    if let Some(id) = ctx.memory(egui::Memory::focused)
        && let Some(response) = ctx.read_response(id)
    {
        focus_ring(ctx, response.rect);
    }
}
