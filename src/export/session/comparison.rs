//! The figures of the comparison of reports (the targets side by side, the chart over the
//! years) exported as images, through the same offscreen renderer, sizes, formats, dialog and
//! notices as a chart.

use std::path::PathBuf;

use super::{Compared, ExportEnv, ExportSession};
use crate::compare::chart_ui::CompareView;
use crate::export::{ExportError, Target};

impl ExportSession {
    /// A figure of the comparison of reports as an image, with a source line naming every
    /// report used.
    pub(super) fn export_comparison(
        &mut self,
        ctx: &egui::Context,
        frame: &eframe::Frame,
        env: &ExportEnv<'_>,
        (target, figure): (Target, Compared),
    ) -> Option<PathBuf> {
        let Some(view) = env.comparison.as_ref() else {
            self.fail(&ExportError::NotShown);
            return None;
        };
        let layout = env.size.layout(env.scale);
        let lang = self.lang;
        let s = self.s();
        let (height, title) = match figure {
            Compared::Targets => (targets_height(view), s.targets_heading.to_owned()),
            Compared::Timeline => (
                timeline_height(view),
                crate::compare::chart_ui::timeline_title(s, view.timeline),
            ),
        };
        let rendered = self.offscreen(frame).and_then(|o| {
            crate::export::render_plain(o, (env.theme, lang), layout, height, |ui| {
                let mut rect = None;
                egui::CentralPanel::default()
                    .frame(egui::Frame::new().fill(ui.visuals().panel_fill))
                    .show(ui, |ui| {
                        rect = Some(match figure {
                            Compared::Targets => {
                                crate::compare::chart_ui::comparison_figure_ui(ui, view)
                            }
                            Compared::Timeline => {
                                crate::compare::chart_ui::timeline_figure_ui(ui, view)
                            }
                        });
                    });
                rect
            })
        });
        match rendered {
            Ok(rendered) => self.deliver(ctx, frame, env, (target, &title), rendered),
            Err(e) => {
                self.fail(&e);
                None
            }
        }
    }
}

/// Tall enough for every panel of the targets in one column: a line per report that states
/// the target, and its name and axis; the image is cropped to the figure.
fn targets_height(view: &CompareView<'_>) -> f32 {
    let lines: usize = crate::compare::targets_ui::drawn_rows(view.rows)
        .into_iter()
        .map(|r| view.rows[r].said.iter().flatten().count() + 3)
        .sum();
    360.0 + 22.0 * lines as f32 + 40.0 * view.pairs.len() as f32
}

/// Tall enough for every region's panel of the chart over the years in one column, and the
/// figures it lists as not drawn.
fn timeline_height(view: &CompareView<'_>) -> f32 {
    let panels = view.timeline.tracks.len() as f32;
    480.0 + 260.0 * panels + 20.0 * view.timeline.undrawn.len() as f32
}
