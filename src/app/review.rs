//! Review steps applied to the open report (with undo and redo), and saving the report with
//! its review as a file: the save dialog runs on its own thread, its answer comes back as a
//! command, the file is written atomically and then is where the report comes from.

use std::path::Path;

use super::JieduApp;
use crate::charts::data::{ChartRef, charts_by_section};
use crate::command::{
    Command, DialogAnswer, LibraryCommand, OpenCommand, ReviewCommand, WindowCommand,
};
use crate::export::{Notice, NoticeKind};
use crate::i18n::fill::fill;
use crate::open::state::ReportOrigin;
use crate::report::{Report, Review, figure_spans_by_section};
use crate::review::edit::Editor;
use crate::review::history::Touched;
use crate::review::review_ui::in_review;
use crate::review::structure::Structure;

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

    /// Sets every figure of `indicators` that waits to `review`, as one step.
    pub(super) fn set_review_all(&mut self, indicators: &[usize], review: Review) {
        if self
            .doc
            .history
            .apply_all(&mut self.doc.report, indicators, review)
            > 0
        {
            self.review_changed();
        }
    }

    /// Undoes the last review step.
    pub(super) fn undo(&mut self) {
        let touched = self.doc.history.undo(&mut self.doc.report);
        self.after_step(touched);
    }

    /// Redoes the last review step undone.
    pub(super) fn redo(&mut self) {
        let touched = self.doc.history.redo(&mut self.doc.report);
        self.after_step(touched);
    }

    fn after_step(&mut self, touched: Option<Touched>) {
        if touched == Some(Touched::Structure) {
            self.structure_changed();
        }
        if touched.is_some() {
            self.review_changed();
        }
    }

    /// Sections merged or split (`None`: the step was not possible), as a step.
    pub(super) fn restructure(&mut self, after: Option<Structure>) {
        if let Some(after) = after
            && self.doc.history.restructure(&mut self.doc.report, after)
        {
            self.structure_changed();
            self.review_changed();
        }
    }

    /// The sections changed: what points into the text is found again, at the same place
    /// (the section being read, or the one it merged into).
    fn structure_changed(&mut self) {
        let doc = &mut self.doc;
        let here = doc
            .report
            .section(doc.nav.current)
            .or_else(|| {
                let before = doc.nav.current.section.checked_sub(1)?;
                doc.report.section(crate::report::SectionRef {
                    section: before,
                    ..doc.nav.current
                })
            })
            .map(|s| s.id.clone());
        doc.nav = crate::reader::navigation::Navigation::new(&doc.report, here.as_deref());
        doc.search = crate::search::state::SearchState::default();
        doc.selection = None;
    }

    /// Saves the editor's draft as its figure, as a step that can be undone; the editor stays
    /// open while the draft breaks a rule (it says which).
    pub(super) fn save_edit(&mut self) {
        let Some(editor) = &self.doc.editor else {
            return;
        };
        let Some(figure) = editor.to_save(&self.doc.report) else {
            return;
        };
        let indicator = editor.indicator;
        self.doc.editor = None;
        if self
            .doc
            .history
            .edit(&mut self.doc.report, indicator, figure)
        {
            self.review_changed();
        }
    }

    /// The text selected in the reader becomes the quote of the figure being edited.
    pub(super) fn quote_from_selection(&mut self) {
        let doc = &mut self.doc;
        if let (Some(editor), Some(selection)) = (&mut doc.editor, &doc.selection)
            && let Some(draft) = selection.as_quote_of(&doc.report, &editor.draft)
        {
            editor.draft = draft;
            doc.selection = None;
        }
    }

    /// The text selected in the reader becomes a new figure, opened in the editor so that its
    /// label and kind can be set at once.
    pub(super) fn add_selected(&mut self) {
        let doc = &mut self.doc;
        let Some(figure) = doc.selection.as_ref().and_then(|s| s.picked(&doc.report)) else {
            return;
        };
        let indicator = doc.history.add(&mut doc.report, figure);
        doc.selection = None;
        self.review_changed();
        self.doc.editor = Editor::open(&self.doc.report, indicator);
    }

    /// What shows a figure follows its new state at once: marks in the text, the table's rows,
    /// the charts (made again from the figures kept, so an edited kind or unit moves a figure
    /// to its chart) and the chart shown (a rejected figure leaves all of them).
    fn review_changed(&mut self) {
        // Kept after every step (a crash loses at most the one being taken); a review back
        // where it was saved needs no copy.
        if self.unsaved_review() {
            self.autosave.write(&self.doc.report);
            self.recovery = None;
        } else {
            self.autosave.clear();
        }
        let doc = &mut self.doc;
        if in_review(&doc.report) {
            let shown = match doc.charts.selected {
                ChartRef::Report(i) => doc.report.charts.get(i).map(|c| c.id.clone()),
                ChartRef::Custom(_) => None,
            };
            doc.report.charts = charts_of_kept(&doc.report);
            doc.section_charts = charts_by_section(&doc.report);
            if let Some(id) = shown {
                let at = doc.report.charts.iter().position(|c| c.id == id);
                doc.charts.selected = ChartRef::Report(at.unwrap_or(0));
            }
        }
        // An edit may leave the editor's figure gone (an addition undone).
        if doc
            .editor
            .as_ref()
            .is_some_and(|e| e.indicator >= doc.report.indicators.len())
        {
            doc.editor = None;
        }
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

    /// The user chose to lose the review work: forget it and do what was held back.
    pub(super) fn discard_review(&mut self) {
        self.doc.saved_steps = self.doc.history.steps();
        self.doc.recovered = false;
        self.autosave.clear();
        if let Some(command) = self.held.take() {
            self.apply(command);
        }
    }

    /// Whether review steps were taken since the report was opened or saved.
    #[must_use]
    pub fn unsaved_review(&self) -> bool {
        self.doc.history.steps() != self.doc.saved_steps || self.doc.recovered
    }

    /// Opens the review the last session left unsaved; it stays unsaved until saved.
    pub(super) fn restore_review(&mut self) {
        if let Some(report) = self.recovery.take() {
            self.install(report, ReportOrigin::Recovered, None);
            self.doc.recovered = true;
        }
    }

    /// Shows the save dialog when asked; its answer, once there is one.
    pub(super) fn poll_save_report_dialog(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Option<DialogAnswer> {
        let s = self.s();
        // Only worked out when the dialog is about to open, not every frame.
        let name = if self.save_report.ask {
            self.report_file_name()
        } else {
            String::new()
        };
        self.save_report.poll(ctx, || {
            rfd::AsyncFileDialog::new()
                .set_title(s.save_report_title)
                .add_filter(s.report_filter, &["json"])
                .set_file_name(name)
                .set_parent(frame)
        })
    }

    /// The save dialog was closed: write the report where it says (with `.json`).
    pub(super) fn save_report_dialog_closed(&mut self, answer: DialogAnswer) {
        match answer {
            DialogAnswer::Chosen(path) => self.write_report(&path.with_extension("json")),
            // Not saved: what waited for the save is not done either.
            DialogAnswer::Cancelled => self.after_save = None,
            DialogAnswer::Unavailable => {
                let folder = crate::export::default_folder(self.settings.export_folder.as_deref());
                // No dialog asked: a file already there keeps, the report takes a new name.
                self.write_report(&crate::export::unused(folder.join(self.report_file_name())));
            }
        }
    }

    fn write_report(&mut self, path: &Path) {
        let s = self.s();
        let written = serde_json::to_vec_pretty(&self.doc.report)
            .map_err(|e| e.to_string())
            .and_then(|json| {
                crate::storage::write_atomically(path, &json).map_err(|e| e.describe(s))
            });
        let (kind, text) = match written {
            Ok(()) => {
                self.doc.saved_steps = self.doc.history.steps();
                self.doc.recovered = false;
                self.autosave.clear();
                self.settings.remember_recent(path.to_path_buf());
                self.opening.origin = ReportOrigin::File(path.to_path_buf());
                self.opening.imported = None;
                self.opening.title_changed = true;
                // The library keeps the review as saved.
                self.join_library();
                // What the unsaved-work question held back goes ahead now that nothing is lost.
                if let Some(command) = self.after_save.take() {
                    self.queued.push(command);
                }
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
        if kind == NoticeKind::Failed {
            // Not saved: what waited for the save is not done either.
            self.after_save = None;
        }
        self.export.notice = Some(Notice::new(kind, text));
    }

    /// `<report title>-<date>.json`, cleaned for every file system.
    fn report_file_name(&self) -> String {
        crate::export::file_name(&self.doc.report.meta.title, &crate::export::today())
            .replace(".png", ".json")
    }
}

/// The charts the importer makes of the figures not rejected (a rejected figure leaves them,
/// and a chart of rejected figures only goes away).
fn charts_of_kept(report: &Report) -> Vec<crate::report::Chart> {
    let kept = Report {
        format_version: report.format_version,
        meta: report.meta.clone(),
        chapters: Vec::new(),
        indicators: report
            .indicators
            .iter()
            .filter(|i| !i.rejected())
            .cloned()
            .collect(),
        charts: Vec::new(),
    };
    jiedu_import::make_charts(&kept)
}

impl JieduApp {
    /// Applies a command of review.
    pub(super) fn apply_review(&mut self, command: ReviewCommand) {
        match command {
            ReviewCommand::SetReview(indicator, review) => self.set_review(indicator, review),
            ReviewCommand::SetReviewAll(indicators, review) => {
                self.set_review_all(&indicators, review);
            }
            ReviewCommand::EditFigure(indicator) => {
                // The sentence comes into view beside the editor, ready to be selected.
                self.doc.editor = Editor::open(&self.doc.report, indicator);
                if self.doc.nav.show_quote(&self.doc.report, indicator) {
                    self.doc.charts.highlight = Some(indicator);
                }
            }
            ReviewCommand::SetDraft(draft) => {
                if let Some(editor) = &mut self.doc.editor {
                    editor.draft = *draft;
                }
            }
            ReviewCommand::SaveEdit => self.save_edit(),
            ReviewCommand::CloseEditor => self.doc.editor = None,
            ReviewCommand::SelectText(selection) => self.doc.selection = selection,
            ReviewCommand::QuoteFromSelection => self.quote_from_selection(),
            ReviewCommand::AddSelected => self.add_selected(),
            ReviewCommand::MergeSection(at) => {
                let after = crate::review::structure::merged(&self.doc.report, at);
                self.restructure(after);
            }
            ReviewCommand::SplitSection(at, paragraph) => {
                let after = crate::review::structure::split(&self.doc.report, at, paragraph);
                self.restructure(after);
            }
            ReviewCommand::Undo => self.undo(),
            ReviewCommand::Redo => self.redo(),
            ReviewCommand::AskSaveReport => self.save_report.ask = true,
            ReviewCommand::DiscardReview => self.discard_review(),
            ReviewCommand::KeepReview => self.held = None,
            ReviewCommand::SaveReviewThenGoOn => {
                self.after_save = self.held.take();
                self.save_report.ask = true;
            }
            ReviewCommand::RestoreReview => self.restore_review(),
            ReviewCommand::DropRecovery => {
                self.recovery = None;
                self.autosave.clear();
            }
        }
    }
}
