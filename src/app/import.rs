//! Importing a report's plain text in the app: from a file (dialog, drop, recent list, command
//! line) or pasted into the window. The importer runs on its own thread (`ImportJob`), its
//! outcome comes back as a command, and a text that does not import leaves the open report
//! as it was and says why.

use std::sync::Arc;

use jiedu_import::TextEncoding;

use super::JieduApp;
use crate::Command;
use crate::command::TableCommand;
use crate::open::import_job::ImportJob;
use crate::open::imported::{ImportOutcome, ImportSource, ImportedText};
use crate::open::state::{OpenFailure, ReportOrigin};

impl JieduApp {
    /// Starts importing the text of `source` (its `bytes`, or the file it names), in `encoding`
    /// or the one detected. An import already running is left to finish unseen.
    pub(super) fn start_import(
        &mut self,
        source: ImportSource,
        bytes: Option<Arc<[u8]>>,
        encoding: Option<TextEncoding>,
    ) {
        self.opening.import = Some(ImportJob::spawn(&self.ctx, source, bytes, encoding));
    }

    /// Text pasted into the window (outside any text field): imported as a report.
    pub(super) fn import_pasted(&mut self, text: String) {
        let bytes: Arc<[u8]> = Arc::from(text.into_bytes());
        self.start_import(ImportSource::Pasted, Some(bytes), Some(TextEncoding::Utf8));
    }

    /// Reads the imported text again in `encoding` (the user saw gibberish).
    pub(super) fn reimport_as(&mut self, encoding: TextEncoding) {
        if let Some(text) = self.opening.imported.clone() {
            self.start_import(text.source, Some(text.bytes), Some(encoding));
        }
    }

    /// An import is done: its report opens, or the failure is shown over the open report.
    pub(super) fn import_finished(&mut self, outcome: ImportOutcome) {
        self.opening.import = None;
        let s = self.s();
        match outcome.result {
            Ok(imported) => {
                if let ImportSource::File(path) = &outcome.source {
                    self.settings.remember_recent(path.clone());
                }
                self.opening.imported = Some(ImportedText {
                    source: outcome.source.clone(),
                    bytes: outcome.bytes,
                    encoding: imported.encoding,
                    left_out: imported.left_out,
                    form: imported.form,
                });
                self.install(
                    imported.report,
                    ReportOrigin::Imported(outcome.source),
                    None,
                );
                // The review list opens on the figures the importer was unsure of (the chart
                // panel keeps showing the charts of the rest).
                if crate::review::history::unreviewed(&self.doc.report) > 0 {
                    self.queued.push(Command::Table(TableCommand::SetTableQuery(
                        crate::data_view::waiting_ui::doubtful(None),
                    )));
                }
            }
            Err(problem) => {
                let name = outcome
                    .source
                    .path()
                    .map_or_else(|| s.pasted_text.to_owned(), |p| p.display().to_string());
                log::warn!("could not import {name}: {problem:?}");
                self.opening.failure = Some(OpenFailure {
                    path: outcome.source.path().map(Into::into).unwrap_or_default(),
                    message: problem.describe(s, &name),
                    anyway: false,
                });
            }
        }
    }

    /// Asks for the outcome of the running import, once it is there.
    pub(super) fn poll_import(&self) -> Option<ImportOutcome> {
        self.opening.import.as_ref()?.poll()
    }
}
