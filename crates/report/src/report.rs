//! The report itself: the type every part of the model and the app passes around, its format
//! version, and how a section or a figure is found in it. Loading is in `load`, the rules in
//! `validate`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::{Chapter, Chart, Indicator, Meta, Section};

/// The format version this build writes; see `docs/report-format.md`. Version 2 added
/// `qualifier`, `value_hi`, the kind `point_change` and the five-year periods; version 3 the
/// `review` of an imported figure; version 4 a figure's `direction`, the importer's `doubt` and
/// the review state `auto`.
pub const FORMAT_VERSION: u32 = 4;
/// The oldest format version this build still reads unchanged.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// A whole report: metadata, text in reading order, the figures in it and the charts drawn
/// from them. Loaded once and never persisted: the UI state refers to it by ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Version of the file format (`FORMAT_VERSION`).
    pub format_version: u32,
    /// Title, date, occasion, byline and source notes.
    pub meta: Meta,
    /// The text, chapter by chapter, in reading order.
    pub chapters: Vec<Chapter>,
    /// Every figure of the text, each tied to the run of text that states it.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Charts, each a list of indicators sharing one unit.
    #[serde(default)]
    pub charts: Vec<Chart>,
}

/// Where inside a section: its heading or one of its paragraphs (a search hit, the reading
/// place, a selection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In the section's heading.
    Title,
    /// In paragraph `n`.
    Paragraph(usize),
}

/// Where a section sits: its chapter and its position inside that chapter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SectionRef {
    /// Index into [`Report::chapters`].
    pub chapter: usize,
    /// Index into that chapter's sections.
    pub section: usize,
}

impl Report {
    /// All sections in reading order.
    pub fn section_refs(&self) -> impl Iterator<Item = SectionRef> + '_ {
        self.chapters.iter().enumerate().flat_map(|(chapter, c)| {
            (0..c.sections.len()).map(move |section| SectionRef { chapter, section })
        })
    }

    /// The section at `r`, if it exists.
    #[must_use]
    pub fn section(&self, r: SectionRef) -> Option<&Section> {
        self.chapters.get(r.chapter)?.sections.get(r.section)
    }

    /// Finds a section by its id.
    #[must_use]
    pub fn find_section(&self, id: &str) -> Option<SectionRef> {
        self.section_refs()
            .find(|r| self.section(*r).is_some_and(|s| s.id == id))
    }

    /// Where each section is, by id: one pass, for code that looks up many sections.
    #[must_use]
    pub fn section_index(&self) -> HashMap<&str, SectionRef> {
        self.section_refs()
            .filter_map(|r| Some((self.section(r)?.id.as_str(), r)))
            .collect()
    }

    /// Index into [`Report::indicators`] of each indicator, by id.
    #[must_use]
    pub fn indicator_ids(&self) -> HashMap<&str, usize> {
        self.indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.as_str(), i))
            .collect()
    }

    /// The indicators stated in section `id`, in report order.
    pub fn indicators_in<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Indicator> + 'a {
        self.indicators.iter().filter(move |i| i.section == id)
    }

    /// A one-section report that shows `message` under `title`: what the app opens when a
    /// report cannot be loaded, so that it still starts and says why.
    #[must_use]
    pub fn placeholder(title: &str, message: &str) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            meta: Meta {
                title: title.to_owned(),
                ..Meta::default()
            },
            chapters: vec![Chapter {
                id: "error".into(),
                title: title.to_owned(),
                title_added: false,
                note: None,
                sections: vec![Section {
                    id: "error".into(),
                    title: title.to_owned(),
                    title_added: false,
                    paragraphs: vec![message.to_owned()],
                    note: None,
                }],
            }],
            indicators: Vec::new(),
            charts: Vec::new(),
        }
    }

    /// Finds an indicator by id.
    #[must_use]
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.get(self.indicator_index(id)?)
    }

    /// Index into [`Report::indicators`] of the indicator with id `id`.
    #[must_use]
    pub fn indicator_index(&self, id: &str) -> Option<usize> {
        self.indicators.iter().position(|i| i.id == id)
    }

    /// Index into [`Report::charts`] of the first chart with a bar for indicator `indicator`.
    #[must_use]
    pub fn chart_with(&self, indicator: usize) -> Option<usize> {
        let id = &self.indicators.get(indicator)?.id;
        self.charts.iter().position(|c| c.indicators.contains(id))
    }
}
