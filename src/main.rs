//! Starts the Jiedu window (or hands the command line to [`jiedu::cli`]). Everything else lives
//! in the library. In a Windows release build there is no console window.

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn options(renderer: eframe::Renderer, title: &str) -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id(jiedu::APP_ID)
        .with_inner_size([1200.0, 800.0])
        .with_min_inner_size([640.0, 420.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(jiedu::ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        renderer,
        // The bundled font covers the text; never depend on what the OS has installed.
        system_font_fallback: false,
        ..Default::default()
    }
}

fn main() -> std::process::ExitCode {
    jiedu::platform::startup::mark_start();
    let (file, verbose) = match jiedu::cli::run(std::env::args_os().skip(1)) {
        jiedu::cli::Launch::Window { file, verbose } => (file, verbose),
        jiedu::cli::Launch::Exit(code) => return std::process::ExitCode::from(code),
    };
    let _log = jiedu::platform::logging::init(verbose);
    jiedu::platform::crash::install_hook();
    // The app names the report in the title on its first frame; parsing the report here too
    // would only delay the window.
    let title = "解读 Jiedu".to_owned();
    let mut errors = Vec::new();
    // If the first renderer cannot start (no GPU, an old driver, a VM), try the other.
    for renderer in jiedu::platform::startup::renderers() {
        let file = file.clone();
        // A window taken away from outside ends the app as a close does (the app is dropped,
        // its settings kept), not with a panic of the window layer.
        match jiedu::platform::crash::quietly_if_window_goes(|| {
            eframe::run_native(
                jiedu::APP_ID,
                options(renderer, &title),
                Box::new(move |cc| Ok(Box::new(jiedu::JieduApp::new(cc, file)))),
            )
        }) {
            Ok(()) => return std::process::ExitCode::SUCCESS,
            Err(e) => {
                log::error!("the {renderer} renderer did not start: {e}");
                errors.push(format!("{renderer}: {e}"));
            }
        }
    }
    jiedu::platform::startup::report_no_renderer(&errors);
    std::process::ExitCode::FAILURE
}
