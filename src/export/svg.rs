//! The exported figure as SVG: the shapes egui painted for the PNG, written as SVG elements
//! rather than pixels, so the SVG is the same figure by construction. Text stays text (one
//! `<text>` per run of one colour and size in a line, at egui's own baseline), so an editor can
//! change it in Illustrator or Inkscape; it names the bundled font first and common Chinese
//! fonts after it. The `svg` crate writes the elements and escapes text and attributes.

use std::collections::HashMap;

use egui::emath::GuiRounding as _;
use egui::epaint::{ColorMode, PathShape, RectShape, Shape, StrokeKind, TextShape};
use egui::{Color32, Rect, Vec2};
use svg::Document;
use svg::node::element::{ClipPath, Definitions, Element, Group, Rectangle};

use super::Rendered;

/// The font stack of every text: the bundled Noto Sans CJK SC, then what a reader's machine has.
const FONTS: &str = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// The SVG of `rendered` on a canvas of `canvas` points, the kept rect placed at `offset`;
/// width and height are in pixels at the image's density, the view box in points.
#[must_use]
pub fn document(rendered: &Rendered, canvas: Vec2, offset: Vec2, background: Color32) -> String {
    let ppp = rendered.pixels_per_point;
    let keep = rendered.keep;
    // The image starts on the pixel the crop rounded to, as egui's shapes are pixel-aligned.
    let shift = offset - keep.min.round_to_pixels(ppp).to_vec2();
    let mut writer = Writer {
        pixels_per_point: ppp,
        clips: HashMap::new(),
        defs: Definitions::new(),
        body: Group::new().set(
            "transform",
            format!("translate({} {})", num(shift.x), num(shift.y)),
        ),
    };
    for clipped in &rendered.shapes {
        let clip = clipped.clip_rect.intersect(keep);
        writer.shape(&clipped.shape, clip);
    }
    let mut doc = Document::new()
        .set("width", num((canvas.x * ppp).round()))
        .set("height", num((canvas.y * ppp).round()))
        .set(
            "viewBox",
            format!("0 0 {} {}", num(canvas.x), num(canvas.y)),
        )
        .set("font-family", FONTS);
    let (fill, opacity) = rgb(background);
    doc = doc.add(
        Rectangle::new()
            .set("width", "100%")
            .set("height", "100%")
            .set("fill", fill)
            .set("fill-opacity", opacity),
    );
    doc.add(writer.defs).add(writer.body).to_string()
}

/// Collects elements, and one clip path per distinct clip rect.
struct Writer {
    pixels_per_point: f32,
    clips: HashMap<[u32; 4], String>,
    defs: Definitions,
    body: Group,
}

impl Writer {
    fn shape(&mut self, shape: &Shape, clip: Rect) {
        let bounds = shape.visual_bounding_rect();
        if !matches!(shape, Shape::Vec(_)) && !bounds.intersects(clip) {
            return;
        }
        let element: Option<Element> = match shape {
            Shape::Vec(shapes) => {
                for part in shapes {
                    self.shape(part, clip);
                }
                None
            }
            Shape::Rect(shape) => rect(shape, self.pixels_per_point),
            Shape::LineSegment { points, stroke } => (stroke.color.a() > 0).then(|| {
                let line = Element::new("line")
                    .with("x1", num(points[0].x))
                    .with("y1", num(points[0].y))
                    .with("x2", num(points[1].x))
                    .with("y2", num(points[1].y));
                outline(line, stroke.color, stroke.width)
            }),
            Shape::Path(shape) => Some(path(shape)),
            Shape::Circle(circle) => {
                let dot = Element::new("circle")
                    .with("cx", num(circle.center.x))
                    .with("cy", num(circle.center.y))
                    .with("r", num(circle.radius));
                Some(outline(
                    filled(dot, circle.fill),
                    circle.stroke.color,
                    circle.stroke.width,
                ))
            }
            Shape::Text(text) => {
                let mut group = Group::new();
                for run in text_runs(text, self.pixels_per_point) {
                    group = group.add(run);
                }
                Some(group.into())
            }
            // The figure has no meshes, curves or callbacks; an image of one would be a
            // picture of pixels, which an SVG of the figure must not pretend to be.
            _ => None,
        };
        if let Some(mut element) = element {
            if !clip.contains_rect(bounds) {
                let id = self.clip_id(clip);
                element = element.with("clip-path", format!("url(#{id})"));
            }
            self.body = std::mem::replace(&mut self.body, Group::new()).add(element);
        }
    }

