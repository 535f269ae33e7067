//! Writing what Jiedu keeps (settings, the library, the review's autosave, exported files)
//! so that a crash, a full disk or a second window never leaves a half-written or empty file
//! where a good one was: a temporary file in the same folder, flushed, then renamed over it.
//! No egui here.

pub mod csv;
mod error;
pub mod name;

use std::io::Write;
use std::path::Path;

pub use error::ExportError;

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over `path`. See [`write_atomically_with`].
///
/// # Errors
/// When the folder cannot be written or the rename fails; `path` is then unchanged.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// Writes `path` atomically with `write`: whatever fails (creating the temporary file, `write`
/// itself, syncing, renaming), the file that was at `path` stays as it was and the temporary
/// file is removed.
///
/// # Errors
/// The first failure, with the path.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    let fail = |source| ExportError::Write {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".jiedu-export-").suffix(".tmp");
    // A temporary file is private (0600); the image is not: keep the permissions of the file
    // it replaces, or use the usual ones for a new file.
    if let Ok(meta) = std::fs::metadata(path) {
        builder.permissions(meta.permissions());
    } else {
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    }
    let mut temp = builder.tempfile_in(folder).map_err(fail)?;
    write(temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().expect("temp dir")
    }

    #[test]
    fn a_failed_write_leaves_the_existing_file_and_no_temporary() {
        let dir = folder();
        let path = dir.path().join("chart.png");
        std::fs::write(&path, b"the old chart").expect("seed file");
        let result = write_atomically_with(&path, |w| {
            w.write_all(b"half a new ch")?;
            Err(std::io::Error::other("disk full"))
        });
        let Err(ExportError::Write {
            path: failed,
            source,
        }) = result
        else {
            panic!("expected a write error, got {result:?}");
        };
        assert_eq!(failed, path);
        assert_eq!(source.to_string(), "disk full");
        assert_eq!(std::fs::read(&path).expect("still there"), b"the old chart");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("chart.png")]);
    }

    #[test]
    fn a_successful_write_replaces_the_file() {
        let dir = folder();
        let path = dir.path().join("chart.png");
        std::fs::write(&path, b"old").expect("seed file");
        write_atomically(&path, b"new").expect("writes");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_like_any_saved_image() {
        use std::os::unix::fs::PermissionsExt;
        let dir = folder();
        let path = dir.path().join("chart.png");
        write_atomically(&path, b"png").expect("writes");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o644);
    }

    #[test]
    fn a_missing_folder_is_reported_with_the_path() {
        let dir = folder();
        let path = dir.path().join("no-such-folder").join("chart.png");
        let err = write_atomically(&path, b"x").expect_err("must fail");
        assert!(err.to_string().contains("no-such-folder"), "{err}");
        assert!(!path.exists());
    }
}
