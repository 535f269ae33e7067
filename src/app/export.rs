//! What the app does with the export's commands: the export asked for, its options (kept in
//! the settings), the folder opened after it, its notice.

use super::JieduApp;
use crate::command::ExportCommand;

impl JieduApp {
    /// Applies a command of export.
    pub(super) fn apply_export(&mut self, command: ExportCommand) {
        match command {
            ExportCommand::Export(target) => self.export_shown(target),
            ExportCommand::ExportAll(folder) => self.export.start_all(folder),
            ExportCommand::SetExportScale(scale) => self.settings.export_scale = scale,
            ExportCommand::SetExportSize(size) => self.settings.export_size = size,
            ExportCommand::SetExportFormat(format) => self.settings.export_format = format,
            ExportCommand::OpenFolder(folder) => self.export.open_folder(&folder),
            ExportCommand::DismissNotice => self.export.notice = None,
        }
    }
}
