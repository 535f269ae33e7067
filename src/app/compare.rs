//! The library in the app: the library applies its own commands (`compare/apply`); here the
//! app does what they hand back: a report of the library made the open one (at a figure), why
//! one could not be read, a figure of the comparison exported.

use super::JieduApp;
use crate::command::{DialogAnswer, LibraryCommand, ReaderCommand};
use crate::compare::apply::{Comparing, Then};
use crate::compare::library::BUILT_IN;
use crate::open::state::{OpenFailure, ReportOrigin};

impl JieduApp {
    /// What the library's commands change.
    fn comparing(&mut self) -> Comparing<'_> {
        Comparing {
            comparison: &mut self.comparison,
            open: &self.doc.report,
            notice: &mut self.export.notice,
            clipboard: &mut self.pending_copy,
            folder: self.settings.export_folder.as_deref(),
            s: crate::i18n::strings(self.settings.lang),
        }
    }

    /// Applies a command of the library, then what it leaves to the rest of the app.
    pub(super) fn apply_library(&mut self, command: LibraryCommand) {
        match self.comparing().apply(command) {
            Then::Nothing => {}
            Then::Open {
                key,
                report,
                figure,
            } => {
                let origin = if key == BUILT_IN {
                    ReportOrigin::BuiltIn
                } else {
                    ReportOrigin::Library(key)
                };
                self.install((*report).clone(), origin, None);
                if let Some(indicator) = figure {
                    self.apply(crate::Command::Reader(ReaderCommand::ShowSource(indicator)));
                }
            }
            Then::Unread { key, message } => {
                self.opening.failure = Some(OpenFailure {
                    path: key.into(),
                    message,
                    anyway: false,
                });
            }
            Then::ExportTargets(target) => self.export.start_comparison(target),
            Then::ExportTimeline(target) => self.export.start_timeline(target),
        }
    }

    /// A report just opened joins the library (the built-in one is always there).
    pub(super) fn join_library(&mut self) {
        self.comparing().join();
    }

    /// Shows the save dialog of the comparison's CSV when asked; its answer.
    pub(super) fn poll_compare_csv_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        self.comparing().poll_csv((ctx, frame))
    }

    /// Shows the dataset's save dialog when asked; its answer.
    pub(super) fn poll_dataset_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        self.comparing().poll_dataset((ctx, frame))
    }

    /// The comparison's CSV dialog was closed: written where it chose.
    pub(super) fn compare_csv_dialog_closed(&mut self, answer: DialogAnswer) {
        self.comparing().csv_closed(answer);
    }

    /// The dataset's dialog was closed: written where it chose.
    pub(super) fn dataset_dialog_closed(&mut self, answer: DialogAnswer) {
        self.comparing().dataset_closed(answer);
    }
}
