//! A visible grip on the edge of a panel that can be dragged: egui shows the resize line only
//! under the pointer, so nothing tells a new user the divider moves.

use egui::{Context, Rect, pos2, vec2};

/// Which edge of the panel the grip sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// The left edge (a panel on the right).
    Left,
    /// The right edge (a panel on the left).
    Right,
    /// The top edge (a panel at the bottom).
    Top,
}

/// Draws the grip at the middle of `panel`'s `edge`: on the panels' own layer, after them (so
/// above their fill), and under every window (the library, the editor), never over one.
pub fn panel_grip(ctx: &Context, panel: Rect, edge: Edge) {
    let (long, thick) = (36.0, 4.0);
    let rect = match edge {
        Edge::Left => {
            Rect::from_center_size(pos2(panel.left(), panel.center().y), vec2(thick, long))
        }
        Edge::Right => {
            Rect::from_center_size(pos2(panel.right(), panel.center().y), vec2(thick, long))
        }
        Edge::Top => Rect::from_center_size(pos2(panel.center().x, panel.top()), vec2(long, thick)),
    };
    let stroke = ctx
        .global_style()
        .visuals
        .widgets
        .noninteractive
        .fg_stroke
        .color;
    let painter = ctx.layer_painter(egui::LayerId::background());
    painter.rect_filled(rect, 2.0, stroke.gamma_multiply(0.55));
}

/// Names the divider of the resizable panel `salt` (shown in `ui`) in the interface language:
/// egui names every one "Resize panel", in English whatever the language. The id is egui's
/// own for a panel's resize handle; a panel not shown this frame is left alone.
pub fn name_divider(ui: &egui::Ui, salt: &str) {
    let id = ui.scope_id().with(salt).with("__resize");
    let name = crate::ui::strings::of(ui.ctx()).resize_panel;
    // Only a divider drawn this frame: naming an id makes a node of it.
    if ui.ctx().has_accesskit_node(id) {
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_label(name));
    }
}
