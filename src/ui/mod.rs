//! The panels of the reader. Each is a free `_ui` function that takes only what it needs and
//! returns what it wants changed as [`crate::Command`]s.

pub mod strings;
mod strings_errors;
pub mod strings_fill;

mod a11y;
mod chart_figure;
mod chart_keyboard;
mod chart_panel;
#[cfg(test)]
mod contrast_tests;
mod data_view;
mod hits;
mod indicator_card;
mod notice;
mod open_error;
pub mod palette;
mod reader;
mod shortcuts;
mod side_tabs;
pub mod style;
mod toc;
mod toolbar;

pub use a11y::{focus_ring_ui, keyboard_in_use};
pub use chart_figure::{FIGURE_MARGIN, FigureOutput, FigureView, chart_figure_ui};
pub use chart_keyboard::bar_id;
pub use chart_panel::{ChartOutput, ExportControls, FigurePlacement, chart_panel_ui};
pub use data_view::data_view_ui;
pub use hits::hits_ui;
pub use indicator_card::indicator_card_ui;
pub use notice::notice_ui;
pub use open_error::{drop_hint_ui, open_error_ui};
pub use reader::{ReaderView, reader_ui};
pub use shortcuts::{shortcut_list, shortcuts_ui};
pub use side_tabs::{figure_popup_ui, side_tabs_ui};
pub use style::{apply_style, figure_format, init_text_styles};
pub use toc::toc_ui;
pub use toolbar::{Position, toolbar_ui};
