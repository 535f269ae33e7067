//! CSV as spreadsheets read it: a field quoted where it must be (RFC 4180), and the mark that
//! tells Excel the file is UTF-8. Shared by every table Jiedu writes (the data table, the
//! comparison, the dataset).

/// The byte order mark that tells Excel a CSV file is UTF-8 (without it Chinese comes out
/// garbled).
pub const UTF8_BOM: &str = "\u{feff}";

/// One field of a CSV (`sep` `,`) or TSV (`\t`) line: quoted, with its quotes doubled, when it
/// holds the separator, a quote or a line break (RFC 4180).
#[must_use]
pub fn field(f: &str, sep: char) -> String {
    if f.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_owned()
    }
}
