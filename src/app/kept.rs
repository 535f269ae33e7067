//! What the app keeps for the user (the settings, the review's autosave; the library says its
//! own, in `compare/apply`) and what it says when a write fails: what was not kept, where,
//! why, and what to do instead. A failed write is never only logged.

use super::JieduApp;
use crate::i18n::fill::fill;
use crate::notice::{Notice, NoticeKind};

impl JieduApp {
    /// Writes the settings to their file (eframe asks every 30 seconds and at the end). A
    /// failure is said once, not at every try; a later success forgets it.
    pub fn store_settings(&mut self) {
        let Some(path) = &self.settings_file.path else {
            return;
        };
        match self.settings.store(path) {
            Ok(()) => self.settings_file.told = false,
            Err(e) if !self.settings_file.told => {
                log::warn!("the settings could not be written: {e}");
                self.settings_file.told = true;
                let s = self.s();
                self.failed(fill(s.settings_not_kept_n, &[("detail", &e.describe(s))]));
            }
            Err(_) => {}
        }
    }

    /// The autosave of the review could not be written (`detail` says where and why): the
    /// review would not come back after a crash, so the user is told to save it.
    pub(super) fn autosave_failed(&mut self, detail: &str) {
        let text = fill(self.s().autosave_failed_n, &[("detail", &detail)]);
        self.failed(text);
    }

    fn failed(&mut self, text: String) {
        self.export.notice = Some(Notice::new(NoticeKind::Failed, text));
    }
}

impl Drop for JieduApp {
    /// The settings are kept however the app ends: eframe saves on a normal close, but not
    /// when the window is taken away from outside.
    fn drop(&mut self) {
        self.store_settings();
    }
}
