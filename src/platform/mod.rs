//! What differs between the machines Jiedu runs on, kept out of the features: the bundled
//! fonts, native file dialogs, the log file and the start-up timing.

pub mod crash;
pub mod dialog_answer;
pub mod file_dialog;
pub mod fonts;
pub mod logging;
pub mod startup;

/// Application id: the name of the settings folder and the Linux/Wayland app id.
pub const APP_ID: &str = "jiedu";
