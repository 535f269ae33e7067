//! One frame of the app. `logic` runs first and collects what arrived between frames (the
//! open dialog's answer) as commands; `ui` draws the panels, each of which returns commands
//! and writes where it drew things into `Drawn`; then every command of the frame is applied
//! once, in order, and the frame's outputs (clipboard, window title) follow.

use super::{CHARTS_BESIDE_MIN_WIDTH, JieduApp};
use crate::Command;
use crate::command::{OpenCommand, ReaderCommand, WindowCommand};
use crate::data_view::state::SideTab;
use crate::event::{Dialog, Event};
use crate::export::ExportEnv;
use crate::open::state::ReportOrigin;

impl eframe::App for JieduApp {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        // Closing the window with review work not saved asks first.
        if ctx.input(|i| i.viewport().close_requested()) && self.unsaved_review() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.queued
                .push(Command::Window(WindowCommand::CloseWindow));
        }
        let answers = [
            (Dialog::Open, self.poll_open_dialog(ctx, frame)),
            (Dialog::Csv, self.csv_file().poll(ctx, frame)),
            (Dialog::CompareCsv, self.poll_compare_csv_dialog(ctx, frame)),
            (Dialog::Dataset, self.poll_dataset_dialog(ctx, frame)),
            (Dialog::SaveReport, self.poll_save_report_dialog(ctx, frame)),
            (
                Dialog::ImportFolder,
                self.opening.poll_folder_dialog(self.s(), (ctx, frame)),
            ),
        ];
        for (dialog, answer) in answers {
            if let Some(answer) = answer {
                self.events.push(Event::DialogClosed(dialog, answer));
            }
        }
        if let Some(outcome) = self.opening.poll_import() {
            self.events.push(Event::ImportFinished(Box::new(outcome)));
        }
        for step in self.opening.folder_steps() {
            self.events.push(Event::FolderImport(step));
        }
        // The autosave writes on its own thread; what it could not write comes back here.
        if let Some(failure) = self.autosave.failures().pop() {
            self.events
                .push(Event::AutosaveFailed(failure.describe(self.s())));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // Frame 1 begins once frame 0 is on screen: that is the moment the marker reports.
        crate::platform::startup::first_frame_marker(&ctx);
        if ctx.cumulative_frame_nr() == 0 {
            crate::platform::startup::milestone("ui-start");
        }
        crate::ui::style::apply_style(&ctx, self.settings.theme, self.settings.text_scale);
        crate::ui::strings::set(&ctx, self.settings.lang);
        self.keyboard_focus = crate::ui::a11y::keyboard_in_use(&ctx, self.keyboard_focus);

        // What happened between frames first, as it happened before anything asked this frame.
        for event in std::mem::take(&mut self.events) {
            self.happened(event);
            ctx.request_repaint();
        }
        let mut commands = std::mem::take(&mut self.queued);
        commands.extend(super::keys::keyboard_commands(
            &ctx,
            self.doc.search.is_active(),
        ));
        commands.extend(self.panels_ui(ui));
        commands.extend(self.overlays_ui(&ctx, frame));
        // The window's own node: its title and the interface's language, for screen readers
        // (worked out only while one listens).
        let language = match self.settings.lang {
            crate::i18n::Lang::Zh => "zh-CN",
            crate::i18n::Lang::En => "en",
        };
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(super::window_title(&self.doc.report, self.s()));
            node.set_language(language);
        });
        self.focus_pending(&ctx);

        if !commands.is_empty() {
            for command in commands {
                self.apply(command);
            }
            ctx.request_repaint();
        }
        if let Some(text) = self.pending_copy.take() {
            ctx.copy_text(text);
        }
        if std::mem::take(&mut self.opening.title_changed) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(super::window_title(
                &self.doc.report,
                self.s(),
            )));
        }
        if ctx.cumulative_frame_nr() == 0 {
            crate::platform::startup::milestone("ui");
        }
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        // eframe's store keeps the window's place; the settings have a file of their own,
        // replaced whole (eframe rewrites its file in place).
        self.store_settings();
    }
}

