//! What an export is asked to do: where the image goes, its layout size, its format and how
//! many pixels per point.
//! Plain data with no egui, kept with the settings: the settings, the commands and the panels
//! that offer them (the chart's export bar, the comparison's buttons) name them without
//! depending on the export machinery above them.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Pixels per point of an exported image.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportScale {
    /// As many pixels as points.
    X1,
    /// Twice as many: sharp on slides and high-density screens (the default).
    #[default]
    X2,
    /// Three times: print.
    X3,
}

impl ExportScale {
    /// Every scale, smallest first.
    pub const ALL: [Self; 3] = [Self::X1, Self::X2, Self::X3];

    /// Pixels per point.
    #[must_use]
    pub fn factor(self) -> f32 {
        match self {
            Self::X1 => 1.0,
            Self::X2 => 2.0,
            Self::X3 => 3.0,
        }
    }

    /// `1×`, `2×`, `3×`.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::X1 => "1×",
            Self::X2 => "2×",
            Self::X3 => "3×",
        }
    }

    /// The scale for a factor given on the command line.
    #[must_use]
    pub fn from_factor(factor: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.factor() as u32 == factor)
    }
}

/// The layout of an exported image, whatever the panel's width.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportSize {
    /// 640 points wide, as tall as the chart: a column of an article (times the density).
    #[default]
    Column,
    /// Exactly 1080×1080 pixels: social media (a column's figure, enlarged).
    Square,
    /// Exactly 1920×1080 pixels: a slide (a column's figure, enlarged).
    Slide,
    /// This many points wide, as tall as the chart (times the density).
    Custom(u32),
}

/// Width of a column of an article, in points.
const COLUMN: u32 = 640;

/// Narrowest and widest custom width, in points.
pub const CUSTOM_WIDTHS: std::ops::RangeInclusive<u32> = 240..=2400;

/// Where and how large a figure is laid out for an export.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Width of the figure in points.
    pub width: f32,
    /// Pixels per point.
    pub pixels_per_point: f32,
    /// The exact pixel size of the image, when the size fixes it (the figure is centred on it).
    pub canvas: Option<[usize; 2]>,
}

impl ExportSize {
    /// The sizes offered as presets.
    pub const PRESETS: [Self; 3] = [Self::Column, Self::Square, Self::Slide];

    /// How a figure of this size is laid out at density `scale` (square and slide have fixed
    /// pixels: a column's layout at the density that fills their width).
    #[must_use]
    pub fn layout(self, scale: ExportScale) -> Layout {
        let free = |width: u32| Layout {
            width: width as f32,
            pixels_per_point: scale.factor(),
            canvas: None,
        };
        // The figure of a column, enlarged to the canvas's width (smaller if too tall).
        let fixed = |w: usize, h: usize| Layout {
            width: COLUMN as f32,
            pixels_per_point: w as f32 / COLUMN as f32,
            canvas: Some([w, h]),
        };
        match self {
            Self::Column => free(COLUMN),
            Self::Custom(w) => free(w.clamp(*CUSTOM_WIDTHS.start(), *CUSTOM_WIDTHS.end())),
            Self::Square => fixed(1080, 1080),
            Self::Slide => fixed(1920, 1080),
        }
    }

    /// Whether the density (1×, 2×, 3×) changes the image.
    #[must_use]
    pub fn uses_density(self) -> bool {
        matches!(self, Self::Column | Self::Custom(_))
    }
}

/// The kind of file an export writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    /// Pixels.
    #[default]
    Png,
    /// Vectors, with the text as text.
    Svg,
}

impl ExportFormat {
    /// Both formats.
    pub const ALL: [Self; 2] = [Self::Png, Self::Svg];

    /// The file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }

    /// `PNG`, `SVG`.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Svg => "SVG",
        }
    }
}

/// Where a single chart image goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The clipboard.
    Clipboard,
    /// A file the user picks in a save dialog.
    AskFile,
    /// This file (tests, and the dialog's answer).
    File(PathBuf),
}

/// [`crate::storage::name::file_name`] for a file of `format`.
#[must_use]
pub fn file_name_as(title: &str, date: &str, format: ExportFormat) -> String {
    crate::storage::name::file_name_ext(title, date, format.extension())
}

/// `path` with the extension of `format` added, unless it already ends with it (any case).
#[must_use]
pub fn with_extension(path: PathBuf, format: ExportFormat) -> PathBuf {
    let ext = format.extension();
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".");
        name.push(ext);
        PathBuf::from(name)
    }
}

#[cfg(test)]
mod tests {
    use super::{ExportFormat, ExportScale, file_name_as, with_extension};
    use std::path::PathBuf;

    #[test]
    fn scales_round_trip_from_the_command_line() {
        for s in ExportScale::ALL {
            assert_eq!(ExportScale::from_factor(s.factor() as u32), Some(s));
        }
        assert_eq!(ExportScale::from_factor(4), None);
    }

    #[test]
    fn svg_files_are_named_like_png_files() {
        assert_eq!(file_name_as("投资", "1", ExportFormat::Svg), "投资-1.svg");
        assert_eq!(file_name_as("a.png", "1", ExportFormat::Png), "a.png-1.png");
        assert_eq!(
            with_extension("a/b".into(), ExportFormat::Svg),
            PathBuf::from("a/b.svg")
        );
        assert_eq!(
            with_extension("a/b.SVG".into(), ExportFormat::Svg),
            PathBuf::from("a/b.SVG")
        );
        assert_eq!(
            with_extension("a/图.v2".into(), ExportFormat::Png),
            PathBuf::from("a/图.v2.png")
        );
    }
}
