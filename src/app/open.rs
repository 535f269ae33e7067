//! A report made the open one: opening applies its own commands (`open/apply`) and hands back
//! the report it opened; here the app builds the state of every panel anew for it, so nothing
//! of the old report stays, and the library takes it.

use super::{Doc, JieduApp};
use crate::command::{Command, DialogAnswer, OpenCommand, TableCommand};
use crate::open::apply::{Opened, Opening};
use crate::open::state::ReportOrigin;

impl JieduApp {
    /// What opening's commands change.
    pub(super) fn opening(&mut self) -> Opening<'_> {
        Opening {
            state: &mut self.opening,
            settings: &mut self.settings,
            comparison: &mut self.comparison,
            notice: &mut self.export.notice,
            ctx: &self.ctx,
        }
    }

    /// Applies a command of opening, and opens the report it opened.
    pub(super) fn apply_open(&mut self, command: OpenCommand) {
        let opened = self.opening().apply(command);
        self.open(opened);
    }

    /// Opens the report at `path` (a plain text is imported); on failure keeps the open report
    /// and records why.
    pub fn open_path(&mut self, path: std::path::PathBuf) {
        let opened = self.opening().open_path(path);
        self.open(opened);
    }

    /// Shows the open dialog when asked, in the folder of the last file opened; its answer.
    pub(super) fn poll_open_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        let s = self.s();
        let folder = self.settings.recent_files.first().and_then(|p| p.parent());
        self.opening.poll_open_dialog(folder, s, (ctx, frame))
    }

    /// The open dialog was closed: what it chose is opened as if asked.
    pub(super) fn open_dialog_closed(&mut self, answer: DialogAnswer) {
        if let Some(command) = self.opening().open_dialog_closed(answer) {
            // Opening a file is what the user asked for: the unsaved-work question may hold it.
            self.apply(Command::Open(command));
        }
    }

    /// An import is done: its report opens, or the failure is shown over the open report.
    pub(super) fn import_finished(&mut self, outcome: crate::open::imported::ImportOutcome) {
        let opened = self.opening().import_finished(outcome);
        self.open(opened);
    }

    fn open(&mut self, opened: Option<Opened>) {
        let Some(Opened {
            report,
            origin,
            table,
        }) = opened
        else {
            return;
        };
        self.install(report, origin, None);
        if let Some(query) = table {
            self.queued
                .push(Command::Table(TableCommand::SetTableQuery(query)));
        }
    }

    /// Makes `report` the open one: the per-report state is built anew, so nothing of the old
    /// report stays.
    pub(super) fn install(
        &mut self,
        report: crate::report::Report,
        origin: ReportOrigin,
        section: Option<&str>,
    ) {
        self.doc = Doc::new(report, section, self.settings.chart_sort);
        if !matches!(origin, ReportOrigin::Imported(_)) {
            self.opening.imported = None;
        }
        let joins = !matches!(origin, ReportOrigin::BuiltIn | ReportOrigin::Library(_));
        self.opening.origin = origin;
        self.opening.title_changed = true;
        if joins {
            self.join_library();
        }
    }

    /// For the tests of the review's mechanics, which do not depend on which figures the
    /// importer doubts: the open report anew (from the same origin), every figure waiting for a
    /// person, as if the importer had doubted them all.
    #[cfg(feature = "testing")]
    pub fn every_figure_waits(&mut self) {
        let mut report = self.doc.report.clone();
        for ind in &mut report.indicators {
            ind.review = Some(crate::report::Review::Unreviewed);
            ind.doubt = Some("测试：每个数字都待确认".to_owned());
        }
        self.doc = Doc::new(report, None, self.settings.chart_sort);
    }
}
