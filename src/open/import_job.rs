//! An import running on a thread of its own, so the window keeps painting while a long text is
//! read; the app polls it once per frame (`App::logic`) and gets its outcome as a command.

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Instant;

use jiedu_import::{MAX_INPUT_BYTES, TextEncoding, import_bytes};

use crate::open::imported::{ImportOutcome, ImportProblem, ImportSource};

/// An import in progress.
pub struct ImportJob {
    /// Where the text came from (shown while it runs).
    pub source: ImportSource,
    /// When it started.
    pub started: Instant,
    outcome: mpsc::Receiver<ImportOutcome>,
}

impl ImportJob {
    /// Imports `bytes` on a new thread, in `encoding` or the one detected; with no bytes, reads
    /// the file of `source` first (on that thread too).
    #[must_use]
    pub fn spawn(
        ctx: &egui::Context,
        source: ImportSource,
        bytes: Option<Arc<[u8]>>,
        encoding: Option<TextEncoding>,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let repaint = ctx.clone();
        let job_source = source.clone();
        std::thread::spawn(move || {
            let read = match (bytes, job_source.path()) {
                (Some(bytes), _) => Ok(bytes),
                (None, Some(path)) => read_text_file(path),
                (None, None) => Ok(Arc::from(Vec::new())),
            };
            let outcome = match read {
                Ok(bytes) => ImportOutcome {
                    result: import_bytes(&bytes, encoding)
                        .map(Box::new)
                        .map_err(ImportProblem::Import),
                    source: job_source,
                    bytes,
                },
                Err(problem) => ImportOutcome {
                    source: job_source,
                    bytes: Arc::from(Vec::new()),
                    result: Err(problem),
                },
            };
            drop(tx.send(outcome));
            repaint.request_repaint();
        });
        Self {
            source,
            started: Instant::now(),
            outcome: rx,
        }
    }

    /// The outcome, once the import is done.
    #[must_use]
    pub fn poll(&self) -> Option<ImportOutcome> {
        match self.outcome.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(mpsc::TryRecvError::Empty) => None,
            // The thread died without an answer (it panicked): say so rather than wait forever.
            Err(mpsc::TryRecvError::Disconnected) => Some(ImportOutcome {
                source: self.source.clone(),
                bytes: Arc::from(Vec::new()),
                result: Err(ImportProblem::Stopped),
            }),
        }
    }
}

/// The bytes of a text file, refusing one larger than the importer takes before reading it.
///
/// # Errors
/// When the file cannot be read, or is larger than the importer takes.
pub fn read_text_file(path: &std::path::Path) -> Result<Arc<[u8]>, ImportProblem> {
    let too_large = |bytes: usize| {
        ImportProblem::Import(jiedu_import::ImportError::TooLarge {
            bytes,
            limit: MAX_INPUT_BYTES,
        })
    };
    let size = std::fs::metadata(path).map_err(|e| ImportProblem::Read(e.kind(), e.to_string()))?;
    let size = usize::try_from(size.len()).unwrap_or(usize::MAX);
    if size > MAX_INPUT_BYTES {
        return Err(too_large(size));
    }
    std::fs::read(path)
        .map(Arc::from)
        .map_err(|e| ImportProblem::Read(e.kind(), e.to_string()))
}
