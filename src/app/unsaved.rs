//! Review work is never lost without asking, and what the review changes beyond itself. The
//! review applies its own commands (`review/apply`); here the app does what a step leaves to
//! the rest of it (every view of the figures follows, the sentence comes into view beside the
//! editor), holds back a command that would put unsaved work away until the user answers, and
//! does what a saved report changes: where it comes from, the library, what waited for it.

use std::path::Path;

use super::JieduApp;
use crate::command::{
    Command, DialogAnswer, LibraryCommand, OpenCommand, ReaderCommand, ReviewCommand, WindowCommand,
};
use crate::export::{Notice, NoticeKind};
use crate::i18n::fill::fill;
use crate::open::state::ReportOrigin;
use crate::review::apply::{Answer, Reviewing, Then};

impl JieduApp {
    /// Applies a command of the review, then what it leaves to the rest of the app.
    pub(super) fn apply_review(&mut self, command: ReviewCommand) {
        let reviewing = Reviewing {
            report: &mut self.doc.report,
            review: &mut self.doc.review,
            autosave: &mut self.autosave,
            recovery: &mut self.recovery,
            save_report: &mut self.save_report,
        };
        match reviewing.apply(command) {
            Then::Nothing => {}
            Then::Figures => self.doc.figures_changed(self.settings.chart_sort),
            Then::Sections => {
                self.doc.sections_changed();
                self.doc.figures_changed(self.settings.chart_sort);
            }
            // The sentence comes into view beside the editor, ready to be selected.
            Then::ShowQuote(indicator) => self.apply_reader(ReaderCommand::ShowSource(indicator)),
            Then::Unsaved(Answer::Discard) => {
                if let Some(command) = self.held.take() {
                    self.apply(command);
                }
            }
            Then::Unsaved(Answer::Keep) => self.held = None,
            Then::Unsaved(Answer::SaveFirst) => self.after_save = self.held.take(),
            Then::Restore(report) => {
                self.install(*report, ReportOrigin::Recovered, None);
                self.doc.review.recovered = true;
            }
        }
    }

    /// Whether `command` would put the open report away (another report, the window closed,
    /// the text read again) while review work is not saved: then it is held back and the user
    /// is asked first. Returns the command when it may go ahead.
    pub(super) fn unless_unsaved(&mut self, command: Command) -> Option<Command> {
        let leaves = matches!(
            command,
            Command::Open(
                OpenCommand::OpenFile(_)
                    | OpenCommand::OpenBuiltIn
                    | OpenCommand::ImportPasted(_)
                    | OpenCommand::ReimportAs(_)
            ) | Command::Library(LibraryCommand::OpenFromLibrary(..))
                | Command::Review(ReviewCommand::RestoreReview)
                | Command::Window(WindowCommand::CloseWindow)
        );
        if leaves && self.unsaved_review() {
            self.held = Some(command);
            None
        } else {
            Some(command)
        }
    }

    /// Whether review steps were taken since the report was opened or saved.
    #[must_use]
    pub fn unsaved_review(&self) -> bool {
        self.doc.review.unsaved()
    }

    /// Shows the save dialog when asked; its answer, once there is one.
    pub(super) fn poll_save_report_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        let s = self.s();
        crate::review::report_file::poll(&mut self.save_report, &self.doc.report, s, (ctx, frame))
    }

    /// The save dialog was closed: write the report where it says.
    pub(super) fn save_report_dialog_closed(&mut self, answer: DialogAnswer) {
        let last = self.settings.export_folder.as_deref();
        match crate::review::report_file::chosen(answer, &self.doc.report, last) {
            Some(path) => self.write_report(&path),
            // Not saved: what waited for the save is not done either.
            None => self.after_save = None,
        }
    }

    fn write_report(&mut self, path: &Path) {
        let s = self.s();
        let (kind, text) = match crate::review::report_file::write(&self.doc.report, path, s) {
            Ok(()) => {
                self.report_saved(path);
                (
                    NoticeKind::Done(path.parent().map(Path::to_path_buf)),
                    fill(s.saved_report_n, &[("path", &path.display())]),
                )
            }
            Err(detail) => {
                // Not saved: what waited for the save is not done either.
                self.after_save = None;
                (
                    NoticeKind::Failed,
                    fill(s.save_report_failed_n, &[("detail", &detail)]),
                )
            }
        };
        self.export.notice = Some(Notice::new(kind, text));
    }

    /// The report is saved at `path`: it comes from there now, the library keeps it as saved,
    /// and what the unsaved-work question held back goes ahead now that nothing is lost.
    fn report_saved(&mut self, path: &Path) {
        self.doc.review.kept();
        self.autosave.clear();
        self.settings.remember_recent(path.to_path_buf());
        self.opening.origin = ReportOrigin::File(path.to_path_buf());
        self.opening.imported = None;
        self.opening.title_changed = true;
        self.join_library();
        if let Some(command) = self.after_save.take() {
            self.queued.push(command);
        }
    }
}
