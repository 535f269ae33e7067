//! What Jiedu remembers between runs. Kept apart from the report, which is never persisted:
//! only plain preferences and the id of the section the reader was in. They are kept in a file
//! of their own in the data folder, replaced whole on every save (eframe's store rewrites its
//! file in place, which a crash or a second window can leave empty).

pub mod chart_options;
pub mod export_options;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
pub use crate::theme::Theme;

/// Persisted UI preferences. Every field has a default, so state from an older version loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light or dark.
    pub theme: Theme,
    /// Interface language.
    pub lang: Lang,
    /// Reading text size as a multiple of the default (clamped to `TEXT_SCALE_RANGE`).
    pub text_scale: f32,
    /// Id of the section last read, reopened at start.
    pub last_section: Option<String>,
    /// Whether the chart panel is shown.
    pub show_charts: bool,
    /// Order of the bars in charts.
    pub chart_sort: chart_options::SortOrder,
    /// Pixels per point of exported chart images.
    pub export_scale: crate::settings::export_options::ExportScale,
    /// The folder the last image was saved to (the save dialog opens there).
    pub export_folder: Option<std::path::PathBuf>,
    /// Layout size of exported images.
    pub export_size: crate::settings::export_options::ExportSize,
    /// PNG or SVG.
    pub export_format: crate::settings::export_options::ExportFormat,
    /// The words of chart figures the user rewrote, by report and chart.
    pub figure_edits: chart_options::EditsByReport,
    /// Report files opened, most recent first (paths only: reports are never persisted).
    pub recent_files: Vec<std::path::PathBuf>,
}

/// The settings file in the data folder.
pub const FILE_NAME: &str = "settings.ron";

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 8;

/// Smallest and largest text scale.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.7..=2.0;

/// One step of Ctrl+= / Ctrl+-.
pub const TEXT_SCALE_STEP: f32 = 0.1;

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: Theme::Light,
            lang: Lang::Zh,
            text_scale: 1.0,
            last_section: None,
            show_charts: true,
            chart_sort: chart_options::SortOrder::Report,
            export_scale: crate::settings::export_options::ExportScale::default(),
            export_folder: None,
            export_size: crate::settings::export_options::ExportSize::default(),
            export_format: crate::settings::export_options::ExportFormat::default(),
            figure_edits: chart_options::EditsByReport::new(),
            recent_files: Vec::new(),
        }
    }
}

impl Settings {
    /// Reads saved settings (RON, as eframe stores them). State that does not parse (corrupt,
    /// or from a version whose fields changed type) is ignored with a log line: the app starts
    /// with defaults rather than not at all.
    #[must_use]
    pub fn from_saved(text: Option<&str>) -> Self {
        let Some(text) = text else {
            return Self::default();
        };
        match ron::from_str(text) {
            Ok(settings) => settings,
            Err(e) => {
                log::warn!("saved settings ignored (corrupt or from another version): {e}");
                Self::default()
            }
        }
    }

    /// The settings kept at `path`; where there is no such file yet, the ones an earlier
    /// version left in eframe's store (`eframe_saved`).
    #[must_use]
    pub fn load(path: Option<&std::path::Path>, eframe_saved: Option<&str>) -> Self {
        let own = path.and_then(|p| std::fs::read_to_string(p).ok());
        Self::from_saved(own.as_deref().or(eframe_saved))
    }