    fn clip_id(&mut self, clip: Rect) -> String {
        let key = [clip.min.x, clip.min.y, clip.max.x, clip.max.y].map(f32::to_bits);
        if let Some(id) = self.clips.get(&key) {
            return id.clone();
        }
        let id = format!("clip{}", self.clips.len());
        let path = ClipPath::new().set("id", id.clone()).add(rectangle(clip));
        self.defs = std::mem::replace(&mut self.defs, Definitions::new()).add(path);
        self.clips.insert(key, id.clone());
        id
    }
}

fn rectangle(r: Rect) -> Rectangle {
    Rectangle::new()
        .set("x", num(r.min.x))
        .set("y", num(r.min.y))
        .set("width", num(r.width()))
        .set("height", num(r.height()))
}

fn rect(shape: &RectShape, pixels_per_point: f32) -> Option<Element> {
    let stroke = shape.stroke;
    // As egui paints it: the rect on whole pixels (unless the shape asks otherwise).
    let edge = if shape.round_to_pixels.unwrap_or(true) {
        shape.rect.round_to_pixels(pixels_per_point)
    } else {
        shape.rect
    };
    if shape.fill.a() == 0 && (stroke.width <= 0.0 || stroke.color.a() == 0) {
        return None;
    }
    // The outline as egui draws it: inside, centred on or outside the rect's edge.
    let half = stroke.width / 2.0;
    let area = match shape.stroke_kind {
        _ if stroke.width <= 0.0 => edge,
        StrokeKind::Inside => edge.shrink(half),
        StrokeKind::Middle => edge,
        StrokeKind::Outside => edge.expand(half),
    };
    let mut element: Element = rectangle(area).into();
    let radius = f32::from(shape.corner_radius.nw);
    if radius > 0.0 {
        element = element.with("rx", num(radius));
    }
    Some(outline(
        filled(element, shape.fill),
        stroke.color,
        stroke.width,
    ))
}

fn path(shape: &PathShape) -> Element {
    let points: Vec<String> = shape
        .points
        .iter()
        .map(|q| format!("{},{}", num(q.x), num(q.y)))
        .collect();
    let element = Element::new(if shape.closed { "polygon" } else { "polyline" })
        .with("points", points.join(" "));
    let element = if shape.closed {
        filled(element, shape.fill)
    } else {
        element.with("fill", "none")
    };
    match shape.stroke.color {
        ColorMode::Solid(color) => outline(element, color, shape.stroke.width),
        ColorMode::UV(_) => element,
    }
}

/// `element` filled with `color`.
fn filled(element: Element, color: Color32) -> Element {
    let (hex, opacity) = rgb(color);
    element.with("fill", hex).with("fill-opacity", opacity)
}

/// `element` outlined in `color`, `width` wide (nothing for no outline).
fn outline(element: Element, color: Color32, width: f32) -> Element {
    if width <= 0.0 || color.a() == 0 {
        return element;
    }
    let (hex, opacity) = rgb(color);
    element
        .with("stroke", hex)
        .with("stroke-opacity", opacity)
        .with("stroke-width", num(width))
}

/// Glyphs of one colour and font in one line, each at the place egui gave it.
struct Run {
    text: String,
    xs: Vec<f32>,
    baseline: f32,
    color: Color32,
    section: usize,
}

