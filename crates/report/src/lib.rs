//! The report model: what a work report is (chapters, sections, indicators, charts), how it is
//! loaded from JSON, and how it is checked. Nothing here knows about egui, so the model can be
//! tested, validated from the command line and reused by any front end.

mod chapter;
mod chart;
mod fault;
mod figures;
mod index;
mod indicator;
mod load;
mod meta;
mod numbers;
mod open;
mod problem;
mod report;
mod rule;
mod salvage;
mod shape;
pub mod synthetic;
mod validate;
mod validate_charts;

pub use chapter::{Chapter, Section};
pub use chart::{Chart, ChartKind};
pub use fault::{Expected, JsonFault};
pub use figures::{FigureSpan, figure_spans_by_section};
pub use index::charts_by_section;
pub use indicator::{Direction, Indicator, Kind, Period, Qualifier, Review};
pub use load::{EMBEDDED_JSON, LoadError, json_path};
pub use meta::Meta;
pub use numbers::{fold_width, half_width, unit_scale, written_numbers};
pub use open::{MAX_DEPTH, MAX_FILE_BYTES, OpenError, from_bytes, open_file};
pub use problem::{Problem, Subject};
pub use report::{FORMAT_VERSION, OLDEST_FORMAT_VERSION, Place, Report, SectionRef};
pub use rule::{
    Counted, MAX_BARS, MAX_CHARTS, MAX_INDICATORS, MAX_SECTIONS, MAX_VALUE, Mixed, Rule,
};
pub use salvage::{only_figures, open_anyway};
pub use shape::ShapeProblem;
pub use validate::{validate, validate_indicator};

#[cfg(test)]
#[path = "schema_tests.rs"]
mod schema_tests;

#[cfg(test)]
mod boundary_tests;
