//! The review kept beside the app's data folder after every step, so that a crash loses at
//! most the step being taken: the open report (with its review state) is written as a report
//! file on a thread of its own, in the order the steps came, and removed once the review is
//! saved or discarded. At start an autosave left behind is offered back. A write that fails
//! comes back to the app (`failures`), which says so: the user then knows to save the review
//! elsewhere.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::storage::ExportError;

use crate::report::Report;

/// The file name in the data folder.
const FILE_NAME: &str = "review-autosave.json";

enum Job {
    Write(Vec<u8>),
    Remove,
}

/// Where the review is kept, and the thread that writes it.
#[derive(Default)]
pub struct Autosave {
    path: Option<PathBuf>,
    writer: Option<Sender<Job>>,
    failed: Option<Receiver<ExportError>>,
}

impl Autosave {
    /// Beside the app's settings (the data folder); nowhere when the system has none.
    #[must_use]
    pub fn in_data_folder() -> Self {
        Self::at(crate::platform::logging::log_folder().map(|d| d.join(FILE_NAME)))
    }

    /// At `path` (tests), or nowhere.
    #[must_use]
    pub fn at(path: Option<PathBuf>) -> Self {
        Self {
            path,
            writer: None,
            failed: None,
        }
    }

    /// The file, when there is one to write.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Keeps `report` (the review as it stands now).
    pub fn write(&mut self, report: &Report) {
        if self.path.is_none() {
            return;
        }
        match serde_json::to_vec(report) {
            Ok(bytes) => self.send(Job::Write(bytes)),
            Err(e) => log::warn!("could not keep the review: {e}"),
        }
    }

    /// Forgets the kept review (it was saved or discarded).
    pub fn clear(&mut self) {
        self.send(Job::Remove);
    }

    /// The review left behind by a session that did not end well, if there is one that opens.
    #[must_use]
    pub fn left_behind(&self) -> Option<Report> {
        let path = self.path.as_deref()?;
        let bytes = std::fs::read(path).ok()?;
        match crate::report::from_bytes(&bytes) {
            Ok(report) => Some(report),
            Err(e) => {
                log::warn!("the review kept at {} does not open: {e:?}", path.display());
                None
            }
        }
    }

    /// The writes that failed since the last call (the newest last).
    pub fn failures(&mut self) -> Vec<ExportError> {
        self.failed
            .as_ref()
            .map(|rx| rx.try_iter().collect())
            .unwrap_or_default()
    }

    fn send(&mut self, job: Job) {
        let Some(path) = self.path.clone() else {
            return;
        };
        let failed = &mut self.failed;
        let writer = self.writer.get_or_insert_with(|| {
            let (tx, rx) = channel::<Job>();
            let (failures, failed_rx) = channel::<ExportError>();
            *failed = Some(failed_rx);
            std::thread::spawn(move || {
                for job in rx {
                    if let Err(e) = run(&job, &path) {
                        log::warn!("autosave of the review at {}: {e}", path.display());
                        drop(failures.send(e));
                    }
                }
            });
            tx
        });
        if writer.send(job).is_err() {
            log::warn!("the autosave thread has stopped");
        }
    }
}

/// Does `job` on the file at `path`.
fn run(job: &Job, path: &Path) -> Result<(), ExportError> {
    let fail = |at: &Path| {
        let at = at.to_owned();
        move |source| ExportError::Write { path: at, source }
    };
    match job {
        Job::Write(bytes) => {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(fail(dir))?;
            }
            crate::storage::write_atomically(path, bytes)
        }
        Job::Remove if path.exists() => std::fs::remove_file(path).map_err(fail(path)),
        Job::Remove => Ok(()),
    }
}
