//! One paragraph of the reader laid out: plain text, figures marked by their review state, the
//! match's text emphasised (its band is painted behind, see [`super::highlight`]).

use std::ops::Range;

use egui::text::LayoutJob;
use egui::{FontFamily, FontId, TextFormat, Ui};

use crate::report::{FigureSpan, Report, Review};
use crate::ui::style;

/// Lays out one paragraph: plain text, figures marked, the search match highlighted.
#[must_use]
pub fn paragraph_job(
    ui: &Ui,
    (report, text): (&Report, &str),
    spans: &[FigureSpan],
    paragraph: usize,
    marked: Option<&Range<usize>>,
    size: f32,
    width: f32,
) -> LayoutJob {
    let visuals = ui.visuals();
    let base = TextFormat {
        font_id: FontId::new(size, FontFamily::Proportional),
        color: style::reading_color(visuals),
        line_height: Some(size * style::LINE_SPACING),
        ..Default::default()
    };
    let figure = style::figure_format(&base, visuals);
    // Each figure with its review state (none for a report written by hand).
    let figure_ranges: Vec<(&Range<usize>, Option<Review>)> = spans
        .iter()
        .filter(|s| s.paragraph == paragraph)
        .map(|s| {
            let review = report.indicators.get(s.indicator).and_then(|i| i.review);
            (&s.range, review)
        })
        .collect();
    // Cut the text wherever a figure or the match starts or ends, then style each piece.
    let mut cuts = vec![0, text.len()];
    for r in figure_ranges.iter().map(|(r, _)| *r).chain(marked) {
        cuts.extend([r.start, r.end]);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let shown = crate::ui::typography::display_chars(text);
    let mut job = LayoutJob::default();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let inside = |r: &Range<usize>| r.start <= start && end <= r.end;
        let state = figure_ranges
            .iter()
            .find(|(r, _)| inside(r))
            .map(|(_, s)| *s);
        let mut format = match state {
            None => base.clone(),
            // Marked by review state: to check (orange underline), corrected (thin underline),
            // rejected (struck through, in the text's colour: no longer a figure of the report).
            Some(Some(Review::Rejected)) => TextFormat {
                strikethrough: egui::Stroke::new(1.5, style::reading_color(visuals)),
                ..base.clone()
            },
            Some(Some(Review::Unreviewed)) => TextFormat {
                underline: egui::Stroke::new(2.0, style::unchecked_color(visuals)),
                ..figure.clone()
            },
            Some(Some(Review::Corrected)) => TextFormat {
                underline: egui::Stroke::new(1.0, figure.color),
                ..figure.clone()
            },
            Some(_) => figure.clone(),
        };
        if marked.is_some_and(inside) {
            format.color = visuals.strong_text_color();
        }
        let from = shown.partition_point(|(at, _)| *at < start);
        let to = shown.partition_point(|(at, _)| *at < end);
        let piece: String = shown[from..to].iter().map(|(_, c)| c).collect();
        job.append(&piece, 0.0, format);
    }
    job.wrap.max_width = width;
    job
}
