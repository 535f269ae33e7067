//! The targets side by side as a table, read as a spreadsheet is: the reports' names stay at
//! the top and the indicators' names at the left while the figures scroll under them both
//! ways, so with thirty reports and thirty rows a figure is still read by its row and its
//! column. The figures are drawn first; the header and the names then follow their scroll
//! offset in the same frame, so the three never drift apart. Only the cells in view are laid
//! out. The figure links (a figure as written, its sentence on hover, its report on a click)
//! are shared with the targets-against-results grid.

use egui::{Align, Color32, Layout, Rect, Sense, TextStyle, Ui, UiBuilder, Vec2};

use super::chart_ui::CompareView;
use super::targets::Said;
use crate::compare::command::LibraryCommand;
use crate::i18n::Lang;
use crate::ui::strings;

/// How many rows show before the figures scroll.
const ROWS_IN_VIEW: f32 = 12.0;
/// Room around a cell's words, across.
const PAD: f32 = 14.0;

/// Where everything goes: the widths of the names and of each report's column, a row's height.
struct Grid {
    names: f32,
    columns: Vec<f32>,
    /// Each column's left edge from the first's.
    lefts: Vec<f32>,
    row: f32,
}

impl Grid {
    fn of(ui: &Ui, view: &CompareView<'_>, titles: &[String]) -> Self {
        let s = strings::of(ui.ctx());
        let font = TextStyle::Body.resolve(ui.style());
        let width = |text: &str| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(text.to_owned(), font.clone(), Color32::PLACEHOLDER)
                    .size()
                    .x
            })
        };
        let zh = s.lang == Lang::Zh;
        let names = view
            .rows
            .iter()
            .map(|r| width(r.name(zh)))
            .fold(width(s.indicator_col), f32::max)
            + PAD;
        let columns: Vec<f32> = titles
            .iter()
            .enumerate()
            .map(|(c, title)| {
                let said = view.rows.iter().filter_map(|r| r.said.get(c)?.as_ref());
                said.map(|s| width(&s.shown())).fold(width(title), f32::max) + PAD
            })
            .collect();
        let lefts = columns
            .iter()
            .scan(0.0, |x, w| {
                let left = *x;
                *x += w;
                Some(left)
            })
            .collect();
        Self {
            names,
            columns,
            lefts,
            row: ui.text_style_height(&TextStyle::Body) + 6.0,
        }
    }

    /// The size of all the figures.
    fn content(&self, rows: usize) -> Vec2 {
        Vec2::new(self.columns.iter().sum(), self.row * rows as f32)
    }

    /// Cell `(r, c)` from the figures' top left.
    fn cell(&self, r: usize, c: usize) -> Rect {
        Rect::from_min_size(
            egui::pos2(self.lefts[c], self.row * r as f32),
            Vec2::new(self.columns[c], self.row),
        )
    }
}

/// Draws the table of the targets of the reports ticked (`titles`: their column names).
pub(super) fn table_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    titles: &[String],
    commands: &mut Vec<C>,
) {
    let grid = Grid::of(ui, view, titles);
    let content = grid.content(view.rows.len());
    let bar = ui.spacing().scroll.allocated_width();
    let body_width = content
        .x
        .min((ui.available_width() - grid.names - bar).max(120.0));
    let body_height = content.y.min(grid.row * ROWS_IN_VIEW);
    let bars = Vec2::new(
        if content.y > body_height { bar } else { 0.0 },
        if content.x > body_width { bar } else { 0.0 },
    );
    let size = Vec2::new(grid.names + body_width, grid.row + body_height) + bars;
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let body = Rect::from_min_max(rect.min + Vec2::new(grid.names, grid.row), rect.max);
    let offset = figures_ui(ui, view, (&grid, body), commands);
    let header = Rect::from_min_max(
        rect.min + Vec2::new(grid.names, 0.0),
        egui::pos2(body.right(), body.top()),
    );
    header_ui(ui, &grid, (header, offset.x), titles);
    let names = Rect::from_min_max(rect.min + Vec2::new(0.0, grid.row), body.left_bottom());
    names_ui(ui, view, &grid, (names, offset.y));
    let s = strings::of(ui.ctx());
    let corner = Rect::from_min_size(rect.min, Vec2::new(grid.names, grid.row));
    in_cell(ui, corner, |ui| {
        ui.strong(s.indicator_col);
    });
}

