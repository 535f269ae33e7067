//! The eframe application: owns the loaded report and the UI state, lays out the panels, and
//! hands the [`Command`]s they return, once per frame, to the feature each belongs to (its
//! `apply`); what a feature hands back for another, the app passes on.

mod compare;
mod doc;
mod focus;
mod focus_state;
mod frame;
pub mod kept;
mod keys;
mod open;
mod route;
mod settings_file;
mod side_tabs_ui;
mod toolbar_ui;
mod unsaved;

pub use doc::Doc;

use crate::Command;
use crate::command::{ReaderCommand, WindowCommand};
use crate::data_view::state::SideTab;
use crate::export::ExportSession;
use crate::i18n::Strings;
use crate::open::state::OpenState;
use crate::platform::file_dialog::SaveDialog;
use crate::report::{Report, Section, SectionRef};
use crate::review::autosave::Autosave;
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

/// Below this window width the contents are hidden until asked for: the text takes the width.
const TOC_MIN_WIDTH: f32 = 1000.0;

/// Below this window width the chart panel goes under the text instead of beside it. A small
/// window (900×600) keeps it beside: under the text it would have a third of the height, a
/// chart of one bar, while beside it a column of ~24 characters still reads well.
const CHARTS_BESIDE_MIN_WIDTH: f32 = 840.0;

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
            .unwrap_or_else(|| self.ctx.content_rect().width() >= TOC_MIN_WIDTH)
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
        let scrolled = matches!(command, Command::Reader(ReaderCommand::ScrolledTo(_)));
        match command {
            Command::Window(command) => self.apply_window(command),
            Command::Reader(command) => self.apply_reader(command),
            Command::Search(command) => self.apply_search(command),
            Command::Charts(command) => self.charting().apply(command),
            Command::Table(command) => self.apply_table(command),
            Command::Export(command) => self.apply_export(command),
            Command::Open(command) => self.apply_open(command),
            Command::Review(command) => self.apply_review(command),
            Command::Library(command) => self.apply_library(command),
        }
        if self.doc.nav.current != before && !scrolled {
            let relevant = self.relevant_charts().to_vec();
            self.charting().offer_chart(&relevant);
        }
        self.settings.last_section = self.current_section().map(|s| s.id.clone());
    }

    /// Applies a command of window.
    fn apply_window(&mut self, command: WindowCommand) {
        match command {
            WindowCommand::SetTheme(theme) => self.settings.theme = theme,
            WindowCommand::SetLang(lang) => {
                self.settings.lang = lang;
                // The title says 解读 or Jiedu.
                self.opening.title_changed = true;
            }
            WindowCommand::NextRegion(forward) => self.next_region(forward),
            WindowCommand::FocusFigure(indicator) => {
                self.focus_later(focus_state::FocusTarget::Figure(indicator));
            }
            WindowCommand::ShowShortcuts(show) => self.show_dialog(show),
            WindowCommand::ToggleShortcuts => self.show_dialog(!self.show_shortcuts),
            WindowCommand::CloseWindow => {
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Applies what happened: a dialog's answer, a finished job.
    pub fn happened(&mut self, event: crate::event::Event) {
        use crate::event::{Dialog, Event};
        match event {
            Event::DialogClosed(Dialog::Open, answer) => self.open_dialog_closed(answer),
            Event::DialogClosed(Dialog::Csv, answer) => self.csv_file().closed(answer),
            Event::DialogClosed(Dialog::CompareCsv, answer) => {
                self.compare_csv_dialog_closed(answer);
            }
            Event::DialogClosed(Dialog::Dataset, answer) => self.dataset_dialog_closed(answer),
            Event::DialogClosed(Dialog::SaveReport, answer) => {
                self.save_report_dialog_closed(answer);
            }
            Event::DialogClosed(Dialog::ImportFolder, answer) => {
                self.opening().folder_dialog_closed(answer);
            }
            Event::ImportFinished(outcome) => self.import_finished(*outcome),
            Event::AutosaveFailed(detail) => self.autosave_failed(&detail),
            Event::ExportWroteInto(folder) => self.settings.export_folder = Some(folder),
            Event::FolderImport(step) => self.opening().folder_step(step),
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
