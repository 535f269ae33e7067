//! The bar over an imported report: where its text came from, what the importer found, the
//! encoding it was read in (with a button to read it again in another), and while an import
//! runs, that it does.

use egui::Ui;
use jiedu_import::TextEncoding;

use crate::i18n::fill::fill;
use crate::open::command::OpenAsks;
use crate::open::command::OpenCommand;
use crate::open::folder_job::FolderJob;
use crate::open::import_job::ImportJob;
use crate::open::imported::{ImportSource, ImportedText, read_as};
use crate::report::Report;
use crate::ui::strings;

/// The encodings a user can switch between: Chinese text on a Chinese system is one of these.
const SWITCHABLE: [TextEncoding; 2] = [TextEncoding::Utf8, TextEncoding::Gb18030];

/// What the importer left out of the text, in the user's words (`略去了页面末尾 285 字：责任编辑：…`).
#[must_use]
pub fn left_out_text(s: &crate::i18n::Strings, left: &jiedu_import::LeftOut) -> String {
    let footer = left
        .footer
        .as_ref()
        .map(|(first, n)| fill(s.left_out_footer_n, &[("n", n), ("first", first)]));
    let captions = (!left.captions.is_empty()).then(|| {
        fill(
            s.left_out_captions_n,
            &[("n", &left.captions.len()), ("first", &left.captions[0])],
        )
    });
    footer
        .into_iter()
        .chain(captions)
        .collect::<Vec<_>>()
        .join(s.clause_separator)
}

/// Draws the import bar: progress while `job` runs, else what `imported` made of `report`.
pub fn import_bar_ui<C: OpenAsks>(
    ui: &mut Ui,
    job: Option<&ImportJob>,
    imported: Option<&ImportedText>,
    report: &Report,
) -> Vec<C> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    let name = |source: &ImportSource| {
        source.path().and_then(|p| p.file_name()).map_or_else(
            || s.pasted_text.to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    ui.horizontal_wrapped(|ui| {
        if let Some(job) = job {
            ui.spinner();
            ui.label(fill(s.importing_n, &[("name", &name(&job.source))]));
            return;
        }
        let Some(text) = imported else {
            return;
        };
        ui.label(fill(
            s.imported_n,
            &[
                ("name", &name(&text.source)),
                ("chapters", &report.chapters.len()),
                ("figures", &report.indicators.len()),
                ("charts", &report.charts.len()),
                ("encoding", &read_as(s, text.form, text.encoding)),
            ],
        ));
        if let Some(left) = &text.left_out {
            ui.label(left_out_text(s, left))
                .on_hover_text(s.left_out_hint);
        }
        crate::data_view::waiting_ui::to_review_ui(ui, report, &mut commands);
        // A Word document or a PDF says its own encoding: nothing to read again.
        let decoded = matches!(
            text.form,
            jiedu_import::Form::Text | jiedu_import::Form::WebPage
        );
        for encoding in SWITCHABLE
            .into_iter()
            .filter(|e| decoded && *e != text.encoding)
        {
            let label = fill(s.reimport_as_n, &[("encoding", &encoding.name())]);
            if ui.button(label).on_hover_text(s.reimport_hint).clicked() {
                commands.push(OpenCommand::ReimportAs(encoding).into());
            }
        }
    });
    commands
}

/// The bar of a folder import: how far it got, and a button that stops it after the text being
/// read.
pub fn folder_bar_ui<C: From<OpenCommand>>(ui: &mut Ui, job: &FolderJob) -> Vec<C> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.spinner();
        let folder = job.folder.file_name().map_or_else(
            || job.folder.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let total = job.total.map_or_else(|| "…".to_owned(), |n| n.to_string());
        ui.label(fill(
            s.importing_folder_n,
            &[("folder", &folder), ("done", &job.done), ("total", &total)],
        ));
        if ui
            .add_enabled(!job.cancelled(), egui::Button::new(s.cancel_folder_import))
            .clicked()
        {
            commands.push(OpenCommand::CancelFolderImport.into());
        }
    });
    commands
}
