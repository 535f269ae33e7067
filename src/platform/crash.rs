//! A window taken away from outside (closed by another X client, its display gone) makes the
//! window layer (winit, egui-winit) panic on its next call; that is no bug of Jiedu's and the
//! user's work is already kept (the autosave after every review step, the settings when the app
//! is dropped). Such a panic ends the app quietly, with one line in the log; any other panic is
//! logged with where it happened and then reported as before.

use std::sync::atomic::{AtomicBool, Ordering};

/// The last panic came from the window layer.
static WINDOW_LAYER: AtomicBool = AtomicBool::new(false);

/// The crates whose panics mean the window is gone, by the path of their source.
const WINDOW_CRATES: [&str; 3] = ["/winit-", "/egui-winit-", "/x11rb-"];

/// Whether a panic at `file` (its source path) is one of the window layer's.
#[must_use]
pub fn in_window_layer(file: &str) -> bool {
    WINDOW_CRATES.iter().any(|c| file.contains(c))
}

/// Logs every panic; prints the usual report only for panics outside the window layer.
pub fn install_hook() {
    let usual = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let file = info.location().map_or("", |l| l.file());
        let window = in_window_layer(file);
        WINDOW_LAYER.store(window, Ordering::SeqCst);
        if window {
            let said = info.payload_as_str().unwrap_or("");
            log::warn!("the window went away from outside ({file}: {said}); ending");
        } else {
            log::error!("panic: {info}");
            usual(info);
        }
    }));
}

/// Runs `window` (the event loop); a panic of the window layer ends it as a normal close,
/// any other panic goes on unwinding.
///
/// # Errors
/// What `window` returns.
pub fn quietly_if_window_goes(window: impl FnOnce() -> eframe::Result) -> eframe::Result {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(window)) {
        Ok(result) => result,
        Err(_) if WINDOW_LAYER.load(Ordering::SeqCst) => Ok(()),
        Err(payload) => std::panic::resume_unwind(payload),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_layer_is_told_by_its_source_path() {
        assert!(in_window_layer(
            "/root/.cargo/registry/src/index.crates.io-x/winit-0.30.13/src/platform_impl/linux/x11/window.rs"
        ));
        assert!(!in_window_layer("src/app/frame.rs"));
        assert!(!in_window_layer(
            "/root/.cargo/registry/src/x/egui-0.37.0/src/context.rs"
        ));
    }
}
