//! The eframe application: owns the loaded report and the UI state, lays out the panels, and
//! applies the [`Command`]s they return once per frame.

mod chart_actions;
mod compare;
mod dataset;
mod doc;
mod focus;
mod focus_state;
mod frame;
mod import;
pub mod kept;
mod keys;
mod open;
mod review;
mod settings_file;
mod side_tabs_ui;
mod table_file;
mod toolbar_ui;

pub use doc::Doc;

use crate::Command;
use crate::data_view::state::SideTab;
use crate::export::ExportSession;
use crate::i18n::Strings;
use crate::open::state::OpenState;
use crate::platform::file_dialog::SaveDialog;
use crate::reader::navigation::Highlight;
use crate::report::{Report, Section, SectionRef};
use crate::review::autosave::Autosave;
use crate::review::edit::Editor;
use crate::settings::Settings;

/// Jiedu: a reader for one report at a time.
pub struct JieduApp {
    /// Persisted preferences.
    pub settings: Settings,
    /// The open report and the state of the panels that show it.
    pub doc: Doc,
    /// Charts or data in the side panel.
    pub side_tab: SideTab,
    /// The data table has the main area and the text sits beside it.
    pub wide_table: bool,
    /// The table of contents shown or hidden by the user this session (none: shown in a
    /// wide window, hidden in a narrow one).
    pub toc: Option<bool>,
    /// Where the review is kept after every step.
    pub autosave: Autosave,
    /// A review the last session left unsaved, offered back until taken or dropped.
    pub recovery: Option<Report>,
    /// Where the settings are kept, and whether a failure to write them was said.
    pub settings_file: settings_file::SettingsFile,
    /// Chart image export: the running export and its notice.
    pub export: ExportSession,
    /// Where the report came from; the open dialog; the last file that failed to open.
    pub opening: OpenState,
    /// Saving the data table as a CSV file.
    pub csv: SaveDialog,
    /// Saving the report (with its review) as a file.
    pub save_report: SaveDialog,
    /// Text to put on the clipboard at the end of the frame.
    pending_copy: Option<String>,
    /// A command held back until the user says what becomes of review work not saved.
    pub held: Option<Command>,
    /// What was held back, to be done once the report is saved (the question's 保存为报告…).
    after_save: Option<Command>,
    /// Commands that arrived between frames (a held command going ahead, a close asked from
    /// outside), applied with the panels' commands.
    queued: Vec<Command>,
    /// What happened between frames (dialogs closed, jobs done), applied first in the frame.
    events: Vec<crate::event::Event>,
    /// The keyboard shortcuts overlay is open.
    pub show_shortcuts: bool,
    /// The keyboard is in use: the focused widget gets a ring.
    pub keyboard_focus: bool,
    /// Where the app moves the keyboard (F6, dialogs, Enter on a bar).
    focus: focus_state::FocusState,
    /// The library of reports and the comparison of those ticked.
    pub comparison: crate::compare::state::Comparison,
    /// The egui context, for work on other threads to wake the window when it is done.
    ctx: egui::Context,
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
        let settings_file =
            crate::platform::logging::log_folder().map(|d| d.join(crate::settings::FILE_NAME));
        let settings = Settings::load(settings_file.as_deref(), saved.as_deref());
        let mut app = Self::with_settings(&cc.egui_ctx, settings);
        app.settings_file.path = settings_file;
        app.autosave = Autosave::in_data_folder();
        app.comparison.library = app
            .comparison
            .library
            .moved_to(crate::platform::logging::log_folder().map(|d| d.join("library")));
        app.recovery = app.autosave.left_behind();
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
        let embedded = Report::embedded();
        // The library knows the built-in report as parsed here, not by parsing it again.
        let library = crate::compare::library::Library::at(None, embedded.as_ref().ok());
        let report =
            embedded.unwrap_or_else(|e| Report::placeholder(s.load_failed, &s.load_error(&e)));
        let doc = Doc::new(
            report,
            settings.last_section.as_deref(),
            settings.chart_sort,
        );
        Self {
            side_tab: SideTab::Charts,
            wide_table: false,
            toc: None,
            autosave: Autosave::default(),
            recovery: None,
            settings_file: settings_file::SettingsFile::default(),
            export: ExportSession::default(),
            opening: OpenState {
                // The window title names the report.
                title_changed: true,
                ..OpenState::default()
            },
            csv: SaveDialog::default(),
            save_report: SaveDialog::default(),
            pending_copy: None,
            queued: Vec::new(),
            events: Vec::new(),
            held: None,
            after_save: None,
            show_shortcuts: false,
            keyboard_focus: false,
            focus: focus_state::FocusState::default(),
            comparison: crate::compare::state::Comparison {
                library,
                ..crate::compare::state::Comparison::default()
            },
            settings,
            doc,
            ctx: ctx.clone(),
        }
    }

    /// Whether the table of contents is shown: as the user chose, else in a wide window only
    /// (a small window gives its width to the text).
    #[must_use]
    pub fn toc_shown(&self) -> bool {
        self.toc
            .unwrap_or_else(|| self.ctx.content_rect().width() >= SIDE_BY_SIDE_MIN_WIDTH)
    }

    /// Charts with figures of the section being read.
    #[must_use]
    pub fn relevant_charts(&self) -> &[usize] {
        self.doc
            .section_charts
            .get(&self.doc.nav.current)
            .map_or(&[], Vec::as_slice)
    }

    /// The open report.
    #[must_use]
    pub fn report(&self) -> &Report {
        &self.doc.report
    }

    /// The section being read.
    #[must_use]
    pub fn current_section(&self) -> Option<&Section> {
        self.doc.report.section(self.doc.nav.current)
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        let Some(command) = self.unless_unsaved(command) else {
            return;
        };
        let before = self.doc.nav.current;
        // Scrolling through the text does not change the chart under the reader's eyes; going
        // to a section does.
        let scrolled = matches!(command, Command::ScrolledTo(_));
        match command {
            Command::GoTo(target) => {
                if self.doc.report.section(target).is_some() {
                    self.doc.nav.go_to(target);
                }
            }
            Command::NextSection => {
                self.doc.nav.step(&self.doc.report, 1);
            }
            Command::PrevSection => {
                self.doc.nav.step(&self.doc.report, -1);
            }
            Command::ScrolledTo(section) => self.doc.nav.current = section,
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetLang(lang) => {
                self.settings.lang = lang;
                // The title says 解读 or Jiedu.
                self.opening.title_changed = true;
            }
            Command::NextRegion(forward) => self.next_region(forward),
            Command::ShowLibrary(open) => self.comparison.open = open,
            Command::ToggleCompared(key) => self.toggle_compared(key),
            Command::RemoveFromLibrary(key) => self.remove_from_library(&key),
            Command::OpenFromLibrary(key, figure) => self.open_from_library(&key, figure),
            Command::CopyCompareCsv => self.copy_compare_csv(),
            Command::SaveCompareCsv => self.comparison.csv.ask = true,
            Command::SaveDataset(table) => {
                self.comparison.dataset.0.ask = true;
                self.comparison.dataset.1 = table;
            }
            Command::SetLevel(..) | Command::SetRegion(..) | Command::SetTitle(..) => {
                self.edit_library_entry(command);
            }
            Command::ExportComparison(target) => self.export.start_comparison(target),
            Command::FocusFigure(indicator) => {
                self.focus_later(focus_state::FocusTarget::Figure(indicator));
            }
            Command::ShowShortcuts(show) => self.show_dialog(show),
            Command::ToggleShortcuts => self.show_dialog(!self.show_shortcuts),
            Command::StepTextScale(steps) => self.settings.step_text_scale(steps),
            Command::ResetTextScale => self.settings.text_scale = 1.0,
            Command::FocusSearch => self.doc.search.focus_requested = true,
            Command::SetQuery(query) => {
                self.doc.search.set_query(&self.doc.report, query);
                self.doc.nav.highlight = None;
            }
            Command::OpenHit(i) => {
                if let Some(hit) = self.doc.search.hits.get(i) {
                    self.doc.search.selected = Some(i);
                    self.doc.nav.show_match(Highlight {
                        section: hit.section,
                        place: hit.place,
                        range: hit.range.clone(),
                    });
                }
            }
            Command::ClearSearch => {
                self.doc.search.set_query(&self.doc.report, String::new());
                self.doc.nav.highlight = None;
            }
            Command::SelectChart(chart) => {
                // One highlight at a time: another chart leaves nothing marked.
                self.doc.nav.highlight = None;
                self.doc.charts.highlight = None;
                self.doc
                    .charts
                    .select(&self.doc.report, chart, self.settings.chart_sort);
            }
            Command::SetSort(order) => {
                self.settings.chart_sort = order;
                self.doc
                    .charts
                    .select(&self.doc.report, self.doc.charts.selected, order);
            }
            Command::ToggleCharts => self.settings.show_charts = !self.settings.show_charts,
            Command::ToggleToc => self.toc = Some(!self.toc_shown()),
            Command::ShowSource(indicator) => {
                if self.doc.nav.show_quote(&self.doc.report, indicator) {
                    self.doc.charts.highlight = Some(indicator);
                }
            }
            Command::ShowFigure(indicator) => {
                // The figure is the one thing marked now, not a sentence shown before.
                self.doc.nav.highlight = None;
                self.show_figure(indicator);
            }
            Command::ClosePopup => self.doc.popup = None,
            Command::SetSideTab(tab) => self.side_tab = tab,
            Command::ToggleWideTable => self.wide_table = !self.wide_table,
            Command::FocusRow(row) => {
                self.doc.data_view.focus_row = row.filter(|&r| r < self.doc.data_view.rows.len());
            }
            Command::SetTableQuery(query) => self.doc.data_view.set_query(&self.doc.report, query),
            Command::ToggleRow(indicator) => {
                if !self.doc.data_view.ticked.remove(&indicator) {
                    self.doc.data_view.ticked.insert(indicator);
                }
            }
            Command::CopyTable => self.copy_table(),
            Command::SaveCsv => self.csv.ask = true,
            Command::ChartTicked => self.chart_ticked(),
            Command::RenameChart(i, name) => {
                let charts = &mut self.doc.charts;
                if let Some(chart) = charts.custom.get_mut(i) {
                    chart.title_en = Some(name.clone());
                    chart.title = name;
                    charts.select(&self.doc.report, charts.selected, self.settings.chart_sort);
                }
            }
            Command::ToggleLogScale => self.doc.charts.log_scale = !self.doc.charts.log_scale,
            Command::ResetChartView => self.doc.charts.reset_requested = true,
            Command::Export(target) => self.export_shown(target),
            Command::ExportAll(folder) => self.export.start_all(folder),
            Command::SetExportScale(scale) => self.settings.export_scale = scale,
            Command::SetExportSize(size) => self.settings.export_size = size,
            Command::SetExportFormat(format) => self.settings.export_format = format,
            Command::EditFigureText(field, text) => self.edit_figure_text(Some((field, text))),
            Command::ResetFigureText => self.edit_figure_text(None),
            Command::OpenFolder(folder) => self.export.open_folder(&folder),
            Command::DismissNotice => self.export.notice = None,
            Command::OpenFile(path) => self.open_path(path),
            Command::AskOpenFile => self.opening.ask = true,
            Command::OpenBuiltIn => self.open_built_in(),
            Command::DismissOpenError => self.opening.failure = None,
            Command::OpenAnyway => self.open_anyway(),
            Command::AskImportText => self.opening.ask_text = true,
            Command::ImportPasted(text) => self.import_pasted(text),
            Command::ReimportAs(encoding) => self.reimport_as(encoding),
            Command::SetReview(indicator, review) => self.set_review(indicator, review),
            Command::SetReviewAll(indicators, review) => self.set_review_all(&indicators, review),
            Command::EditFigure(indicator) => {
                // The sentence comes into view beside the editor, ready to be selected.
                self.doc.editor = Editor::open(&self.doc.report, indicator);
                if self.doc.nav.show_quote(&self.doc.report, indicator) {
                    self.doc.charts.highlight = Some(indicator);
                }
            }
            Command::SetDraft(draft) => {
                if let Some(editor) = &mut self.doc.editor {
                    editor.draft = *draft;
                }
            }
            Command::SaveEdit => self.save_edit(),
            Command::CloseEditor => self.doc.editor = None,
            Command::SelectText(selection) => self.doc.selection = selection,
            Command::QuoteFromSelection => self.quote_from_selection(),
            Command::AddSelected => self.add_selected(),
            Command::MergeSection(at) => {
                let after = crate::review::structure::merged(&self.doc.report, at);
                self.restructure(after);
            }
            Command::SplitSection(at, paragraph) => {
                let after = crate::review::structure::split(&self.doc.report, at, paragraph);
                self.restructure(after);
            }
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::AskSaveReport => self.save_report.ask = true,
            Command::CloseWindow => {
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::DiscardReview => self.discard_review(),
            Command::KeepReview => self.held = None,
            Command::SaveReviewThenGoOn => {
                self.after_save = self.held.take();
                self.save_report.ask = true;
            }
            Command::RestoreReview => self.restore_review(),
            Command::DropRecovery => {
                self.recovery = None;
                self.autosave.clear();
            }
        }
        if self.doc.nav.current != before && !scrolled {
            self.offer_chart();
        }
        self.settings.last_section = self.current_section().map(|s| s.id.clone());
    }

    /// Applies what happened: a dialog's answer, a finished job.
    pub fn happened(&mut self, event: crate::event::Event) {
        use crate::event::{Dialog, Event};
        match event {
            Event::DialogClosed(Dialog::Open, answer) => self.open_dialog_closed(answer),
            Event::DialogClosed(Dialog::Csv, answer) => self.csv_dialog_closed(answer),
            Event::DialogClosed(Dialog::CompareCsv, answer) => {
                self.compare_csv_dialog_closed(answer);
            }
            Event::DialogClosed(Dialog::Dataset, answer) => self.dataset_dialog_closed(answer),
            Event::DialogClosed(Dialog::SaveReport, answer) => {
                self.save_report_dialog_closed(answer);
            }
            Event::ImportFinished(outcome) => self.import_finished(*outcome),
            Event::AutosaveFailed(detail) => self.autosave_failed(&detail),
            Event::ExportWroteInto(folder) => self.settings.export_folder = Some(folder),
        }
    }

    fn position(&self) -> crate::app::toolbar_ui::Position {
        let all: Vec<SectionRef> = self.doc.report.section_refs().collect();
        crate::app::toolbar_ui::Position {
            index: all
                .iter()
                .position(|r| *r == self.doc.nav.current)
                .map_or(0, |i| i + 1),
            count: all.len(),
        }
    }
}
