//! Where the settings file is, and whether a failure to write it was said: state of the app,
//! written by `kept`.

/// Where the settings are kept (none: nowhere, as in tests), and whether the user was told
/// they could not be written (told once, not at every save).
#[derive(Clone, Debug, Default)]
pub struct SettingsFile {
    /// The file.
    pub path: Option<std::path::PathBuf>,
    pub(super) told: bool,
}
