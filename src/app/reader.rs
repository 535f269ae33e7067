//! What the app does with the reader's commands: moving through the text, the reading size,
//! the contents, from a bar to its sentence and from a figure to its chart.

use super::JieduApp;
use crate::command::ReaderCommand;

impl JieduApp {
    /// Applies a command of reader.
    pub(super) fn apply_reader(&mut self, command: ReaderCommand) {
        match command {
            ReaderCommand::GoTo(target) => {
                if self.doc.report.section(target).is_some() {
                    self.doc.nav.go_to(target);
                }
            }
            ReaderCommand::NextSection => {
                self.doc.nav.step(&self.doc.report, 1);
            }
            ReaderCommand::PrevSection => {
                self.doc.nav.step(&self.doc.report, -1);
            }
            ReaderCommand::ScrolledTo(section) => self.doc.nav.current = section,
            ReaderCommand::StepTextScale(steps) => self.settings.step_text_scale(steps),
            ReaderCommand::ResetTextScale => self.settings.text_scale = 1.0,
            ReaderCommand::ToggleToc => self.toc = Some(!self.toc_shown()),
            ReaderCommand::ShowSource(indicator) => {
                if self.doc.nav.show_quote(&self.doc.report, indicator) {
                    self.doc.charts.highlight = Some(indicator);
                }
            }
            ReaderCommand::ShowFigure(indicator) => {
                // The figure is the one thing marked now, not a sentence shown before.
                self.doc.nav.highlight = None;
                self.show_figure(indicator);
            }
            ReaderCommand::ClosePopup => self.doc.popup = None,
        }
    }
}
