//! One frame of the app: the panels in their places, then the commands they returned, applied
//! once; then what runs across frames (export, open dialog) and the overlays.

use super::{JieduApp, SIDE_BY_SIDE_MIN_WIDTH};
use crate::Command;
use crate::data_view::state::SideTab;
use crate::export::ExportEnv;
use crate::open::state::ReportOrigin;
use crate::ui;

impl eframe::App for JieduApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // Frame 1 begins once frame 0 is on screen: that is the moment the marker reports.
        crate::platform::startup::first_frame_marker(&ctx);
        if ctx.cumulative_frame_nr() == 0 {
            crate::platform::startup::milestone("ui-start");
        }
        // A frame drawn for a chart screenshot: no tooltip, popup or notice over the chart.
        let clean = self.export.wants_clean_frame();

        crate::ui::style::apply_style(&ctx, &self.settings);
        ui::strings::set(&ctx, self.settings.lang);
        self.keyboard_focus = crate::ui::a11y::keyboard_in_use(&ctx, self.keyboard_focus);
        let mut commands = crate::shortcuts::keys::keyboard_commands(&ctx, self.search.is_active());
        let reveal = self.nav.scroll_to.is_some();
        let scroll_to = self.nav.scroll_to.take();

        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(4.0);
            commands.extend(crate::app::toolbar_ui::toolbar_ui(
                ui,
                self.position(),
                &self.search,
                &self.settings,
                self.opening.origin == ReportOrigin::BuiltIn,
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
                    commands.extend(crate::search::hits_ui::hits_ui(
                        ui,
                        &self.report,
                        &self.search,
                    ));
                } else {
                    commands.extend(crate::reader::toc_ui::toc_ui(
                        ui,
                        &self.report,
                        self.nav.current,
                        reveal,
                    ));
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
                commands.extend(crate::app::side_tabs_ui::side_tabs_ui(ui, self.side_tab));
                ui.separator();
                match self.side_tab {
                    SideTab::Charts => {
                        let out = crate::charts::panel_ui::chart_panel_ui(
                            ui,
                            &self.report,
                            &self.charts,
                            self.relevant_charts(),
                            self.settings.chart_sort,
                            crate::charts::panel_ui::ExportControls {
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
                        commands.extend(crate::data_view::table_ui::data_view_ui(
                            ui,
                            &self.report,
                            &self.data_view,
                        ));
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
            let view = crate::reader::reader_ui::ReaderView {
                report: &self.report,
                figures: &self.figures,
                text_scale: self.settings.text_scale,
                current: self.nav.current,
                scroll_to,
                highlight: self.nav.highlight.as_ref(),
            };
            let out = crate::reader::reader_ui::reader_ui(ui, &view);
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
            && !crate::app::side_tabs_ui::figure_popup_ui(&ctx, &self.report, indicator)
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
            commands.extend(crate::export::notice_ui::notice_ui(
                &ctx,
                self.export.notice.as_ref(),
            ));
            if let Some(failure) = &self.opening.failure {
                commands.extend(crate::open::error_ui::open_error_ui(&ctx, failure));
            }
            crate::open::error_ui::drop_hint_ui(&ctx);
            if self.show_shortcuts {
                commands.extend(crate::shortcuts::overlay_ui::shortcuts_ui(&ctx));
            }
            if self.keyboard_focus {
                crate::ui::a11y::focus_ring_ui(&ctx);
            }
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
            commands.push(Command::OpenFile(path));
        }
        self.poll_open_dialog(&ctx, frame);
        if std::mem::take(&mut self.opening.title_changed) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(super::window_title(
                &self.report,
                self.s(),
            )));
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
        if ctx.cumulative_frame_nr() == 0 {
            crate::platform::startup::milestone("ui");
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
