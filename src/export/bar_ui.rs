//! The export controls under the chart (the chart panel draws them where it lays them out): export (PNG or SVG), copy, export all; the format, the
//! layout size (newsroom presets or a width of the user's, whatever the panel's width) and the
//! density. Every control is named for screen readers and says in its hover text what it does.

use egui::Ui;

use crate::export::command::ExportCommand;
use crate::settings::export_options::{
    CUSTOM_WIDTHS, ExportFormat, ExportScale, ExportSize, Target,
};
use crate::shortcuts::Action;
use crate::ui::strings;

/// What the export controls need to know.
#[derive(Clone, Copy, Debug)]
pub struct ExportControls {
    /// The remembered density.
    pub scale: ExportScale,
    /// The remembered layout size.
    pub size: ExportSize,
    /// PNG or SVG.
    pub format: ExportFormat,
    /// An export is running: its buttons are disabled.
    pub busy: bool,
}

/// Draws the export controls into a row that wraps (the caller's); returns what was asked for.
#[must_use]
pub fn export_bar_ui(ui: &mut Ui, export: &ExportControls) -> Vec<ExportCommand> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    // Each button on its own, so the row wraps between them; all wait while an export runs.
    let label = crate::i18n::fill::fill(s.export, &[("format", &export.format.label())]);
    let export_hint = s.keyed(s.export_hint, ui.ctx(), Action::Export);
    let copy_hint = s.keyed(s.copy_image_hint, ui.ctx(), Action::CopyImage);
    for (text, hint, command) in [
        (
            label.as_str(),
            export_hint.as_str(),
            ExportCommand::Export(Target::AskFile),
        ),
        (
            s.copy_image,
            copy_hint.as_str(),
            ExportCommand::Export(Target::Clipboard),
        ),
        (
            s.export_all,
            s.export_all_hint,
            ExportCommand::ExportAll(None),
        ),
    ] {
        if ui
            .add_enabled(!export.busy, egui::Button::new(text))
            .on_hover_text(hint)
            .clicked()
        {
            commands.push(command);
            // Drawn in a menu (a short chart panel), the export closes it; the options
            // below leave it open, to be set together.
            ui.close_kind(egui::UiKind::Menu);
        }
    }
    ui.separator();
    for format in ExportFormat::ALL {
        if ui
            .selectable_label(export.format == format, format.label())
            .on_hover_text(s.export_format)
            .clicked()
            && export.format != format
        {
            commands.push(ExportCommand::SetExportFormat(format));
        }
    }
    ui.separator();
    size_ui(ui, export, &mut commands);
    ui.separator();
    scale_ui(ui, export, &mut commands);
    commands
}

/// The size of the image: a preset or a width of the user's.
fn size_ui(ui: &mut Ui, export: &ExportControls, commands: &mut Vec<ExportCommand>) {
    let s = strings::of(ui.ctx());
    let caption = ui.label(s.export_size);
    let name = |size: ExportSize| match size {
        ExportSize::Column => s.size_column,
        ExportSize::Square => s.size_square,
        ExportSize::Slide => s.size_slide,
        ExportSize::Custom(_) => s.size_custom,
    };
    let custom = match export.size {
        ExportSize::Custom(w) => ExportSize::Custom(w),
        _ => ExportSize::Custom(800),
    };
    egui::ComboBox::from_id_salt("export-size")
        .selected_text(name(export.size))
        .show_ui(ui, |ui| {
            for size in ExportSize::PRESETS.into_iter().chain([custom]) {
                let chosen = std::mem::discriminant(&size) == std::mem::discriminant(&export.size);
                if ui.selectable_label(chosen, name(size)).clicked() && !chosen {
                    commands.push(ExportCommand::SetExportSize(size));
                }
            }
        })
        .response
        .labelled_by(caption.id)
        .on_hover_text(s.export_size_hint);
    if let ExportSize::Custom(w) = export.size {
        let mut width = w;
        let caption = ui.label(s.custom_width);
        ui.add(
            egui::DragValue::new(&mut width)
                .range(CUSTOM_WIDTHS)
                .suffix(" px"),
        )
        .labelled_by(caption.id);
        if width != w {
            commands.push(ExportCommand::SetExportSize(ExportSize::Custom(width)));
        }
    }
}

/// The density (1×, 2×, 3×) of an image whose size is in points.
fn scale_ui(ui: &mut Ui, export: &ExportControls, commands: &mut Vec<ExportCommand>) {
    let s = strings::of(ui.ctx());
    ui.add_enabled_ui(export.size.uses_density(), |ui| {
        for scale in ExportScale::ALL {
            let hint = if export.size.uses_density() {
                s.export_scale_hint
            } else {
                s.fixed_pixels
            };
            if ui
                .selectable_label(export.scale == scale, scale.label())
                .on_hover_text(hint)
                .on_disabled_hover_text(hint)
                .clicked()
                && export.scale != scale
            {
                commands.push(ExportCommand::SetExportScale(scale));
            }
        }
    });
}
