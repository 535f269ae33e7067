//! The eframe application: owns the loaded report and the UI state, lays out the panels, and
//! applies the [`Command`]s they return once per frame.

use std::collections::HashMap;

mod chart_actions;
mod frame;
mod open;
mod side_tabs_ui;
mod toolbar_ui;

use crate::Command;
use crate::charts::view::ChartView;
use crate::data_view::state::{DataViewState, SideTab};
use crate::export::ExportSession;
use crate::i18n::Strings;
use crate::open::state::{OpenState, ReportOrigin};
use crate::reader::navigation::{Highlight, Navigation};
use crate::report::{FigureSpan, Report, Section, SectionRef};
use crate::search::state::SearchState;
use crate::settings::Settings;

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
    /// Where the report came from; the open dialog; the last file that failed to open.
    pub opening: OpenState,
    /// Where the chart figure was drawn last frame (what an export crops to).
    pub figure: Option<crate::charts::panel_ui::FigurePlacement>,
    /// Text to put on the clipboard at the end of the frame.
    pending_copy: Option<String>,
    report: Report,
    figures: HashMap<SectionRef, Vec<FigureSpan>>,
    section_charts: HashMap<SectionRef, Vec<usize>>,
    last_offset: f32,
    /// The keyboard shortcuts overlay is open.
    pub show_shortcuts: bool,
    /// The keyboard is in use: the focused widget gets a ring.
    pub keyboard_focus: bool,
}

/// Below this window width the chart panel goes under the text instead of beside it.
const SIDE_BY_SIDE_MIN_WIDTH: f32 = 1000.0;

/// The window title for a report: `解读 · <title>` (`Jiedu · <title>` in English).
#[must_use]
pub fn window_title(report: &Report, s: &Strings) -> String {
    format!("{} · {}", s.app_name, report.meta.title)
}

impl JieduApp {
    /// The strings of the interface language.
    pub(crate) fn s(&self) -> &'static Strings {
        crate::i18n::strings(self.settings.lang)
    }

    /// Builds the app for eframe: restores settings, installs the fonts, opens the embedded
    /// report, then `file` if one was named on the command line.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<std::path::PathBuf>) -> Self {
        crate::platform::startup::milestone("window");
        let saved = cc.storage.and_then(|s| s.get_string(eframe::APP_KEY));
        let settings = Settings::from_saved(saved.as_deref());
        let mut app = Self::with_settings(&cc.egui_ctx, settings);
        if let Some(path) = file {
            app.open_path(path);
        }
        crate::platform::startup::milestone("app");
        app
    }

    /// Builds the app with the given settings (tests use this to start from a known state).
    #[must_use]
    pub fn with_settings(ctx: &egui::Context, settings: Settings) -> Self {
        crate::platform::fonts::install(ctx);
        crate::ui::style::init_text_styles(ctx);
        // Ctrl+= / Ctrl+- change the reading text size, not the zoom of the whole UI.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let s = crate::i18n::strings(settings.lang);
        let report = Report::embedded()
            .unwrap_or_else(|e| Report::placeholder(s.load_failed, &s.load_error(&e)));
        let last_section = settings.last_section.clone();
        let mut app = Self {
            side_tab: SideTab::Charts,
            data_view: DataViewState::default(),
            export: ExportSession::default(),
            opening: OpenState::default(),
            figure: None,
            pending_copy: None,
            nav: Navigation::default(),
            search: SearchState::default(),
            charts: ChartView::default(),
            popup: None,
            bar_rects: Vec::new(),
            figure_rects: Vec::new(),
            show_shortcuts: false,
            keyboard_focus: false,
            report: Report::placeholder("", ""),
            figures: HashMap::new(),
            section_charts: HashMap::new(),
            last_offset: 0.0,
            settings,
        };
        app.install(report, ReportOrigin::BuiltIn, last_section.as_deref());
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
        let s = self.s();
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
            Command::SetLang(lang) => {
                self.settings.lang = lang;
                // The title says 解读 or Jiedu.
                self.opening.title_changed = true;
            }
            Command::ShowShortcuts(show) => self.show_shortcuts = show,
            Command::ToggleShortcuts => self.show_shortcuts = !self.show_shortcuts,
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
                let csv =
                    crate::data_view::table::to_csv(&self.report, &self.data_view.rows, self.s());
                self.pending_copy = Some(csv);
                self.data_view.notice = Some(s.copied_rows(self.data_view.rows.len()));
            }
            Command::ChartTicked => self.chart_ticked(),
            Command::ToggleLogScale => self.charts.log_scale = !self.charts.log_scale,
            Command::ResetChartView => self.charts.reset_requested = true,
            Command::Export(target) => self.export.start(target),
            Command::ExportAll(folder) => self.export.start_all(folder),
            Command::SetExportScale(scale) => self.settings.export_scale = scale,
            Command::OpenFolder(folder) => self.export.open_folder(&folder),
            Command::DismissNotice => self.export.notice = None,
            Command::OpenFile(path) => self.open_path(path),
            Command::AskOpenFile => self.opening.ask = true,
            Command::OpenBuiltIn => self.open_built_in(),
            Command::DismissOpenError => self.opening.failure = None,
        }
        if self.nav.current != before {
            self.offer_chart();
        }
        self.settings.last_section = self.current_section().map(|s| s.id.clone());
    }

    fn position(&self) -> crate::app::toolbar_ui::Position {
        let all: Vec<SectionRef> = self.report.section_refs().collect();
        crate::app::toolbar_ui::Position {
            index: all
                .iter()
                .position(|r| *r == self.nav.current)
                .map_or(0, |i| i + 1),
            count: all.len(),
        }
    }
}
