//! Bytes to text: the encodings Chinese `.txt` files come in (UTF-8 with or without BOM,
//! GB18030/GBK, UTF-16 with BOM), detected with `encoding_rs` and `chardetng`, and a clear
//! refusal for what is not text at all.

use encoding_rs::{BIG5, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use crate::ImportError;

/// Largest input the importer reads (a work report is under 200 KB; 20 MB is a hundred
/// national reports).
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// How the text was decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 (a BOM, if any, is dropped).
    Utf8,
    /// UTF-16, little-endian, with its BOM.
    Utf16Le,
    /// UTF-16, big-endian, with its BOM.
    Utf16Be,
    /// GB18030 (which includes GBK and GB 2312).
    Gb18030,
    /// Big5 (traditional characters).
    Big5,
}

impl TextEncoding {
    /// The encoding's usual name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf16Le => "UTF-16LE",
            Self::Utf16Be => "UTF-16BE",
            Self::Gb18030 => "GB18030",
            Self::Big5 => "Big5",
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            Self::Utf8 => UTF_8,
            Self::Utf16Le => UTF_16LE,
            Self::Utf16Be => UTF_16BE,
            Self::Gb18030 => GB18030,
            Self::Big5 => BIG5,
        }
    }
}

/// File signatures of formats people drop by mistake (images, archives, documents).
const BINARY_MAGIC: [&[u8]; 7] = [
    b"\x89PNG",
    b"PK\x03\x04",
    b"%PDF",
    b"GIF8",
    b"\xFF\xD8\xFF",
    b"\xD0\xCF\x11\xE0",
    b"\x1F\x8B",
];

/// Decodes `bytes`, detecting the encoding unless `forced` names one.
///
/// # Errors
/// Empty input, input over [`MAX_INPUT_BYTES`], binary data, or bytes that are not valid text
/// in the encoding found.
pub fn decode(
    bytes: &[u8],
    forced: Option<TextEncoding>,
) -> Result<(String, TextEncoding), ImportError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if BINARY_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Err(ImportError::Binary);
    }
    let (body, encoding) = match forced {
        Some(e) => (strip_bom(bytes, e), e),
        None => detect(bytes),
    };
    let text = encoding
        .encoding()
        .decode_without_bom_handling_and_without_replacement(body)
        .ok_or(ImportError::NotText {
            encoding: encoding.name(),
        })?;
    // Text files have no NUL and few control characters; binary data decoded as text has many.
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || control * 100 > text.chars().count() {
        return Err(ImportError::Binary);
    }
    Ok((text.into_owned(), encoding))
}

fn strip_bom(bytes: &[u8], encoding: TextEncoding) -> &[u8] {
    let bom: &[u8] = match encoding {
        TextEncoding::Utf8 => b"\xEF\xBB\xBF",
        TextEncoding::Utf16Le => b"\xFF\xFE",
        TextEncoding::Utf16Be => b"\xFE\xFF",
        TextEncoding::Gb18030 | TextEncoding::Big5 => b"",
    };
    bytes.strip_prefix(bom).unwrap_or(bytes)
}

