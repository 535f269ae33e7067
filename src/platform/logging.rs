//! Errors and warnings go to a log file (`jiedu_rCURRENT.log`) in the app's data folder (the folder eframe keeps its
//! settings in), rotated at 1 MB with three old files kept, so a user can send it when
//! something went wrong. `--verbose` logs more. Nothing is ever sent anywhere.

use std::path::PathBuf;

use flexi_logger::{Age, Cleanup, Criterion, FileSpec, Logger, LoggerHandle, Naming, WriteMode};

/// The file being written; rotated ones are `jiedu_r00000.log`, `jiedu_r00001.log` …
pub const LOG_FILE: &str = "jiedu_rCURRENT.log";

/// Size at which the log file is rotated.
const ROTATE_BYTES: u64 = 1024 * 1024;
/// Rotated files kept besides the current one.
const KEEP_FILES: usize = 3;

/// The folder of the log file: the app's data folder (`~/.local/share/jiedu` on Linux,
/// `%APPDATA%\jiedu\data` on Windows, `~/Library/Application Support/jiedu` on macOS).
#[must_use]
pub fn log_folder() -> Option<PathBuf> {
    eframe::storage_dir(crate::APP_ID)
}

/// Starts logging to `<data folder>/jiedu_rCURRENT.log` (and warnings to stderr). Returns the handle to
/// keep alive, or `None` (with a line on stderr) when no log file can be opened: the app runs
/// without one.
#[must_use]
pub fn init(verbose: bool) -> Option<LoggerHandle> {
    let spec = if verbose {
        "info, jiedu=debug"
    } else {
        // winit warns about every X server quirk; those are not the user's problem.
        "warn, winit=error"
    };
    let folder = log_folder()?;
    let started = Logger::try_with_str(spec)
        .map(|l| {
            l.log_to_file(
                FileSpec::default()
                    .directory(&folder)
                    .basename("jiedu")
                    .suppress_timestamp(),
            )
            .rotate(
                Criterion::AgeOrSize(Age::Day, ROTATE_BYTES),
                Naming::Numbers,
                Cleanup::KeepLogFiles(KEEP_FILES),
            )
            .append()
            .duplicate_to_stderr(flexi_logger::Duplicate::Warn)
            .write_mode(WriteMode::Direct)
            .start()
        })
        .and_then(|r| r);
    match started {
        Ok(handle) => Some(handle),
        Err(e) => {
            eprintln!("jiedu: no log file in {}: {e}", folder.display());
            None
        }
    }
}
