//! Where the panels drew what others must find again: the bars and the figures of the text
//! (keyboard focus, tests), the chart figure (whether one is shown) and the reader's scroll
//! position (to follow the user's own scrolling). A panel returns its commands and writes its
//! geometry here; it is the only other thing a panel hands back.

use egui::Rect;

use crate::report::SectionRef;

/// Where the chart figure was drawn, for the exporter.
#[derive(Clone, Debug)]
pub struct FigurePlacement {
    /// The figure, margin included, in points.
    pub rect: Rect,
}

/// What the panels drew last frame, where.
#[derive(Clone, Debug, Default)]
pub struct Drawn {
    /// Each bar of the chart shown, by indicator.
    pub bar_rects: Vec<(usize, Rect)>,
    /// Each figure of the text shown (its first line), by indicator.
    pub figure_rects: Vec<(usize, Rect)>,
    /// The focus target of each figure of the text shown, by indicator.
    pub figure_links: Vec<(usize, egui::Id)>,
    /// Where the keyboard lands in each region (F6): the toolbar, the contents, the text, the
    /// side panel.
    pub regions: [Option<egui::Id>; 4],
    /// The chart figure (none when no chart is shown).
    pub figure: Option<FigurePlacement>,
    /// Vertical scroll offset of the chapter in the reader.
    pub reader_offset: f32,
    /// The section whose heading is at (or above) the top third of the reader's view.
    pub reader_top: Option<SectionRef>,
    /// The heading or paragraph at the top of the reader's view (kept when the layout changes).
    pub reader_place: Option<(SectionRef, crate::report::Place)>,
    /// Text size and column width of the reader last frame.
    pub reader_layout: (f32, f32),
}
