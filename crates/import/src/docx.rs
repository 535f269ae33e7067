//! A Word document (`.docx`): a zip archive whose `word/document.xml` holds the text. Its
//! paragraphs are read in order (runs joined, a tab a space, a line break a line end), a
//! table's cells one line each, and the whole is plain text for the rest of the importer.
//! Headings need nothing of their own: the importer knows a heading by its words (一、…), as in
//! a text. Read with `zip` and `quick-xml`; the part's size is checked before it is inflated, so
//! a zip bomb is refused, not unpacked.

use std::io::{Cursor, Read};

use quick_xml::events::Event;

use crate::ImportError;
use crate::decode::MAX_INPUT_BYTES;

/// The part of a `.docx` that holds the document's text.
const DOCUMENT: &str = "word/document.xml";

/// A document's XML is several times its text; more than this is not a report.
const MAX_XML_BYTES: u64 = 8 * MAX_INPUT_BYTES as u64;

/// Whether `bytes` are a zip archive with a Word document in it.
#[must_use]
pub fn is_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(bytes))
            .is_ok_and(|z| z.index_for_name(DOCUMENT).is_some())
}

/// The text of the Word document in `bytes`, a paragraph a line.
///
/// # Errors
/// [`ImportError::Binary`] when the archive or its XML cannot be read, [`ImportError::TooLarge`]
/// when the document's text would be larger than a report may be, [`ImportError::Empty`] when
/// it holds no text.
pub fn document_text(bytes: &[u8]) -> Result<String, ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::Binary)?;
    let part = archive.by_name(DOCUMENT).map_err(|_| ImportError::Binary)?;
    if part.size() > MAX_XML_BYTES {
        return Err(ImportError::TooLarge {
            bytes: usize::try_from(part.size()).unwrap_or(usize::MAX),
            limit: MAX_INPUT_BYTES,
        });
    }
    let mut xml = String::new();
    part.take(MAX_XML_BYTES)
        .read_to_string(&mut xml)
        .map_err(|_| ImportError::Binary)?;
    let text = paragraphs(&xml)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(text)
}

/// The paragraphs (`w:p`) of a document's XML, a line each.
fn paragraphs(xml: &str) -> Result<String, ImportError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut text = String::new();
    let mut line = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|_| ImportError::Binary)? {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::Text(t) if in_text => {
                let decoded = t.decode().map_err(|_| ImportError::Binary)?;
                let unescaped =
                    quick_xml::escape::unescape(&decoded).map_err(|_| ImportError::Binary)?;
                line.push_str(&unescaped);
            }
            Event::GeneralRef(r) if in_text => line.push_str(&entity(&r)),
            Event::Empty(e) if e.name().as_ref() == b"w:tab" => line.push(' '),
            Event::Empty(e) if matches!(e.name().as_ref(), b"w:br" | b"w:cr") => line.push('\n'),
            Event::End(e) if e.name().as_ref() == b"w:p" => {
                for part in line.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    text.push_str(part);
                    text.push('\n');
                }
                line.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(text)
}

/// A character reference or one of XML's five entities, as text (an unknown one: nothing).
fn entity(reference: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return c.to_string();
    }
    let name = reference.decode().unwrap_or_default();
    match name.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn paragraphs_runs_tabs_breaks_and_cells_are_read_in_order() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、2025年工作回顾</w:t></w:r></w:p>
<w:p><w:r><w:t>全省地区生产总值</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">增长5.5%，</w:t></w:r><w:r><w:br/><w:t>R&amp;D投入</w:t><w:tab/><w:t>增长8%。</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5%左右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p/></w:body></w:document>"#;
        let text = paragraphs(xml).expect("reads");
        assert_eq!(
            text.lines().collect::<Vec<_>>(),
            [
                "一、2025年工作回顾",
                "全省地区生产总值增长5.5%，",
                "R&D投入 增长8%。",
                "指标",
                "5%左右",
            ]
        );
    }
}
