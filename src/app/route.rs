//! The app hands each feature's command to the feature, with the parts of the app's state it
//! changes (one struct a feature: `Reading`, `Charting`, `Tabling`, …), and passes on what the
//! feature hands back for a feature above it (the reader's sentence shown marks a bar; the
//! table's ticked rows become a chart). The larger hand-backs have files of their own
//! (`open`, `unsaved` for the review, `compare`).

use super::JieduApp;
use crate::command::{ExportCommand, ReaderCommand, SearchCommand, TableCommand};

impl JieduApp {
    /// Applies a command of the search (a match shown moves the reading place).
    pub(super) fn apply_search(&mut self, command: SearchCommand) {
        let doc = &mut self.doc;
        doc.search.apply(command, &doc.report, &mut doc.nav);
    }

    /// Applies a command of the data table, and makes the chart of its ticked rows if asked.
    pub(super) fn apply_table(&mut self, command: TableCommand) {
        let doc = &mut self.doc;
        let tabling = crate::data_view::apply::Tabling {
            report: &doc.report,
            table: &mut doc.data_view,
            side_tab: &mut self.side_tab,
            wide_table: &mut self.wide_table,
            clipboard: &mut self.pending_copy,
            csv: &mut self.csv,
            s: crate::i18n::strings(self.settings.lang),
        };
        if tabling.apply(command).is_some() {
            self.charting().chart_ticked();
        }
    }

    /// Applies a command of the export, of the chart shown.
    pub(super) fn apply_export(&mut self, command: ExportCommand) {
        let shown = self.doc.charts.data.as_ref();
        self.export.apply(command, &mut self.settings, shown);
    }

    /// Applies a command of the reader, and passes on what it asks of the chart panel.
    pub(super) fn apply_reader(&mut self, command: ReaderCommand) {
        let toc_shown = self.toc_shown();
        let doc = &mut self.doc;
        let reading = crate::reader::apply::Reading {
            report: &doc.report,
            nav: &mut doc.nav,
            settings: &mut self.settings,
            popup: &mut doc.popup,
            toc: &mut self.toc,
            toc_shown,
        };
        if let Some(asked) = reading.apply(command) {
            self.charting().follow(asked);
        }
    }

    /// What the chart panel's commands change, and what others ask of it.
    pub(super) fn charting(&mut self) -> crate::charts::apply::Charting<'_> {
        let doc = &mut self.doc;
        crate::charts::apply::Charting {
            report: &doc.report,
            view: &mut doc.charts,
            settings: &mut self.settings,
            nav: &mut doc.nav,
            popup: &mut doc.popup,
            table: &mut doc.data_view,
            side_tab: &mut self.side_tab,
        }
    }

    /// Saving the data table as a CSV file.
    pub(super) fn csv_file(&mut self) -> crate::data_view::csv_file::CsvFile<'_> {
        crate::data_view::csv_file::CsvFile {
            report: &self.doc.report,
            table: &mut self.doc.data_view,
            dialog: &mut self.csv,
            folder: self.settings.export_folder.as_deref(),
            s: crate::i18n::strings(self.settings.lang),
        }
    }
}