/// The figures, scrolling both ways in `body`; returns how far they are scrolled.
fn figures_ui<C: From<LibraryCommand>>(
    ui: &mut Ui,
    view: &CompareView<'_>,
    (grid, body): (&Grid, Rect),
    commands: &mut Vec<C>,
) -> Vec2 {
    let mut child = ui.new_child(UiBuilder::new().id_salt("targets-figures").max_rect(body));
    let output = egui::ScrollArea::both()
        .id_salt("targets-side-by-side")
        .auto_shrink([false, false])
        .show(&mut child, |ui| {
            let origin = ui.cursor().min.to_vec2();
            ui.set_min_size(grid.content(view.rows.len()));
            for (r, row) in view.rows.iter().enumerate() {
                let line = Rect::from_min_size(
                    egui::pos2(0.0, grid.row * r as f32),
                    Vec2::new(grid.content(0).x, grid.row),
                )
                .translate(origin);
                stripe(ui, line, r);
                for (c, (key, said)) in view.compared.iter().zip(&row.said).enumerate() {
                    let cell = grid.cell(r, c).translate(origin);
                    if !ui.is_rect_visible(cell) {
                        continue;
                    }
                    in_cell(ui, cell, |ui| match said {
                        Some(said) => figure_link(ui, key, said, commands),
                        None => {
                            ui.weak("—");
                        }
                    });
                }
            }
        });
    output.state.unclamped_offset()
}

/// The reports' names over their columns, `offset_x` along with the figures.
fn header_ui(ui: &mut Ui, grid: &Grid, (rect, offset_x): (Rect, f32), titles: &[String]) {
    let mut child = ui.new_child(UiBuilder::new().id_salt("targets-header").max_rect(rect));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    for (c, title) in titles.iter().enumerate() {
        let cell = grid
            .cell(0, c)
            .translate(rect.min.to_vec2() - Vec2::new(offset_x, 0.0));
        if child.is_rect_visible(cell) {
            in_cell(&mut child, cell, |ui| {
                ui.strong(title);
            });
        }
    }
}

/// The indicators' names before their rows, `offset_y` along with the figures.
fn names_ui(ui: &mut Ui, view: &CompareView<'_>, grid: &Grid, (rect, offset_y): (Rect, f32)) {
    let zh = strings::of(ui.ctx()).lang == Lang::Zh;
    let mut child = ui.new_child(UiBuilder::new().id_salt("targets-names").max_rect(rect));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    for (r, row) in view.rows.iter().enumerate() {
        let cell = Rect::from_min_size(
            egui::pos2(rect.left(), rect.top() + grid.row * r as f32 - offset_y),
            Vec2::new(grid.names, grid.row),
        );
        if child.is_rect_visible(cell) {
            stripe(&child, cell, r);
            in_cell(&mut child, cell, |ui| {
                ui.label(row.name(zh));
            });
        }
    }
}

/// Every other row shaded, as a striped grid is.
fn stripe(ui: &Ui, line: Rect, r: usize) {
    if r % 2 == 1 {
        ui.painter()
            .rect_filled(line, 0.0, ui.visuals().faint_bg_color);
    }
}

/// Lays out `add` in `cell`, on one line, left-aligned and centred up and down.
fn in_cell(ui: &mut Ui, cell: Rect, add: impl FnOnce(&mut Ui)) {
    let inner = cell.shrink2(Vec2::new(PAD / 2.0, 0.0));
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::left_to_right(Align::Center)),
    );
    child.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    add(&mut child);
}

/// A figure of the comparison: as written, its sentence on hover, a click opens its report
/// there.
pub(super) fn figure_link<C: From<LibraryCommand>>(
    ui: &mut Ui,
    key: &str,
    said: &Said,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let why = said.why(s).map(|w| format!("\n\n{w}")).unwrap_or_default();
    let link = ui
        .link(said.shown())
        .on_hover_text(format!("{}\n{}{why}", said.quote, s.click_to_read));
    if link.clicked() {
        commands.push(LibraryCommand::OpenFromLibrary(key.to_owned(), Some(said.indicator)).into());
    }
}
