//! Look of the reader: text sizes, theme, and how figures and search matches are marked.
//! Colours are defined here once so every panel marks things the same way.

use egui::{Color32, FontFamily, FontId, TextFormat, TextStyle, Visuals};

use crate::settings::{Settings, Theme};

/// Base size of reading text in points at text scale 1.0.
pub const BODY_SIZE: f32 = 18.0;

/// Line height of reading text as a multiple of its size (generous, for long CJK lines).
pub const LINE_SPACING: f32 = 1.75;

/// Applies theme and UI text sizes. Cheap, so it runs every frame: a changed setting takes
/// effect at once.
pub fn apply_style(ctx: &egui::Context, settings: &Settings) {
    let theme = match settings.theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    };
    if ctx.theme() != theme {
        ctx.set_theme(theme);
    }
}

/// Sets the text sizes of the chrome (toolbar, lists): a little larger than egui's defaults,
/// because CJK glyphs at 12–13 px are hard to read.
pub fn init_text_styles(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(22.0, crate::fonts::heading_family()),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
    });
}

/// Colour of reading text: darker (lighter) than egui's default label grey, for contrast in
/// long reading.
#[must_use]
pub fn reading_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(225)
    } else {
        Color32::from_gray(28)
    }
}

/// Colour of a marked figure in the text.
#[must_use]
pub fn figure_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x7c, 0xc4, 0xff)
    } else {
        Color32::from_rgb(0x00, 0x5a, 0xa8)
    }
}

/// Background of a search match.
#[must_use]
pub fn match_background(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x80, 0x60, 0x00)
    } else {
        Color32::from_rgb(0xff, 0xe0, 0x66)
    }
}

/// Text format of a figure: coloured and in the bold face, so figures stand out without
/// boxes or underlines breaking the reading flow.
#[must_use]
pub fn figure_format(base: &TextFormat, visuals: &Visuals) -> TextFormat {
    TextFormat {
        color: figure_color(visuals),
        font_id: FontId::new(base.font_id.size, crate::fonts::heading_family()),
        ..base.clone()
    }
}
