//! A folder of reports imported in the app (文件 → 导入文件夹…): each text or page of the folder
//! imported on a thread of its own, one after another, so the window keeps painting and shows
//! how far it got; a cancel stops it between two texts. What each text made comes back to the
//! app, which puts it in the library; a text that does not import is named with why, and the
//! others go on.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use jiedu_import::import_bytes;

use crate::open::import_job::read_text_file;
use crate::open::imported::{FolderStep, ImportProblem};

/// A folder import in progress.
pub struct FolderJob {
    /// The folder.
    pub folder: PathBuf,
    /// Texts in it, once counted.
    pub total: Option<usize>,
    /// Texts tried so far.
    pub done: usize,
    /// Entries of the library when it started (a report already there is not one more).
    pub before: usize,
    /// Reports imported and kept in the library (new or already there).
    pub joined: usize,
    /// Texts that did not import or could not be kept, by file name.
    pub failed: Vec<String>,
    steps: mpsc::Receiver<FolderStep>,
    cancel: Arc<AtomicBool>,
}

impl FolderJob {
    /// Starts importing the texts of `folder` on a thread of its own.
    #[must_use]
    /// `before` is how many entries the library has now.
    pub fn spawn(ctx: &egui::Context, folder: PathBuf, before: usize) -> Self {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let (stop, repaint, dir) = (Arc::clone(&cancel), ctx.clone(), folder.clone());
        std::thread::spawn(move || {
            let send = |step: FolderStep| {
                drop(tx.send(step));
                repaint.request_repaint();
            };
            let texts = importable_in(&dir).unwrap_or_default();
            send(FolderStep::Total(texts.len()));
            for path in texts {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let imported = read_text_file(&path)
                    .and_then(|bytes| import_bytes(&bytes, None).map_err(ImportProblem::Import));
                send(match imported {
                    Ok(imported) => FolderStep::Imported(path, Box::new(imported.report)),
                    Err(problem) => FolderStep::Failed(path, problem),
                });
            }
            send(FolderStep::Done);
        });
        Self {
            folder,
            total: None,
            done: 0,
            before,
            joined: 0,
            failed: Vec::new(),
            steps: rx,
            cancel,
        }
    }

    /// Stops the import after the text being read.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether a cancel was asked.
    #[must_use]
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// What the thread said since the last frame (a thread that died says it is done).
    pub fn steps(&mut self) -> Vec<FolderStep> {
        let mut steps = Vec::new();
        loop {
            match self.steps.try_recv() {
                Ok(step) => {
                    match &step {
                        FolderStep::Total(n) => self.total = Some(*n),
                        FolderStep::Imported(..) | FolderStep::Failed(..) => {
                            self.done += 1;
                        }
                        FolderStep::Done => {}
                    }
                    steps.push(step);
                }
                Err(mpsc::TryRecvError::Empty) => return steps,
                Err(mpsc::TryRecvError::Disconnected) => {
                    steps.push(FolderStep::Done);
                    return steps;
                }
            }
        }
    }
}

/// The texts and pages of `folder` the importer reads, in name order.
///
/// # Errors
/// When the folder cannot be listed.
pub fn importable_in(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && crate::open::imported::is_text(p))
        .collect();
    texts.sort();
    Ok(texts)
}