impl JieduApp {
    /// The toolbar, the navigator, the side panel and the text.
    fn panels_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        // Each region says again where the keyboard lands in it (none when it is hidden).
        self.doc.drawn.regions = [None; 4];
        let scroll_to = self.doc.nav.scroll_to.take();
        let mut grips = Vec::new();
        self.top_bars_ui(ui, &mut commands);
        // The data table can take the main area, the text then sits where the table was, and
        // the navigator makes room for the table's columns.
        let wide_table =
            self.wide_table && self.side_tab == SideTab::Data && self.settings.show_charts;
        if !wide_table && self.toc_shown() {
            let reveal = scroll_to.is_some();
            grips.push(self.navigator_ui(ui, reveal, &mut commands));
        }
        self.doc.drawn.bar_rects.clear();
        self.doc.drawn.figure = None;
        if self.settings.show_charts {
            grips.push(self.second_panel_ui(ui, wide_table, scroll_to, &mut commands));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if wide_table {
                commands.extend(self.side_panel_ui(ui));
            } else {
                commands.extend(self.reader_panel_ui(ui, scroll_to));
            }
        });
        // After every panel (so no panel's fill covers half a grip), under every window.
        for (rect, edge) in grips {
            crate::ui::grip::panel_grip(&ctx, rect, edge);
        }
        commands
    }

    /// The toolbar, and the import and recovery bars under it when there is one.
    fn top_bars_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(4.0);
            commands.extend(crate::app::toolbar_ui::toolbar_ui(
                ui,
                self.position(),
                &self.doc.search,
                &self.settings,
                crate::app::toolbar_ui::Shown {
                    built_in: self.opening.origin == ReportOrigin::BuiltIn,
                    toc: self.toc_shown(),
                },
                &mut self.doc.drawn.regions[0],
            ));
            ui.add_space(2.0);
        });
        self.doc.search.focus_requested = false;
        if self.opening.import.is_some() || self.opening.imported.is_some() {
            egui::Panel::top("import-bar").show(ui, |ui| {
                ui.add_space(2.0);
                commands.extend(crate::open::import_ui::import_bar_ui(
                    ui,
                    self.opening.import.as_ref(),
                    self.opening.imported.as_ref(),
                    &self.doc.report,
                ));
                ui.add_space(2.0);
            });
        }
        if let Some(job) = &self.opening.folder {
            egui::Panel::top("folder-import-bar").show(ui, |ui| {
                ui.add_space(2.0);
                commands.extend(crate::open::import_ui::folder_bar_ui(ui, job));
                ui.add_space(2.0);
            });
        }
        if let Some(recovered) = &self.recovery {
            egui::Panel::top("recovery-bar").show(ui, |ui| {
                ui.add_space(2.0);
                commands.extend(crate::review::review_ui::recovery_bar_ui(ui, recovered));
                ui.add_space(2.0);
            });
        }
    }

    /// The contents, or the search's matches while a search is shown; where its grip goes.
    fn navigator_ui(
        &mut self,
        ui: &mut egui::Ui,
        reveal: bool,
        commands: &mut Vec<Command>,
    ) -> (egui::Rect, crate::ui::grip::Edge) {
        let shown = egui::Panel::left("navigator")
            .resizable(true)
            .default_size(260.0)
            .min_size(160.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                commands.extend(if self.doc.search.is_active() {
                    crate::search::hits_ui::hits_ui(ui, &self.doc.report, &self.doc.search)
                } else {
                    crate::reader::toc_ui::toc_ui(
                        ui,
                        &self.doc.report,
                        self.doc.nav.current,
                        reveal,
                        &mut self.doc.drawn.regions[1],
                    )
                });
            });
        crate::ui::grip::name_divider(ui, "navigator");
        (shown.response.rect, crate::ui::grip::Edge::Right)
    }

    /// The panel beside or under the main area: the charts and data, or the text when the
    /// table has the main area; where its grip goes.
    fn second_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        wide_table: bool,
        scroll_to: Option<(crate::report::SectionRef, crate::report::Place)>,
        commands: &mut Vec<Command>,
    ) -> (egui::Rect, crate::ui::grip::Edge) {
        let window = ui.ctx().content_rect();
        let wide = window.width() >= CHARTS_BESIDE_MIN_WIDTH;
        let panel = if wide_table {
            egui::Panel::right("reader-beside-table")
                .resizable(true)
                .default_size(400.0)
                .min_size(280.0)
        } else if wide {
            // Never more than half the window: the text keeps a readable column.
            egui::Panel::right("charts")
                .resizable(true)
                .default_size((window.width() * 0.42).clamp(300.0, 440.0))
                .min_size(300.0)
                .max_size((window.width() * 0.5).max(300.0))
        } else {
            // Below the text the panel takes about a third of the height, so the text
            // keeps most of a small window.
            egui::Panel::bottom("charts-below")
                .resizable(true)
                .default_size((window.height() * 0.34).max(150.0))
                .min_size(120.0)
        };
        let shown = panel.show(ui, |ui| {
            if wide_table {
                commands.extend(self.reader_panel_ui(ui, scroll_to));
            } else {
                commands.extend(self.side_panel_ui(ui));
            }
        });
        for salt in ["reader-beside-table", "charts", "charts-below"] {
            crate::ui::grip::name_divider(ui, salt);
        }
        if self.side_tab == SideTab::Charts {
            self.doc.charts.reset_requested = false;
        }
        let edge = if wide || wide_table {
            crate::ui::grip::Edge::Left
        } else {
            crate::ui::grip::Edge::Top
        };
        (shown.response.rect, edge)
    }

    /// The charts or the data table, with the tabs that switch them.
    fn side_panel_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.add_space(6.0);
        commands.extend(crate::app::side_tabs_ui::side_tabs_ui(ui, self.side_tab));
        ui.separator();
        commands.extend(match self.side_tab {
            SideTab::Charts => self.chart_panel_ui(ui),
            SideTab::Data => crate::data_view::table_ui::data_view_ui(
                ui,
                &self.doc.report,
                &self.doc.data_view,
                self.wide_table,
                &mut self.doc.drawn.regions[3],
            ),
        });
        commands
    }

    /// The chart panel, with the export's controls where the panel places them.
    fn chart_panel_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let controls = crate::export::bar_ui::ExportControls {
            scale: self.settings.export_scale,
            size: self.settings.export_size,
            format: self.settings.export_format,
            busy: self.export.is_busy(),
        };
        let panel = crate::charts::panel_ui::ChartPanel {
            report: &self.doc.report,
            view: &self.doc.charts,
            relevant: self
                .doc
                .section_charts
                .get(&self.doc.nav.current)
                .map_or(&[], Vec::as_slice),
            sort: self.settings.chart_sort,
            edits: &self.settings.figure_edits,
        };
        crate::charts::panel_ui::chart_panel_ui(ui, &panel, &mut self.doc.drawn, |ui, commands| {
            let asked = crate::export::bar_ui::export_bar_ui(ui, &controls);
            commands.extend(asked.into_iter().map(Command::Export));
        })
    }

    /// The text of the report, following the user's own scrolling in the navigator.
    fn reader_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        scroll_to: Option<(crate::report::SectionRef, crate::report::Place)>,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let view = crate::reader::reader_ui::ReaderView {
            report: &self.doc.report,
            figures: &self.doc.figures,
            text_scale: self.settings.text_scale,
            current: self.doc.nav.current,
            scroll_to,
            highlight: self.doc.nav.highlight.as_ref(),
            reviewing: crate::review::review_ui::in_review(&self.doc.report),
            selection: self.doc.review.selection.as_ref(),
        };
        let last_offset = self.doc.drawn.reader_offset;
        let last_layout = self.doc.drawn.reader_layout;
        commands.extend(crate::reader::reader_ui::reader_ui(
            ui,
            &view,
            &mut self.doc.drawn,
        ));
        // A new text size or column width moves the text: the reader brings the place back,
        // and that scroll is not the user's.
        if self.doc.drawn.reader_layout != last_layout {
            self.doc.nav.settle_frames = 3;
        }
        // Follow the user's own scrolling in the navigator, but not while a jump settles.
        let user_scrolled = (self.doc.drawn.reader_offset - last_offset).abs() > 0.5;
        if self.doc.nav.settle_frames > 0 {
            self.doc.nav.settle_frames -= 1;
        } else if let Some(top) = self.doc.drawn.reader_top
            && user_scrolled
            && top != self.doc.nav.current
        {
            commands.push(Command::Reader(ReaderCommand::ScrolledTo(top)));
        }
        commands
    }

    /// What floats over the panels (popup, notices, overlays), the export that runs across
    /// frames, and files dropped on the window.
    /// The export that runs across frames takes its step; the folder it wrote into comes back
    /// as an event.
    fn export_step(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let env = ExportEnv {
            report: &self.doc.report,
            view: &self.doc.charts,
            theme: self.settings.theme,
            scale: self.settings.export_scale,
            size: self.settings.export_size,
            format: self.settings.export_format,
            edits: &self.settings.figure_edits,
            sort: self.settings.chart_sort,
            last_folder: self.settings.export_folder.as_deref(),
            comparison: self.comparison.open.then(|| self.comparison.view()),
        };
        if let Some(folder) = self.export.update(ctx, frame, &env) {
            self.events.push(Event::ExportWroteInto(folder));
        }
    }

    fn overlays_ui(&mut self, ctx: &egui::Context, frame: &eframe::Frame) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(indicator) = self.doc.popup {
            commands.extend(crate::app::side_tabs_ui::figure_popup_ui(
                ctx,
                &self.doc.report,
                indicator,
            ));
        }
        if let Some(editor) = self.doc.review.editor.as_ref() {
            commands.extend(crate::review::editor_ui::editor_ui(
                ctx,
                &self.doc.report,
                editor,
                self.doc.review.selection.as_ref(),
            ));
        }
        self.export_step(ctx, frame);
        commands.extend(crate::export::notice_ui::notice_ui(
            ctx,
            self.export.notice.as_ref(),
        ));
        if let Some(failure) = &self.opening.failure {
            commands.extend(crate::open::error_ui::open_error_ui(ctx, failure));
        }
        crate::open::error_ui::drop_hint_ui(ctx);
        if self.held.is_some() {
            use crate::review::review_ui::Unsaved;
            let unsaved = if self.doc.review.recovered {
                Unsaved::Recovered(crate::review::history::decided(&self.doc.report))
            } else {
                Unsaved::Steps(
                    self.doc
                        .review
                        .history
                        .steps()
                        .abs_diff(self.doc.review.saved_steps),
                )
            };
            commands.extend(crate::review::review_ui::unsaved_ui(ctx, unsaved));
        }
        if self.comparison.open {
            commands.extend(crate::compare::compare_ui::library_ui(
                ctx,
                &self.comparison.view(),
            ));
        }
        if self.show_shortcuts
            && crate::shortcuts::overlay_ui::shortcuts_ui(
                ctx,
                self.s(),
                std::mem::take(&mut self.focus.dialog_takes_focus),
            )
        {
            commands.push(Command::Window(WindowCommand::ShowShortcuts(false)));
        }
        if self.keyboard_focus {
            crate::ui::a11y::focus_ring_ui(ctx);
        }
        // A report file dropped on the window opens (the first one, if several).
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            commands.push(Command::Open(OpenCommand::OpenFile(path)));
        }
        commands
    }
}
