//! `jiedu export`: chart images without a window, for scripts and CI, in the same sizes,
//! formats and words as the app's export (the built-in report, or any report named with
//! `--report`; its default words).

use std::io::Write;
use std::path::PathBuf;

use crate::charts::data::{ChartData, SortOrder};
use crate::charts::figure_text::{FigureEdits, FigureText};
use crate::export::options::CUSTOM_WIDTHS;
use crate::export::{
    ExportError, ExportFormat, ExportScale, ExportSize, FigureSpec, Offscreen, render_figure,
    save_figure,
};
use crate::i18n::Lang;
use crate::settings::Theme;

/// Arguments of `jiedu export`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportArgs {
    /// One chart id, or `None` for all.
    pub chart: Option<String>,
    /// The file (one chart) or folder (all).
    pub out: PathBuf,
    /// Pixels per point.
    pub scale: ExportScale,
    /// Colours.
    pub theme: Theme,
    /// Language of the figure's own words.
    pub lang: Lang,
    /// Layout size.
    pub size: ExportSize,
    /// PNG or SVG; `None` takes it from the file's extension.
    pub format: Option<ExportFormat>,
    /// The report (`--report <report.json>`); `None` for the built-in one.
    pub report: Option<PathBuf>,
}

impl ExportArgs {
    fn format(&self) -> ExportFormat {
        self.format.unwrap_or_else(|| {
            let svg = self.chart.is_some()
                && self
                    .out
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
            if svg {
                ExportFormat::Svg
            } else {
                ExportFormat::Png
            }
        })
    }
}

/// `--width <points>`.
pub(super) fn width(v: &str) -> Result<ExportSize, lexopt::Error> {
    v.parse::<u32>()
        .ok()
        .filter(|w| CUSTOM_WIDTHS.contains(w))
        .map(ExportSize::Custom)
        .ok_or_else(|| {
            lexopt::Error::from(format!(
                "--width must be {} to {} points, not {v:?}",
                CUSTOM_WIDTHS.start(),
                CUSTOM_WIDTHS.end()
            ))
        })
}

/// `--size column|square|slide`.
pub(super) fn size(v: &str) -> Result<ExportSize, lexopt::Error> {
    match v {
        "column" => Ok(ExportSize::Column),
        "square" => Ok(ExportSize::Square),
        "slide" => Ok(ExportSize::Slide),
        other => Err(lexopt::Error::from(format!(
            "--size must be column, square or slide, not {other:?}"
        ))),
    }
}

/// `--format png|svg`.
pub(super) fn format(v: &str) -> Result<ExportFormat, lexopt::Error> {
    match v {
        "png" => Ok(ExportFormat::Png),
        "svg" => Ok(ExportFormat::Svg),
        other => Err(lexopt::Error::from(format!(
            "--format must be png or svg, not {other:?}"
        ))),
    }
}

/// Writes the images asked for and prints one line per file (path and pixel size).
pub(super) fn run(args: &ExportArgs) -> Result<(), String> {
    let report = super::report_file::report(args.report.as_deref())?;
    let charts: Vec<usize> = match &args.chart {
        Some(id) => vec![
            report
                .charts
                .iter()
                .position(|c| &c.id == id)
                .ok_or_else(|| ExportError::NoSuchChart(id.clone()).to_string())?,
        ],
        None => (0..report.charts.len()).collect(),
    };
    if args.chart.is_none() {
        std::fs::create_dir_all(&args.out)
            .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    }
    let format = args.format();
    let s = crate::i18n::strings(args.lang);
    let mut offscreen = Offscreen::headless().map_err(|e| e.to_string())?;
    for chart in charts {
        let data = ChartData::build(&report, chart, SortOrder::Report)
            .ok_or_else(|| ExportError::NoSuchChart(chart.to_string()).to_string())?;
        let path = match &args.chart {
            Some(_) => args.out.clone(),
            None => args.out.join(format!(
                "{}.{}",
                report.charts[chart].id,
                format.extension()
            )),
        };
        let text = FigureText::new(s, &report, &data, &FigureEdits::default());
        let spec = FigureSpec {
            report: &report,
            data: &data,
            text: &text,
            log_scale: false,
            theme: args.theme,
            lang: args.lang,
            layout: args.size.layout(args.scale),
        };
        let figure = render_figure(&mut offscreen, &spec).map_err(|e| e.to_string())?;
        save_figure(&path, &figure, format).map_err(|e| e.to_string())?;
        let [w, h] = figure.image.size;
        writeln!(std::io::stdout().lock(), "{}\t{w}×{h}", path.display())
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}
