//! What the library's and the comparison's commands do, in their folder: the window shown,
//! the ticks and what is compared of them, an entry's level, region or title set or the entry
//! removed (a write that fails is said), the comparison copied. Opening a report from the
//! library and exporting a figure of the comparison are the app's and the export's, which
//! stand above the library: they are handed back ([`Then`]).

use std::path::Path;
use std::sync::Arc;

use crate::compare::command::LibraryCommand;
use crate::compare::state::Comparison;
use crate::i18n::Strings;
use crate::i18n::fill::fill;
use crate::notice::{Notice, NoticeKind};
use crate::report::Report;
use crate::settings::export_options::Target;
use crate::storage::ExportError;

/// What the library's and the comparison's commands change.
pub struct Comparing<'a> {
    /// The library, the ticks, what is compared, the dialogs of its files.
    pub comparison: &'a mut Comparison,
    /// The report open, which the library knows without reading its copy.
    pub open: &'a Report,
    /// The notice over the window.
    pub notice: &'a mut Option<Notice>,
    /// Text to put on the clipboard at the end of the frame.
    pub clipboard: &'a mut Option<String>,
    /// The folder the user saved into last, where the save dialogs open.
    pub folder: Option<&'a Path>,
    /// The words of the interface.
    pub s: &'static Strings,
}

/// What a command of the library leaves to the rest of the app.
#[must_use]
#[derive(Debug)]
pub enum Then {
    /// Nothing outside the library.
    Nothing,
    /// The library's report `key` (its kept copy) becomes the open one, at figure `figure`.
    Open {
        /// Its key in the library.
        key: String,
        /// The report.
        report: Arc<Report>,
        /// The figure to show, if one was asked.
        figure: Option<usize>,
    },
    /// The library's report `key` could not be read: `message` says why.
    Unread {
        /// Its key in the library.
        key: String,
        /// Why.
        message: String,
    },
    /// An image of the targets side by side.
    ExportTargets(Target),
    /// An image of the chart over the years.
    ExportTimeline(Target),
}

impl Comparing<'_> {
    /// Applies `command`; what it leaves to the rest of the app.
    pub fn apply(mut self, command: LibraryCommand) -> Then {
        let (comparison, open) = (&mut *self.comparison, self.open);
        match command {
            LibraryCommand::ShowLibrary(shown) => comparison.open = shown,
            LibraryCommand::ToggleCompared(key) => comparison.toggle(key, open),
            LibraryCommand::Shelve(asked) => comparison.shelf = asked,
            LibraryCommand::TickShown => comparison.tick_shown(open),
            LibraryCommand::UntickAll => comparison.untick_all(open),
            LibraryCommand::ShowTimeline(key) => comparison.show_timeline(key, open),
            LibraryCommand::SaveCompareCsv => comparison.csv.ask = true,
            LibraryCommand::SaveDataset(table) => {
                comparison.dataset.0.ask = true;
                comparison.dataset.1 = table;
            }
            LibraryCommand::RemoveFromLibrary(key) => {
                let kept = comparison.library.remove(&key);
                self.kept(kept);
                self.comparison.untick(&key, open);
            }
            LibraryCommand::SetLevel(key, level) => {
                let kept = comparison.library.set_level(&key, level);
                self.kept(kept);
            }
            LibraryCommand::SetRegion(key, region) => {
                let kept = comparison.library.set_region(&key, &region);
                self.kept(kept);
            }
            LibraryCommand::SetTitle(key, title) => {
                let kept = comparison.library.set_title(&key, &title);
                self.kept(kept);
            }
            LibraryCommand::CopyCompareCsv => self.copy_csv(),
            LibraryCommand::OpenFromLibrary(key, figure) => {
                return self.open_from_library(key, figure);
            }
            LibraryCommand::ExportComparison(target) => return Then::ExportTargets(target),
            LibraryCommand::ExportTimeline(target) => return Then::ExportTimeline(target),
        }
        Then::Nothing
    }

    /// The report open joins the library (the built-in one is always there).
    pub fn join(mut self) {
        let kept = self.comparison.library.add(self.open);
        self.kept(kept);
    }

    /// The library's report `key` (instantly: its copy is kept), to open at figure `figure`.
    fn open_from_library(self, key: String, figure: Option<usize>) -> Then {
        match self.comparison.library.report(&key) {
            Ok(report) => {
                self.comparison.open = false;
                Then::Open {
                    key,
                    report,
                    figure,
                }
            }
            Err(e) => {
                log::warn!("library report {key}: {e}");
                let message = format!("{}\n{e}", self.s.library_failed);
                Then::Unread { key, message }
            }
        }
    }

    /// The comparison as CSV to the clipboard at the end of the frame.
    fn copy_csv(&mut self) {
        let n = self.comparison.rows.len();
        *self.clipboard = Some(self.comparison.csv(self.s.lang == crate::i18n::Lang::Zh));
        *self.notice = Some(Notice::new(
            NoticeKind::Done(None),
            fill(self.s.copied_csv_n, &[("n", &n)]),
        ));
    }

    /// A change of the library that could not be written is said; it stays until closed.
    fn kept(&mut self, kept: Result<(), ExportError>) {
        let Err(e) = kept else {
            return;
        };
        log::warn!("the library could not be written: {e}");
        let s = self.s;
        let text = fill(s.library_not_kept_n, &[("detail", &e.describe(s))]);
        *self.notice = Some(Notice::new(NoticeKind::Failed, text));
    }
}
