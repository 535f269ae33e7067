//! The reading view: the current chapter in one scrollable column of comfortable width, with
//! headings, editor's notes, figures marked and the search match highlighted.

use std::collections::HashMap;

use egui::text::LayoutJob;
use egui::{Align, RichText, Ui};

use crate::reader::command::ReaderAsks;
use crate::reader::command::ReaderCommand;
use crate::reader::navigation::{Highlight, shown_chapters};
use crate::report::Place;
use crate::report::{FigureSpan, Report, SectionRef};
use crate::review::edit::TextSelection;
use crate::ui::drawn::Drawn;
use crate::ui::{strings, style};

/// Widest reading column, in multiples of the body text size (about 40 CJK characters).
const COLUMN_EMS: f32 = 40.0;

/// What the reading view shows this frame.
pub struct ReaderView<'a> {
    /// The open report.
    pub report: &'a Report,
    /// Figure spans per section, computed once at load.
    pub figures: &'a HashMap<SectionRef, Vec<FigureSpan>>,
    /// Reading text scale.
    pub text_scale: f32,
    /// The section being read (its chapter is shown).
    pub current: SectionRef,
    /// Scroll here this frame.
    pub scroll_to: Option<(SectionRef, Place)>,
    /// Highlighted search match.
    pub highlight: Option<&'a Highlight>,
    /// Under review: text can be selected (to add a figure or set a quote).
    pub reviewing: bool,
    /// The run of text selected.
    pub selection: Option<&'a TextSelection>,
}

struct ReaderOutput<C> {
    offset: f32,
    top_section: SectionRef,
    commands: Vec<C>,
    figure_rects: Vec<(usize, egui::Rect)>,
    figure_links: Vec<(usize, egui::Id)>,
    /// The heading or paragraph at the top of the view.
    top_place: Option<(SectionRef, Place)>,
    /// Text size and column width this frame.
    layout: (f32, f32),
}

impl<C> Default for ReaderOutput<C> {
    fn default() -> Self {
        Self {
            offset: 0.0,
            top_section: SectionRef::default(),
            commands: Vec::new(),
            figure_rects: Vec::new(),
            figure_links: Vec::new(),
            top_place: None,
            layout: (0.0, 0.0),
        }
    }
}

/// Draws the current chapter; where its figures are, its scroll offset and the section at the
/// top of the view go to `drawn`. When the text size or the column width changed since the
/// last frame (a larger text, a panel dragged, the window resized, the other tab), the heading
/// or paragraph that was at the top of the view is brought back there: the place is kept.
pub fn reader_ui<C: ReaderAsks>(ui: &mut Ui, view: &ReaderView<'_>, drawn: &mut Drawn) -> Vec<C> {
    let shown = shown_chapters(view.report, view.current.chapter);
    let keep = drawn
        .reader_place
        .filter(|(s, _)| shown.contains(&s.chapter));
    let out = chapter_ui(ui, view, shown, (drawn.reader_layout, keep));
    // F6 lands on the first figure in view, else on the text's first figure.
    drawn.regions[2] = out
        .figure_rects
        .iter()
        .zip(&out.figure_links)
        .find(|((_, r), _)| ui.clip_rect().contains_rect(*r))
        .or_else(|| out.figure_rects.iter().zip(&out.figure_links).next())
        .map(|(_, (_, id))| *id);
    drawn.figure_rects = out.figure_rects;
    drawn.figure_links = out.figure_links;
    drawn.reader_offset = out.offset;
    drawn.reader_top = Some(out.top_section);
    drawn.reader_place = out.top_place;
    drawn.reader_layout = out.layout;
    out.commands
}

fn chapter_ui<C: ReaderAsks>(
    ui: &mut Ui,
    view: &ReaderView<'_>,
    shown: std::ops::Range<usize>,
    (last_layout, keep): ((f32, f32), Option<(SectionRef, Place)>),
) -> ReaderOutput<C> {
    let mut out = ReaderOutput {
        top_section: view.current,
        ..ReaderOutput::default()
    };
    if view.reviewing {
        crate::reader::selection_ui::selection_bar_ui(
            ui,
            view.report,
            (view.selection, view.highlight),
            &mut out.commands,
        );
    }
    if view.report.chapters.get(shown.start).is_none() {
        return out;
    }
    let size = style::BODY_SIZE * view.text_scale;
    let output = egui::ScrollArea::vertical()
        .id_salt(("chapter", shown.start))
        .auto_shrink([false, false])
        .animated(false)
        .show(ui, |ui| {
            let column = (COLUMN_EMS * size)
                .min(ui.available_width() - 16.0)
                .max(120.0);
            let pad = ((ui.available_width() - column) / 2.0).max(0.0);
            out.layout = (size, column);
            // The place to keep, unless a jump of the user's own asks for another.
            let changed =
                (last_layout.0 - size).abs() > 0.01 || (last_layout.1 - column).abs() > 0.5;
            let mut page = Page {
                size,
                column,
                view_top: ui.clip_rect().top(),
                anchor: keep.filter(|_| changed && view.scroll_to.is_none()),
                heading_tops: Vec::new(),
            };
            ui.horizontal(|ui| {
                ui.add_space(pad);
                ui.vertical(|ui| {
                    ui.set_width(column);
                    ui.add_space(size);
                    for chapter_index in shown.clone() {
                        if chapter_index > shown.start {
                            ui.add_space(size * 1.5);
                        }
                        one_chapter_ui(ui, view, chapter_index, &mut page, &mut out);
                    }
                    // Room below the last section, so that a jump to it can bring its heading to
                    // the top of the view like any other.
                    ui.add_space((ui.clip_rect().height() * 0.7).max(size * 4.0));
                });
            });
            page.heading_tops
        });
    let view_top = output.inner_rect.top() + output.inner_rect.height() / 3.0;
    for (here, top) in output.inner {
        if top <= view_top {
            out.top_section = here;
        }
    }
    out.offset = output.state.clamped_offset().y;
    out
}

