//! A PDF's text layer read back as a report's text. `pdf-extract` decodes each character
//! (through its font's ToUnicode map, CJK fonts included) and says where it is drawn; from the
//! positions this module rebuilds what the page showed: characters into lines, lines into
//! paragraphs (a paragraph ends where a line stops short, the next is indented, or a gap opens),
//! and the page's furniture left out (a page number, a running header repeated page after page).
//!
//! A character is read as the ideograph it is drawn as where the font shares one glyph between
//! an ideograph and a radical and the PDF names the radical (`radicals`): Chrome and other Skia
//! printers write 大 as ⼤, 民 as ⺠.
//!
//! A PDF is not always a text: a scan has only pictures, a locked file needs its password, a
//! damaged one cannot be read. Each is its own [`ImportError`], so that a person is told which.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use crate::ImportError;

/// Whether `bytes` are a PDF file (its header may follow a few bytes of junk, as readers allow).
#[must_use]
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes
        .get(..1024.min(bytes.len()))
        .is_some_and(|head| head.windows(5).any(|w| w == b"%PDF-"))
}

/// The text of the PDF in `bytes`, a paragraph a line.
///
/// # Errors
/// [`ImportError::PdfLocked`] when it opens only with a password, [`ImportError::PdfScanned`]
/// when its pages hold no text (pictures of pages), [`ImportError::PdfBroken`] when it cannot be
/// read.
pub fn document_text(bytes: &[u8]) -> Result<String, ImportError> {
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|_| ImportError::PdfBroken)?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(ImportError::PdfLocked);
    }
    let mut pages = Pages::default();
    // pdf-extract panics on some malformed files instead of returning an error; a damaged PDF
    // must not take the app down with it.
    let read = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::output_doc(&doc, &mut pages)
    }));
    if !matches!(read, Ok(Ok(()))) {
        return Err(ImportError::PdfBroken);
    }
    let text = paragraphs(&pages.without_furniture());
    if text.trim().is_empty() {
        return Err(ImportError::PdfScanned);
    }
    Ok(text)
}

/// One character as drawn: where (from the page's top, in points), how large, and what.
#[derive(Clone, Debug)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

/// A line of a page: its characters joined, and where it sits.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    text: String,
    left: f64,
    right: f64,
    top: f64,
    size: f64,
}

/// The characters of each page as pdf-extract hands them over.
#[derive(Default)]
struct Pages {
    done: Vec<Vec<Line>>,
    glyphs: Vec<Glyph>,
    height: f64,
}

