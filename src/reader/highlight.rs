//! The highlighted match in the reader, painted as one even band per line behind the text: a
//! background set on the text itself follows each font's own height, so a run mixing Chinese
//! and digits (two fonts) got a ragged box.

use std::ops::Range;

use egui::text::{CCursor, Galley};
use egui::{Pos2, Rect, Ui};

/// The rectangles (one per line) that cover characters `chars` of `galley`, in galley
/// coordinates; each as high as its line.
#[must_use]
pub fn line_rects(galley: &Galley, chars: Range<usize>) -> Vec<Rect> {
    let mut rects: Vec<Rect> = Vec::new();
    for c in chars {
        let a = galley.pos_from_cursor(CCursor::new(c));
        let b = galley.pos_from_cursor(CCursor::new(c + 1));
        // The last character of a line: the next cursor is on the next line, so the line's
        // own end closes the band.
        let right = if (a.top() - b.top()).abs() < 1.0 {
            b.min.x
        } else {
            let row = galley.layout_from_cursor(CCursor::new(c)).row;
            galley.rows.get(row).map_or(a.max.x, |r| r.rect().right())
        };
        let glyph = Rect::from_min_max(a.min, egui::pos2(right, a.max.y));
        match rects.last_mut() {
            Some(last) if (last.top() - glyph.top()).abs() < 1.0 => *last = last.union(glyph),
            _ => rects.push(glyph),
        }
    }
    rects
}

/// Paints the band behind characters `chars` of the galley drawn at `pos`.
pub fn paint_match(ui: &Ui, galley: &Galley, pos: Pos2, chars: Range<usize>) {
    let color = crate::ui::style::match_background(ui.visuals());
    for rect in line_rects(galley, chars) {
        ui.painter()
            .rect_filled(rect.translate(pos.to_vec2()), 2.0, color);
    }
}