/// The column the text is laid out in, and what is found while it is drawn.
struct Page {
    /// The body text's size.
    size: f32,
    /// The column's width.
    column: f32,
    /// The top of the view: the first heading or paragraph below it is the reading place.
    view_top: f32,
    /// The place to keep in view after the layout changed (text size, width).
    anchor: Option<(SectionRef, Place)>,
    /// Where each section's heading was drawn.
    heading_tops: Vec<(SectionRef, f32)>,
}

/// One chapter: its title (after the masthead for the first) and note, then its sections.
fn one_chapter_ui<C: ReaderAsks>(
    ui: &mut Ui,
    view: &ReaderView<'_>,
    chapter_index: usize,
    page: &mut Page,
    out: &mut ReaderOutput<C>,
) {
    let Some(chapter) = view.report.chapters.get(chapter_index) else {
        return;
    };
    let size = page.size;
    if chapter_index == 0 {
        crate::reader::masthead_ui::masthead_ui(ui, view.report, size);
    }
    ui.label(
        RichText::new(&chapter.title)
            .family(crate::platform::fonts::heading_family())
            .size(size * 1.45)
            .strong(),
    );
    crate::reader::masthead_ui::note_ui(ui, chapter.note.as_deref(), chapter.title_added, size);
    for (s, section) in chapter.sections.iter().enumerate() {
        let here = SectionRef {
            chapter: chapter_index,
            section: s,
        };
        section_ui(ui, view, (here, section), page, out);
    }
}

/// One section: its heading (where a jump or the kept place may scroll), its tools while
/// reviewing, its note and its paragraphs.
fn section_ui<C: ReaderAsks>(
    ui: &mut Ui,
    view: &ReaderView<'_>,
    (here, section): (SectionRef, &crate::report::Section),
    page: &mut Page,
    out: &mut ReaderOutput<C>,
) {
    let size = page.size;
    ui.add_space(size * 0.9);
    let heading = ui.label(
        RichText::new(&section.title)
            .family(crate::platform::fonts::heading_family())
            .size(size * 1.15)
            .strong(),
    );
    page.heading_tops.push((here, heading.rect.top()));
    let title = Some((here, Place::Title));
    if view.scroll_to == title || page.anchor == title {
        heading.scroll_to_me(Some(Align::TOP));
    }
    if out.top_place.is_none() && heading.rect.bottom() > page.view_top {
        out.top_place = title;
    }
    if view.reviewing {
        crate::reader::selection_ui::heading_tools_ui(ui, view.report, here, &mut out.commands);
    }
    crate::reader::masthead_ui::note_ui(ui, section.note.as_deref(), section.title_added, size);
    ui.add_space(size * 0.3);
    let spans = view.figures.get(&here).map_or(&[][..], Vec::as_slice);
    for (p, text) in section.paragraphs.iter().enumerate() {
        let place = Some((here, Place::Paragraph(p)));
        let marked = view
            .highlight
            .filter(|h| h.section == here && h.place == Place::Paragraph(p))
            .map(|h| &h.range);
        let job = crate::reader::paragraph::paragraph_job(
            ui,
            (view.report, text),
            spans,
            p,
            marked,
            size,
            page.column,
        );
        let response = figures_paragraph_ui(ui, view, (text, spans), (here, p), job, out);
        if view.scroll_to == place {
            response.scroll_to_me(Some(Align::Center));
        }
        if page.anchor == place {
            response.scroll_to_me(Some(Align::TOP));
        }
        if out.top_place.is_none() && response.rect.bottom() > page.view_top {
            out.top_place = place;
        }
        ui.add_space(size * 0.6);
    }
}

