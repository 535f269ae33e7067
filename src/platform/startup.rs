//! What happens around the window's start: which renderer to try first, the message when none
//! starts, and a first-frame marker that scripts and benchmarks ask for with an environment
//! variable.

use std::fmt::Write as _;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

/// Set by `main` as early as possible; the first-frame marker counts from here.
static STARTED: OnceLock<Instant> = OnceLock::new();

/// `JIEDU_FIRST_FRAME=1`: print `JIEDU_FIRST_FRAME <ms>` once the first frame was presented.
/// `JIEDU_FIRST_FRAME=quit`: print it, then close the window (smoke tests, startup benchmarks).
pub const FIRST_FRAME_VAR: &str = "JIEDU_FIRST_FRAME";

/// `JIEDU_RENDERER=glow` or `wgpu`: the renderer to try first (default wgpu, then glow).
pub const RENDERER_VAR: &str = "JIEDU_RENDERER";

/// `JIEDU_FIRST_FRAME`'s value, read once (the marker check runs every frame).
static FIRST_FRAME_MODE: OnceLock<Option<String>> = OnceLock::new();

/// Records the start of the process (call first thing in `main`).
pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

/// Milestones of the start, in ms since [`mark_start`], printed with the first-frame marker so
/// that the benchmark can tell the app's own work from the window's and the renderer's.
static MILESTONES: Mutex<Vec<(&str, f64)>> = Mutex::new(Vec::new());

/// Records `name` now (only while the first-frame marker is asked for).
pub fn milestone(name: &'static str) {
    if FIRST_FRAME_MODE
        .get_or_init(|| std::env::var(FIRST_FRAME_VAR).ok())
        .is_none()
    {
        return;
    }
    let ms = STARTED
        .get()
        .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
    if let Ok(mut m) = MILESTONES.lock() {
        m.push((name, ms));
    }
}

/// Renderers in the order to try them: wgpu (Vulkan, Metal, DX12, or GL), then glow (OpenGL),
/// unless `JIEDU_RENDERER` asks for glow first.
#[must_use]
pub fn renderers() -> [eframe::Renderer; 2] {
    let glow_first = std::env::var(RENDERER_VAR).is_ok_and(|v| v.eq_ignore_ascii_case("glow"));
    if glow_first {
        [eframe::Renderer::Glow, eframe::Renderer::Wgpu]
    } else {
        [eframe::Renderer::Wgpu, eframe::Renderer::Glow]
    }
}

/// Called once per frame with the frame number; prints the marker after the first frame was
/// presented (at the start of the second), and asks to close if told to.
pub fn first_frame_marker(ctx: &egui::Context) {
    let Some(mode) = FIRST_FRAME_MODE.get_or_init(|| std::env::var(FIRST_FRAME_VAR).ok()) else {
        return;
    };
    match ctx.cumulative_frame_nr() {
        // The first frame is being drawn; a second one follows once it is on screen.
        0 => ctx.request_repaint(),
        1 => {
            let ms = STARTED
                .get()
                .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
            let mut milestones = String::new();
            if let Ok(m) = MILESTONES.lock() {
                for (name, at) in m.iter() {
                    let _ = write!(milestones, " {name}={at:.1}");
                }
            }
            println!("{FIRST_FRAME_VAR} {ms:.1}{milestones}");
            if mode == "quit" {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        _ => {}
    }
}

/// Tells the user that no renderer could start (a message box where the OS has one, and
/// stderr), and where the log is.
pub fn report_no_renderer(errors: &[String]) {
    let log = crate::platform::logging::log_folder()
        .map(|f| {
            f.join(crate::platform::logging::LOG_FILE)
                .display()
                .to_string()
        })
        .unwrap_or_default();
    let text = format!(
        "解读无法启动：找不到可用的图形渲染方式（wgpu 与 OpenGL 都无法启动）。\n\
         Jiedu could not start: neither wgpu nor OpenGL could draw a window on this computer.\n\n{}\n\n日志 / log: {log}",
        errors.join("\n")
    );
    eprintln!("{text}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("解读 Jiedu")
        .set_description(text)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}
