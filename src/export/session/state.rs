//! The export's state, apart from what it does: what the session needs from the app each
//! frame, and the session itself with the dialog and the batch it may be waiting on.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::charts::data::{ChartData, SortOrder};
use crate::charts::figure_text::{EditsByReport, FigureText, edits_for};
use crate::charts::view::ChartView;
use crate::export::{ExportFormat, ExportScale, ExportSize, Figure, FigureSpec, Offscreen, Target};
use crate::i18n::Lang;
use crate::notice::Notice;
use crate::platform::file_dialog::PendingDialog;
use crate::report::Report;
use crate::theme::Theme;

/// What the session needs from the app each frame.
pub struct ExportEnv<'a> {
    /// The open report.
    pub report: &'a Report,
    /// The chart panel (chart shown, log scale, custom charts).
    pub view: &'a ChartView,
    /// Theme of the images.
    pub theme: Theme,
    /// Pixels per point of the images.
    pub scale: ExportScale,
    /// Layout size of the images.
    pub size: ExportSize,
    /// PNG or SVG.
    pub format: ExportFormat,
    /// The words the user rewrote, by report and chart.
    pub edits: &'a EditsByReport,
    /// Bar order for "export all".
    pub sort: SortOrder,
    /// The folder used last.
    pub last_folder: Option<&'a Path>,
    /// The comparison of reports, when its window is open.
    pub comparison: Option<crate::compare::chart_ui::CompareView<'a>>,
}

impl ExportEnv<'_> {
    /// The figure of `data` as this export draws it.
    pub(super) fn spec<'a>(
        &'a self,
        data: &'a ChartData,
        text: &'a FigureText,
        lang: Lang,
        log: bool,
    ) -> FigureSpec<'a> {
        FigureSpec {
            report: self.report,
            data,
            text,
            log_scale: log,
            theme: self.theme,
            lang,
            layout: self.size.layout(self.scale),
        }
    }

    /// The words of `data` in `lang`, with the user's edits.
    pub(super) fn text(&self, data: &ChartData, lang: Lang) -> FigureText {
        let s = crate::i18n::strings(lang);
        FigureText::new(
            s,
            self.report,
            data,
            edits_for(self.edits, self.report, data),
        )
    }
}

/// Which figure of the comparison of reports an export draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compared {
    /// The targets side by side and against results.
    Targets,
    /// The chart over the years.
    Timeline,
}

/// The export state of the app.
#[derive(Default)]
pub struct ExportSession {
    pub(super) pending: Option<Target>,
    /// The pending export is of a figure of the comparison of reports, not of the chart shown.
    pub(super) comparing: Option<Compared>,
    pub(super) ask_folder: bool,
    pub(super) dialog: Option<Dialog>,
    pub(super) batch: Option<Batch>,
    pub(super) offscreen: Option<Offscreen>,
    pub(super) opening: Option<(PathBuf, mpsc::Receiver<OpenerAnswer>)>,
    /// The message shown about the last export.
    pub notice: Option<Notice>,
    /// Tests: answer every file or folder dialog with this path instead of showing one.
    #[cfg(feature = "testing")]
    pub dialog_answer: Option<PathBuf>,
    /// Tests: behave as on a desktop where no dialog can be shown.
    #[cfg(feature = "testing")]
    pub no_dialog: bool,
    /// Tests: open folders with this instead of the file manager.
    #[cfg(feature = "testing")]
    pub open_with: Option<fn(&Path) -> std::io::Result<()>>,
    /// The size in pixels of the last image made.
    pub last_image: Option<[usize; 2]>,
    /// The last file written.
    pub last_file: Option<PathBuf>,
    /// Language of the notices and dialog titles (the interface's, set on every update).
    pub(super) lang: Lang,
}

/// What the file manager's opener answered: done, or what kind of failure and what it said.
pub(super) type OpenerAnswer = Result<(), (std::io::ErrorKind, String)>;

/// What the export waits for of an open dialog.
pub(super) enum Waiting {
    /// A figure waiting for the file name, the format to write it in, and its title (the
    /// file's name when no dialog can be shown).
    File(Box<Figure>, ExportFormat, String),
    /// "Export all" waiting for the folder.
    Folder,
}

/// A dialog open on its own thread and what its answer is for.
pub(super) struct Dialog {
    pub(super) pending: PendingDialog,
    pub(super) waiting: Waiting,
}

/// "Export all" under way: where, which chart next, what was written and what failed.
pub(super) struct Batch {
    pub(super) folder: PathBuf,
    pub(super) next: usize,
    pub(super) written: usize,
    pub(super) errors: Vec<String>,
}