/// Draws a paragraph whose figures answer the pointer: a tooltip with the figure's details,
/// and a click that shows it in a chart (or in a popup when no chart has it).
fn figures_paragraph_ui<C: ReaderAsks>(
    ui: &mut Ui,
    view: &ReaderView<'_>,
    (text, spans): (&str, &[FigureSpan]),
    (here, paragraph): (SectionRef, usize),
    job: LayoutJob,
    out: &mut ReaderOutput<C>,
) -> egui::Response {
    let s = strings::of(ui.ctx());
    // Under review a drag selects text; otherwise a paragraph only answers clicks.
    let sense = if view.reviewing {
        egui::Sense::click_and_drag()
    } else {
        egui::Sense::click()
    };
    let (pos, mut galley, response) = egui::Label::new(job).sense(sense).layout_in_ui(ui);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
    if view.reviewing {
        crate::reader::selection_ui::paragraph_selection(
            ui,
            &response,
            (&mut galley, pos),
            (here, paragraph),
            (view.report, view.selection),
            &mut out.commands,
        );
    }
    if let Some(h) = view
        .highlight
        .filter(|h| h.section == here && h.place == Place::Paragraph(paragraph))
        && let (Some(before), Some(marked)) = (text.get(..h.range.start), text.get(h.range.clone()))
    {
        let start = before.chars().count();
        crate::reader::highlight::paint_match(
            ui,
            &galley,
            pos,
            start..start + marked.chars().count(),
        );
    }
    ui.painter()
        .galley(pos, galley.clone(), ui.visuals().text_color());
    let figures = figure_chars(text, spans, paragraph);
    for (indicator, chars) in &figures {
        let rect = first_line_rect(&galley, chars).translate(pos.to_vec2());
        out.figure_rects.push((*indicator, rect));
        figure_link_ui(ui, view.report, *indicator, chars.start, rect, out);
    }
    let hovered = response.hover_pos().and_then(|p| {
        let at = galley.cursor_from_pos(p - pos).index.0;
        figures
            .iter()
            .find(|(_, chars)| chars.start <= at && at <= chars.end)
            .map(|(indicator, _)| *indicator)
    });
    if let Some(indicator) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        if response.clicked() {
            out.commands
                .push(ReaderCommand::ShowFigure(indicator).into());
        }
        let in_chart = view.report.chart_with(indicator).is_some();
        let hint = if in_chart {
            s.figure_hint_chart
        } else {
            s.figure_hint_no_chart
        };
        return response.on_hover_ui_at_pointer(|ui| {
            crate::ui::indicator_card::indicator_card_ui(ui, view.report, indicator, hint);
        });
    }
    response
}

/// The figures of paragraph `paragraph` as character ranges (the galley counts characters, the
/// spans bytes).
fn figure_chars(
    text: &str,
    spans: &[FigureSpan],
    paragraph: usize,
) -> Vec<(usize, std::ops::Range<usize>)> {
    spans
        .iter()
        .filter(|s| s.paragraph == paragraph)
        .map(|s| {
            let start = text[..s.range.start].chars().count();
            (
                s.indicator,
                start..start + text[s.range.clone()].chars().count(),
            )
        })
        .collect()
}

/// Where a figure is in the galley, as far as its first line goes (a figure that wraps
/// continues on the next line; its focus ring marks where it starts).
fn first_line_rect(galley: &egui::Galley, chars: &std::ops::Range<usize>) -> egui::Rect {
    let a = galley.pos_from_cursor(egui::text::CCursor::new(chars.start));
    let mut right = a.min.x;
    for c in chars.start + 1..=chars.end {
        let p = galley.pos_from_cursor(egui::text::CCursor::new(c));
        if (p.top() - a.top()).abs() >= 1.0 {
            break;
        }
        right = p.min.x;
    }
    if right > a.min.x + 1.0 {
        egui::Rect::from_min_max(a.min, egui::pos2(right, a.max.y))
    } else {
        a.expand2(egui::vec2(4.0, 0.0))
    }
}

/// A figure in the text as a link for the keyboard and screen readers: Tab reaches it, Enter
/// shows it in its chart (as a click does), and while focused it shows its details card.
fn figure_link_ui<C: ReaderAsks>(
    ui: &Ui,
    report: &Report,
    indicator: usize,
    at: usize,
    rect: egui::Rect,
    out: &mut ReaderOutput<C>,
) {
    let s = strings::of(ui.ctx());
    let Some(ind) = report.indicators.get(indicator) else {
        return;
    };
    let label = crate::i18n::fill::fill(
        s.figure_link,
        &[("value", &ind.value_text), ("label", &ind.label)],
    );
    let id = egui::Id::unique(("jiedu-figure", indicator, at));
    out.figure_links.push((indicator, id));
    let response = crate::ui::a11y::focus_target(ui, id, rect, egui::Role::Link, &label);
    if crate::ui::a11y::activated(ui, &response) {
        out.commands
            .push(ReaderCommand::ShowFigure(indicator).into());
    }
    if response.has_focus() {
        response.show_tooltip_ui(|ui| {
            crate::ui::indicator_card::indicator_card_ui(ui, report, indicator, s.enter_to_chart);
        });
    }
}
