//! What opening's commands do, in its folder: a report file opened (or, failing, why not),
//! opened anyway, the built-in report, a text imported (from a file, pasted, or read again in
//! another encoding) on a thread of its own, the dialogs asked for. Making a report the open
//! one builds the state of every panel anew, which is the app's: what opens is handed back
//! ([`Opened`]).

use std::path::PathBuf;
use std::sync::Arc;

use jiedu_import::TextEncoding;

use crate::compare::state::Comparison;
use crate::data_view::table::TableQuery;
use crate::export::{Notice, NoticeKind};
use crate::i18n::Strings;
use crate::i18n::fill::fill;
use crate::open::command::OpenCommand;
use crate::open::import_job::ImportJob;
use crate::open::imported::{ImportOutcome, ImportSource, ImportedText, is_text};
use crate::open::state::{OpenFailure, OpenState, ReportOrigin};
use crate::platform::dialog_answer::DialogAnswer;
use crate::report::{LoadError, OpenError, Report, only_figures, open_anyway, open_file};
use crate::settings::Settings;

/// What opening reads and changes.
pub struct Opening<'a> {
    /// Where the open report came from, the dialogs, the import running, the last failure.
    pub state: &'a mut OpenState,
    /// The recent files are kept with the settings.
    pub settings: &'a mut Settings,
    /// The library, which a folder's reports join, and its window.
    pub comparison: &'a mut Comparison,
    /// The notice over the window.
    pub notice: &'a mut Option<Notice>,
    /// To wake the window when a job on another thread is done.
    pub ctx: &'a egui::Context,
}

/// A report to make the open one.
#[must_use]
#[derive(Debug)]
pub struct Opened {
    /// The report.
    pub report: Report,
    /// Where it came from.
    pub origin: ReportOrigin,
    /// Once it is open, the data table shows these rows first (after an import: the figures
    /// the importer was unsure of).
    pub table: Option<TableQuery>,
}

impl Opened {
    fn from(report: Report, origin: ReportOrigin) -> Self {
        Self {
            report,
            origin,
            table: None,
        }
    }
}

