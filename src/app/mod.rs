//! The eframe application: owns the loaded report and the UI state, lays out the panels, and
//! applies the [`Command`]s they return once per frame.

use std::collections::HashMap;

mod chart_actions;

use crate::Command;
use crate::chart_data::charts_for_section;
use crate::chart_view::ChartView;
use crate::data_view_state::{DataViewState, SideTab};
use crate::export::{ExportEnv, ExportSession};
use crate::navigation::{Highlight, Navigation};
use crate::report::{FigureSpan, Report, Section, SectionRef, figure_spans};
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
    /// The chart panel's chart and highlighted bar.
    pub charts: ChartView,
    /// Figure whose details popup is open (a figure in no chart).
    pub popup: Option<usize>,
    /// Where each bar was drawn last frame, by indicator (for tests and keyboard focus).
    pub bar_rects: Vec<(usize, egui::Rect)>,
    /// Where each figure of the text was drawn last frame, by indicator.
    pub figure_rects: Vec<(usize, egui::Rect)>,
    /// Charts or data in the side panel.
    pub side_tab: SideTab,
    /// The data table.
    pub data_view: DataViewState,
    /// Chart image export: the running export and its notice.
    pub export: ExportSession,
    /// Where the chart figure was drawn last frame (what an export crops to).
    pub figure: Option<ui::FigurePlacement>,
    /// Text to put on the clipboard at the end of the frame.
    pending_copy: Option<String>,
    report: Report,
    figures: HashMap<SectionRef, Vec<FigureSpan>>,
    section_charts: HashMap<SectionRef, Vec<usize>>,
    last_offset: f32,
}

