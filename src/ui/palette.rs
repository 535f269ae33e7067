//! The chart colours, defined once and used the same way everywhere: one colour per period
//! (blue for the review's results, orange for the plan's targets), from the Okabe–Ito palette,
//! which stays distinguishable with the common forms of colour blindness.

use egui::{Color32, Visuals};

use crate::report::Period;

/// Okabe–Ito blue.
const BLUE: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
/// Okabe–Ito sky blue (the blue on dark backgrounds).
const SKY_BLUE: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);
/// Okabe–Ito orange.
const ORANGE: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
/// Okabe–Ito vermilion (the orange on light backgrounds, for contrast).
const VERMILION: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);

/// Colour of a bar of the given period.
#[must_use]
pub fn period_color(period: Period, visuals: &Visuals) -> Color32 {
    match (period, visuals.dark_mode) {
        (Period::Review | Period::FiveYearReview, false) => BLUE,
        (Period::Review | Period::FiveYearReview, true) => SKY_BLUE,
        (Period::Plan | Period::FiveYearGoal, false) => VERMILION,
        (Period::Plan | Period::FiveYearGoal, true) => ORANGE,
    }
}

/// Colour of the keyboard focus ring: a strong blue that stands out from both the panels and
/// the bars.
#[must_use]
pub fn focus_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0xff, 0xd2, 0x4d)
    } else {
        Color32::from_rgb(0x0b, 0x3d, 0x91)
    }
}

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
#[must_use]
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
