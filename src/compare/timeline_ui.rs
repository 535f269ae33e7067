//! The chart of targets over the years (see [`super::timeline`]): a panel per region, the years
//! across and the value up. Each year's target is a mark: a bar at its value, pale for an
//! approximate one (左右, 近), a band for a range, an arrow for a floor or a ceiling (以上,
//! 以内); the result the next year's report states is a dot. Many regions are small multiples
//! sharing both axes, never one panel of 31 colours. One region alone is large enough to write
//! each figure beside its mark. The 报告库 window and the exported figure draw the same.

use std::sync::Arc;

use egui::{Color32, FontId, Galley, Painter, Pos2, Rect, Stroke, Ui, Vec2};

use super::targets::Said;
use super::targets_ui::number;
use super::timeline::{Stated, Timeline};
use crate::i18n::Strings;
use crate::report::{Period, Qualifier};
use crate::ui::axis::{Ticks, intervals_for};
use crate::ui::strings;

/// Where the chart put its words and marks: what a test checks for overlaps, and where the
/// window looks for the mark under the pointer.
#[derive(Default)]
pub struct Placed {
    /// Every text drawn, with its rect.
    pub words: Vec<(String, Rect)>,
    /// Every mark drawn, where it answers the pointer.
    pub marks: Vec<MarkAt>,
    /// The whole drawing.
    pub rect: Option<Rect>,
}

/// A mark drawn: which figure, and where.
#[derive(Clone, Copy, Debug)]
pub struct MarkAt {
    /// Its track (region).
    pub track: usize,
    /// Its year, an index into the track's years.
    pub year: usize,
    /// The result (a dot), not the target.
    pub outcome: bool,
    /// Where it answers the pointer.
    pub rect: Rect,
}

impl MarkAt {
    /// The figure it draws.
    #[must_use]
    pub fn stated<'a>(&self, timeline: &'a Timeline) -> Option<&'a Stated> {
        let year = timeline.tracks.get(self.track)?.years.get(self.year)?;
        if self.outcome {
            year.outcome.as_ref()
        } else {
            year.target.as_ref()
        }
    }
}

/// Space between panels, in points.
const GAP: f32 = 24.0;
/// The narrowest a small multiple gets before the panels take fewer columns.
const PANEL_MIN_WIDTH: f32 = 240.0;

/// Text and mark sizes, grown with the interface's text (as a chart's are).
#[derive(Clone, Copy)]
struct Sizes {
    text: f32,
    small: f32,
    dot: f32,
    k: f32,
}

impl Sizes {
    fn of(ui: &Ui) -> Self {
        let k = crate::ui::style::chrome_scale(ui.style());
        Self {
            text: 14.0 * k,
            small: 12.0 * k,
            dot: 4.5 * k,
            k,
        }
    }
}

/// The colours of the marks.
#[derive(Clone, Copy)]
struct Ink {
    target: Color32,
    outcome: Color32,
    text: Color32,
    weak: Color32,
    background: Color32,
}

impl Ink {
    fn of(ui: &Ui) -> Self {
        let visuals = ui.visuals();
        Self {
            target: crate::ui::palette::period_color(Period::Plan, visuals),
            outcome: crate::ui::palette::period_color(Period::Review, visuals),
            text: visuals.text_color(),
            weak: visuals.weak_text_color(),
            background: visuals.panel_fill,
        }
    }
}

/// What every panel shares: the sizes, colours, years and value scale.
struct Frame<'a> {
    timeline: &'a Timeline,
    s: &'static Strings,
    sizes: Sizes,
    ink: Ink,
    years: Vec<i32>,
    ticks: Ticks,
    /// Write each figure beside its mark (one region, room enough).
    labelled: bool,
}

