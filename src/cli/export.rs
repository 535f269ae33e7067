//! `jiedu export`: chart images without a window, for scripts and CI, in the same sizes,
//! formats and words as the app's export (the built-in report, or any report named with
//! `--report`; its default words).

use std::io::Write;
use std::path::PathBuf;

use crate::charts::data::{ChartData, SortOrder};
use crate::charts::figure_text::{FigureEdits, FigureText};
use crate::export::{
    ExportError, ExportFormat, ExportScale, ExportSize, FigureSpec, Offscreen, render_figure,
    save_figure,
};
use crate::i18n::Lang;
use crate::settings::Theme;
use crate::settings::export_options::CUSTOM_WIDTHS;

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

/// What `jiedu export` asks for.
pub(super) enum Asked {
    /// The ids of the charts of this report (the built-in one when none).
    List(Option<PathBuf>),
    /// Images of charts.
    Export(ExportArgs),
}

/// The flags of `jiedu export`, as they are read.
pub(super) struct Flags {
    list: bool,
    all: bool,
    chart: Option<String>,
    out: Option<PathBuf>,
    scale: ExportScale,
    theme: Theme,
    size: ExportSize,
    format: Option<ExportFormat>,
    report: Option<PathBuf>,
}

impl Default for Flags {
    fn default() -> Self {
        Self {
            list: false,
            all: false,
            chart: None,
            out: None,
            scale: ExportScale::X2,
            theme: Theme::Light,
            size: ExportSize::Column,
            format: None,
            report: None,
        }
    }
}

impl Flags {
    /// Reads `--name` (and its value from `parser`).
    ///
    /// # Errors
    /// A flag `jiedu export` has not, or a value it cannot take.
    pub(super) fn read(
        &mut self,
        name: &str,
        parser: &mut lexopt::Parser,
    ) -> Result<(), lexopt::Error> {
        use lexopt::ValueExt;
        let bad = |message: String| lexopt::Error::from(message);
        match name {
            "list" => self.list = true,
            "all" => self.all = true,
            "report" => self.report = Some(PathBuf::from(parser.value()?)),
            "chart" => self.chart = Some(parser.value()?.string()?),
            "out" => self.out = Some(PathBuf::from(parser.value()?)),
            "scale" => {
                let v = parser.value()?.string()?;
                self.scale = v
                    .trim_end_matches(['x', '×'])
                    .parse()
                    .ok()
                    .and_then(ExportScale::from_factor)
                    .ok_or_else(|| bad(format!("--scale must be 1, 2 or 3, not {v:?}")))?;
            }
            "theme" => {
                self.theme = match parser.value()?.string()?.as_str() {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    other => {
                        return Err(bad(format!("--theme must be light or dark, not {other:?}")));
                    }
                };
            }
            "width" => self.size = width(&parser.value()?.string()?)?,
            "size" => self.size = size(&parser.value()?.string()?)?,
            "format" => self.format = Some(format(&parser.value()?.string()?)?),
            other => return Err(lexopt::Error::UnexpectedOption(format!("--{other}"))),
        }
        Ok(())
    }

    /// What the flags ask for: the list of charts, or the export of one or all.
    ///
    /// # Errors
    /// Neither `--chart` nor `--all` (nor `--list`), both, or no `--out`.
    pub(super) fn finish(self, lang: Lang) -> Result<Asked, lexopt::Error> {
        let bad = |message: &str| lexopt::Error::from(message.to_owned());
        if self.list {
            return Ok(Asked::List(self.report));
        }
        if self.all == self.chart.is_some() {
            return Err(bad("export needs either --chart <id> or --all (or --list)"));
        }
        let out = self.out.ok_or_else(|| bad("export needs --out <path>"))?;
        Ok(Asked::Export(ExportArgs {
            chart: self.chart,
            out,
            scale: self.scale,
            theme: self.theme,
            lang,
            size: self.size,
            format: self.format,
            report: self.report,
        }))
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
