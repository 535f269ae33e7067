//! Every section of the report rendered with the bundled fonts alone. The harness panics on any
//! character no installed font can draw (kittest's default), and no system font is loaded
//! (eframe's `system_fonts` feature is off), so a gap in the subset fails here.

// Helpers panic on purpose when a bundled font does not parse.
#![allow(clippy::expect_used)]

use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::Command;
use jiedu::{ReaderCommand, WindowCommand};

#[test]
fn every_section_renders_with_the_bundled_font() {
    let mut harness = crate::common::harness();
    let refs: Vec<_> = harness.state().report().section_refs().collect();
    assert!(refs.len() > 20);
    for r in refs {
        harness
            .state_mut()
            .apply(Command::Reader(ReaderCommand::GoTo(r)));
        harness.run();
        let title = harness
            .state()
            .current_section()
            .map(|s| s.title.clone())
            .unwrap_or_default();
        assert_eq!(harness.state().doc.nav.current, r, "{title}");
    }
    // The render pass itself too (glyphs are rasterised into the atlas when painted).
    harness.render().expect("renders");
}

#[test]
fn dark_theme_and_largest_text_render_too() {
    let mut harness = crate::common::harness();
    harness
        .state_mut()
        .apply(Command::Window(WindowCommand::SetTheme(
            jiedu::settings::Theme::Dark,
        )));
    for _ in 0..20 {
        harness
            .state_mut()
            .apply(Command::Reader(ReaderCommand::StepTextScale(1.0)));
    }
    harness.run();
    let image = harness.render().expect("renders");
    // The theme took effect: the window's background (bottom right, below any text) is dark.
    let corner = image.get_pixel(image.width() - 3, image.height() - 3).0;
    assert!(
        corner[..3].iter().all(|&c| c < 60),
        "background {corner:?} is not dark"
    );
    // The largest text took effect: 200%, and the reader's body text is drawn at twice its size.
    assert!((harness.state().settings.text_scale - 2.0).abs() < 1e-6);
    // The section heading in the reader (the navigator has the same words, smaller).
    let height = harness
        .query_all_by_label("总体情况")
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| b.height())
        .fold(0.0, f64::max);
    assert!(height > 30.0, "a section heading {height} points high");
}

/// Every character a face can draw.
fn coverage(font: &[u8]) -> std::collections::BTreeSet<u32> {
    use skrifa::MetadataProvider;
    let font = skrifa::FontRef::new(font).expect("a font");
    font.charmap().mappings().map(|(c, _)| c).collect()
}

#[test]
fn the_bold_face_draws_every_character_the_regular_one_does() {
    // Headings of any report (an imported one too) and the UI's own bold strings: a character
    // the bold face lacks falls back to the regular weight and the heading mixes weights.
    let regular = coverage(jiedu::platform::fonts::CJK_REGULAR);
    let bold = coverage(jiedu::platform::fonts::CJK_BOLD);
    assert!(regular.len() > 7000, "GB 2312 and more: {}", regular.len());
    let missing: String = regular
        .difference(&bold)
        .filter_map(|&c| char::from_u32(c))
        .filter(|c| !c.is_whitespace())
        .take(40)
        .collect();
    assert_eq!(missing, "", "the bold face lacks these (and maybe more)");
    for text in ["浙江省", "键盘快捷键", "数字详情", "更正数字"] {
        assert!(text.chars().all(|c| bold.contains(&(c as u32))), "{text}");
    }
}
