//! PNG files: encoding, and writing them so that a failure never leaves a half-written file
//! behind or damages the file that was there before.

use std::io::Write;
use std::path::Path;

use egui::ColorImage;

use super::ExportError;

/// Encodes an image as an 8-bit RGBA PNG.
///
/// # Errors
/// When the image is empty or the encoder fails.
pub fn encode_png(image: &ColorImage) -> Result<Vec<u8>, ExportError> {
    let [w, h] = image.size;
    if w == 0 || h == 0 {
        return Err(ExportError::Encode(format!("图像为空（{w}×{h}）")));
    }
    let mut bytes = Vec::with_capacity(w * h * 4);
    for pixel in &image.pixels {
        bytes.extend_from_slice(&pixel.to_srgba_unmultiplied());
    }
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or_else(|| ExportError::Encode("像素数与尺寸不符".to_owned()))?;
    let mut out = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    Ok(out.into_inner())
}

/// Encodes `image` as PNG and writes it to `path` atomically: what every export does.
///
/// # Errors
/// When encoding or writing fails; `path` is then unchanged.
pub fn save_png(path: &Path, image: &ColorImage) -> Result<(), ExportError> {
    write_atomically(path, &encode_png(image)?)
}

/// Writes `figure` to `path` as `format` (atomically, as [`save_png`]).
///
/// # Errors
/// When encoding or writing fails; `path` is then unchanged.
pub fn save_figure(
    path: &Path,
    figure: &super::Figure,
    format: super::ExportFormat,
) -> Result<(), ExportError> {
    match format {
        super::ExportFormat::Png => save_png(path, &figure.image),
        super::ExportFormat::Svg => write_atomically(path, figure.svg().as_bytes()),
    }
}

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
    use egui::Color32;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().expect("temp dir")
    }

    #[test]
    fn png_decodes_to_the_same_size_and_pixels() {
        let mut image = ColorImage::filled([7, 3], Color32::WHITE);
        image.pixels[4] = Color32::from_rgb(200, 10, 30);
        let bytes = encode_png(&image).expect("encodes");
        let decoded = image::load_from_memory(&bytes).expect("decodes").to_rgba8();
        assert_eq!(decoded.dimensions(), (7, 3));
        assert_eq!(decoded.get_pixel(4, 0).0, [200, 10, 30, 255]);
    }

    #[test]
    fn an_empty_image_is_an_error_not_a_file() {
        // Empty in either direction, said in the same words.
        for size in [[0, 0], [0, 3], [3, 0]] {
            let image = ColorImage::filled(size, Color32::WHITE);
            match encode_png(&image) {
                Err(ExportError::Encode(why)) => assert!(why.starts_with("图像为空"), "{why}"),
                other => panic!("{size:?}: {other:?}"),
            }
        }
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
