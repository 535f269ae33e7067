//! Every section of the report rendered with the bundled fonts alone. The harness panics on any
//! character no installed font can draw (kittest's default), and no system font is loaded
//! (eframe's `system_fonts` feature is off), so a gap in the subset fails here.

use jiedu::Command;

#[test]
fn every_section_renders_with_the_bundled_font() {
    let mut harness = crate::common::harness();
    let refs: Vec<_> = harness.state().report().section_refs().collect();
    assert!(refs.len() > 20);
    for r in refs {
        harness.state_mut().apply(Command::GoTo(r));
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
        .apply(Command::SetTheme(jiedu::settings::Theme::Dark));
    for _ in 0..20 {
        harness.state_mut().apply(Command::StepTextScale(1.0));
    }
    harness.run();
    harness.render().expect("renders");
}
