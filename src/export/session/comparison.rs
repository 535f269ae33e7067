//! The comparison of reports exported as an image, through the same offscreen renderer,
//! sizes, formats, dialog and notices as a chart.

use std::path::PathBuf;

use super::{ExportEnv, ExportSession};
use crate::export::{ExportError, Target};

impl ExportSession {
    /// The comparison of reports as an image: the grouped bars, the targets against results and
    /// a source line naming every report used.
    pub(super) fn export_comparison(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
        target: Target,
    ) -> Option<PathBuf> {
        let Some(view) = env.comparison.as_ref() else {
            self.fail(&ExportError::NotShown);
            return None;
        };
        let layout = env.size.layout(env.scale);
        // Tall enough for every panel in one column: a line per report that states the target,
        // and its name and axis; the image is cropped to the figure.
        let lines: usize = crate::compare::targets_ui::drawn_rows(view.rows)
            .into_iter()
            .map(|r| view.rows[r].said.iter().flatten().count() + 3)
            .sum();
        let height = 360.0 + 22.0 * lines as f32 + 40.0 * view.pairs.len() as f32;
        let lang = self.lang;
        let figure = self.offscreen(frame).and_then(|o| {
            crate::export::render_plain(o, (env.theme, lang), layout, height, |ui| {
                let mut rect = None;
                egui::CentralPanel::default()
                    .frame(egui::Frame::new().fill(ui.visuals().panel_fill))
                    .show(ui, |ui| {
                        rect = Some(crate::compare::chart_ui::comparison_figure_ui(ui, view));
                    });
                rect
            })
        });
        let title = self.s().targets_heading;
        match figure {
            Ok(figure) => self.deliver(ctx, frame, env, (target, title), figure),
            Err(e) => {
                self.fail(&e);
                None
            }
        }
    }
}
