//! The targets of several reports drawn as small multiples: a panel per headline target with a
//! percentage, a line per report that sets it (its name, a bar on the shared scale, the figure
//! beside the bar). Every word has a line of its own, so none can cover another, at any width
//! and with any number of reports (the grouped bars this replaces ran their labels together past
//! four reports and ran out of colours past five). The panels share one value axis so bars
//! compare across them, and sit in as many columns as the width holds. The 报告库 window and
//! the exported figure draw the same.

use std::sync::Arc;

use egui::{Color32, FontId, Galley, Pos2, Rect, Stroke, Ui, Vec2};

use super::targets::{Row, Said};
use crate::i18n::Lang;
use crate::report::{Period, Qualifier};
use crate::ui::axis::{Ticks, intervals_for};
use crate::ui::strings;

/// Where the figure put its words and bars: what a test checks for overlaps, and where the
/// window looks for the bar under the pointer.
pub struct Placed {
    /// Every text drawn, with its rect.
    pub words: Vec<(String, Rect)>,
    /// Every bar (or target in words): its row, its report and its rect.
    pub bars: Vec<(usize, usize, Rect)>,
    /// The whole drawing.
    pub rect: Rect,
}

impl Default for Placed {
    fn default() -> Self {
        Self {
            words: Vec::new(),
            bars: Vec::new(),
            rect: Rect::NOTHING,
        }
    }
}

/// Space between panels, in points.
const GAP: f32 = 28.0;

/// Text, line and bar sizes, grown with the interface's text (as a chart's are).
#[derive(Clone, Copy)]
struct Sizes {
    text: f32,
    small: f32,
    line: f32,
    bar: f32,
}

impl Sizes {
    fn of(ui: &Ui) -> Self {
        let k = crate::ui::style::chrome_scale(ui.style());
        Self {
            text: 14.0 * k,
            small: 12.0 * k,
            line: 21.0 * k,
            bar: 11.0 * k,
        }
    }
}
const PANEL_MIN_WIDTH: f32 = 400.0;

/// One panel laid out: its target's name, each report's line, its height.
struct Panel {
    row: usize,
    sizes: Sizes,
    name: Arc<Galley>,
    lines: Vec<Line>,
}

/// A report's line in a panel.
struct Line {
    report: usize,
    name: Arc<Galley>,
    figure: Arc<Galley>,
    said: Said,
}

impl Panel {
    fn height(&self) -> f32 {
        self.name.size().y + 4.0 + self.sizes.line * (self.lines.len() + 1) as f32
    }
}

/// The rows with a percentage some report states in figures.
#[must_use]
pub fn drawn_rows(rows: &[Row]) -> Vec<usize> {
    rows.iter()
        .enumerate()
        .filter(|(_, r)| r.in_percent())
        .filter(|(_, r)| r.said.iter().flatten().any(|s| s.value.is_some()))
        .map(|(i, _)| i)
        .collect()
}

/// Draws the targets of `rows` for the reports `names` in the width of `ui`.
pub fn targets_ui(ui: &mut Ui, rows: &[Row], names: &[String]) -> Placed {
    let width = ui.available_width();
    let columns = ((width / PANEL_MIN_WIDTH).floor() as usize).clamp(1, 3);
    let panel_width = (width - GAP * (columns - 1) as f32) / columns as f32;
    let panels = lay_out(ui, rows, names, panel_width);
    if panels.is_empty() {
        return Placed::default();
    }
    let grid: Vec<&[Panel]> = panels.chunks(columns).collect();
    let height: f32 = grid
        .iter()
        .map(|r| r.iter().map(Panel::height).fold(0.0, f32::max))
        .sum::<f32>()
        + GAP * (grid.len() - 1) as f32;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, height), egui::Sense::hover());
    let columns_at = Columns::of(&panels, panel_width);
    let mut placed = Placed {
        rect,
        ..Placed::default()
    };
    let mut top = rect.top();
    for grid_row in grid {
        for (i, panel) in grid_row.iter().enumerate() {
            let left = rect.left() + (panel_width + GAP) * i as f32;
            let at =
                Rect::from_min_size(Pos2::new(left, top), Vec2::new(panel_width, panel.height()));
            paint_panel(ui, panel, at, &Scale::of(panel, columns_at), &mut placed);
        }
        top += grid_row.iter().map(Panel::height).fold(0.0, f32::max) + GAP;
    }
    placed
}

/// The panels, their words laid out.
fn lay_out(ui: &Ui, rows: &[Row], names: &[String], panel_width: f32) -> Vec<Panel> {
    let s = strings::of(ui.ctx());
    let sizes = Sizes::of(ui);
    let colour = ui.visuals().text_color();
    let galley = |text: String, size: f32, wrap: f32| {
        ui.painter()
            .layout(text, FontId::proportional(size), colour, wrap)
    };
    drawn_rows(rows)
        .into_iter()
        .map(|r| {
            let row = &rows[r];
            let lines = row
                .said
                .iter()
                .enumerate()
                .filter_map(|(c, said)| {
                    let said = said.clone()?;
                    let value = s.figure_value(&said.value_text, said.qualifier, "%");
                    let direction = said.down.then_some(crate::report::Direction::Down);
                    let figure = crate::report::Direction::mark(direction, &value);
                    Some(Line {
                        report: c,
                        name: galley(names.get(c)?.clone(), sizes.text, f32::INFINITY),
                        figure: galley(figure, sizes.text, f32::INFINITY),
                        said,
                    })
                })
                .collect();
            Panel {
                row: r,
                sizes,
                name: galley(
                    row.name(s.lang == Lang::Zh).to_owned(),
                    sizes.text + 1.0,
                    panel_width,
                ),
                lines,
            }
        })
        .collect()
}

