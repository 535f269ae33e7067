//! The eframe application: owns the loaded report and the UI state, lays out the panels, and
//! applies the [`Command`]s they return once per frame.

use std::collections::HashMap;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::Command;
use crate::navigation::{Highlight, Navigation};
use crate::report::{Chapter, FigureSpan, Meta, Report, Section, SectionRef, figure_spans};
use crate::search_state::SearchState;
use crate::settings::Settings;
use crate::ui::{self, strings};

/// Jiedu: a reader for one report at a time.
pub struct JieduApp {
    /// Persisted preferences.
    pub settings: Settings,
    /// Reading position.
    pub nav: Navigation,
    /// Search field and hits.
    pub search: SearchState,
    report: Report,
    figures: HashMap<SectionRef, Vec<FigureSpan>>,
    last_offset: f32,
}

/// The window title for a report: 解读 · <title>.
#[must_use]
pub fn window_title(report: &Report) -> String {
    format!("{} · {}", strings::APP_NAME, report.meta.title)
}

impl JieduApp {
    /// Builds the app for eframe: restores settings, installs the fonts, opens the embedded
    /// report.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, settings)
    }

    /// Builds the app with the given settings (tests use this to start from a known state).
    #[must_use]
    pub fn with_settings(ctx: &egui::Context, settings: Settings) -> Self {
        crate::fonts::install(ctx);
        ui::init_text_styles(ctx);
        // Ctrl+= / Ctrl+- change the reading text size, not the zoom of the whole UI.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let report = Report::embedded().unwrap_or_else(|e| error_report(&e.to_string()));
        let nav = Navigation::new(&report, settings.last_section.as_deref());
        let figures = report
            .section_refs()
            .filter_map(|r| Some((r, figure_spans(&report, &report.section(r)?.id))))
            .collect();
        Self {
            settings,
            nav,
            search: SearchState::default(),
            report,
            figures,
            last_offset: 0.0,
        }
    }

    /// The open report.
    #[must_use]
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The section being read.
    #[must_use]
    pub fn current_section(&self) -> Option<&Section> {
        self.report.section(self.nav.current)
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::GoTo(target) => {
                if self.report.section(target).is_some() {
                    self.nav.go_to(target);
                }
            }
            Command::NextSection => {
                self.nav.step(&self.report, 1);
            }
            Command::PrevSection => {
                self.nav.step(&self.report, -1);
            }
            Command::ScrolledTo(section) => self.nav.current = section,
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::StepTextScale(steps) => self.settings.step_text_scale(steps),
            Command::ResetTextScale => self.settings.text_scale = 1.0,
            Command::FocusSearch => self.search.focus_requested = true,
            Command::SetQuery(query) => {
                self.search.set_query(&self.report, query);
                self.nav.highlight = None;
            }
            Command::OpenHit(i) => {
                if let Some(hit) = self.search.hits.get(i) {
                    self.search.selected = Some(i);
                    self.nav.show_match(Highlight {
                        section: hit.section,
                        place: hit.place,
                        range: hit.range.clone(),
                    });
                }
            }
            Command::ClearSearch => {
                self.search.set_query(&self.report, String::new());
                self.nav.highlight = None;
            }
        }
        self.settings.last_section = self.current_section().map(|s| s.id.clone());
    }

    fn position(&self) -> ui::Position {
        let all: Vec<SectionRef> = self.report.section_refs().collect();
        ui::Position {
            index: all
                .iter()
                .position(|r| *r == self.nav.current)
                .map_or(0, |i| i + 1),
            count: all.len(),
        }
    }
}

/// Keyboard shortcuts of the reader, consumed before the panels see the keys.
fn keyboard_commands(ctx: &egui::Context, search_active: bool) -> Vec<Command> {
    let typing = ctx.text_edit_focused();
    ctx.input_mut(|i| {
        let mut commands = Vec::new();
        let shortcut = |m, k| KeyboardShortcut::new(m, k);
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::F)) {
            commands.push(Command::FocusSearch);
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Equals))
            || i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Plus))
        {
            commands.push(Command::StepTextScale(1.0));
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Minus)) {
            commands.push(Command::StepTextScale(-1.0));
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Num0)) {
            commands.push(Command::ResetTextScale);
        }
        if i.consume_key(Modifiers::NONE, Key::PageDown) {
            commands.push(Command::NextSection);
        }
        if i.consume_key(Modifiers::NONE, Key::PageUp) {
            commands.push(Command::PrevSection);
        }
        if !typing {
            if search_active && i.consume_key(Modifiers::NONE, Key::Escape) {
                commands.push(Command::ClearSearch);
            }
            if i.consume_key(Modifiers::NONE, Key::ArrowRight) {
                commands.push(Command::NextSection);
            }
            if i.consume_key(Modifiers::NONE, Key::ArrowLeft) {
                commands.push(Command::PrevSection);
            }
        }
        commands
    })
}

/// A one-section report that shows a load error, so the app still opens and says why.
fn error_report(message: &str) -> Report {
    Report {
        format_version: crate::report::FORMAT_VERSION,
        meta: Meta {
            title: strings::LOAD_FAILED.into(),
            ..Meta::default()
        },
        chapters: vec![Chapter {
            id: "error".into(),
            title: strings::LOAD_FAILED.into(),
            title_added: false,
            note: None,
            sections: vec![Section {
                id: "error".into(),
                title: strings::LOAD_FAILED.into(),
                title_added: false,
                paragraphs: vec![message.to_owned()],
                note: None,
            }],
        }],
        indicators: Vec::new(),
        charts: Vec::new(),
    }
}

impl eframe::App for JieduApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        ui::apply_style(&ctx, &self.settings);
        let mut commands = keyboard_commands(&ctx, self.search.is_active());
        let reveal = self.nav.scroll_to.is_some();
        let scroll_to = self.nav.scroll_to.take();

        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(4.0);
            commands.extend(ui::toolbar_ui(
                ui,
                self.position(),
                &self.search,
                &self.settings,
            ));
            ui.add_space(2.0);
        });
        self.search.focus_requested = false;

        egui::Panel::left("navigator")
            .resizable(true)
            .default_size(260.0)
            .min_size(160.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                if self.search.is_active() {
                    commands.extend(ui::hits_ui(ui, &self.report, &self.search));
                } else {
                    commands.extend(ui::toc_ui(ui, &self.report, self.nav.current, reveal));
                }
            });

        egui::CentralPanel::default().show(ui, |ui| {
            let view = ui::ReaderView {
                report: &self.report,
                figures: &self.figures,
                text_scale: self.settings.text_scale,
                current: self.nav.current,
                scroll_to,
                highlight: self.nav.highlight.as_ref(),
            };
            let out = ui::reader_ui(ui, &view);
            // Follow the user's own scrolling in the navigator, but not while a jump settles.
            let user_scrolled = (out.offset - self.last_offset).abs() > 0.5;
            self.last_offset = out.offset;
            if self.nav.settle_frames > 0 {
                self.nav.settle_frames -= 1;
            } else if user_scrolled && out.top_section != self.nav.current {
                commands.push(Command::ScrolledTo(out.top_section));
            }
        });

        if !commands.is_empty() {
            for command in commands {
                self.apply(command);
            }
            ctx.request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
