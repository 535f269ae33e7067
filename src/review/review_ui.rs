//! The review controls of the data table: a figure's state with accept and reject buttons
//! (and the keys A and R on its row), the state filter, and the count of figures to check.

use egui::Ui;

use crate::i18n::fill::fill;
use crate::report::{Report, Review};
use crate::review::command::ReviewCommand;
use crate::shortcuts::Action;
use crate::ui::strings;

/// The states in the order a reviewer meets them.
const STATES: [Review; 5] = [
    Review::Unreviewed,
    Review::Auto,
    Review::Accepted,
    Review::Corrected,
    Review::Rejected,
];

/// Whether `report` is under review (it came from the importer).
#[must_use]
pub fn in_review(report: &Report) -> bool {
    report.indicators.iter().any(|i| i.review.is_some())
}

/// The state filter of the data table.
pub fn review_filter_ui(ui: &mut Ui, filter: &mut Option<Review>) {
    let s = strings::of(ui.ctx());
    let caption = ui.label(s.review_col);
    egui::ComboBox::from_id_salt("review-filter")
        .selected_text(filter.map_or(s.any_review, |r| s.review_state(r)))
        .show_ui(ui, |ui| {
            ui.selectable_value(filter, None, s.any_review);
            for state in STATES {
                ui.selectable_value(filter, Some(state), s.review_state(state));
            }
        })
        .response
        .labelled_by(caption.id);
}

/// The review cell of figure `indicator`: its state (with why to check it, where the importer
/// was unsure), accept and reject.
pub fn review_cell_ui<C: From<ReviewCommand>>(
    ui: &mut Ui,
    indicator: usize,
    ind: &crate::report::Indicator,
    commands: &mut Vec<C>,
) {
    let s = strings::of(ui.ctx());
    let Some(state) = ind.review else {
        return;
    };
    // One line: the table's rows have one height.
    let asked = ui
        .horizontal(|ui| {
            match ind.doubt.as_deref().filter(|_| state == Review::Unreviewed) {
                Some(doubt) => {
                    ui.label(format!("⚠ {}", s.review_state(state)))
                        .on_hover_text(fill(s.doubt_hint_n, &[("doubt", &doubt)]));
                }
                None => {
                    ui.label(s.review_state(state));
                }
            }
            let accept = ui.small_button(s.accept).on_hover_text(s.accept_hint);
            let reject = ui.small_button(s.reject).on_hover_text(s.reject_hint);
            let edit = ui.small_button(s.edit).on_hover_text(s.edit_hint);
            Asked {
                accept: accept.clicked(),
                reject: reject.clicked(),
                edit: edit.clicked(),
            }
        })
        .inner;
    asked.push(indicator, commands);
}

/// Keyboard-first review: while the figure's row has the focus, A accepts it, R rejects it
/// and E opens it in the editor.
pub fn review_keys<C: From<ReviewCommand>>(ui: &Ui, indicator: usize, commands: &mut Vec<C>) {
    let asked = ui.input(|i| Asked {
        accept: Action::Accept.pressed(i),
        reject: Action::Reject.pressed(i),
        edit: Action::EditFigure.pressed(i),
    });
    asked.push(indicator, commands);
}

/// The review actions asked for a figure this frame, by button or by key.
#[derive(Clone, Copy)]
struct Asked {
    accept: bool,
    reject: bool,
    edit: bool,
}

impl Asked {
    /// Their commands, for figure `indicator`.
    fn push<C: From<ReviewCommand>>(self, indicator: usize, commands: &mut Vec<C>) {
        if self.edit {
            commands.push(ReviewCommand::EditFigure(indicator).into());
        }
        if self.accept {
            commands.push(ReviewCommand::SetReview(indicator, Review::Accepted).into());
        }
        if self.reject {
            commands.push(ReviewCommand::SetReview(indicator, Review::Rejected).into());
        }
    }
}

/// What review work would be lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsaved {
    /// Steps taken since the report was opened or saved.
    Steps(usize),
    /// A review taken back from the autosave, with this many figures decided in all (what it
    /// brought back and what was done since): discarding loses every one of them.
    Recovered(usize),
}

/// The question asked before review work that is not saved would be lost (another report
/// opened, the window closed): save, discard, or stay. It says what would really be lost.
#[must_use]
pub fn unsaved_ui<C: From<ReviewCommand>>(ctx: &egui::Context, unsaved: Unsaved) -> Vec<C> {
    let s = strings::of(ctx);
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("unsaved-review")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(s.unsaved_title);
        ui.label(match unsaved {
            Unsaved::Steps(n) => fill(s.unsaved_n, &[("n", &n)]),
            Unsaved::Recovered(n) => fill(s.unsaved_recovered_n, &[("n", &n)]),
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(s.save_report).clicked() {
                commands.push(ReviewCommand::SaveReviewThenGoOn.into());
            }
            if ui.button(s.discard_review).clicked() {
                commands.push(ReviewCommand::DiscardReview.into());
            }
            if ui.button(s.keep_review).clicked() {
                commands.push(ReviewCommand::KeepReview.into());
            }
        });
    });
    if modal.should_close() && commands.is_empty() {
        commands.push(ReviewCommand::KeepReview.into());
    }
    commands
}

/// The bar that offers back a review the last session left unsaved.
#[must_use]
pub fn recovery_bar_ui<C: From<ReviewCommand>>(ui: &mut Ui, report: &Report) -> Vec<C> {
    let s = strings::of(ui.ctx());
    let mut commands = Vec::new();
    let reviewed = crate::review::history::decided(report);
    ui.horizontal_wrapped(|ui| {
        ui.label(fill(
            s.recovery_n,
            &[("title", &report.meta.title), ("n", &reviewed)],
        ));
        if ui.button(s.restore_review).clicked() {
            commands.push(ReviewCommand::RestoreReview.into());
        }
        if ui.button(s.drop_recovery).clicked() {
            commands.push(ReviewCommand::DropRecovery.into());
        }
    });
    commands
}
