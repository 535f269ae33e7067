//! The SVG export is the same figure as the PNG, with its text as text: every chart exported
//! both ways by the command line, the SVG rendered by resvg (a real SVG renderer, with the
//! bundled fonts as a reader's machine would have them) and compared with the PNG pixel by
//! pixel.

#![allow(clippy::expect_used)]

use std::path::Path;

use jiedu::report::Report;
use jiedu::{ChartsCommand, ExportCommand};

fn export(args: &[&str], out: &Path) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_jiedu"))
        .args(["export"])
        .args(args)
        .arg("--out")
        .arg(out)
        .status()
        .expect("runs");
    assert!(status.success(), "jiedu export {args:?}");
}

/// The SVG at `path` drawn by resvg at its own pixel size.
fn render_svg(path: &Path) -> image::RgbaImage {
    let mut options = resvg::usvg::Options::default();
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
    for face in [
        "NotoSansCJKsc-Jiedu-Regular.otf",
        "NotoSansCJKsc-Jiedu-Bold.otf",
    ] {
        let data = std::fs::read(fonts.join(face)).expect("bundled font");
        options.fontdb_mut().load_font_data(data);
    }
    let text = std::fs::read_to_string(path).expect("svg written");
    let tree = resvg::usvg::Tree::from_str(&text, &options).expect("a valid SVG");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("a canvas");
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    image::RgbaImage::from_raw(size.width(), size.height(), pixmap.take()).expect("pixels")
}

/// How far `a` is from `b`: each pixel is compared with the nearest match among `b`'s pixel
/// and its eight neighbours (glyph edges are anti-aliased a sub-pixel apart by the two
/// renderers); the mean of those differences and the share of pixels with no match nearby.
fn difference(svg: &image::RgbaImage, png: &image::RgbaImage) -> (f64, f64) {
    let (width, height) = svg.dimensions();
    let mut total = 0u64;
    let mut far = 0usize;
    for (x, y, pixel) in svg.enumerate_pixels() {
        let mut best = u8::MAX;
        for ny in y.saturating_sub(1)..=(y + 1).min(height - 1) {
            for nx in x.saturating_sub(1)..=(x + 1).min(width - 1) {
                let near = png.get_pixel(nx, ny).0;
                let apart = (0..3)
                    .map(|c| pixel.0[c].abs_diff(near[c]))
                    .max()
                    .unwrap_or(0);
                best = best.min(apart);
            }
        }
        total += u64::from(best);
        if best > 60 {
            far += 1;
        }
    }
    let count = f64::from(width) * f64::from(height);
    (total as f64 / count, far as f64 / count)
}

#[test]
fn the_svg_is_the_png_figure_with_its_text_as_text() {
    let report = Report::embedded().expect("loads");
    let dir = tempfile::tempdir().expect("temp dir");
    for (size, theme) in [("column", "light"), ("slide", "dark")] {
        let png = dir.path().join(format!("png-{size}"));
        let svg = dir.path().join(format!("svg-{size}"));
        let common = ["--all", "--scale", "1", "--size", size, "--theme", theme];
        export(&[&common[..], &["--format", "png"]].concat(), &png);
        export(&[&common[..], &["--format", "svg"]].concat(), &svg);
        for chart in &report.charts {
            let pixels = image::open(png.join(format!("{}.png", chart.id)))
                .expect("png")
                .to_rgba8();
            let path = svg.join(format!("{}.svg", chart.id));
            let drawn = render_svg(&path);
            assert_eq!(drawn.dimensions(), pixels.dimensions(), "{}", chart.id);
            let (mean, share) = difference(&drawn, &pixels);
            assert!(
                mean < 2.0 && share < 0.005,
                "{} {size} {theme}: mean difference {mean:.2}, {:.2} % of pixels far apart",
                chart.id,
                share * 100.0
            );
            // The words are text an editor can change, not outlines.
            let text = std::fs::read_to_string(&path).expect("svg");
            assert!(
                text.contains(&format!(">{}", chart.title)),
                "{}: title",
                chart.id
            );
            for id in &chart.indicators {
                let ind = report.indicator(id).expect("indicator");
                if ind.value.is_some() {
                    assert!(
                        text.contains(&format!(">{}<", ind.label)),
                        "{}: {}",
                        chart.id,
                        ind.label
                    );
                }
            }
        }
    }
}

#[test]
fn words_a_user_types_with_markup_characters_export_as_a_valid_svg_that_reads_the_same() {
    use jiedu::Command;
    use jiedu::charts::figure_text::FigureField;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("typed.svg");
    let mut harness = crate::common::harness();
    let typed = [
        (FigureField::Title, r#"R&D <投入> "增长""#),
        (FigureField::Subtitle, "a < b & c > d"),
        (FigureField::Note, "注：'单引号' & \"双引号\" </text>"),
        (FigureField::Source, "来源：<统计局> & 作者"),
    ];
    for (field, words) in &typed {
        harness
            .state_mut()
            .apply(Command::Charts(ChartsCommand::EditFigureText(
                *field,
                (*words).to_owned(),
            )));
    }
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::SetExportFormat(
            jiedu::export::ExportFormat::Svg,
        )));
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::Export(
            jiedu::export::Target::File(path.clone()),
        )));
    harness.run();
    // A real SVG parser reads the file: nothing the user typed broke its markup.
    let text = std::fs::read_to_string(&path).expect("svg written");
    let tree =
        resvg::usvg::Tree::from_str(&text, &resvg::usvg::Options::default()).expect("a valid SVG");
    assert!(tree.size().width() > 0.0);
    // And each line reads as typed once the markup is read back.
    let unescaped = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    for (_, words) in &typed {
        // Words are split into runs at spaces and styles; each piece must be there.
        for piece in words.split(' ') {
            assert!(unescaped.contains(piece), "{piece} missing from the SVG");
        }
    }
}