/// Draws `timeline` in the width of `ui`: its key, then a panel per region.
pub fn timeline_ui(ui: &mut Ui, timeline: &Timeline) -> Placed {
    let mut placed = Placed::default();
    if timeline.is_empty() {
        return placed;
    }
    let width = ui.available_width();
    let n = timeline.tracks.len();
    let columns = if n == 1 {
        1
    } else {
        (((width + GAP) / (PANEL_MIN_WIDTH + GAP)).floor() as usize).clamp(1, 4.min(n))
    };
    let panel_width = (width - GAP * (columns - 1) as f32) / columns as f32;
    let sizes = Sizes::of(ui);
    let plot_height = if n == 1 { 220.0 } else { 130.0 } * sizes.k;
    let mut frame = Frame {
        timeline,
        s: strings::of(ui.ctx()),
        sizes,
        ink: Ink::of(ui),
        years: timeline.years(),
        ticks: ticks(timeline, plot_height),
        labelled: false,
    };
    key_ui(ui, &frame, &mut placed);
    let panel = Panel::new(ui, &frame, (panel_width, plot_height));
    frame.labelled = n == 1 && panel.room_for_labels(ui, &frame);
    let rows = n.div_ceil(columns);
    let height = panel.height * rows as f32 + GAP * (rows - 1) as f32;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, height), egui::Sense::hover());
    for t in 0..n {
        let (row, column) = (t / columns, t % columns);
        let min =
            rect.min + Vec2::new(column as f32, row as f32) * (panel.size() + Vec2::splat(GAP));
        panel.paint(ui, &frame, (t, min), &mut placed);
    }
    placed.rect = Some(placed.rect.map_or(rect, |r| r.union(rect)));
    placed
}

/// The value axis every panel shares: round gridlines around every figure drawn (both ends
/// of a range); the marks are read by position, so zero need not be on it.
fn ticks(timeline: &Timeline, plot_height: f32) -> Ticks {
    let values: Vec<f64> = timeline
        .tracks
        .iter()
        .flat_map(|t| &t.years)
        .flat_map(|y| y.target.iter().chain(&y.outcome))
        .filter(|s| timeline.draws(s))
        .flat_map(|s| s.said.value.into_iter().chain(s.said.value_hi))
        .collect();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Ticks::around(lo, hi, intervals_for(plot_height, 32.0))
}

/// A panel's layout, the same for every region: the room for the value labels at the left,
/// the years below, the region's name above.
struct Panel {
    width: f32,
    height: f32,
    /// Left of the plot, for the value labels.
    left: f32,
    /// Above the plot, for the region's name.
    top: f32,
    plot_height: f32,
}

impl Panel {
    fn new(ui: &Ui, frame: &Frame<'_>, (width, plot_height): (f32, f32)) -> Self {
        let small = FontId::proportional(frame.sizes.small);
        let widest = frame
            .ticks
            .values()
            .into_iter()
            .map(|v| text_width(ui, number(v), small.clone()))
            .fold(0.0, f32::max);
        let title = ui.fonts_mut(|f| f.row_height(&FontId::proportional(frame.sizes.text)));
        let years = ui.fonts_mut(|f| f.row_height(&small));
        Self {
            width,
            height: title + 6.0 + plot_height + 4.0 + years,
            left: widest + 6.0,
            top: title + 6.0,
            plot_height,
        }
    }

    fn size(&self) -> Vec2 {
        Vec2::new(self.width, self.height)
    }

    /// The plot's rect in the panel at `min`.
    fn plot(&self, min: Pos2) -> Rect {
        Rect::from_min_size(
            min + Vec2::new(self.left, self.top),
            Vec2::new(self.width - self.left, self.plot_height),
        )
    }

    /// Width of one year across the plot.
    fn step(&self, frame: &Frame<'_>) -> f32 {
        (self.width - self.left) / frame.years.len().max(1) as f32
    }

    /// Whether each figure can be written beside its mark: a year's width holds the widest
    /// target left of its mark and the widest result right of it.
    fn room_for_labels(&self, ui: &Ui, frame: &Frame<'_>) -> bool {
        let font = FontId::proportional(frame.sizes.small);
        let widest = |outcome: bool| {
            frame.timeline.tracks[0]
                .years
                .iter()
                .filter_map(|y| if outcome { &y.outcome } else { &y.target }.as_ref())
                .map(|s| text_width(ui, figure(frame.s, &s.said), font.clone()))
                .fold(0.0, f32::max)
        };
        let half = self.step(frame) / 2.0;
        half >= mark_width(self.step(frame)) / 2.0 + 6.0 + widest(false).max(widest(true))
    }

