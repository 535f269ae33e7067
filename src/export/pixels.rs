//! Pixels of a drawn figure: the part of a window under a rect, and a figure centred on a
//! canvas of fixed size.

use egui::{Color32, ColorImage, Rect};

/// `image` centred on a canvas of exactly `size` pixels filled with `background` (cut at the
/// edges if it is larger).
#[must_use]
pub fn on_canvas(image: &ColorImage, size: [usize; 2], background: Color32) -> ColorImage {
    let mut canvas = ColorImage::filled(size, background);
    let [w, h] = image.size;
    let dx = size[0].saturating_sub(w) / 2;
    let dy = size[1].saturating_sub(h) / 2;
    for y in 0..h.min(size[1]) {
        for x in 0..w.min(size[0]) {
            canvas.pixels[(y + dy) * size[0] + x + dx] = image.pixels[y * w + x];
        }
    }
    canvas
}

/// The part of `image` (a window or canvas at `pixels_per_point`) under `rect` (points),
/// clamped to the image.
#[must_use]
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> ColorImage {
    let [w, h] = image.size;
    let px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let (x0, y0) = (px(rect.min.x, w), px(rect.min.y, h));
    let (x1, y1) = (px(rect.max.x, w).max(x0), px(rect.max.y, h).max(y0));
    image.region_by_pixels([x0, y0], [x1 - x0, y1 - y0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn crop_takes_the_rect_at_the_pixel_density() {
        let mut image = ColorImage::filled([40, 20], Color32::BLACK);
        image.pixels[5 * 40 + 10] = Color32::RED;
        let part = crop(
            &image,
            Rect::from_min_max(pos2(5.0, 2.5), pos2(10.0, 5.0)),
            2.0,
        );
        assert_eq!(part.size, [10, 5]);
        assert_eq!(part.pixels[0], Color32::RED);
    }

    #[test]
    fn crop_is_clamped_to_the_image() {
        let image = ColorImage::filled([40, 20], Color32::BLACK);
        let part = crop(
            &image,
            Rect::from_min_max(pos2(-5.0, 10.0), pos2(50.0, 90.0)),
            1.0,
        );
        assert_eq!(part.size, [40, 10]);
        let none = crop(
            &image,
            Rect::from_min_max(pos2(60.0, 30.0), pos2(70.0, 40.0)),
            1.0,
        );
        assert_eq!(none.size, [0, 0]);
    }

    #[test]
    fn a_figure_is_centred_on_its_canvas() {
        let mut image = ColorImage::filled([2, 2], Color32::RED);
        image.pixels[3] = Color32::BLUE;
        let canvas = on_canvas(&image, [6, 4], Color32::WHITE);
        assert_eq!(canvas.size, [6, 4]);
        assert_eq!(canvas.pixels[0], Color32::WHITE);
        assert_eq!(canvas.pixels[6 + 2], Color32::RED);
        assert_eq!(canvas.pixels[2 * 6 + 3], Color32::BLUE);
        assert_eq!(canvas.pixels[3 * 6 + 3], Color32::WHITE);
    }
}