/// Below this window width the chart panel goes under the text instead of beside it.
const SIDE_BY_SIDE_MIN_WIDTH: f32 = 1000.0;

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
        let report = Report::embedded()
            .unwrap_or_else(|e| Report::placeholder(strings::LOAD_FAILED, &e.to_string()));
        let nav = Navigation::new(&report, settings.last_section.as_deref());
        let figures = per_section(&report, figure_spans);
        let section_charts = per_section(&report, charts_for_section);
        let mut app = Self {
            side_tab: SideTab::Charts,
            data_view: DataViewState::new(&report),
            export: ExportSession::default(),
            figure: None,
            pending_copy: None,
            nav,
            search: SearchState::default(),
            charts: ChartView::default(),
            popup: None,
            bar_rects: Vec::new(),
            figure_rects: Vec::new(),
            report,
            figures,
            section_charts,
            last_offset: 0.0,
            settings,
        };
        let first = app.relevant_charts().first().copied().unwrap_or(0);
        app.charts
            .select(&app.report, first, app.settings.chart_sort);
        app
    }

    /// Charts with figures of the section being read.
    #[must_use]
    pub fn relevant_charts(&self) -> &[usize] {
        self.section_charts
            .get(&self.nav.current)
            .map_or(&[], Vec::as_slice)
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
        let before = self.nav.current;
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
            Command::SelectChart(chart) => {
                self.charts
                    .select(&self.report, chart, self.settings.chart_sort);
            }
            Command::SetSort(order) => {
                self.settings.chart_sort = order;
                self.charts
                    .select(&self.report, self.charts.selected, order);
            }
            Command::ToggleCharts => self.settings.show_charts = !self.settings.show_charts,
            Command::ShowSource(indicator) => {
                if self.nav.show_quote(&self.report, indicator) {
                    self.charts.highlight = Some(indicator);
                }
            }
            Command::ShowFigure(indicator) => self.show_figure(indicator),
            Command::ClosePopup => self.popup = None,
            Command::SetSideTab(tab) => self.side_tab = tab,
            Command::SetTableQuery(query) => self.data_view.set_query(&self.report, query),
            Command::ToggleRow(indicator) => {
                if !self.data_view.ticked.remove(&indicator) {
                    self.data_view.ticked.insert(indicator);
                }
            }
            Command::CopyCsv => {
                let csv = crate::data_table::to_csv(&self.report, &self.data_view.rows);
                self.pending_copy = Some(csv);
                self.data_view.notice = Some(strings::copied_rows(self.data_view.rows.len()));
            }
            Command::ChartTicked => self.chart_ticked(),
            Command::ToggleLogScale => self.charts.log_scale = !self.charts.log_scale,
            Command::ResetChartView => self.charts.reset_requested = true,
            Command::Export(target) => self.export.start(target),
            Command::ExportAll(folder) => self.export.start_all(folder),
            Command::SetExportScale(scale) => self.settings.export_scale = scale,
            Command::OpenFolder(folder) => self.export.open_folder(&folder),
            Command::DismissNotice => self.export.notice = None,
        }
        if self.nav.current != before {
            self.offer_chart();
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

/// `f(report, section id)` for every section, computed once at load.
fn per_section<T>(report: &Report, f: impl Fn(&Report, &str) -> T) -> HashMap<SectionRef, T> {
    report
        .section_refs()
        .filter_map(|r| Some((r, f(report, &report.section(r)?.id))))
        .collect()
}

impl eframe::App for JieduApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // A frame drawn for a chart screenshot: no tooltip, popup or notice over the chart.
        let clean = self.export.wants_clean_frame();

        ui::apply_style(&ctx, &self.settings);
        let mut commands = crate::keyboard::keyboard_commands(&ctx, self.search.is_active());
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

        if self.settings.show_charts {
            let wide = ctx.content_rect().width() >= SIDE_BY_SIDE_MIN_WIDTH;
            let panel = if wide {
                egui::Panel::right("charts")
                    .resizable(true)
                    .default_size(440.0)
                    .min_size(300.0)
            } else {
                // Below the text the panel takes a bit over a third of the height, so the text
                // keeps most of a small window.
                egui::Panel::bottom("charts-below")
                    .resizable(true)
                    .default_size((ctx.content_rect().height() * 0.38).max(160.0))
                    .min_size(140.0)
            };
            panel.show(ui, |ui| {
                ui.add_space(6.0);
                commands.extend(ui::side_tabs_ui(ui, self.side_tab));
                ui.separator();
                match self.side_tab {
                    SideTab::Charts => {
                        let out = ui::chart_panel_ui(
                            ui,
                            &self.report,
                            &self.charts,
                            self.relevant_charts(),
                            self.settings.chart_sort,
                            ui::ExportControls {
                                scale: self.settings.export_scale,
                                busy: self.export.is_busy(),
                                clean,
                            },
                        );
                        commands.extend(out.commands);
                        self.figure = out.figure;
                        self.bar_rects = out.bar_rects;
                        self.charts.reset_requested = false;
                    }
                    SideTab::Data => {
                        commands.extend(ui::data_view_ui(ui, &self.report, &self.data_view));
                        self.bar_rects.clear();
                        self.figure = None;
                    }
                }
            });
        } else {
            self.bar_rects.clear();
            self.figure = None;
        }

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
            commands.extend(out.commands);
            self.figure_rects = out.figure_rects;
            // Follow the user's own scrolling in the navigator, but not while a jump settles.
            let user_scrolled = (out.offset - self.last_offset).abs() > 0.5;
            self.last_offset = out.offset;
            if self.nav.settle_frames > 0 {
                self.nav.settle_frames -= 1;
            } else if user_scrolled && out.top_section != self.nav.current {
                commands.push(Command::ScrolledTo(out.top_section));
            }
        });

        if let Some(indicator) = self.popup.filter(|_| !clean)
            && !ui::figure_popup_ui(&ctx, &self.report, indicator)
        {
            commands.push(Command::ClosePopup);
        }
        let env = ExportEnv {
            report: &self.report,
            view: &self.charts,
            placement: self.figure.as_ref(),
            theme: self.settings.theme,
            scale: self.settings.export_scale,
            sort: self.settings.chart_sort,
            last_folder: self.settings.export_folder.as_deref(),
        };
        if let Some(folder) = self.export.update(&ctx, frame, &env) {
            self.settings.export_folder = Some(folder);
        }
        if !clean {
            commands.extend(ui::notice_ui(&ctx, self.export.notice.as_ref()));
        }

        if !commands.is_empty() {
            for command in commands {
                self.apply(command);
            }
            ctx.request_repaint();
        }
        if let Some(text) = self.pending_copy.take() {
            ctx.copy_text(text);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
