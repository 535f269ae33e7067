//! The bundled CJK font, so Chinese never renders as boxes whatever the OS has installed.
//! Noto Sans CJK SC (SIL OFL 1.1), subset by `scripts/build-font.sh`.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Regular weight: GB 2312, every character of the bundled report, punctuation and Latin.
pub const CJK_REGULAR: &[u8] = include_bytes!("../../fonts/NotoSansCJKsc-Jiedu-Regular.otf");
/// Bold weight for headings: the same characters as the regular weight, so a heading of any
/// report never mixes weights.
pub const CJK_BOLD: &[u8] = include_bytes!("../../fonts/NotoSansCJKsc-Jiedu-Bold.otf");

const REGULAR: &str = "noto-sans-cjk-sc";
const BOLD: &str = "noto-sans-cjk-sc-bold";

/// The family used for headings.
#[must_use]
pub fn heading_family() -> FontFamily {
    FontFamily::Name(BOLD.into())
}

/// egui's default fonts with the CJK font as the first fallback of the proportional and
/// monospace families (egui's Latin faces keep drawing Latin; every other character comes from
/// the bundled font), plus a bold family for headings that falls back to the regular weight
/// for characters the small bold subset lacks.
#[must_use]
pub fn definitions() -> FontDefinitions {
    definitions_with_cjk_at(1)
}

/// The fonts of an exported figure: the bundled face first for every character, Latin and
/// digits included, so that the PNG is drawn in the very font its SVG names (egui's own Latin
/// face is not on a reader's machine).
#[must_use]
pub fn print_definitions() -> FontDefinitions {
    definitions_with_cjk_at(0)
}

fn definitions_with_cjk_at(position: usize) -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    // No hinting for the CJK faces: running their CFF hints was a fifth of the app's own
    // start-up time (BENCHMARKS.md), and CJK glyphs at reading sizes look the same unhinted.
    let unhinted = |bytes| {
        Arc::new(FontData::from_static(bytes).tweak(egui::FontTweak {
            hinting: Some(false),
            ..Default::default()
        }))
    };
    defs.font_data.insert(REGULAR.into(), unhinted(CJK_REGULAR));
    defs.font_data.insert(BOLD.into(), unhinted(CJK_BOLD));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = defs.families.entry(family).or_default();
        let at = list.len().min(position);
        list.insert(at, REGULAR.into());
    }
    let mut bold = vec![BOLD.to_owned(), REGULAR.to_owned()];
    bold.extend(
        defs.families
            .get(&FontFamily::Proportional)
            .into_iter()
            .flatten()
            .filter(|name| name.as_str() != REGULAR)
            .cloned(),
    );
    defs.families.insert(heading_family(), bold);
    defs
}

/// Installs the fonts in `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_the_first_fallback_of_both_families() {
        let defs = definitions();
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            assert_eq!(defs.families[&family][1], REGULAR, "{family:?}");
        }
        assert_eq!(defs.families[&heading_family()][..2], [BOLD, REGULAR]);
    }
}
