//! What the export's commands do, in the export's folder: an export asked for, its options
//! (kept in the settings), the folder opened after it, its notice.

use crate::charts::data::ChartData;
use crate::export::command::ExportCommand;
use crate::export::{ExportError, ExportSession, Notice, NoticeKind, Target};
use crate::settings::Settings;

impl ExportSession {
    /// Applies `command`; `shown` is the chart on screen, the one an export of it draws.
    pub fn apply(
        &mut self,
        command: ExportCommand,
        settings: &mut Settings,
        shown: Option<&ChartData>,
    ) {
        match command {
            ExportCommand::Export(target) => self.start_unless_empty(target, shown, settings),
            ExportCommand::ExportAll(folder) => self.start_all(folder),
            ExportCommand::SetExportScale(scale) => settings.export_scale = scale,
            ExportCommand::SetExportSize(size) => settings.export_size = size,
            ExportCommand::SetExportFormat(format) => settings.export_format = format,
            ExportCommand::OpenFolder(folder) => self.open_folder(&folder),
            ExportCommand::DismissNotice => self.notice = None,
        }
    }

    /// Exports the chart shown, unless it has no bar yet (every figure waits for review): then
    /// the notice says so instead of writing an empty image.
    fn start_unless_empty(
        &mut self,
        target: Target,
        shown: Option<&ChartData>,
        settings: &Settings,
    ) {
        match shown {
            Some(data) if data.bars.is_empty() => {
                let why = ExportError::NothingToDraw(data.title.clone());
                let s = crate::i18n::strings(settings.lang);
                self.notice = Some(Notice::new(NoticeKind::Failed, why.describe(s)));
            }
            _ => self.start(target),
        }
    }
}
