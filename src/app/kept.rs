//! What the app keeps for the user (settings, the library, the review's autosave) and what it
//! says when a write fails: what was not kept, where, why, and what to do instead. A failed
//! write is never only logged.

use super::JieduApp;
use crate::export::{ExportError, Notice, NoticeKind};
use crate::i18n::fill::fill;

impl JieduApp {
    /// A change of the library that could not be written is said; it stays until closed.
    pub(super) fn library_kept(&mut self, kept: Result<(), ExportError>) {
        let Err(e) = kept else {
            return;
        };
        log::warn!("the library could not be written: {e}");
        let s = self.s();
        self.failed(fill(s.library_not_kept_n, &[("detail", &e.describe(s))]));
    }

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
