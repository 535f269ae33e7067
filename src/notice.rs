//! The one line the app says what happened in (an export written, a report saved, a folder
//! imported, a file that could not be written): plain data, so that every feature that does
//! something the user waits on can say so, whichever stands above which. The export's
//! `notice_ui` draws it.

use std::path::PathBuf;
use std::time::Instant;

/// How long a success notice stays.
pub const NOTICE_SECONDS: f32 = 8.0;

/// What a notice is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Done; the folder can be opened.
    Done(Option<PathBuf>),
    /// Still running.
    Progress,
    /// Failed; stays until closed.
    Failed,
}

/// A short message about what the app just did.
#[derive(Clone, Debug)]
pub struct Notice {
    /// What it is about.
    pub kind: NoticeKind,
    /// The message.
    pub text: String,
    /// When it was shown (success notices fade after [`NOTICE_SECONDS`]).
    pub since: Instant,
}

impl Notice {
    /// A notice shown from now on.
    #[must_use]
    pub fn new(kind: NoticeKind, text: String) -> Self {
        Self {
            kind,
            text,
            since: Instant::now(),
        }
    }
}