impl Opening<'_> {
    /// Applies `command`; the report to open, if it opens one.
    #[must_use = "the report opened is the app's to make the open one"]
    pub fn apply(self, command: OpenCommand) -> Option<Opened> {
        match command {
            OpenCommand::OpenFile(path) => return self.open_path(path),
            OpenCommand::AskOpenFile => self.state.ask = true,
            OpenCommand::OpenBuiltIn => return Some(self.built_in()),
            OpenCommand::DismissOpenError => self.state.failure = None,
            OpenCommand::OpenAnyway => return self.open_anyway(),
            OpenCommand::AskImportText => self.state.ask_text = true,
            OpenCommand::ImportPasted(text) => {
                let bytes: Arc<[u8]> = Arc::from(text.into_bytes());
                self.start_import(ImportSource::Pasted, Some(bytes), Some(TextEncoding::Utf8));
            }
            OpenCommand::ReimportAs(encoding) => {
                // Read again in `encoding`: the user saw gibberish.
                if let Some(text) = self.state.imported.clone() {
                    self.start_import(text.source, Some(text.bytes), Some(encoding));
                }
            }
            OpenCommand::AskImportFolder => self.state.folder_dialog.ask = true,
            OpenCommand::ImportFolder(folder) => self.import_folder(folder),
            OpenCommand::CancelFolderImport => {
                if let Some(job) = &self.state.folder {
                    job.cancel();
                }
            }
        }
        None
    }

    pub(super) fn s(&self) -> &'static Strings {
        crate::i18n::strings(self.settings.lang)
    }

    /// Opens the report at `path` (a plain text is imported); on failure keeps the open report
    /// and records why.
    #[must_use = "the report opened is the app's to make the open one"]
    pub fn open_path(self, path: PathBuf) -> Option<Opened> {
        if is_text(&path) {
            self.start_import(ImportSource::File(path), None, None);
            return None;
        }
        match open_file(&path) {
            Ok(report) => {
                self.settings.remember_recent(path.clone());
                Some(Opened::from(report, ReportOrigin::File(path)))
            }
            Err(e) => {
                log::warn!("could not open {}: {e}", path.display());
                let anyway = matches!(
                    &e,
                    OpenError::Load(LoadError::Invalid(problems)) if only_figures(problems)
                );
                let message = self.s().open_error(&e);
                self.state.failure = Some(OpenFailure {
                    path,
                    message,
                    anyway,
                });
                None
            }
        }
    }

    /// Opens the report that failed, its broken figures marked for review and out of charts
    /// (offered only when its problems are all in its figures).
    fn open_anyway(self) -> Option<Opened> {
        let failure = self.state.failure.take()?;
        let s = self.s();
        let opened = std::fs::read(&failure.path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                let bytes = bytes
                    .strip_prefix(b"\xEF\xBB\xBF")
                    .unwrap_or(&bytes)
                    .to_vec();
                String::from_utf8(bytes).map_err(|e| e.to_string())
            })
            .and_then(|text| open_anyway(&text).map_err(|e| s.load_error(&e)));
        match opened {
            Ok((report, marked)) => {
                self.settings.remember_recent(failure.path.clone());
                *self.notice = Some(Notice::new(
                    NoticeKind::Done(None),
                    fill(s.opened_anyway_n, &[("n", &marked)]),
                ));
                Some(Opened::from(report, ReportOrigin::File(failure.path)))
            }
            Err(message) => {
                self.state.failure = Some(OpenFailure {
                    message,
                    anyway: false,
                    ..failure
                });
                None
            }
        }
    }

    /// Back to the report built into the binary.
    fn built_in(&self) -> Opened {
        let s = self.s();
        let report = Report::embedded()
            .unwrap_or_else(|e| Report::placeholder(s.load_failed, &s.load_error(&e)));
        Opened::from(report, ReportOrigin::BuiltIn)
    }

    /// Starts importing the text of `source` (its `bytes`, or the file it names), in `encoding`
    /// or the one detected. An import already running is left to finish unseen.
    fn start_import(
        self,
        source: ImportSource,
        bytes: Option<Arc<[u8]>>,
        encoding: Option<TextEncoding>,
    ) {
        self.state.import = Some(ImportJob::spawn(self.ctx, source, bytes, encoding));
    }

    /// An import is done: its report opens, or the failure is shown over the open report.
    #[must_use = "the report opened is the app's to make the open one"]
    pub fn import_finished(self, outcome: ImportOutcome) -> Option<Opened> {
        self.state.import = None;
        let s = self.s();
        match outcome.result {
            Ok(imported) => {
                if let ImportSource::File(path) = &outcome.source {
                    self.settings.remember_recent(path.clone());
                }
                self.state.imported = Some(ImportedText {
                    source: outcome.source.clone(),
                    bytes: outcome.bytes,
                    encoding: imported.encoding,
                    left_out: imported.left_out,
                    form: imported.form,
                });
                // The review list opens on the figures the importer was unsure of (the chart
                // panel keeps showing the charts of the rest).
                let waiting = crate::review::history::unreviewed(&imported.report) > 0;
                Some(Opened {
                    report: imported.report,
                    origin: ReportOrigin::Imported(outcome.source),
                    table: waiting.then(|| crate::data_view::waiting_ui::doubtful(None)),
                })
            }
            Err(problem) => {
                let name = outcome
                    .source
                    .path()
                    .map_or_else(|| s.pasted_text.to_owned(), |p| p.display().to_string());
                log::warn!("could not import {name}: {problem:?}");
                self.state.failure = Some(OpenFailure {
                    path: outcome.source.path().map(Into::into).unwrap_or_default(),
                    message: problem.describe(s, &name),
                    anyway: false,
                });
                None
            }
        }
    }

    /// The open dialog was closed: the file it chose, to open as the user asked (the
    /// unsaved-work question may hold it), or the message that no dialog could be shown.
    #[must_use]
    pub fn open_dialog_closed(self, answer: DialogAnswer) -> Option<OpenCommand> {
        match answer {
            DialogAnswer::Chosen(path) => return Some(OpenCommand::OpenFile(path)),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                self.state.failure = Some(OpenFailure {
                    path: PathBuf::new(),
                    message: self.s().no_open_dialog.to_owned(),
                    anyway: false,
                });
            }
        }
        None
    }
}
