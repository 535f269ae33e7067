//! "Export all": one chart rendered and written per frame (in the format and size chosen), so the progress notice updates
//! between charts; failures are collected and reported together at the end.

use std::path::PathBuf;

use super::state::Batch;
use super::{ExportEnv, ExportSession};
use crate::charts::data::{ChartData, ChartRef};
use crate::export::{ExportError, file_name_as, render_figure, save_figure, today, unused};
use crate::notice::NoticeKind;

impl ExportSession {
    pub(super) fn begin_batch(&mut self, folder: PathBuf) {
        self.batch = Some(Batch {
            folder,
            next: 0,
            written: 0,
            errors: Vec::new(),
        });
    }

    /// Renders and writes the next chart of "export all".
    pub(super) fn batch_step(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
    ) -> Option<PathBuf> {
        let s = self.s();
        let total = env.view.all(env.report).count();
        let mut batch = self.batch.take()?;
        if batch.next < total {
            let number = batch.next;
            batch.next += 1;
            let result = env
                .view
                .all(env.report)
                .nth(number)
                .and_then(|chart| chart_data(env, chart))
                .ok_or_else(|| ExportError::NoSuchChart(number.to_string()))
                .and_then(|data| {
                    if data.bars.is_empty() {
                        Err(ExportError::NothingToDraw(data.title.clone()))
                    } else {
                        Ok(data)
                    }
                })
                .and_then(|data| {
                    let text = env.text(&data, self.lang);
                    let spec = env.spec(&data, &text, self.lang, false);
                    let figure = render_figure(self.offscreen(frame)?, &spec)?;
                    // Named in the export's language; a file already there stays.
                    let name = file_name_as(s.data_title(&data), &today(), env.format);
                    save_figure(&unused(batch.folder.join(name)), &figure, env.format)
                });
            match result {
                Ok(()) => batch.written += 1,
                Err(e) => batch.errors.push(e.to_string()),
            }
            self.notify(NoticeKind::Progress, s.exporting(batch.next, total));
            self.batch = Some(batch);
            ctx.request_repaint();
            return None;
        }
        let mut text = s.exported_all(batch.written, total, &batch.folder);
        if batch.errors.is_empty() {
            self.notify(NoticeKind::Done(Some(batch.folder.clone())), text);
            Some(batch.folder)
        } else {
            for e in &batch.errors {
                text.push('\n');
                text.push_str(e);
            }
            self.notify(NoticeKind::Failed, text);
            None
        }
    }
}

/// The bars of chart `chart` (a report chart or a custom one) in `env.sort` order.
fn chart_data(env: &ExportEnv<'_>, chart: ChartRef) -> Option<ChartData> {
    let mut view = env.view.clone();
    view.select(env.report, chart, env.sort);
    view.data
}