/// One `<text>` per run of glyphs of one colour, size and weight in each line of `t`.
fn text_runs(t: &TextShape, pixels_per_point: f32) -> Vec<Element> {
    // egui puts a text's origin on a whole pixel.
    let origin = t.pos.round_to_pixels(pixels_per_point);
    let galley = &t.galley;
    let job = &galley.job;
    // Which section (font) each character of the text is in; glyphs follow the text's order.
    let chars: Vec<(char, usize)> = job
        .sections
        .iter()
        .enumerate()
        .flat_map(|(i, section)| {
            job.text
                .get(section.byte_range.start.0..section.byte_range.end.0)
                .unwrap_or("")
                .chars()
                .map(move |c| (c, i))
        })
        .collect();
    let mut next = 0;
    let mut runs = Vec::new();
    for row in &galley.rows {
        let mut run: Option<Run> = None;
        for glyph in &row.row.glyphs {
            // Find the glyph's character ahead (wrapping may drop a space, "…" is added).
            let found = chars[next.min(chars.len())..]
                .iter()
                .take(4)
                .position(|&(c, _)| c == glyph.chr);
            let section = match found {
                Some(skip) => {
                    let section = chars[next + skip].1;
                    next += skip + 1;
                    section
                }
                None => run.as_ref().map_or(0, |r| r.section),
            };
            let vertex = row
                .row
                .visuals
                .mesh
                .vertices
                .get(glyph.first_vertex as usize);
            let painted = t
                .override_text_color
                .or_else(|| vertex.map(|v| v.color))
                .unwrap_or(t.fallback_color);
            let color = if painted == Color32::PLACEHOLDER {
                t.fallback_color
            } else {
                painted
            };
            let at = origin + row.pos.to_vec2() + glyph.pos.to_vec2();
            if !run
                .as_ref()
                .is_some_and(|r| r.color == color && r.section == section)
            {
                runs.extend(run.take().and_then(|r| text_element(&r, job)));
                run = Some(Run {
                    text: String::new(),
                    xs: Vec::new(),
                    baseline: at.y,
                    color,
                    section,
                });
            }
            if let Some(r) = run.as_mut() {
                r.text.push(glyph.chr);
                r.xs.push(at.x);
            }
        }
        runs.extend(run.take().and_then(|r| text_element(&r, job)));
    }
    runs
}

/// A run as `<text>`, each character at egui's place for it (the `x` list), so the words line
/// up in any renderer and stay one editable text.
fn text_element(run: &Run, job: &egui::text::LayoutJob) -> Option<Element> {
    if run.text.trim().is_empty() {
        return None;
    }
    let font = job.sections.get(run.section).map(|s| &s.format.font_id);
    let size = font.map_or(14.0, |f| f.size);
    let bold = font.is_some_and(|f| f.family == crate::platform::fonts::heading_family());
    let xs: Vec<String> = run.xs.iter().map(|&x| num(x)).collect();
    let text: Element = svg::node::element::Text::new(run.text.clone())
        .set("x", xs.join(" "))
        .set("y", num(run.baseline))
        .set("font-size", num(size))
        .set("xml:space", "preserve")
        .into();
    let text = filled(text, run.color);
    Some(if bold {
        text.with("font-weight", "bold")
    } else {
        text
    })
}

/// Attributes on an element built by name (the crate's typed elements have `set`).
trait With {
    fn with(self, name: &str, value: impl Into<svg::node::Value>) -> Self;
}

impl With for Element {
    fn with(mut self, name: &str, value: impl Into<svg::node::Value>) -> Self {
        svg::Node::assign(&mut self, name, value);
        self
    }
}

/// `#rrggbb` and the opacity of a (premultiplied) egui colour.
fn rgb(color: Color32) -> (String, String) {
    let [red, green, blue, alpha] = color.to_srgba_unmultiplied();
    (
        format!("#{red:02x}{green:02x}{blue:02x}"),
        num(f32::from(alpha) / 255.0),
    )
}

/// A number with at most two decimals and no trailing zeros: small files, exact enough.
fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_colours_unpremultiplied() {
        assert_eq!(num(3.0), "3");
        assert_eq!(num(2.456), "2.46");
        assert_eq!(num(-0.001), "0");
        assert_eq!(
            rgb(Color32::from_rgb(255, 0, 16)),
            ("#ff0010".to_owned(), "1".to_owned())
        );
        let half = Color32::from_rgba_unmultiplied(200, 100, 0, 128);
        let (hex, alpha) = rgb(half);
        assert_eq!(alpha, "0.5");
        assert!(hex.starts_with("#c"), "{hex}");
    }
}
