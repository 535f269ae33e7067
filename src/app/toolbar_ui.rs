//! The toolbar: the file menu (open, recent, built-in report), previous/next section, search
//! field, text size and theme.

use egui::Ui;

use crate::Command;
use crate::command::{
    ChartsCommand, LibraryCommand, OpenCommand, ReaderCommand, ReviewCommand, SearchCommand,
    WindowCommand,
};
use crate::i18n::Lang;
use crate::search::state::SearchState;
use crate::settings::{Settings, Theme};
use crate::shortcuts::Action;
use crate::ui::strings;

/// Position of the current section, for the "n / m" display.
#[derive(Clone, Copy, Debug)]
pub struct Position {
    /// 1-based index of the current section in reading order.
    pub index: usize,
    /// Number of sections.
    pub count: usize,
}

/// Draws the toolbar; the 文件 button's id goes to `file_button` (F6 lands there).
pub fn toolbar_ui(
    ui: &mut Ui,
    position: Position,
    search: &SearchState,
    settings: &Settings,
    shown: Shown,
    file_button: &mut Option<egui::Id>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        *file_button = Some(file_menu_ui(
            ui,
            &settings.recent_files,
            shown.built_in,
            &mut commands,
        ));
        ui.separator();
        sections_ui(ui, position, &mut commands);
        ui.separator();
        search_field_ui(ui, search, &mut commands);
        ui.separator();
        text_size_ui(ui, settings.text_scale, &mut commands);
        ui.separator();
        view_buttons_ui(ui, settings, shown.toc, &mut commands);
    });
    commands
}

/// What the toolbar shows as on or off: the built-in report is open (the menu offers no way
/// back to it), the contents are shown.
#[derive(Clone, Copy)]
pub struct Shown {
    /// The built-in report is the one open.
    pub built_in: bool,
    /// The contents are shown.
    pub toc: bool,
}

/// Previous and next section, and where the reader is.
fn sections_ui(ui: &mut Ui, position: Position, commands: &mut Vec<Command>) {
    let s = strings::of(ui.ctx());
    let prev = ui.add_enabled(position.index > 1, egui::Button::new(s.prev));
    if prev.on_hover_text(s.prev_hint).clicked() {
        commands.push(Command::Reader(ReaderCommand::PrevSection));
    }
    ui.label(s.position(position.index, position.count));
    let next = ui.add_enabled(position.index < position.count, egui::Button::new(s.next));
    if next.on_hover_text(s.next_hint).clicked() {
        commands.push(Command::Reader(ReaderCommand::NextSection));
    }
}

/// The search field: typing searches, Esc clears, Enter goes to the next match.
fn search_field_ui(ui: &mut Ui, search: &SearchState, commands: &mut Vec<Command>) {
    let s = strings::of(ui.ctx());
    let label = ui.label(s.search);
    let mut query = search.query.clone();
    let field = ui.add(
        egui::TextEdit::singleline(&mut query)
            .id_salt("search-field")
            .hint_text(s.keyed(s.search_hint, ui.ctx(), Action::Search))
            .desired_width(200.0 * crate::ui::style::chrome_scale(ui.style())),
    );
    let field = field.labelled_by(label.id);
    if search.focus_requested {
        field.request_focus();
    }
    if field.changed() {
        commands.push(Command::Search(SearchCommand::SetQuery(query)));
    }
    // egui's text field gives up focus on Escape before we see the key, hence `lost_focus`.
    if (field.has_focus() || field.lost_focus()) && ui.input(|i| Action::ClearSearch.pressed(i)) {
        commands.push(Command::Search(SearchCommand::ClearSearch));
    }
    if field.lost_focus() && ui.input(|i| Action::NextHit.pressed(i)) && !search.hits.is_empty() {
        commands.push(Command::Search(SearchCommand::OpenHit(
            search.selected.map_or(0, |s| (s + 1) % search.hits.len()),
        )));
        // Keep typing/Enter-cycling through hits without clicking back into the field.
        field.request_focus();
    }
}

/// Smaller, default and larger reading text.
fn text_size_ui(ui: &mut Ui, text_scale: f32, commands: &mut Vec<Command>) {
    let s = strings::of(ui.ctx());
    let buttons = [
        (s.text_smaller, s.text_smaller_hint, Action::TextSmaller),
        (
            &*s.text_size(text_scale),
            s.text_reset_hint,
            Action::TextReset,
        ),
        (s.text_bigger, s.text_bigger_hint, Action::TextBigger),
    ];
    for (label, hint, action) in buttons {
        if ui
            .button(label)
            .on_hover_text(s.keyed(hint, ui.ctx(), action))
            .clicked()
        {
            commands.push(Command::Reader(match action {
                Action::TextSmaller => ReaderCommand::StepTextScale(-1.0),
                Action::TextBigger => ReaderCommand::StepTextScale(1.0),
                _ => ReaderCommand::ResetTextScale,
            }));
        }
    }
}

