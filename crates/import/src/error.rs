//! Why a text could not be imported: the one error type of the importer, shared by decoding
//! and the figures' limit.

/// Why a text could not be imported.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but white space.
    #[error("the text is empty")]
    Empty,
    /// Over [`crate::MAX_INPUT_BYTES`].
    #[error("the file is too large: {bytes} bytes (limit {limit})")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// An image, an archive, a document format: not plain text.
    #[error("this is not plain text (an image, archive or document?)")]
    Binary,
    /// Bytes that are not valid text in the encoding found or chosen.
    #[error("the bytes are not valid {encoding} text")]
    NotText {
        /// The encoding tried.
        encoding: &'static str,
    },
    /// A PDF whose pages hold no text: pictures of pages, as a scanner makes.
    #[error("this PDF holds pictures of pages (a scan), not text")]
    PdfScanned,
    /// A PDF that opens only with its password.
    #[error("this PDF is locked with a password")]
    PdfLocked,
    /// A PDF that cannot be read: damaged, cut short, or not what it says.
    #[error("this PDF is damaged or cannot be read")]
    PdfBroken,
    /// A web page with no text to read (a page of links, a frame around another page).
    #[error("this web page holds no article to read")]
    NoArticle,
    /// A Jiedu report (JSON) given to the importer: it opens as it is.
    #[error("this is already a Jiedu report (JSON): open it instead of importing it")]
    AlreadyReport,
    /// More figures than a report may hold.
    #[error("the text has more than {limit} figures")]
    TooManyFigures {
        /// The limit.
        limit: usize,
    },
}
