//! The baseline of the startup benchmark (`scripts/bench-startup.sh`): a bare eframe window with
//! one label, built with the same eframe features, renderer and profile as Jiedu. It prints the
//! same first-frame marker when `JIEDU_FIRST_FRAME` asks for it.

struct Hello;

impl eframe::App for Hello {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        jiedu::platform::startup::first_frame_marker(ui.ctx());
        if ui.ctx().cumulative_frame_nr() == 0 {
            jiedu::platform::startup::milestone("ui-start");
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
        if ui.ctx().cumulative_frame_nr() == 0 {
            jiedu::platform::startup::milestone("ui");
        }
    }
}

fn main() -> eframe::Result {
    jiedu::platform::startup::mark_start();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1200.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "jiedu-hello",
        options,
        Box::new(|_| {
            jiedu::platform::startup::milestone("window");
            Ok(Box::new(Hello))
        }),
    )
}
