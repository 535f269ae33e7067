//! PNG files: encoding, and writing them so that a failure never leaves a half-written file
//! behind or damages the file that was there before.

use std::path::Path;

use egui::ColorImage;

use super::ExportError;
use crate::storage::write_atomically;

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

#[cfg(test)]
mod tests {
    use super::*;
    use egui::Color32;

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
}
