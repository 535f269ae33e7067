//! Review steps applied to the open report (with undo and redo), and saving the report with
//! its review as a file: the save dialog runs on its own thread, its answer comes back as a
//! command, the file is written atomically and then is where the report comes from.

use std::path::Path;

use super::JieduApp;
use crate::command::{Command, DialogAnswer};
use crate::export::{Notice, NoticeKind};
use crate::i18n::fill::fill;
use crate::open::state::ReportOrigin;
use crate::report::{Review, figure_spans_by_section};

impl JieduApp {
    /// Sets figure `indicator` to `review`, as a step that can be undone.
    pub(super) fn set_review(&mut self, indicator: usize, review: Review) {
        if self
            .doc
            .history
            .apply(&mut self.doc.report, indicator, review)
        {
            self.review_changed();
        }
    }

    /// Undoes the last review step.
    pub(super) fn undo(&mut self) {
        if self.doc.history.undo(&mut self.doc.report).is_some() {
            self.review_changed();
        }
    }

    /// Redoes the last review step undone.
    pub(super) fn redo(&mut self) {
        if self.doc.history.redo(&mut self.doc.report).is_some() {
            self.review_changed();
        }
    }

    /// What shows a figure follows its new state at once: marks in the text, the table's rows
    /// and the chart shown (a rejected figure leaves all three).
    fn review_changed(&mut self) {
        let doc = &mut self.doc;
        doc.figures = figure_spans_by_section(&doc.report);
        let query = doc.data_view.query.clone();
        doc.data_view.set_query(&doc.report, query);
        doc.charts
            .select(&doc.report, doc.charts.selected, self.settings.chart_sort);
    }

    /// Whether `command` would put the open report away (another report, the window closed,
    /// the text read again) while review work is not saved: then it is held back and the user
    /// is asked first. Returns the command when it may go ahead.
    pub(super) fn unless_unsaved(&mut self, command: Command) -> Option<Command> {
        let leaves = matches!(
            command,
            Command::OpenFile(_)
                | Command::OpenBuiltIn
                | Command::ImportPasted(_)
                | Command::ReimportAs(_)
                | Command::CloseWindow
                | Command::OpenDialogClosed(DialogAnswer::Chosen(_))
        );
        if leaves && self.unsaved_review() {
            self.held = Some(command);
            None
        } else {
            Some(command)
        }
    }

    /// The user chose to lose the review work: forget it and do what was held back.
    pub(super) fn discard_review(&mut self) {
        self.doc.saved_steps = self.doc.history.steps();
        if let Some(command) = self.held.take() {
            self.apply(command);
        }
    }

    /// Whether review steps were taken since the report was opened or saved.
    #[must_use]
    pub fn unsaved_review(&self) -> bool {
        self.doc.history.steps() != self.doc.saved_steps
    }

    /// Shows the save dialog when asked; its answer, once there is one, as a command.
    pub(super) fn poll_save_report_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<Command> {
        let s = self.s();
        // Only worked out when the dialog is about to open, not every frame.
        let name = if self.save_report.ask {
            self.report_file_name()
        } else {
            String::new()
        };
        let answer = self.save_report.poll(ctx, || {
            rfd::AsyncFileDialog::new()
                .set_title(s.save_report_title)
                .add_filter(s.report_filter, &["json"])
                .set_file_name(name)
                .set_parent(frame)
        })?;
        Some(Command::SaveReportDialogClosed(answer))
    }

    /// The save dialog was closed: write the report where it says (with `.json`).
    pub(super) fn save_report_dialog_closed(&mut self, answer: DialogAnswer) {
        match answer {
            DialogAnswer::Chosen(path) => self.write_report(&path.with_extension("json")),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                let folder = crate::export::default_folder(self.settings.export_folder.as_deref());
                self.write_report(&folder.join(self.report_file_name()));
            }
        }
    }

    fn write_report(&mut self, path: &Path) {
        let s = self.s();
        let written = serde_json::to_vec_pretty(&self.doc.report)
            .map_err(|e| e.to_string())
            .and_then(|json| {
                crate::export::write_atomically(path, &json).map_err(|e| e.describe(s))
            });
        let (kind, text) = match written {
            Ok(()) => {
                self.doc.saved_steps = self.doc.history.steps();
                self.settings.remember_recent(path.to_path_buf());
                self.opening.origin = ReportOrigin::File(path.to_path_buf());
                self.opening.imported = None;
                self.opening.title_changed = true;
                (
                    NoticeKind::Done(path.parent().map(Path::to_path_buf)),
                    fill(s.saved_report_n, &[("path", &path.display())]),
                )
            }
            Err(detail) => (
                NoticeKind::Failed,
                fill(s.save_report_failed_n, &[("detail", &detail)]),
            ),
        };
        self.export.notice = Some(Notice {
            kind,
            text,
            since: std::time::Instant::now(),
        });
    }

    /// `<report title>-<date>.json`, cleaned for every file system.
    fn report_file_name(&self) -> String {
        crate::export::file_name(&self.doc.report.meta.title, &crate::export::today())
            .replace(".png", ".json")
    }
}
