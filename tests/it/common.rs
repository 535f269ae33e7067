//! Shared set-up for the UI tests: the whole app in a kittest harness, from default settings.

use egui_kittest::Harness;
use jiedu::JieduApp;
use jiedu::settings::Settings;

/// Width of the navigator; anything right of it is the reading view or the toolbar.
pub const NAVIGATOR_RIGHT: f32 = 250.0;

/// The app at 1280×800, default settings, a few frames run.
pub fn harness() -> Harness<'static, JieduApp> {
    harness_sized(1280.0, 800.0)
}

/// The app at the given size.
pub fn harness_sized(width: f32, height: f32) -> Harness<'static, JieduApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        // Tooltips fade in over a few frames.
        .with_max_steps(12)
        .build_eframe(|cc| JieduApp::with_settings(&cc.egui_ctx, Settings::default()));
    harness.run();
    harness
}

/// Id of the section the reader is in.
pub fn current_id(harness: &Harness<'_, JieduApp>) -> String {
    harness
        .state()
        .current_section()
        .map(|s| s.id.clone())
        .unwrap_or_default()
}

/// The message of the report that could not be opened (panics when the last open worked).
pub fn open_failure(harness: &Harness<'_, JieduApp>) -> String {
    match &harness.state().opening.failure {
        Some(failure) => failure.message.clone(),
        None => panic!("the last report opened"),
    }
}
