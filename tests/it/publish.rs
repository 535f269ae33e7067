//! Charts an editor would print as they are (issue #17), checked on the shapes the exporter
//! painted: the value axis starts at zero, ends just past the data and names no unit; every bar
//! label and value sits whole on a clean background, clear of bars, gridlines and each other, at
//! every density, in both themes and at a narrow width; and the English figure is English.

#![allow(clippy::expect_used)]
// Tick labels are round numbers, compared exactly.
#![allow(clippy::float_cmp)]

use egui::epaint::{ClippedShape, Shape};
use egui::{Color32, Rect};
use jiedu::charts::data::{ChartData, SortOrder};
use jiedu::charts::figure_text::{FigureEdits, FigureText};
use jiedu::export::{ExportScale, ExportSize, Figure, FigureSpec, Offscreen, render_figure};
use jiedu::i18n::Lang;
use jiedu::report::Report;
use jiedu::settings::Theme;

/// What was painted, in order: texts with their rect, and the other shapes.
pub struct Painted {
    pub texts: Vec<(usize, String, Rect)>,
    pub rects: Vec<(usize, Rect, Color32)>,
    pub lines: Vec<(usize, [egui::Pos2; 2])>,
    pub keep: Rect,
    pub background: Color32,
}

impl Painted {
    /// The bars: rects filled in a colour other than the background's.
    pub fn bars(&self) -> Vec<Rect> {
        self.rects
            .iter()
            .filter(|(_, _, fill)| *fill != self.background && *fill != Color32::TRANSPARENT)
            .map(|(_, r, _)| *r)
            .collect()
    }
}

fn flatten<'a>(shape: &'a Shape, out: &mut Vec<&'a Shape>) {
    match shape {
        Shape::Vec(v) => v.iter().for_each(|s| flatten(s, out)),
        s => out.push(s),
    }
}

pub fn painted(figure: &Figure) -> Painted {
    let mut shapes = Vec::new();
    for ClippedShape { shape, .. } in &figure.rendered.shapes {
        flatten(shape, &mut shapes);
    }
    let mut p = Painted {
        texts: Vec::new(),
        rects: Vec::new(),
        lines: Vec::new(),
        keep: figure.rendered.keep,
        background: figure.background,
    };
    for (i, s) in shapes.into_iter().enumerate() {
        match s {
            Shape::Text(t) => {
                p.texts
                    .push((i, t.galley.text().to_owned(), s.visual_bounding_rect()));
            }
            Shape::Rect(r) => p.rects.push((i, r.rect, r.fill)),
            Shape::LineSegment { points, .. } => p.lines.push((i, *points)),
            _ => {}
        }
    }
    p
}

pub fn figure(
    offscreen: &mut Offscreen,
    report: &Report,
    chart: usize,
    lang: Lang,
    theme: Theme,
    size: ExportSize,
    scale: ExportScale,
) -> (Figure, ChartData) {
    let data = ChartData::build(report, chart, SortOrder::Report).expect("chart");
    let s = jiedu::i18n::strings(lang);
    let text = FigureText::new(s, report, &data, &FigureEdits::default());
    let spec = FigureSpec {
        report,
        data: &data,
        text: &text,
        log_scale: false,
        theme,
        lang,
        layout: size.layout(scale),
    };
    (render_figure(offscreen, &spec).expect("renders"), data)
}

/// Chart `chart` in Chinese, light, at 1×.
fn figure_zh(
    offscreen: &mut Offscreen,
    report: &Report,
    chart: usize,
    size: ExportSize,
) -> (Figure, ChartData) {
    figure(
        offscreen,
        report,
        chart,
        Lang::Zh,
        Theme::Light,
        size,
        ExportScale::X1,
    )
}

/// The numbers under the bars: the value axis's tick labels, left to right.
fn ticks(p: &Painted, bars_bottom: f32) -> Vec<(f64, Rect)> {
    let mut ticks: Vec<(f64, Rect)> = p
        .texts
        .iter()
        .filter(|(_, _, r)| r.top() >= bars_bottom - 1.0)
        .filter_map(|(_, t, r)| Some((t.parse::<f64>().ok()?, *r)))
        .collect();
    ticks.sort_by(|a, b| a.1.center().x.total_cmp(&b.1.center().x));
    ticks
}

#[test]
fn the_value_axis_starts_at_zero_ends_just_past_the_data_and_names_no_unit() {
    let report = Report::embedded().expect("loads");
    let mut offscreen = Offscreen::headless().expect("a renderer");
    for (chart, size) in (0..report.charts.len()).flat_map(|c| {
        [
            ExportSize::Column,
            ExportSize::Square,
            ExportSize::Custom(300),
        ]
        .map(|s| (c, s))
    }) {
        let (fig, data) = figure_zh(&mut offscreen, &report, chart, size);
        let p = painted(&fig);
        let name = &format!("{} {size:?}", data.title);
        let bars = p.bars();
        assert_eq!(bars.len(), data.bars.len(), "{name}: one rect per bar");
        let bottom = bars.iter().map(Rect::bottom).fold(f32::MIN, f32::max);
        let ticks = ticks(&p, bottom);
        let values: Vec<f64> = ticks.iter().map(|t| t.0).collect();
        assert!(values.len() >= 3 && values.len() <= 9, "{name}: {values:?}");
        assert_eq!(values[0], 0.0, "{name}: no gridline left of zero");
        let max = data.bars.iter().map(|b| b.value).fold(0.0, f64::max);
        let last = values[values.len() - 1];
        let before = values[values.len() - 2];
        assert!(
            last >= max && before < max,
            "{name}: axis {values:?} for a maximum of {max}"
        );
        // The unit is in the title only.
        let with_unit: Vec<&(usize, String, Rect)> = p
            .texts
            .iter()
            .filter(|(_, t, r)| r.top() >= bottom - 1.0 && t.contains(&data.unit))
            .collect();
        assert!(with_unit.is_empty(), "{name}: {with_unit:?}");
        // No gridline left of the zero tick.
        let zero_x = ticks[0].1.center().x;
        for (_, [a, b]) in &p.lines {
            if (a.x - b.x).abs() < 0.01 {
                assert!(
                    a.x >= zero_x - 1.5,
                    "{name}: a gridline at {} left of zero at {zero_x}",
                    a.x
                );
            }
        }
    }
}