    /// Paints track `t` into the panel at `min`.
    fn paint(&self, ui: &Ui, frame: &Frame<'_>, (t, min): (usize, Pos2), placed: &mut Placed) {
        let painter = ui.painter();
        let track = &frame.timeline.tracks[t];
        let name = region_name(frame.s, &track.region);
        let title =
            painter.layout_no_wrap(name, FontId::proportional(frame.sizes.text), frame.ink.text);
        placed.words.push((
            title.text().to_owned(),
            Rect::from_min_size(min, title.size()),
        ));
        painter.galley(min, title, frame.ink.text);
        let plot = self.plot(min);
        // The lowest and highest gridlines stand in from the plot's edges by half a line of
        // small text, so a figure written at either one stays clear of the years below and
        // of the region's name above.
        let scale = Scale {
            ticks: frame.ticks,
            plot: plot.shrink2(Vec2::new(0.0, frame.sizes.small * 0.6 + 2.0)),
        };
        grid(painter, frame, &scale, placed);
        self.years_axis(painter, frame, plot, placed);
        let step = self.step(frame);
        for (i, year) in track.years.iter().enumerate() {
            let Some(at) = frame.years.iter().position(|y| *y == year.year) else {
                continue;
            };
            let column = Column {
                x: plot.left() + step * (at as f32 + 0.5),
                width: mark_width(step),
            };
            let mark = MarkAt {
                track: t,
                year: i,
                outcome: false,
                rect: Rect::NOTHING,
            };
            paint_year(painter, frame, (&scale, column), (year, mark), placed);
        }
    }

    /// The years under the plot, every one that has room (every other, … when narrow).
    fn years_axis(&self, painter: &Painter, frame: &Frame<'_>, plot: Rect, placed: &mut Placed) {
        let font = FontId::proportional(frame.sizes.small);
        let step = self.step(frame);
        let widest = frame
            .years
            .iter()
            .map(|y| {
                painter
                    .layout_no_wrap(y.to_string(), font.clone(), frame.ink.weak)
                    .size()
                    .x
            })
            .fold(0.0, f32::max);
        let every = ((widest + 8.0) / step).ceil().max(1.0) as usize;
        for (i, year) in frame.years.iter().enumerate().step_by(every) {
            let label = painter.layout_no_wrap(year.to_string(), font.clone(), frame.ink.weak);
            let x = plot.left() + step * (i as f32 + 0.5);
            let pos = Pos2::new(x - label.size().x / 2.0, plot.bottom() + 4.0);
            placed.words.push((
                label.text().to_owned(),
                Rect::from_min_size(pos, label.size()),
            ));
            painter.galley(pos, label, frame.ink.weak);
        }
    }
}

/// Where a year's marks go across a panel.
#[derive(Clone, Copy)]
struct Column {
    /// The year's centre.
    x: f32,
    /// A target's width.
    width: f32,
}

/// Paints a year's target and result (those drawn), each written beside its mark when the
/// chart is labelled; `mark` says which track and year they are.
fn paint_year(
    painter: &Painter,
    frame: &Frame<'_>,
    (scale, column): (&Scale, Column),
    (year, mark): (&super::timeline::Year, MarkAt),
    placed: &mut Placed,
) {
    let drawn = |s: &Option<Stated>| s.clone().filter(|s| frame.timeline.draws(s));
    if let Some(target) = drawn(&year.target) {
        let rect = paint_target(
            painter,
            frame,
            (column.x, column.width),
            scale,
            &target.said,
        );
        placed.marks.push(MarkAt { rect, ..mark });
        if frame.labelled {
            let at = (rect.left() - 4.0, rect.center().y);
            write(
                painter,
                frame,
                (figure(frame.s, &target.said), at),
                true,
                placed,
            );
        }
    }
    if let Some(outcome) = drawn(&year.outcome) {
        let at = Pos2::new(column.x, scale.y(outcome.said.value.unwrap_or_default()));
        dot(painter, at, frame.sizes.dot, frame.ink);
        let rect = Rect::from_center_size(at, Vec2::splat(frame.sizes.dot * 2.0 + 6.0));
        placed.marks.push(MarkAt {
            outcome: true,
            rect,
            ..mark
        });
        if frame.labelled {
            let left = (column.x + column.width / 2.0 + 4.0, at.y);
            write(
                painter,
                frame,
                (figure(frame.s, &outcome.said), left),
                false,
                placed,
            );
        }
    }
}

/// The value axis of a plot.
struct Scale {
    ticks: Ticks,
    plot: Rect,
}

impl Scale {
    /// The y of `value`.
    fn y(&self, value: f64) -> f32 {
        let span = (self.ticks.max - self.ticks.min).max(f64::EPSILON);
        let share = ((value - self.ticks.min) / span) as f32;
        self.plot.bottom() - share * self.plot.height()
    }
}

