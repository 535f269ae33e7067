//! Selecting text in the reader while a report is under review: a drag across a paragraph
//! selects a run of it (painted as a selection), from which the reviewer sets a figure's quote
//! or adds a figure the importer missed; the bar above the text says what is selected.

use std::sync::Arc;

use egui::text::{CCursor, Galley};
use egui::text_selection::CCursorRange;
use egui::{Pos2, Response, Ui};

use crate::i18n::fill::fill;
use crate::reader::command::ReaderAsks;
use crate::reader::navigation::Highlight;
use crate::report::{Report, SectionRef};
use crate::review::command::ReviewCommand;
use crate::review::edit::TextSelection;
use crate::ui::strings;

/// Where a drag started: the paragraph and the character under the pointer.
type Anchor = (SectionRef, usize, usize);

/// Turns a drag over paragraph `paragraph` of section `here` into a selection command, paints
/// the selection (if it is in this paragraph) onto `galley` before it is drawn, and gives the
/// paragraph its context menu.
pub fn paragraph_selection<C: ReaderAsks>(
    ui: &Ui,
    response: &Response,
    (galley, pos): (&mut Arc<Galley>, Pos2),
    (here, paragraph): (SectionRef, usize),
    (report, selection): (&Report, Option<&TextSelection>),
    commands: &mut Vec<C>,
) {
    paragraph_menu(response, report, (here, paragraph), commands);
    let id = egui::Id::unique("reader-selection-anchor");
    let at = |p: Pos2| galley.cursor_from_pos(p - pos).index.0;
    // Where the button went down, not where the drag was recognised a few points later.
    if response.drag_started()
        && let Some(p) = ui.input(|i| i.pointer.press_origin())
    {
        let anchor: Anchor = (here, paragraph, at(p));
        ui.data_mut(|d| d.insert_temp(id, anchor));
    }
    if response.dragged()
        && let Some(p) = response.interact_pointer_pos()
        && let Some((section, para, anchor)) = ui.data(|d| d.get_temp::<Anchor>(id))
        && (section, para) == (here, paragraph)
    {
        let head = at(p);
        let chars = anchor.min(head)..anchor.max(head);
        let next = (!chars.is_empty()).then_some(TextSelection {
            section: here,
            paragraph,
            chars,
        });
        if next.as_ref() != selection {
            commands.push(ReviewCommand::SelectText(next).into());
        }
    }
    if let Some(sel) = selection.filter(|s| s.section == here && s.paragraph == paragraph) {
        let range = CCursorRange::two(CCursor::new(sel.chars.start), CCursor::new(sel.chars.end));
        egui::text_selection::visuals::paint_text_selection(galley, ui.visuals(), &range, None);
    }
}

/// The line above the text while reviewing: how to select, or what is selected with the
/// actions it allows.
pub fn selection_bar_ui<C: ReaderAsks>(
    ui: &mut Ui,
    report: &Report,
    (selection, highlight): (Option<&TextSelection>, Option<&Highlight>),
    commands: &mut Vec<C>,
) {
    // Always two rows high, whatever it says: the text below must not move while a drag
    // selects in it (the space is taken first, then filled).
    let row = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let (_, rect) = ui.allocate_space(egui::vec2(ui.available_width(), 2.0 * row));
    let mut bar = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true)),
    );
    bar.set_clip_rect(rect.intersect(ui.clip_rect()));
    bar_contents_ui(&mut bar, report, (selection, highlight), commands);
    ui.separator();
}

fn bar_contents_ui<C: ReaderAsks>(
    ui: &mut Ui,
    report: &Report,
    (selection, highlight): (Option<&TextSelection>, Option<&Highlight>),
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let Some(text) = selection.and_then(|sel| sel.text(report)) else {
        // Nothing selected: the highlighted text can be (no mouse needed), else say how.
        let lit =
            highlight.and_then(|h| TextSelection::of_run(report, h.section, h.place, &h.range));
        let lit_text = lit.as_ref().and_then(|l| l.text(report));
        match (lit, lit_text) {
            (Some(lit), Some(text)) => {
                let button = ui
                    .button(fill(s.select_highlight_n, &[("text", &short(text))]))
                    .on_hover_text(s.select_highlight_hint);
                if button.clicked() {
                    commands.push(ReviewCommand::SelectText(Some(lit)).into());
                }
            }
            _ => {
                ui.add(egui::Label::new(egui::RichText::new(s.select_to_add).weak()).wrap());
            }
        }
        return;
    };
    ui.label(fill(s.selected_n, &[("text", &short(text))]));
    if ui
        .button(s.add_figure)
        .on_hover_text(s.add_figure_hint)
        .clicked()
    {
        commands.push(ReviewCommand::AddSelected.into());
    }
    if let Some(sel) = selection
        && crate::review::structure::can_split(report, sel.section, sel.paragraph)
        && ui
            .button(s.split_section)
            .on_hover_text(s.split_section_hint)
            .clicked()
    {
        commands.push(ReviewCommand::SplitSection(sel.section, sel.paragraph).into());
    }
    if ui.button(s.clear_selection).clicked() {
        commands.push(ReviewCommand::SelectText(None).into());
    }
}

/// At most 20 characters of `text`, with … when cut (the bar stays within two lines).
fn short(text: &str) -> String {
    let shown: String = text.chars().take(20).collect();
    if text.chars().count() > 20 {
        format!("{shown}…")
    } else {
        shown
    }
}

/// Under review, beside a section heading: merge the section into the one before it.
pub fn heading_tools_ui<C: ReaderAsks>(
    ui: &mut Ui,
    report: &Report,
    here: SectionRef,
    commands: &mut Vec<C>,
) {
    if !crate::review::structure::can_merge(report, here) {
        return;
    }
    let s = strings::of(ui.ctx());
    if ui
        .small_button(s.merge_section)
        .on_hover_text(s.merge_section_hint)
        .clicked()
    {
        commands.push(ReviewCommand::MergeSection(here).into());
    }
}

/// Under review, the context menu of a paragraph: a short one can head a new section.
fn paragraph_menu<C: ReaderAsks>(
    response: &Response,
    report: &Report,
    (here, paragraph): (SectionRef, usize),
    commands: &mut Vec<C>,
) {
    if !crate::review::structure::can_split(report, here, paragraph) {
        return;
    }
    response.context_menu(|ui| {
        let s = strings::of(ui.ctx());
        if ui
            .button(s.split_section)
            .on_hover_text(s.split_section_hint)
            .clicked()
        {
            commands.push(ReviewCommand::SplitSection(here, paragraph).into());
            ui.close();
        }
    });
}
