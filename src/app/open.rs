//! Opening another report: a file named on the command line, dropped on the window, chosen in
//! the open dialog or in the recent list, or the built-in one. A file that does not open
//! leaves everything as it was and explains why.

use std::path::PathBuf;

use super::JieduApp;
use crate::charts::data::{ChartRef, charts_by_section};
use crate::charts::view::ChartView;
use crate::data_view::state::DataViewState;
use crate::open::state::{OpenFailure, ReportOrigin};
use crate::platform::file_dialog::{Answer, PendingDialog};
use crate::reader::navigation::Navigation;
use crate::report::{Report, figure_spans_by_section, open_file};
use crate::search::state::SearchState;

impl JieduApp {
    /// Opens the report at `path`; on failure keeps the open report and records why.
    pub fn open_path(&mut self, path: PathBuf) {
        match open_file(&path) {
            Ok(report) => {
                self.settings.remember_recent(path.clone());
                self.install(report, ReportOrigin::File(path), None);
            }
            Err(e) => {
                log::warn!("could not open {}: {e}", path.display());
                self.opening.failure = Some(OpenFailure {
                    path,
                    message: self.s().open_error(&e),
                });
            }
        }
    }

    /// Back to the report built into the binary.
    pub(super) fn open_built_in(&mut self) {
        let s = self.s();
        let report = Report::embedded()
            .unwrap_or_else(|e| Report::placeholder(s.load_failed, &s.load_error(&e)));
        self.install(report, ReportOrigin::BuiltIn, None);
    }

    /// Makes `report` the open one: every piece of state derived from the old report goes.
    pub(super) fn install(&mut self, report: Report, origin: ReportOrigin, section: Option<&str>) {
        self.nav = Navigation::new(&report, section);
        self.figures = figure_spans_by_section(&report);
        self.section_charts = charts_by_section(&report);
        self.data_view = DataViewState::new(&report);
        self.search = SearchState::default();
        // Custom charts refer to the old report's indicators.
        self.charts = ChartView::default();
        self.popup = None;
        self.bar_rects.clear();
        self.figure_rects.clear();
        self.figure = None;
        self.last_offset = 0.0;
        self.report = report;
        let first = ChartRef::Report(self.relevant_charts().first().copied().unwrap_or(0));
        self.charts
            .select(&self.report, first, self.settings.chart_sort);
        self.opening.origin = origin;
        self.opening.title_changed = true;
    }

    /// Shows the open dialog when asked, and opens what it answers.
    pub(super) fn poll_open_dialog(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let s = self.s();
        if std::mem::take(&mut self.opening.ask) && self.opening.dialog.is_none() {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_title(s.open_dialog_title)
                .add_filter(s.report_filter, &["json"])
                .set_parent(frame);
            if let Some(dir) = self.settings.recent_files.first().and_then(|p| p.parent()) {
                dialog = dialog.set_directory(dir);
            }
            self.opening.dialog = Some(PendingDialog::spawn(
                ctx,
                self.opening.dialog_answer.clone(),
                move || crate::platform::file_dialog::block_on(dialog.pick_file()),
            ));
        }
        let Some(dialog) = &self.opening.dialog else {
            return;
        };
        match dialog.poll() {
            Answer::Waiting => {}
            Answer::Chosen(path) => {
                self.opening.dialog = None;
                self.open_path(path);
            }
            Answer::Cancelled => self.opening.dialog = None,
            Answer::Unavailable => {
                self.opening.dialog = None;
                self.opening.failure = Some(OpenFailure {
                    path: PathBuf::new(),
                    message: s.no_open_dialog.to_owned(),
                });
            }
        }
    }
}
