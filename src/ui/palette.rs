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
/// Okabe–Ito vermillion (the orange on light backgrounds, for contrast).
const VERMILLION: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);

/// Colour of a bar of the given period.
#[must_use]
pub fn period_color(period: Period, visuals: &Visuals) -> Color32 {
    match (period, visuals.dark_mode) {
        (Period::Review, false) => BLUE,
        (Period::Review, true) => SKY_BLUE,
        (Period::Plan, false) => VERMILLION,
        (Period::Plan, true) => ORANGE,
    }
}