/// Where things go across a panel: the same in every panel, so names and bars line up.
#[derive(Clone, Copy)]
struct Columns {
    /// Width of the report names' column.
    names: f32,
    /// Width of the bars' track (the names, a gap and the figures' room left out).
    track: f32,
}

impl Columns {
    fn of(panels: &[Panel], panel_width: f32) -> Self {
        let lines = || panels.iter().flat_map(|p| &p.lines);
        let widest = |f: fn(&Line) -> f32| lines().map(f).fold(0.0, f32::max);
        let names = widest(|l| l.name.size().x).min(panel_width * 0.4);
        let figures = widest(|l| l.figure.size().x);
        Self {
            names,
            track: (panel_width - names - 8.0 - figures - 18.0).max(40.0),
        }
    }
}

/// A panel's value axis: its own round gridlines (a growth rate and an unemployment rate are
/// not read against each other), on the track all panels share.
struct Scale {
    ticks: Ticks,
    columns: Columns,
}

impl Scale {
    fn of(panel: &Panel, columns: Columns) -> Self {
        let values = || panel.lines.iter().filter_map(|l| l.said.value);
        let (lo, hi) = (values().fold(0.0, f64::min), values().fold(0.0, f64::max));
        Self {
            ticks: Ticks::nice(lo, hi, intervals_for(columns.track, 44.0)),
            columns,
        }
    }

    /// The x of `value` from the track's left end.
    fn x(&self, value: f64) -> f32 {
        let span = (self.ticks.max - self.ticks.min).max(f64::EPSILON);
        ((value - self.ticks.min) / span) as f32 * self.columns.track
    }
}

/// Paints one panel into `at`.
fn paint_panel(ui: &Ui, panel: &Panel, at: Rect, scale: &Scale, placed: &mut Placed) {
    let painter = ui.painter();
    let text = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let name_rect = Rect::from_min_size(at.min, panel.name.size());
    painter.galley(at.min, panel.name.clone(), text);
    placed.words.push((panel.name.text().to_owned(), name_rect));
    let track_left = at.left() + scale.columns.names + 8.0;
    let lines_top = name_rect.bottom() + 4.0;
    let lines_bottom = lines_top + panel.sizes.line * panel.lines.len() as f32;
    let grid = Stroke::new(1.0, weak.gamma_multiply(0.35));
    for tick in scale.ticks.values() {
        let x = track_left + scale.x(tick);
        painter.vline(x, lines_top..=lines_bottom, grid);
        let label =
            painter.layout_no_wrap(number(tick), FontId::proportional(panel.sizes.small), weak);
        let pos = Pos2::new(x - label.size().x / 2.0, lines_bottom + 2.0);
        placed.words.push((
            label.text().to_owned(),
            Rect::from_min_size(pos, label.size()),
        ));
        painter.galley(pos, label, weak);
    }
    for (i, line) in panel.lines.iter().enumerate() {
        let centre = lines_top + panel.sizes.line * (i as f32 + 0.5);
        let hit = paint_line(
            ui,
            line,
            (track_left, centre, panel.sizes.bar),
            scale,
            placed,
        );
        placed.bars.push((panel.row, line.report, hit));
    }
}

/// Paints a report's line: its name right-aligned before the track, its bar, its figure.
/// Returns where the bar and its figure are (what the pointer finds).
fn paint_line(
    ui: &Ui,
    line: &Line,
    (track_left, centre, height): (f32, f32, f32),
    scale: &Scale,
    placed: &mut Placed,
) -> Rect {
    let painter = ui.painter();
    let text = ui.visuals().text_color();
    let name_pos = Pos2::new(
        track_left - 8.0 - line.name.size().x,
        centre - line.name.size().y / 2.0,
    );
    let name_rect = Rect::from_min_size(name_pos, line.name.size());
    placed.words.push((line.name.text().to_owned(), name_rect));
    painter.galley(name_pos, line.name.clone(), text);
    let colour = crate::ui::palette::period_color(Period::Plan, ui.visuals());
    let zero = track_left + scale.x(0.0);
    let end = line.said.value.map_or(zero, |v| track_left + scale.x(v));
    let bar = Rect::from_x_y_ranges(
        zero.min(end)..=zero.max(end),
        centre - height / 2.0..=centre + height / 2.0,
    );
    if line.said.value.is_some() {
        painter.rect(
            bar,
            0.0,
            fill(line.said.qualifier, colour),
            Stroke::new(1.0, colour),
            egui::StrokeKind::Inside,
        );
    }
    // The figure right of the bar's end, or right of zero for a decrease (left of zero), on
    // the panel's own colour so that no gridline runs through it.
    let figure_pos = Pos2::new(zero.max(end) + 6.0, centre - line.figure.size().y / 2.0);
    let figure_rect = Rect::from_min_size(figure_pos, line.figure.size());
    painter.rect_filled(figure_rect.expand(1.0), 0.0, ui.visuals().panel_fill);
    placed
        .words
        .push((line.figure.text().to_owned(), figure_rect));
    painter.galley(figure_pos, line.figure.clone(), text);
    // The whole line answers the pointer: the report's name, its bar and its figure.
    name_rect.union(bar).union(figure_rect)
}

/// A bar's fill: pale for an approximate target, fuller for an exact one or a bound.
fn fill(qualifier: Option<Qualifier>, colour: Color32) -> Color32 {
    match qualifier {
        Some(Qualifier::About | Qualifier::Nearly) => colour.gamma_multiply(0.2),
        _ => colour.gamma_multiply(0.6),
    }
}

/// A tick's number as a reader writes it: `2.5`, `5`, `-2`.
pub(super) fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0')
        .trim_end_matches('.')
        .replace('-', "\u{2212}")
}