/// The gridlines and their values at the plot's left.
fn grid(painter: &Painter, frame: &Frame<'_>, scale: &Scale, placed: &mut Placed) {
    let line = Stroke::new(1.0, frame.ink.weak.gamma_multiply(0.35));
    for value in scale.ticks.values() {
        let y = scale.y(value);
        painter.hline(scale.plot.x_range(), y, line);
        let label = painter.layout_no_wrap(
            number(value),
            FontId::proportional(frame.sizes.small),
            frame.ink.weak,
        );
        let pos = Pos2::new(
            scale.plot.left() - 6.0 - label.size().x,
            y - label.size().y / 2.0,
        );
        placed.words.push((
            label.text().to_owned(),
            Rect::from_min_size(pos, label.size()),
        ));
        painter.galley(pos, label, frame.ink.weak);
    }
}

/// How wide a target's mark is, for a year `step` wide.
fn mark_width(step: f32) -> f32 {
    (step * 0.4).clamp(10.0, 28.0)
}

/// Paints a target at `x` (`width` wide); returns where it answers the pointer.
fn paint_target(
    painter: &Painter,
    frame: &Frame<'_>,
    (x, width): (f32, f32),
    scale: &Scale,
    said: &Said,
) -> Rect {
    let value = said.value.unwrap_or_default();
    let colour = frame.ink.target;
    let y = scale.y(value);
    let shape = Shape::of(said);
    let drawn = match (shape, said.value_hi) {
        (Shape::Band, Some(hi)) => band(painter, (x, width), (y, scale.y(hi)), colour),
        (Shape::Pale, _) => bar(painter, (x, width), y, colour.gamma_multiply(0.5)),
        (Shape::Bound(up), _) => {
            let r = bar(painter, (x, width), y, colour);
            r.union(arrow(painter, Pos2::new(x, y), up, frame.sizes.k, colour))
        }
        _ => bar(painter, (x, width), y, colour),
    };
    drawn.expand2(Vec2::new(2.0, 4.0))
}

/// How a target is drawn, from how the text bounds it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// An exact figure: a full bar.
    Exact,
    /// 左右, 近: a pale bar.
    Pale,
    /// A range: a band from one end to the other.
    Band,
    /// A floor or a ceiling (以上, 超过, 以内): an arrow towards the values it allows, up
    /// (true) or down.
    Bound(bool),
}

impl Shape {
    fn of(said: &Said) -> Self {
        // A decrease is drawn below zero, so its floor (降低2%以上) points down.
        match said.qualifier {
            Some(Qualifier::About | Qualifier::Nearly) => Self::Pale,
            Some(Qualifier::Range) => Self::Band,
            Some(Qualifier::AtLeast | Qualifier::Over) => Self::Bound(!said.down),
            Some(Qualifier::AtMost) => Self::Bound(said.down),
            None => Self::Exact,
        }
    }
}

/// A bar across `x` at `y`.
fn bar(painter: &Painter, (x, width): (f32, f32), y: f32, colour: Color32) -> Rect {
    let rect = Rect::from_center_size(Pos2::new(x, y), Vec2::new(width, 4.0));
    painter.rect_filled(rect, 0.0, colour);
    rect
}

/// A band across `x` from `y` to `y_hi`.
fn band(painter: &Painter, (x, width): (f32, f32), (y, y_hi): (f32, f32), colour: Color32) -> Rect {
    let rect = Rect::from_x_y_ranges(
        x - width / 2.0..=x + width / 2.0,
        y.min(y_hi)..=y.max(y_hi).max(y.min(y_hi) + 3.0),
    );
    painter.rect(
        rect,
        0.0,
        colour.gamma_multiply(0.35),
        Stroke::new(1.5, colour),
        egui::StrokeKind::Inside,
    );
    rect
}

/// An arrow from a bar at `at`, up or down.
fn arrow(painter: &Painter, at: Pos2, up: bool, k: f32, colour: Color32) -> Rect {
    let sign = if up { -1.0 } else { 1.0 };
    let tip = Pos2::new(at.x, at.y + sign * 11.0 * k);
    let base = at.y + sign * 4.0 * k;
    let points = vec![
        tip,
        Pos2::new(at.x - 5.0 * k, base),
        Pos2::new(at.x + 5.0 * k, base),
    ];
    let rect = Rect::from_points(&points);
    painter.add(egui::Shape::convex_polygon(points, colour, Stroke::NONE));
    rect
}

/// A result's dot, ringed in the background so it stands out on a target's bar.
fn dot(painter: &Painter, at: Pos2, radius: f32, ink: Ink) {
    painter.circle(at, radius, ink.outcome, Stroke::new(1.5, ink.background));
}

