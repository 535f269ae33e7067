//! Every change of UI state the user asks for is a [`Command`]: panels emit them, the app
//! applies them once per frame. That keeps panels free of side effects and makes navigation
//! testable. What happened without being asked in the frame (a dialog's answer, a finished
//! job) is an [`crate::event::Event`].

use std::path::PathBuf;

use crate::charts::data::SortOrder;
use crate::report::SectionRef;
use crate::settings::Theme;

pub use crate::platform::dialog_answer::DialogAnswer;

/// A state change the user asked for, by the UI or the keyboard.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show this section.
    GoTo(SectionRef),
    /// Next section in reading order.
    NextSection,
    /// Previous section in reading order.
    PrevSection,
    /// The user scrolled; this section is now the one at the top of the view.
    ScrolledTo(SectionRef),
    /// Light or dark.
    SetTheme(Theme),
    /// Larger (+1) or smaller (−1) reading text.
    StepTextScale(f32),
    /// Back to the default text size.
    ResetTextScale,
    /// Put the keyboard focus in the search field.
    FocusSearch,
    /// The search text changed.
    SetQuery(String),
    /// Show search hit `n` (index into the hit list).
    OpenHit(usize),
    /// Empty the search field and remove the highlight.
    ClearSearch,
    /// Show this chart.
    SelectChart(crate::charts::data::ChartRef),
    /// Order the bars.
    SetSort(SortOrder),
    /// Show or hide the chart panel.
    ToggleCharts,
    /// Show or hide the table of contents.
    ToggleToc,
    /// From a bar to the text: show and highlight the sentence of indicator `n`.
    ShowSource(usize),
    /// From the text to a chart: show a chart with indicator `n` and highlight its bar, or the
    /// figure's details when no chart has it.
    ShowFigure(usize),
    /// Close the figure details popup.
    ClosePopup,
    /// Charts or data table in the side panel.
    SetSideTab(crate::data_view::state::SideTab),
    /// New filters or order for the data table.
    SetTableQuery(crate::data_view::table::TableQuery),
    /// The data table in the main area (the text beside it), or back in the side panel.
    ToggleWideTable,
    /// Move the keyboard focus to row `n` of the data table (none: the move is done).
    FocusRow(Option<usize>),
    /// Tick or untick the row of indicator `n`.
    ToggleRow(usize),
    /// Copy the rows shown, tab-separated, for a spreadsheet.
    CopyTable,
    /// Save the rows shown as a CSV file the user picks.
    SaveCsv,
    /// Make a chart of the ticked rows.
    ChartTicked,
    /// Give chart `n` of those the user made this name.
    RenameChart(usize, String),
    /// Switch the log scale of the chart panel.
    ToggleLogScale,
    /// Undo zoom and pan of the chart.
    ResetChartView,
    /// Export the chart shown as an image.
    Export(crate::export::options::Target),
    /// Export every chart into this folder, or one the user picks.
    ExportAll(Option<PathBuf>),
    /// Pixels per point of exported images.
    SetExportScale(crate::export::options::ExportScale),
    /// Layout size of exported images.
    SetExportSize(crate::export::options::ExportSize),
    /// PNG or SVG.
    SetExportFormat(crate::export::options::ExportFormat),
    /// Rewrite one of the words of the chart shown (remembered for its report and chart).
    EditFigureText(crate::charts::figure_text::FigureField, String),
    /// Back to the default words of the chart shown.
    ResetFigureText,
    /// Open a folder in the file manager (after an export).
    OpenFolder(PathBuf),
    /// Close the export notice.
    DismissNotice,
    /// Open this report file (the open report stays if it cannot be opened).
    OpenFile(PathBuf),
    /// Show the open dialog.
    AskOpenFile,
    /// Back to the report built into the app.
    OpenBuiltIn,
    /// Close the message about a file that could not be opened.
    DismissOpenError,
    /// Open the file that failed anyway (its only problems are in its figures).
    OpenAnyway,
    /// Interface language.
    SetLang(crate::i18n::Lang),
    /// The keyboard to the next region (true) or the previous one: toolbar, contents, text,
    /// side panel (F6, Shift+F6).
    NextRegion(bool),
    /// The keyboard to figure `n` in the text, once it is drawn (after Enter on its bar).
    FocusFigure(usize),
    /// Show or hide the library of reports (and the comparison).
    ShowLibrary(bool),
    /// Tick or untick the library's report `key` for comparison.
    ToggleCompared(String),
    /// Take report `key` out of the library (its file stays where it is).
    RemoveFromLibrary(String),
    /// Open the library's report `key`, at figure `n` when one is given.
    OpenFromLibrary(String, Option<usize>),
    /// Set the level of the library's report `key`.
    SetLevel(String, crate::compare::library::Level),
    /// Set the region of the library entry with this key (typed by the user).
    SetRegion(String, String),
    /// Set the title of the library entry with this key (typed by the user).
    SetTitle(String, String),
    /// Copy the comparison as CSV.
    CopyCompareCsv,
    /// Save the comparison as a CSV file the user picks.
    SaveCompareCsv,
    /// Save every report of the library as one table (the figures, or the headline targets).
    SaveDataset(crate::compare::dataset::Table),
    /// Export the comparison as an image.
    ExportComparison(crate::export::options::Target),
    /// Show or hide the keyboard shortcuts overlay.
    ShowShortcuts(bool),
    /// Show the shortcuts overlay if hidden, hide it if shown (F1, ?).
    ToggleShortcuts,
    /// Show the open dialog for a report's plain text.
    AskImportText,
    /// Import this pasted text.
    ImportPasted(String),
    /// Read the imported text again in this encoding.
    ReimportAs(jiedu_import::TextEncoding),
    /// Set the review state of figure `n`.
    SetReview(usize, crate::report::Review),
    /// Every figure shown that waits for a person set to this state, as one undoable step.
    SetReviewAll(Vec<usize>, crate::report::Review),
    /// Open figure `n` in the editor.
    EditFigure(usize),
    /// The editor's draft changed.
    SetDraft(Box<crate::report::Indicator>),
    /// Save the editor's draft as the figure (when it breaks no rule).
    SaveEdit,
    /// Close the editor without saving.
    CloseEditor,
    /// A run of text selected in the reader (none: the selection was cleared).
    SelectText(Option<crate::review::edit::TextSelection>),
    /// Make the selected text the quote of the figure in the editor.
    QuoteFromSelection,
    /// Add the selected text as a figure the import missed, and open it in the editor.
    AddSelected,
    /// Merge this section into the one before it (the importer split the text wrongly).
    MergeSection(crate::report::SectionRef),
    /// Make paragraph `n` of this section the heading of a new section.
    SplitSection(crate::report::SectionRef, usize),
    /// Undo the last review step.
    Undo,
    /// Redo the last review step undone.
    Redo,
    /// Save the open report as a report file the user picks.
    AskSaveReport,
    /// Close the window (asked again when review work is not saved).
    CloseWindow,
    /// Drop the review work not saved and do what was held back.
    DiscardReview,
    /// Keep the review work: what was held back is not done.
    KeepReview,
    /// Save the review work first, then do what was held back (once it is saved).
    SaveReviewThenGoOn,
    /// Open the review the last session left unsaved.
    RestoreReview,
    /// Forget the review the last session left unsaved.
    DropRecovery,
}
