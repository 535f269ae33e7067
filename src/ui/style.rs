//! Look of the reader: text sizes, theme, and how figures and search matches are marked.
//! Colours are defined here once so every panel marks things the same way.

use egui::{Color32, FontFamily, FontId, TextFormat, TextStyle, Visuals};

use crate::theme::Theme;

/// Base size of reading text in points at text scale 1.0.
pub const BODY_SIZE: f32 = 18.0;

/// Line height of reading text as a multiple of its size (generous, for long CJK lines).
pub const LINE_SPACING: f32 = 1.75;

/// Size of the chrome's body text (toolbar, lists, chart panel) at text scale 1.0.
const CHROME_BODY_SIZE: f32 = 15.0;

/// Applies theme and text sizes. Cheap, so it runs every frame: a changed setting takes effect
/// at once. Text larger than the default enlarges the chrome too (up to 200%), so that a reader
/// who needs large text gets it everywhere; smaller text shrinks only the reading text.
pub fn apply_style(ctx: &egui::Context, theme: Theme, text_scale: f32) {
    let theme = match theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    };
    if ctx.theme() != theme {
        ctx.set_theme(theme);
    }
    let scale = text_scale.max(1.0);
    let body = ctx
        .global_style()
        .text_styles
        .get(&TextStyle::Body)
        .map(|f| f.size);
    if body != Some(CHROME_BODY_SIZE * scale) {
        set_text_styles(ctx, scale);
    }
    blink_while_in_use(ctx);
}

/// Space around a figure (a chart, the comparison), part of the figure and of the exported
/// image.
pub const FIGURE_MARGIN: f32 = 10.0;

/// How long the text cursor blinks after the last input (as GTK's `gtk-cursor-blink-timeout`,
/// 10 s): then it stays lit. A blinking cursor redraws the whole window twice a second, which
/// on a laptop without a GPU is a fifth of a core spent on a field nobody is typing in.
pub const CURSOR_BLINK_SECONDS: f64 = 10.0;

/// Lets the cursor blink only within [`CURSOR_BLINK_SECONDS`] of the last input event (a key,
/// the mouse): a window left with a focused field goes idle.
fn blink_while_in_use(ctx: &egui::Context) {
    let id = egui::Id::unique("jiedu-last-input");
    let (now, input) = ctx.input(|i| (i.time, !i.events.is_empty()));
    let last = ctx.data_mut(|d| {
        let last = d.get_temp_mut_or_insert_with(id, || now);
        if input {
            *last = now;
        }
        *last
    });
    let blink = now - last < CURSOR_BLINK_SECONDS;
    if ctx.global_style().visuals.text_cursor.blink != blink {
        ctx.all_styles_mut(|style| style.visuals.text_cursor.blink = blink);
    }
}

/// How much the chrome's text is enlarged (1.0 to 2.0): panels that set their own text sizes
/// multiply them by this, so that everything grows together.
#[must_use]
pub fn chrome_scale(style: &egui::Style) -> f32 {
    style
        .text_styles
        .get(&TextStyle::Body)
        .map_or(1.0, |f| f.size / CHROME_BODY_SIZE)
}

/// Sets the chrome's text sizes at scale 1.0 and the app's colours (see [`visuals`]).
pub fn init_text_styles(ctx: &egui::Context) {
    set_text_styles(ctx, 1.0);
    ctx.set_visuals_of(egui::Theme::Light, visuals(Theme::Light));
    ctx.set_visuals_of(egui::Theme::Dark, visuals(Theme::Dark));
}

/// The chrome's text sizes at `scale` (see [`chrome_scale`]): a little larger than egui's defaults, because CJK glyphs at
/// 12–13 px are hard to read.
pub fn set_text_styles(ctx: &egui::Context, scale: f32) {
    let font = |size: f32, family| FontId::new(size * scale, family);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, font(12.0, FontFamily::Proportional)),
            (
                TextStyle::Body,
                font(CHROME_BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                font(CHROME_BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                font(22.0, crate::platform::fonts::heading_family()),
            ),
            (TextStyle::Monospace, font(14.0, FontFamily::Monospace)),
        ]
        .into();
    });
}

/// egui's visuals of `theme` with weak text, errors, warnings and links that meet WCAG AA (4.5:1) on
/// the panels and popups: egui fades weak text to 60% of the label colour, writes errors in
/// pure red and light-theme links in sky blue, all below 4.5:1 (see `contrast_tests`).
#[must_use]
pub fn visuals(theme: Theme) -> Visuals {
    let mut v = match theme {
        Theme::Light => Visuals::light(),
        Theme::Dark => Visuals::dark(),
    };
    v.weak_text_color = Some(if v.dark_mode {
        Color32::from_gray(165)
    } else {
        Color32::from_gray(100)
    });
    if !v.dark_mode {
        v.hyperlink_color = Color32::from_rgb(0x00, 0x5a, 0xa8);
        v.warn_fg_color = Color32::from_rgb(0x9a, 0x4a, 0x00);
    }
    v.error_fg_color = if v.dark_mode {
        Color32::from_rgb(0xff, 0x7b, 0x7b)
    } else {
        Color32::from_rgb(0xb0, 0x00, 0x20)
    };
    v
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
        Color32::from_rgb(0x6a, 0x4f, 0x00)
    } else {
        Color32::from_rgb(0xff, 0xe0, 0x66)
    }
}

/// The underline of a figure the importer found that nobody has checked yet: Okabe–Ito
/// orange, light enough on dark backgrounds and dark enough on light ones.
#[must_use]
pub fn unchecked_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0xE6, 0x9F, 0x00)
    } else {
        Color32::from_rgb(0xD5, 0x5E, 0x00)
    }
}

/// Text format of a figure: coloured and in the bold face, so figures stand out without
/// boxes or underlines breaking the reading flow.
#[must_use]
pub fn figure_format(base: &TextFormat, visuals: &Visuals) -> TextFormat {
    TextFormat {
        color: figure_color(visuals),
        font_id: FontId::new(base.font_id.size, crate::platform::fonts::heading_family()),
        ..base.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One frame at `time` seconds, with a key press or with no input at all.
    fn frame(ctx: &egui::Context, time: f64, key: bool) -> bool {
        let events = if key {
            vec![egui::Event::Text("好".to_owned())]
        } else {
            Vec::new()
        };
        let input = egui::RawInput {
            time: Some(time),
            events,
            ..egui::RawInput::default()
        };
        let mut out = ctx.run_ui(input, |ui| blink_while_in_use(ui.ctx()));
        // No renderer here to take the font atlas.
        out.textures_delta.clear();
        ctx.global_style().visuals.text_cursor.blink
    }

    #[test]
    fn the_cursor_blinks_while_typing_and_stays_lit_when_left() {
        let ctx = egui::Context::default();
        assert!(frame(&ctx, 0.0, true), "typing: it blinks");
        assert!(frame(&ctx, 9.5, false), "still within the timeout");
        assert!(!frame(&ctx, 10.5, false), "left alone: lit, no redraws");
        assert!(frame(&ctx, 30.0, true), "a key: it blinks again");
    }
}