/// The contents and charts toggles, the theme, the language and the help.
fn view_buttons_ui(ui: &mut Ui, settings: &Settings, toc: bool, commands: &mut Vec<Command>) {
    let s = strings::of(ui.ctx());
    if ui
        .selectable_label(toc, s.contents_toggle)
        .on_hover_text(s.contents_hint)
        .clicked()
    {
        commands.push(Command::Reader(ReaderCommand::ToggleToc));
    }
    if ui
        .selectable_label(settings.show_charts, s.charts)
        .on_hover_text(s.charts_hint)
        .clicked()
    {
        commands.push(Command::Charts(ChartsCommand::ToggleCharts));
    }
    let (label, other) = match settings.theme {
        Theme::Light => (s.theme_dark, Theme::Dark),
        Theme::Dark => (s.theme_light, Theme::Light),
    };
    if ui.button(label).on_hover_text(s.theme_hint).clicked() {
        commands.push(Command::Window(WindowCommand::SetTheme(other)));
    }
    let other = match settings.lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    if ui
        .button(s.switch_language)
        .on_hover_text(s.switch_language_hint)
        .clicked()
    {
        commands.push(Command::Window(WindowCommand::SetLang(other)));
    }
    if ui
        .button(s.help_menu)
        .on_hover_text(s.shortcuts_hint)
        .clicked()
    {
        commands.push(Command::Window(WindowCommand::ShowShortcuts(true)));
    }
}

/// The 文件 menu: open a report, reopen a recent one, or go back to the built-in report. Its
/// entries are menu items to screen readers; opening it puts the keyboard on the first, and Esc
/// gives it back to 文件. Returns the 文件 button (where F6 lands in the toolbar).
fn file_menu_ui(
    ui: &mut Ui,
    recent: &[std::path::PathBuf],
    built_in_open: bool,
    commands: &mut Vec<Command>,
) -> egui::Id {
    let s = strings::of(ui.ctx());
    let key = egui::Id::unique("jiedu-file-menu-drawn");
    let escaped = egui::Id::unique("jiedu-file-menu-escaped");
    let frame = ui.ctx().cumulative_frame_nr();
    let last = ui.data(|d| d.get_temp::<u64>(key));
    let was_open = last.is_some_and(|l| l + 1 == frame);
    let menu = ui.menu_button(s.file_menu, |ui| {
        let open = ui.button(s.open_report).on_hover_text(s.keyed(
            s.open_report_hint,
            ui.ctx(),
            Action::Open,
        ));
        // The frame the menu opens, the keyboard goes to its first item.
        if !was_open {
            open.request_focus();
        }
        ui.data_mut(|d| d.insert_temp(key, frame));
        if ui.input(|i| Action::Close.pressed(i)) {
            ui.data_mut(|d| d.insert_temp(escaped, true));
        }
        if menu_item(open, s.open_report).clicked() {
            commands.push(Command::Open(OpenCommand::AskOpenFile));
        }
        let import = ui.button(s.import_text).on_hover_text(s.keyed(
            s.import_text_hint,
            ui.ctx(),
            Action::Import,
        ));
        if menu_item(import, s.import_text).clicked() {
            commands.push(Command::Open(OpenCommand::AskImportText));
        }
        let folder = ui
            .button(s.import_folder)
            .on_hover_text(s.import_folder_hint);
        if menu_item(folder, s.import_folder).clicked() {
            commands.push(Command::Open(OpenCommand::AskImportFolder));
        }
        let save = ui.button(s.save_report).on_hover_text(s.keyed(
            s.save_report_hint,
            ui.ctx(),
            Action::SaveReport,
        ));
        if menu_item(save, s.save_report).clicked() {
            commands.push(Command::Review(ReviewCommand::AskSaveReport));
        }
        let library = ui.button(s.library_menu);
        if menu_item(library, s.library_menu).clicked() {
            commands.push(Command::Library(LibraryCommand::ShowLibrary(true)));
        }
        ui.separator();
        recent_ui(ui, recent, commands);
        ui.separator();
        let built_in = ui.selectable_label(built_in_open, s.built_in_report);
        if menu_item(built_in, s.built_in_report).clicked() {
            commands.push(Command::Open(OpenCommand::OpenBuiltIn));
        }
    });
    // Esc closes the menu (in this frame or the next): the keyboard goes back to 文件.
    let open_now = ui.data(|d| d.get_temp::<u64>(key)) == Some(frame);
    let esc = ui.input(|i| Action::Close.pressed(i));
    if !open_now
        && (ui.data_mut(|d| d.remove_temp::<bool>(escaped)) == Some(true) || was_open && esc)
    {
        menu.response.request_focus();
    }
    menu.response.id
}

/// `response` said to screen readers as an item of a menu.
fn menu_item(response: egui::Response, label: &str) -> egui::Response {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MenuItem, true, label));
    response
}

/// The recent files of the 文件 menu, each a menu item that opens it again.
fn recent_ui(ui: &mut Ui, recent: &[std::path::PathBuf], commands: &mut Vec<Command>) {
    let s = strings::of(ui.ctx());
    ui.weak(s.recent_files);
    if recent.is_empty() {
        ui.weak(s.no_recent_files);
    }
    for path in recent {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let reopen = ui.button(&name).on_hover_text(path.display().to_string());
        if menu_item(reopen, &name).clicked() {
            commands.push(Command::Open(OpenCommand::OpenFile(path.clone())));
        }
    }
}