/// Every bar's label and value: whole, inside the image, clear of bars and of each other, and
/// on a clean background wherever a gridline would cross it.
pub fn assert_labels_clean(p: &Painted, data: &ChartData, lang: Lang, context: &str) {
    let s = jiedu::i18n::strings(lang);
    let background = |i: usize, r: Rect| {
        p.rects
            .iter()
            .any(|(j, bg, fill)| *j > i && *fill == p.background && bg.expand(0.5).contains_rect(r))
    };
    let mut placed: Vec<(String, Rect)> = Vec::new();
    for bar in &data.bars {
        for wanted in [
            s.bar_name(bar),
            s.value_in_figure(&bar.value_text, &data.unit),
        ] {
            // Whole: a long label wraps in its galley, never cut with "…".
            let found = p.texts.iter().find(|(_, t, _)| t == wanted);
            let Some((i, _, r)) = found else {
                panic!("{context}: {wanted:?} is not drawn whole");
            };
            assert!(
                p.keep.contains_rect(*r),
                "{context}: {wanted:?} is cut at the edge"
            );
            for (j, line) in &p.lines {
                let crosses = Rect::from_two_pos(line[0], line[1])
                    .expand(0.3)
                    .intersects(r.shrink(1.0));
                if crosses && j < i {
                    assert!(
                        background(*j, r.shrink(0.5)),
                        "{context}: a line runs through {wanted:?}"
                    );
                }
            }
            for (name, q) in &placed {
                assert!(
                    !q.shrink(0.5).intersects(r.shrink(0.5)),
                    "{context}: {wanted:?} overlaps {name:?}"
                );
            }
            placed.push((wanted.to_owned(), *r));
        }
    }
    // No text over a bar.
    for (name, t) in &placed {
        for b in &p.bars() {
            assert!(
                !b.shrink(0.5).intersects(t.shrink(0.5)),
                "{context}: {name:?} is on a bar"
            );
        }
    }
}

#[test]
fn labels_sit_whole_on_a_clean_background_at_every_density_theme_and_width() {
    let report = Report::embedded().expect("loads");
    let mut offscreen = Offscreen::headless().expect("a renderer");
    for chart in 0..report.charts.len() {
        for (size, scale) in [
            (ExportSize::Column, ExportScale::X1),
            (ExportSize::Column, ExportScale::X2),
            (ExportSize::Column, ExportScale::X3),
            (ExportSize::Custom(300), ExportScale::X2),
            (ExportSize::Slide, ExportScale::X1),
        ] {
            for theme in [Theme::Light, Theme::Dark] {
                for lang in [Lang::Zh, Lang::En] {
                    let (fig, data) =
                        figure(&mut offscreen, &report, chart, lang, theme, size, scale);
                    let context = format!("{} {size:?} {scale:?} {theme:?} {lang:?}", data.title);
                    assert_labels_clean(&painted(&fig), &data, lang, &context);
                }
            }
        }
    }
}

#[test]
fn the_english_figure_is_english_but_for_the_report_title() {
    let report = Report::embedded().expect("loads");
    let mut offscreen = Offscreen::headless().expect("a renderer");
    let title = format!("({})", report.meta.title);
    for chart in 0..report.charts.len() {
        let (fig, data) = figure(
            &mut offscreen,
            &report,
            chart,
            Lang::En,
            Theme::Light,
            ExportSize::Column,
            ExportScale::X1,
        );
        let p = painted(&fig);
        let all: String = p
            .texts
            .iter()
            .map(|(_, t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let without_title = all.replace(&title, "");
        let chinese: String = without_title
            .chars()
            .filter(|c| {
                ('\u{4e00}'..='\u{9fff}').contains(c) || ('\u{3000}'..='\u{303f}').contains(c)
            })
            .collect();
        assert!(
            chinese.is_empty(),
            "{}: Chinese left in the English figure: {chinese:?}\n{all}",
            data.title
        );
        assert!(
            all.contains(&title),
            "{}: the source keeps the Chinese title",
            data.title
        );
        assert!(all.contains("report year 2024"), "{all}");
    }
}

#[test]
fn long_imported_labels_wrap_whole_and_stay_clean() {
    let Some(text) = crate::common::corpus("国务院-2024.txt") else {
        return;
    };
    let mut report = jiedu_import::import_bytes(text.as_bytes(), None)
        .expect("imports")
        .report;
    // Charts draw what a person kept: keep every figure.
    for ind in &mut report.indicators {
        ind.review = Some(jiedu::report::Review::Accepted);
    }
    let mut offscreen = Offscreen::headless().expect("a renderer");
    for chart in 0..report.charts.len() {
        for size in [ExportSize::Column, ExportSize::Custom(300)] {
            let (fig, data) = figure_zh(&mut offscreen, &report, chart, size);
            let p = painted(&fig);
            assert_labels_clean(&p, &data, Lang::Zh, &format!("{} {size:?}", data.title));
        }
    }
    assert!(report.charts.len() >= 3, "{} charts", report.charts.len());
}