    /// Writes the settings to `path` atomically (the file that was there stays whole if
    /// anything fails).
    ///
    /// # Errors
    /// When the folder cannot be made or the file written: where, and what the system said.
    pub fn store(&self, path: &std::path::Path) -> Result<(), crate::storage::ExportError> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|e| crate::storage::ExportError::Encode(e.to_string()))?;
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|source| {
                crate::storage::ExportError::Write {
                    path: folder.to_owned(),
                    source,
                }
            })?;
        }
        crate::storage::write_atomically(path, text.as_bytes())
    }

    /// Puts `path` first in the recent files, once, keeping at most [`MAX_RECENT`].
    pub fn remember_recent(&mut self, path: std::path::PathBuf) {
        // Kept whole: a path relative to the folder the app was started from would name
        // another file (or none) when it is started from elsewhere.
        let path = std::path::absolute(&path).unwrap_or(path);
        self.recent_files.retain(|p| *p != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// Changes the text scale by `steps` steps, within bounds.
    pub fn step_text_scale(&mut self, steps: f32) {
        let scaled = (self.text_scale + steps * TEXT_SCALE_STEP)
            .clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end());
        // Round to the step grid so repeated steps never drift (1.0 → 1.1 → 1.0 exactly).
        self.text_scale = (scaled * 10.0).round() / 10.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_scale_is_clamped_and_stable() {
        let mut s = Settings::default();
        for _ in 0..30 {
            s.step_text_scale(1.0);
        }
        assert!((s.text_scale - 2.0).abs() < f32::EPSILON);
        for _ in 0..30 {
            s.step_text_scale(-1.0);
        }
        assert!((s.text_scale - 0.7).abs() < f32::EPSILON);
    }

    #[test]
    fn export_scale_and_folder_survive_a_restart() {
        let s = Settings {
            export_scale: crate::settings::export_options::ExportScale::X3,
            export_folder: Some("/tmp/图表".into()),
            ..Settings::default()
        };
        let json = serde_json::to_string(&s).expect("saves");
        let back: Settings = serde_json::from_str(&json).expect("loads");
        assert_eq!(back, s);
    }

    #[test]
    fn export_choices_and_rewritten_words_survive_a_restart() {
        let mut edits = chart_options::FigureEdits::default();
        edits.set(chart_options::FigureField::Title, "上街区的目标".to_owned());
        let mut s = Settings {
            export_size: crate::settings::export_options::ExportSize::Custom(900),
            export_format: crate::settings::export_options::ExportFormat::Svg,
            ..Settings::default()
        };
        s.figure_edits
            .entry("解读上街区政府工作报告 · 3月19日 · 2024".to_owned())
            .or_default()
            .insert("2024年主要预期目标".to_owned(), edits);
        // As eframe stores them.
        let saved = ron::to_string(&s).expect("saves");
        assert_eq!(Settings::from_saved(Some(&saved)), s);
    }

    #[test]
    fn the_language_survives_a_restart_and_old_state_means_chinese() {
        let s = Settings {
            lang: Lang::En,
            ..Settings::default()
        };
        let saved = ron::to_string(&s).expect("saves");
        assert_eq!(Settings::from_saved(Some(&saved)).lang, Lang::En);
        // State saved before the language setting existed.
        let old = saved.replace("lang:En,", "");
        assert_ne!(old, saved);
        assert_eq!(Settings::from_saved(Some(&old)).lang, Lang::Zh);
    }

    #[test]
    fn corrupt_saved_state_gives_defaults() {
        assert_eq!(
            Settings::from_saved(Some("(theme: Dark, text_scale: \"big\")")),
            Settings::default()
        );
        assert_eq!(
            Settings::from_saved(Some("\u{0}garbage")),
            Settings::default()
        );
        assert_eq!(Settings::from_saved(None), Settings::default());
        let saved = ron::to_string(&Settings {
            theme: Theme::Dark,
            ..Settings::default()
        })
        .expect("ron");
        assert_eq!(Settings::from_saved(Some(&saved)).theme, Theme::Dark);
        // An older version's state: fewer fields, and one this version no longer has.
        let old = Settings::from_saved(Some("(theme: Dark, retired_field: 3)"));
        assert_eq!(old.theme, Theme::Dark);
    }

    #[test]
    fn a_recent_file_named_relative_to_where_the_app_started_is_kept_whole() {
        let mut s = Settings::default();
        s.remember_recent("reports/浙江省.txt".into());
        let kept = &s.recent_files[0];
        assert!(kept.is_absolute(), "{}", kept.display());
        let here = std::env::current_dir().expect("a current folder");
        assert_eq!(*kept, here.join("reports/浙江省.txt"));
        // The same file named again, either way, is one entry.
        s.remember_recent(here.join("reports/浙江省.txt"));
        assert_eq!(s.recent_files.len(), 1);
    }

    #[test]
    fn recent_files_are_unique_newest_first_and_capped() {
        let mut s = Settings::default();
        for i in 0..12 {
            s.remember_recent(format!("/r/{i}.json").into());
        }
        s.remember_recent("/r/5.json".into());
        assert_eq!(s.recent_files.len(), MAX_RECENT);
        assert_eq!(s.recent_files[0], std::path::PathBuf::from("/r/5.json"));
        assert_eq!(
            s.recent_files
                .iter()
                .filter(|p| p.ends_with("5.json"))
                .count(),
            1
        );
    }

    #[test]
    fn old_or_partial_state_loads_with_defaults() {
        let s: Settings = serde_json::from_str(r#"{"theme":"Dark"}"#).expect("loads");
        assert_eq!(s.theme, Theme::Dark);
        assert!((s.text_scale - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn settings_are_kept_in_their_own_file_and_found_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("data").join(FILE_NAME);
        let s = Settings {
            lang: Lang::En,
            text_scale: 1.3,
            ..Settings::default()
        };
        s.store(&path).expect("kept");
        assert_eq!(Settings::load(Some(&path), None), s);
        // Their own file wins over what an earlier version left in eframe's store, which is
        // read only when there is no file yet.
        let eframe = ron::to_string(&Settings::default()).expect("ron");
        assert_eq!(Settings::load(Some(&path), Some(&eframe)), s);
        let missing = dir.path().join("none").join(FILE_NAME);
        let old = ron::to_string(&s).expect("ron");
        assert_eq!(Settings::load(Some(&missing), Some(&old)), s);
    }

    #[cfg(unix)]
    #[test]
    fn the_settings_file_is_replaced_whole_never_rewritten_in_place() {
        // A hard link keeps seeing the old file after an atomic replace; a write in place would
        // change it (and a crash in between would leave it empty).
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE_NAME);
        Settings::default().store(&path).expect("kept");
        let before = std::fs::read(&path).expect("read");
        let link = dir.path().join("link.ron");
        std::fs::hard_link(&path, &link).expect("link");
        let changed = Settings {
            lang: Lang::En,
            ..Settings::default()
        };
        changed.store(&path).expect("kept");
        assert_eq!(Settings::load(Some(&path), None).lang, Lang::En);
        assert_eq!(std::fs::read(&link).expect("read"), before);
    }

    #[test]
    fn settings_that_cannot_be_written_say_where() {
        let dir = tempfile::tempdir().expect("temp dir");
        let blocker = dir.path().join("a-file");
        std::fs::write(&blocker, b"x").expect("file");
        let err = Settings::default()
            .store(&blocker.join("data").join(FILE_NAME))
            .expect_err("cannot");
        assert!(err.to_string().contains("a-file"), "{err}");
    }
}
