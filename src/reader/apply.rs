//! What the reader's commands do, in the reader's folder: moving through the text, the reading
//! size, the contents, a figure's details. A bar's sentence and a figure's chart also change
//! the chart panel, which stands above the reader: what is asked of it is handed back
//! ([`ForCharts`]) and the app gives it to the chart panel.

use crate::reader::command::ReaderCommand;
use crate::reader::navigation::Navigation;
use crate::report::Report;
use crate::settings::Settings;

/// What the reader's commands change.
pub struct Reading<'a> {
    /// The report read.
    pub report: &'a Report,
    /// Where the reader is.
    pub nav: &'a mut Navigation,
    /// The reading size is kept with the settings.
    pub settings: &'a mut Settings,
    /// The figure whose details are open (a figure in no chart).
    pub popup: &'a mut Option<usize>,
    /// The contents as the user showed or hid them this session.
    pub toc: &'a mut Option<bool>,
    /// Whether the contents are shown now (as chosen, or by the window's width).
    pub toc_shown: bool,
}

/// What a command of the reader asks of the chart panel.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForCharts {
    /// The sentence of figure `n` is shown: mark its bar.
    Highlight(usize),
    /// Show a chart with figure `n` and mark its bar, or its details when no chart has it.
    ShowFigure(usize),
}

impl Reading<'_> {
    /// Applies `command`; what it asks of the chart panel, if anything.
    #[must_use = "what is asked of the chart panel is the chart panel's to do"]
    pub fn apply(self, command: ReaderCommand) -> Option<ForCharts> {
        let Self { report, nav, .. } = self;
        match command {
            ReaderCommand::GoTo(target) => {
                if report.section(target).is_some() {
                    nav.go_to(target);
                }
            }
            ReaderCommand::NextSection => {
                nav.step(report, 1);
            }
            ReaderCommand::PrevSection => {
                nav.step(report, -1);
            }
            ReaderCommand::ScrolledTo(section) => nav.current = section,
            ReaderCommand::StepTextScale(steps) => self.settings.step_text_scale(steps),
            ReaderCommand::ResetTextScale => self.settings.text_scale = 1.0,
            ReaderCommand::ToggleToc => *self.toc = Some(!self.toc_shown),
            ReaderCommand::ShowSource(indicator) => {
                return nav
                    .show_quote(report, indicator)
                    .then_some(ForCharts::Highlight(indicator));
            }
            ReaderCommand::ShowFigure(indicator) => {
                // The figure is the one thing marked now, not a sentence shown before.
                nav.highlight = None;
                return Some(ForCharts::ShowFigure(indicator));
            }
            ReaderCommand::ClosePopup => *self.popup = None,
        }
        None
    }
}
