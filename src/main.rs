//! Starts the Jiedu window (or hands the command line to [`jiedu::cli`]). Everything else lives
//! in the library.

fn main() -> eframe::Result {
    let file = match jiedu::cli::run(std::env::args_os().skip(1)) {
        jiedu::cli::Launch::Window(file) => file,
        jiedu::cli::Launch::Exit(code) => std::process::exit(code),
    };
    let title = jiedu::report::Report::embedded()
        .map_or_else(|_| "解读".to_owned(), |r| jiedu::window_title(&r));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id(jiedu::APP_ID)
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 420.0]),
        // The bundled font covers the text; never depend on what the OS has installed.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        jiedu::APP_ID,
        options,
        Box::new(|cc| Ok(Box::new(jiedu::JieduApp::new(cc, file)))),
    )
}