/// Writes `text` at `(x, y)` (its right end at x when `before`, else its left end), on the
/// panel's colour so no gridline runs through it.
fn write(
    painter: &Painter,
    frame: &Frame<'_>,
    (text, (x, y)): (String, (f32, f32)),
    before: bool,
    placed: &mut Placed,
) {
    let galley = painter.layout_no_wrap(
        text,
        FontId::proportional(frame.sizes.small),
        frame.ink.text,
    );
    let left = if before { x - galley.size().x } else { x };
    let rect = Rect::from_min_size(Pos2::new(left, y - galley.size().y / 2.0), galley.size());
    painter.rect_filled(rect.expand(1.0), 0.0, frame.ink.background);
    placed.words.push((galley.text().to_owned(), rect));
    painter.galley(rect.min, galley, frame.ink.text);
}

/// The key above the panels: a sample of each mark the chart uses, with its meaning.
fn key_ui(ui: &mut Ui, frame: &Frame<'_>, placed: &mut Placed) {
    let s = frame.s;
    let shapes: Vec<Shape> = frame
        .timeline
        .tracks
        .iter()
        .flat_map(|t| &t.years)
        .filter_map(|y| y.target.as_ref())
        .filter(|s| frame.timeline.draws(s))
        .map(|s| Shape::of(&s.said))
        .collect();
    let mut items: Vec<(Sample, &str)> = vec![(Sample::Target(Shape::Exact), s.timeline_target)];
    for (shape, words) in [
        (Shape::Pale, s.timeline_about),
        (Shape::Band, s.timeline_range),
        (Shape::Bound(true), s.timeline_higher),
        (Shape::Bound(false), s.timeline_lower),
    ] {
        if shapes.contains(&shape) {
            items.push((Sample::Target(shape), words));
        }
    }
    items.push((Sample::Outcome, s.timeline_outcome));
    let key = ui.horizontal_wrapped(|ui| {
        for (sample, words) in items {
            // A sample and its words wrap to the next line together, never apart.
            ui.horizontal(|ui| {
                let size = Vec2::new(24.0, 18.0) * frame.sizes.k;
                let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                sample.paint(ui.painter(), frame, rect);
                let text = egui::RichText::new(words)
                    .size(frame.sizes.small)
                    .color(frame.ink.weak);
                let label = ui.add(egui::Label::new(text).extend());
                placed.words.push((words.to_owned(), label.rect));
            });
            ui.add_space(8.0);
        }
    });
    placed.rect = Some(key.response.rect);
}

/// A sample mark in the key.
#[derive(Clone, Copy)]
enum Sample {
    Target(Shape),
    Outcome,
}

impl Sample {
    fn paint(self, painter: &Painter, frame: &Frame<'_>, rect: Rect) {
        let (x, y, width) = (rect.center().x, rect.center().y, rect.width() * 0.7);
        let colour = frame.ink.target;
        match self {
            Self::Outcome => dot(painter, rect.center(), frame.sizes.dot, frame.ink),
            Self::Target(Shape::Pale) => {
                bar(painter, (x, width), y, colour.gamma_multiply(0.5));
            }
            Self::Target(Shape::Band) => {
                band(painter, (x, width), (y - 6.0, y + 6.0), colour);
            }
            Self::Target(Shape::Bound(up)) => {
                let y = if up { y + 5.0 } else { y - 5.0 };
                bar(painter, (x, width), y, colour);
                arrow(painter, Pos2::new(x, y), up, frame.sizes.k * 0.8, colour);
            }
            Self::Target(Shape::Exact) => {
                bar(painter, (x, width), y, colour);
            }
        }
    }
}

/// A region's name as a chart shows it: 全国 (China) for the nation, a province-level
/// region's English name in English.
#[must_use]
pub fn region_name(s: &Strings, region: &str) -> String {
    let english = (s.lang == crate::i18n::Lang::En)
        .then(|| crate::i18n::glossary::region_en(region))
        .flatten();
    match english {
        Some(en) => en.to_owned(),
        None if region.is_empty() => s.nation.to_owned(),
        None => region.to_owned(),
    }
}

/// A figure as the chart writes it: as written (in English, as the figure's value reads), a
/// decrease with its arrow.
#[must_use]
pub fn figure(s: &Strings, said: &Said) -> String {
    let unit = said.unit.as_deref().unwrap_or("");
    let value = s.figure_value(&said.value_text, said.qualifier, unit);
    let direction = said.down.then_some(crate::report::Direction::Down);
    crate::report::Direction::mark(direction, &value)
}

fn text_width(ui: &Ui, text: String, font: FontId) -> f32 {
    let galley: Arc<Galley> = ui
        .painter()
        .layout_no_wrap(text, font, Color32::PLACEHOLDER);
    galley.size().x
}
