//! What every panel draws with: the style and text sizes, the language of the frame, focus
//! and screen-reader helpers, and the indicator card that the reader, the charts and the side
//! tabs all show. Feature panels live in their feature's folder, not here.

pub mod a11y;
pub mod axis;
#[cfg(test)]
mod contrast_tests;
pub mod drawn;
pub mod grip;
pub mod indicator_card;
pub mod palette;
pub mod strings;
pub mod style;
pub mod typography;
