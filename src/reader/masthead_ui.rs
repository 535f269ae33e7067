//! What the reader shows above and under headings: the report's masthead (title, subtitle,
//! date, occasion, byline) and the editor's marks (a heading added, a note).

use egui::{RichText, Ui};

use crate::report::Report;
use crate::ui::strings;

/// Title, subtitle, occasion and byline above the first chapter.
pub fn masthead_ui(ui: &mut Ui, report: &Report, size: f32) {
    let meta = &report.meta;
    ui.label(
        RichText::new(&meta.title)
            .family(crate::platform::fonts::heading_family())
            .size(size * 1.8)
            .strong(),
    );
    if !meta.subtitle.is_empty() {
        ui.label(RichText::new(crate::ui::typography::display(&meta.subtitle)).size(size * 1.1));
    }
    let line: Vec<&str> = [
        meta.date.as_str(),
        meta.occasion.as_str(),
        meta.byline.as_str(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    if !line.is_empty() {
        ui.label(RichText::new(line.join(" · ")).size(size * 0.8).weak());
    }
    ui.add_space(size * 0.5);
    ui.separator();
    ui.add_space(size * 0.5);
}

/// The editor's marks under a heading: "(heading added)" and any note.
pub fn note_ui(ui: &mut Ui, note: Option<&str>, title_added: bool, size: f32) {
    let s = strings::of(ui.ctx());
    if title_added {
        ui.label(RichText::new(s.editor_added).size(size * 0.7).weak())
            .on_hover_text(s.editor_added_hint);
    }
    if let Some(note) = note {
        ui.label(
            RichText::new(format!("{}{note}", s.editor_note))
                .size(size * 0.75)
                .italics()
                .weak(),
        );
    }
}