/// UTF-16 saved without its BOM (some Windows exports): a text file has no NUL byte, but the
/// ASCII characters of UTF-16 (digits, `%`, line ends) have one as their high byte, on the
/// same side of every pair. (A few Chinese characters, such as 一 U+4E00, have a zero low
/// byte: the high side must hold most of the zeros, not all.)
fn utf16_without_bom(bytes: &[u8]) -> Option<TextEncoding> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let nul_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    if odd > 4 * even {
        Some(TextEncoding::Utf16Le)
    } else if even > 4 * odd {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

fn detect(bytes: &[u8]) -> (&[u8], TextEncoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (rest, TextEncoding::Utf8);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (rest, TextEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (rest, TextEncoding::Utf16Be);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (bytes, TextEncoding::Utf8);
    }
    if let Some(utf16) = utf16_without_bom(bytes) {
        return (bytes, utf16);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    // A report is Chinese: Big5 when the detector says so, otherwise GB18030 (the superset of
    // GBK and GB 2312); a guess of another script is still tried as GB18030 and refused by
    // the decoder if the bytes are not GB18030.
    if detector.guess(Some(b"tw"), true) == BIG5 && detector.guess(Some(b"cn"), true) == BIG5 {
        (bytes, TextEncoding::Big5)
    } else {
        (bytes, TextEncoding::Gb18030)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENTENCE: &str = "城镇新增就业1200万人以上";

    #[test]
    fn utf8_with_and_without_bom() {
        let (text, e) = decode(SENTENCE.as_bytes(), None).expect("utf-8");
        assert_eq!((text.as_str(), e), (SENTENCE, TextEncoding::Utf8));
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), SENTENCE.as_bytes()].concat();
        let (text, e) = decode(&with_bom, None).expect("utf-8 bom");
        assert_eq!((text.as_str(), e), (SENTENCE, TextEncoding::Utf8));
    }

    #[test]
    fn gb18030_is_detected() {
        let (bytes, _, _) = GB18030.encode(SENTENCE);
        assert!(std::str::from_utf8(&bytes).is_err());
        let (text, e) = decode(&bytes, None).expect("gbk");
        assert_eq!((text.as_str(), e), (SENTENCE, TextEncoding::Gb18030));
    }

    #[test]
    fn utf16_with_bom_is_read() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in SENTENCE.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&le, None).expect("le").0, SENTENCE);
        assert_eq!(decode(&be, None).expect("be").1, TextEncoding::Utf16Be);
    }

    #[test]
    fn utf16_without_bom_is_read_by_where_its_ascii_zeros_stand() {
        // 一 (U+4E00) has a zero low byte: the zeros are mostly, not all, on one side.
        let text = "一、2025年地区生产总值增长5.2%。\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            decode(&le, None).expect("le"),
            (text.to_owned(), TextEncoding::Utf16Le)
        );
        assert_eq!(
            decode(&be, None).expect("be"),
            (text.to_owned(), TextEncoding::Utf16Be)
        );
        // And as asked, with no BOM to strip.
        assert_eq!(
            decode(&le, Some(TextEncoding::Utf16Le)).expect("forced").0,
            text
        );
    }

    #[test]
    fn a_forced_encoding_reads_the_same_bytes_differently() {
        let (bytes, _, _) = GB18030.encode(SENTENCE);
        assert!(matches!(
            decode(&bytes, Some(TextEncoding::Utf8)),
            Err(ImportError::NotText { encoding: "UTF-8" })
        ));
    }

    #[test]
    fn empty_binary_and_huge_inputs_are_refused() {
        assert!(matches!(decode(b"  \n", None), Err(ImportError::Empty)));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0", None),
            Err(ImportError::Binary)
        ));
        assert!(matches!(
            decode(b"PK\x03\x04zip", None),
            Err(ImportError::Binary)
        ));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
        assert!(decode(&noise, None).is_err());
        let huge = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(matches!(
            decode(&huge, None),
            Err(ImportError::TooLarge { .. })
        ));
    }

    #[test]
    fn the_limits_hold_at_exactly_the_limit() {
        // 20 MiB exactly is read; a few kilobytes are nowhere near the limit.
        assert_eq!(MAX_INPUT_BYTES, 20_971_520);
        let at_limit = vec![b'a'; MAX_INPUT_BYTES];
        assert!(decode(&at_limit, None).is_ok());
        assert!(decode(&vec![b'a'; 3000], None).is_ok());
        // One control character in a hundred is still text; two in ten are not.
        let one_in_a_hundred = format!("{}\u{7}", "a".repeat(99));
        assert!(decode(one_in_a_hundred.as_bytes(), None).is_ok());
        assert!(matches!(
            decode(b"ab\x07\x07cdefgh", None),
            Err(ImportError::Binary)
        ));
        // A NUL anywhere is binary, however long the text around it.
        let with_nul = format!("{}\0{}", "a".repeat(300), "b".repeat(300));
        assert!(matches!(
            decode(with_nul.as_bytes(), None),
            Err(ImportError::Binary)
        ));
    }
}