impl OutputDev for Pages {
    fn begin_page(
        &mut self,
        _page: u32,
        media: &MediaBox,
        _art: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.glyphs.clear();
        self.height = media.ury - media.lly;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        let glyphs = std::mem::take(&mut self.glyphs);
        self.done.push(lines(glyphs));
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The type size on the page: the side of the square as large as the font's square
        // drawn through the text matrix.
        let sx = font_size * (trm.m11 + trm.m21);
        let sy = font_size * (trm.m12 + trm.m22);
        let size = (sx * sy).abs().sqrt();
        if text.is_empty() || !size.is_finite() || size <= 0.0 {
            return Ok(());
        }
        let x = trm.m31;
        self.glyphs.push(Glyph {
            x,
            y: self.height - trm.m32,
            end: x + width * size,
            size,
            text: crate::radicals::unshared(text),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A page's characters gathered into lines, top to bottom: characters whose baselines are
/// within half a character of each other are one line, read left to right.
fn lines(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for glyph in glyphs {
        match rows.last_mut() {
            Some(row) if (row[0].y - glyph.y).abs() <= row[0].size.max(glyph.size) * 0.5 => {
                row.push(glyph);
            }
            _ => rows.push(vec![glyph]),
        }
    }
    rows.into_iter()
        .map(line)
        .filter(|l| !l.text.is_empty())
        .collect()
}

/// One row of characters as a line. A space the PDF draws is kept (one for a run); a gap is a
/// space when it is wider than a fifth of a character between Latin letters or digits, or nearly
/// a whole character elsewhere (justified Chinese has small gaps between every character, which
/// are not spaces).
fn line(mut row: Vec<Glyph>) -> Line {
    row.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut text = String::new();
    let mut last_end = f64::NEG_INFINITY;
    for glyph in &row {
        let latin_before = text
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        let latin_after = glyph
            .text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        let space = if latin_before && latin_after {
            0.2
        } else {
            0.8
        };
        let gap = glyph.x - last_end > glyph.size * space;
        let drawn_space = glyph.text.trim().is_empty();
        if (gap || drawn_space) && !text.is_empty() && !text.ends_with(' ') {
            text.push(' ');
        }
        if !drawn_space {
            text.push_str(&glyph.text);
        }
        last_end = glyph.end;
    }
    let text = text.trim_end().to_owned();
    let size = row.iter().map(|g| g.size).fold(0.0, f64::max);
    let first = row.iter().find(|g| !g.text.trim().is_empty());
    Line {
        left: first.map_or(0.0, |g| g.x),
        right: last_end,
        top: first.map_or(0.0, |g| g.y),
        size,
        text,
    }
}

/// Whether a line is only a page number: `3`, `— 3 —`, `- 3 -`, `第3页`, `3/20`, `·3·`.
fn is_page_number(text: &str) -> bool {
    let core: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !"-—–－·•第页/共".contains(*c))
        .collect();
    !core.is_empty() && core.chars().all(|c| c.is_ascii_digit())
}

/// A line's text with its digits taken out: a running header that names its page number
/// reads the same on every page.
fn without_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .collect()
}

impl Pages {
    /// Every page's lines without its furniture: a page number at the top or bottom of a page,
    /// and a line at the top or bottom that repeats (digits aside) on at least half the pages
    /// and on two or more.
    fn without_furniture(&self) -> Vec<Vec<Line>> {
        let edges = |page: &Vec<Line>| -> Vec<usize> {
            let n = page.len();
            let mut at = vec![0, 1, n.saturating_sub(2), n.saturating_sub(1)];
            at.retain(|&i| i < n);
            at.dedup();
            at
        };
        let mut seen: HashMap<String, usize> = HashMap::new();
        for page in &self.done {
            let mut on_page: Vec<String> = edges(page)
                .iter()
                .map(|&i| without_digits(&page[i].text))
                .collect();
            on_page.sort();
            on_page.dedup();
            for key in on_page {
                *seen.entry(key).or_default() += 1;
            }
        }
        let pages = self.done.len();
        let repeated = |key: &str| {
            let n = seen.get(key).copied().unwrap_or(0);
            !key.is_empty() && n >= 2 && n * 2 >= pages
        };
        self.done
            .iter()
            .map(|page| {
                let edge = edges(page);
                page.iter()
                    .enumerate()
                    .filter(|(i, l)| {
                        !edge.contains(i)
                            || !(is_page_number(&l.text) || repeated(&without_digits(&l.text)))
                    })
                    .map(|(_, l)| l.clone())
                    .collect()
            })
            .collect()
    }
}

/// The measure of the body text: its usual left and right edges and its usual line pitch.
struct Measure {
    left: f64,
    right: f64,
    pitch: f64,
}

/// The most common value of `values`, to the nearest point.
fn usual(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for v in values {
        // Rounded to whole points to be counted; a page is far smaller than i64's range.
        #[allow(clippy::cast_possible_truncation)]
        let key = v.round() as i64;
        *counts.entry(key).or_default() += 1;
    }
    #[allow(clippy::cast_precision_loss)]
    counts
        .into_iter()
        .max_by_key(|&(v, n)| (n, -v))
        .map(|(v, _)| v as f64)
}

fn measure(pages: &[Vec<Line>]) -> Measure {
    let all = || pages.iter().flatten();
    let left = usual(all().map(|l| l.left)).unwrap_or(0.0);
    let right = all().map(|l| l.right).fold(0.0, f64::max);
    let pitch = usual(
        pages
            .iter()
            .flat_map(|p| p.windows(2).map(|w| w[1].top - w[0].top)),
    )
    .unwrap_or(0.0);
    Measure { left, right, pitch }
}

/// Lines rejoined into paragraphs, a paragraph a line of text. A line opens a paragraph when it
/// is indented past the body's left edge, when the line before stopped short of the right edge,
/// when a gap wider than a line and a half opens above it, or when its type size changes.
fn paragraphs(pages: &[Vec<Line>]) -> String {
    let m = measure(pages);
    let mut out = String::new();
    let mut before: Option<&Line> = None;
    for (page_at, page) in pages.iter().enumerate() {
        for (at, line) in page.iter().enumerate() {
            let opens = before.is_none_or(|prev| {
                let size = line.size.max(1.0);
                let gap = at > 0 && line.top - prev.top > m.pitch.max(size) * 1.6;
                line.left > m.left + size * 0.8
                    || prev.right < m.right - size * 1.5
                    || gap
                    || (line.size - prev.size).abs() > size * 0.15
                    || (at == 0 && page_at == 0)
            });
            if opens {
                if !out.is_empty() {
                    out.push('\n');
                }
            } else if ends_latin(&out) && line.text.starts_with(|c: char| c.is_ascii_alphabetic()) {
                out.push(' ');
            }
            out.push_str(&line.text);
            before = Some(line);
        }
    }
    out
}

fn ends_latin(text: &str) -> bool {
    text.chars().last().is_some_and(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, left: f64, right: f64, top: f64) -> Line {
        Line {
            text: text.to_owned(),
            left,
            right,
            top,
            size: 14.0,
        }
    }

    #[test]
    fn page_numbers_are_told_from_figures() {
        for number in [
            "3",
            "— 3 —",
            "- 12 -",
            "第3页",
            "3/20",
            "·7·",
            "共 20 页 第 3 页",
        ] {
            assert!(is_page_number(number), "{number}");
        }
        for not in ["3%", "一、", "增长5%", "2025年", ""] {
            assert!(!is_page_number(not), "{not}");
        }
    }

    #[test]
    fn lines_that_run_to_the_edge_join_and_a_short_or_indented_line_opens_a_paragraph() {
        let page = vec![
            at("政府工作报告", 250.0, 340.0, 100.0),
            at("各位代表：", 100.0, 170.0, 130.0),
            at("过去一年，全省生产总值增长", 128.0, 500.0, 150.0),
            at("5.5%，一般公共预算收入增长1.8%。", 100.0, 300.0, 170.0),
            at("今年的主要预期目标是：", 128.0, 500.0, 190.0),
            at("生产总值增长5%左右。", 100.0, 260.0, 210.0),
        ];
        assert_eq!(
            paragraphs(&[page]),
            "政府工作报告\n各位代表：\n过去一年，全省生产总值增长5.5%，一般公共预算收入增长1.8%。\n今年的主要预期目标是：生产总值增长5%左右。"
        );
    }

    #[test]
    fn a_paragraph_runs_on_over_a_page_break() {
        let first = vec![
            at("正文", 100.0, 500.0, 100.0),
            at("接着写", 100.0, 500.0, 120.0),
        ];
        let second = vec![at("写完了。", 100.0, 200.0, 100.0)];
        assert_eq!(paragraphs(&[first, second]), "正文接着写写完了。");
    }

    #[test]
    fn a_running_header_and_page_numbers_are_left_out_but_the_body_is_not() {
        let body = [
            "全省生产总值增长5.5%。",
            "粮食产量1550万吨。",
            "新增就业100万人。",
        ];
        let page = |n: usize| {
            vec![
                at("某省政府工作报告", 250.0, 340.0, 40.0),
                at(body[n - 1], 100.0, 500.0, 100.0),
                at(&format!("— {n} —"), 280.0, 310.0, 800.0),
            ]
        };
        let pages = Pages {
            done: vec![page(1), page(2), page(3)],
            ..Pages::default()
        };
        let kept: Vec<String> = pages
            .without_furniture()
            .concat()
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(kept, body);
    }

    #[test]
    fn a_header_on_one_page_of_many_is_kept() {
        let mut done = vec![vec![at("只在这一页", 100.0, 200.0, 40.0)]];
        for _ in 0..4 {
            done.push(vec![at("正文", 100.0, 500.0, 100.0)]);
        }
        let pages = Pages {
            done,
            ..Pages::default()
        };
        assert_eq!(pages.without_furniture()[0][0].text, "只在这一页");
    }

    #[test]
    fn not_a_pdf_and_a_damaged_one() {
        assert!(!is_pdf(b"plain text"));
        assert!(is_pdf(b"%PDF-1.7\n"));
        assert_eq!(
            document_text(b"%PDF-1.7\n%\xE2\xE3\n1 0 obj"),
            Err(ImportError::PdfBroken)
        );
    }
}
