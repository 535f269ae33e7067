//! A corpus text in the forms reports are published in, made here from each text so that the
//! file is real-shaped and the answer is known: a government portal's page (its paragraphs in
//! `<p>`, inside navigation, breadcrumb, 字号 and print links, share buttons, related links and a
//! footer; UTF-8 or GB2312), and a Word document (a paragraph a line, chapters in Heading 1, runs
//! split as Word splits them). What the importer reads of either must read as the text does: the
//! same title, year, chapters and targets, nearly all the same figures, none of the page's
//! furniture. (The PDFs, printed by LibreOffice, are checked in: `tests/fixtures/pdf/`.)

use std::collections::BTreeMap;

use jiedu_report::Report;

/// What the portal puts around the article, and must not reach the report.
const FURNITURE: [&str; 8] = [
    "政务公开",
    "新闻中心",
    "当前位置",
    "字号",
    "分享到",
    "扫一扫",
    "相关链接",
    "网站标识码",
];

fn escaped(line: &str) -> String {
    line.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` as a portal page declaring `charset`.
pub fn portal_page(text: &str, charset: &str) -> String {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = escaped(lines.next().unwrap_or_default());
    let mut paragraphs = String::new();
    for line in lines {
        paragraphs.push_str("<p style=\"text-indent:2em\">");
        paragraphs.push_str(&escaped(line));
        paragraphs.push_str("</p>\n");
    }
    format!(
        r#"<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_某省人民政府门户网站</title><script>var x = "<p>不是正文</p>";</script></head>
<body><div id="top"><div class="nav"><ul><li><a href="/">首页</a></li><li><a>政务公开</a></li>
<li><a>新闻中心</a></li></ul></div></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 政府工作报告</div>
<div class="content"><div class="article"><h1>{title}</h1>
<div class="text">
<div>发布时间：2026-01-20 来源：省政府办公厅 字号：【<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a></div>
{paragraphs}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div></div>
<div class="related"><h3>相关链接</h3><ul><li><a>关于印发某省实施方案的通知</a></li></ul></div></div>
<div class="footer"><p>主办：某省人民政府办公厅 网站标识码：1234000001</p>
<p>扫一扫在手机打开当前页</p></div></body></html>"#
    )
}

/// Each distinct (value as written, unit) pair of the report's figures, with its count.
fn pairs(report: &Report) -> BTreeMap<(String, String), usize> {
    let mut out = BTreeMap::new();
    for ind in &report.indicators {
        *out.entry((ind.value_text.clone(), ind.unit.clone().unwrap_or_default()))
            .or_default() += 1;
    }
    out
}

/// How a page of `text` imports against the text itself: (pairs found again, pairs of the
/// text, pairs only in the page).
pub fn compare(text: &Report, page: &Report, name: &str) -> (usize, usize, usize) {
    assert_eq!(page.meta.title, text.meta.title, "{name}: title");
    assert_eq!(page.meta.year, text.meta.year, "{name}: year");
    let chapters =
        |r: &Report| -> Vec<String> { r.chapters.iter().map(|c| c.title.clone()).collect() };
    assert_eq!(chapters(page), chapters(text), "{name}: chapters");
    let targets = |r: &Report| -> Vec<(String, String)> {
        r.indicators
            .iter()
            .filter(|i| i.kind == jiedu_report::Kind::Target)
            .map(|i| (i.label.clone(), i.value_text.clone()))
            .collect()
    };
    assert_eq!(targets(page), targets(text), "{name}: targets");
    let everything = |r: &Report| -> String {
        r.chapters
            .iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| std::iter::once(&s.title).chain(&s.paragraphs))
            .cloned()
            .collect()
    };
    let (in_page, in_text) = (everything(page), everything(text));
    for word in FURNITURE {
        // A report may say 政务公开 itself: only the page's own words are counted.
        let count = |t: &str| t.matches(word).count();
        assert_eq!(
            count(&in_page),
            count(&in_text),
            "{name}: {word} reached the report"
        );
    }
    let (want, got) = (pairs(text), pairs(page));
    let found: usize = want
        .iter()
        .map(|(k, n)| (*n).min(got.get(k).copied().unwrap_or(0)))
        .sum();
    let extra: usize = got
        .iter()
        .map(|(k, n)| n.saturating_sub(want.get(k).copied().unwrap_or(0)))
        .sum();
    (found, want.values().sum(), extra)
}

/// `text` as a Word document: a paragraph a line, a line that opens a chapter (一、…) in the
/// Heading 1 style, runs split mid-line as Word splits them, in a zip with the parts Word writes.
pub fn word_document(text: &str) -> Vec<u8> {
    use std::io::Write;
    let escaped = |l: &str| {
        l.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut body = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let heading = line.chars().nth(1) == Some('、');
        let style = if heading {
            r#"<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>"#
        } else {
            ""
        };
        let cut = line
            .char_indices()
            .nth(line.chars().count() / 2)
            .map_or(0, |(i, _)| i);
        let (a, b) = line.split_at(cut);
        for piece in [
            "<w:p>",
            style,
            "<w:r><w:t>",
            &escaped(a),
            r#"</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">"#,
            &escaped(b),
            "</w:t></w:r></w:p>",
        ] {
            body.push_str(piece);
        }
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
        ),
        ("word/document.xml", document.as_str()),
    ] {
        zip.start_file(name, options).expect("a part");
        zip.write_all(content.as_bytes()).expect("written");
    }
    zip.finish().expect("a zip").into_inner()
}
