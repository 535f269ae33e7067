//! The search hit list: every match with its context, grouped under nothing but its section
//! title; choosing one shows its section with the match highlighted.

use egui::text::LayoutJob;
use egui::{RichText, TextFormat, Ui};

use crate::report::Report;
use crate::search::command::SearchCommand;
use crate::search::state::SearchState;
use crate::ui::{strings, style};

/// Draws the hits of the current search.
pub fn hits_ui<C: From<SearchCommand>>(
    ui: &mut Ui,
    report: &Report,
    search: &SearchState,
) -> Vec<C> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        let count = ui.label(RichText::new(s.hit_count(search.total, search.hits.len())).strong());
        // Said when it changes, so a screen reader hears how many hits the typing found.
        crate::ui::a11y::announce(ui, &count, false);
        if ui
            .button(s.clear_search)
            .on_hover_text(s.clear_search_hint)
            .clicked()
        {
            commands.push(SearchCommand::ClearSearch.into());
        }
    });
    ui.separator();
    if search.hits.is_empty() {
        ui.weak(s.no_hits);
        return commands;
    }
    let visuals = ui.visuals().clone();
    let body = egui::TextStyle::Body.resolve(ui.style());
    egui::ScrollArea::vertical()
        .id_salt("hits")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (i, hit) in search.hits.iter().enumerate() {
                let title = report.section(hit.section).map_or("", |s| s.title.as_str());
                ui.small(title);
                let plain = TextFormat::simple(body.clone(), visuals.text_color());
                let weak = TextFormat::simple(body.clone(), visuals.weak_text_color());
                let strong = TextFormat {
                    background: style::match_background(&visuals),
                    color: visuals.strong_text_color(),
                    ..plain
                };
                let mut job = LayoutJob::default();
                job.append(
                    &format!("…{}", crate::ui::typography::display(&hit.before)),
                    0.0,
                    weak.clone(),
                );
                job.append(&hit.matched, 0.0, strong);
                job.append(
                    &format!("{}…", crate::ui::typography::display(&hit.after)),
                    0.0,
                    weak,
                );
                job.wrap.max_width = ui.available_width();
                if ui
                    .selectable_label(search.selected == Some(i), job)
                    .clicked()
                {
                    commands.push(SearchCommand::OpenHit(i).into());
                }
                ui.add_space(6.0);
            }
        });
    commands
}
