//! A web page saved from a government portal, read for its article: the charset its `<meta>`
//! declares (UTF-8 or GB2312/GBK), the page parsed as a browser does (`scraper`, on Servo's
//! html5ever), and of it only the article kept: the block of the page that holds the most
//! paragraphs of text (the way readers' modes find it), its paragraphs in order, a `<br>` a line
//! end. The navigation, the breadcrumb, the 字号 and print links, the share buttons, 扫一扫,
//! related links and the footer are dropped: they sit outside the article, or are the short
//! lines of page furniture inside it. The title is the page's `<h1>`, else its `<title>`
//! without the site's name. What comes out is plain text for the rest of the importer.

use scraper::node::Node;
use scraper::{ElementRef, Html};

use crate::decode::TextEncoding;

/// Elements that never hold the article.
const SKIP: &[&str] = &[
    "head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
    "button", "select", "option", "template", "svg", "object", "map",
];

/// Words in an element's `id` or `class` that name page furniture, not the article.
const FURNITURE: &[&str] = &[
    "nav",
    "menu",
    "header",
    "footer",
    "breadcrumb",
    "crumb",
    "share",
    "sidebar",
    "related",
    "toolbar",
    "print",
    "fontsize",
    "font-size",
    "position",
    "location",
    "copyright",
    "qrcode",
];

/// Elements read as one block of text (a paragraph, a heading, an item of a list, a cell).
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "dd",
    "dt",
    "blockquote",
    "pre",
];

/// Words of page furniture that a short line inside the article is made of.
const FURNITURE_WORDS: &[&str] = &[
    "字号",
    "打印",
    "关闭窗口",
    "关闭本页",
    "扫一扫",
    "分享到",
    "当前位置",
    "您现在的位置",
    "首页 >",
    "首页>",
    "责任编辑",
    "浏览次数",
    "阅读次数",
    "相关链接",
    "相关阅读",
    "上一篇",
    "下一篇",
    "【大",
    "【小",
    "【中",
    "收藏",
    "网站地图",
    "版权所有",
    "发布时间",
    "信息来源",
];

/// A line longer than this is text, whatever words it holds.
const FURNITURE_LINE: usize = 40;

/// Whether `text` is a web page (it starts as one, or declares itself one near its start).
#[must_use]
pub fn is_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<') && (head.contains("<html") || head.contains("<head")))
}

/// The charset a page declares in its first bytes (`<meta charset="gb2312">`, or `content=
/// "text/html; charset=GBK"`), when it is one the importer reads.
#[must_use]
pub fn declared_charset(bytes: &[u8]) -> Option<TextEncoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    if !is_html(&head) {
        return None;
    }
    let at = head.find("charset=")? + "charset=".len();
    let name: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    match name.as_str() {
        "utf-8" | "utf8" => Some(TextEncoding::Utf8),
        "gb2312" | "gbk" | "gb18030" | "x-gbk" | "cp936" => Some(TextEncoding::Gb18030),
        "big5" => Some(TextEncoding::Big5),
        _ => None,
    }
}

/// The article of the page `html` as plain text: its title on the first line, then its
/// paragraphs one a line. `None` when the page holds no text.
#[must_use]
pub fn article_text(html: &str) -> Option<String> {
    let page = Html::parse_document(html);
    let mut walk = Walk::default();
    walk.element(page.root_element(), &mut Vec::new());
    let best = walk.best_container()?;
    let body: Vec<&str> = walk
        .blocks
        .iter()
        .filter(|b| b.path.contains(&best))
        .map(|b| b.text.as_str())
        .filter(|t| !is_furniture(t))
        .collect();
    if body.is_empty() {
        return None;
    }
    let title = title(&page).filter(|t| body.first().is_none_or(|first| first != t));
    let mut text = String::new();
    for line in title.iter().map(String::as_str).chain(body) {
        text.push_str(line);
        text.push('\n');
    }
    Some(text)
}

/// A block of text and the containers it sits in (numbered in the order they are met).
struct Block {
    text: String,
    path: Vec<usize>,
}

/// The page walked: its blocks, and how many containers were met.
#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    containers: usize,
}

impl Walk {
    fn element(&mut self, el: ElementRef<'_>, path: &mut Vec<usize>) {
        let name = el.value().name();
        if SKIP.contains(&name) || is_furniture_element(el) {
            return;
        }
        if BLOCKS.contains(&name) || (name == "div" && !has_block_children(el)) {
            let text = text_of(el);
            for line in text.lines().map(normalise).filter(|l| !l.is_empty()) {
                self.blocks.push(Block {
                    text: line,
                    path: path.clone(),
                });
            }
            return;
        }
        path.push(self.containers);
        self.containers += 1;
        for child in el.children().filter_map(ElementRef::wrap) {
            self.element(child, path);
        }
        path.pop();
    }

    /// The container the paragraphs of text score highest for: each block of real text counts
    /// its length for its container and half of it for the one around that.
    fn best_container(&self) -> Option<usize> {
        let mut score = vec![0usize; self.containers];
        for block in &self.blocks {
            let chars = block.text.chars().count();
            if chars < 10 {
                continue;
            }
            let mut up = block.path.iter().rev();
            if let Some(&parent) = up.next() {
                score[parent] += chars;
            }
            if let Some(&grandparent) = up.next() {
                score[grandparent] += chars / 2;
            }
        }
        let (best, &top) = score.iter().enumerate().max_by_key(|(_, s)| **s)?;
        (top > 0).then_some(best)
    }
}

/// Whether an element's `id` or `class` names page furniture.
fn is_furniture_element(el: ElementRef<'_>) -> bool {
    let value = el.value();
    let names = [value.id().unwrap_or(""), value.attr("class").unwrap_or("")];
    names.iter().any(|n| {
        let n = n.to_ascii_lowercase();
        FURNITURE.iter().any(|f| n.contains(f))
    })
}

/// Whether `el` has a block element among its children (then it is a container, not a block).
fn has_block_children(el: ElementRef<'_>) -> bool {
    el.children().filter_map(ElementRef::wrap).any(|c| {
        let name = c.value().name();
        BLOCKS.contains(&name)
            || matches!(name, "div" | "section" | "article" | "table" | "ul" | "ol")
    })
}

/// The text of `el`, a `<br>` a line end, scripts left out.
fn text_of(el: ElementRef<'_>) -> String {
    let mut text = String::new();
    for child in el.children() {
        match child.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) if e.name() == "br" => text.push('\n'),
            Node::Element(e) if SKIP.contains(&e.name()) => {}
            Node::Element(_) => {
                if let Some(inner) = ElementRef::wrap(child) {
                    text.push_str(&text_of(inner));
                }
            }
            _ => {}
        }
    }
    text
}

/// A line with its runs of white space (and no-break spaces) made one space, trimmed.
fn normalise(line: &str) -> String {
    line.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a line is page furniture: short, and made of its words.
fn is_furniture(line: &str) -> bool {
    line.chars().count() <= FURNITURE_LINE && FURNITURE_WORDS.iter().any(|w| line.contains(w))
}

/// The page's title: its first `<h1>` with text, else its `<title>` without the site's name
/// after a separator.
fn title(page: &Html) -> Option<String> {
    let first = |name: &str| {
        page.root_element()
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == name)
            .map(|e| normalise(&text_of(e)))
            .find(|t| !t.is_empty())
    };
    first("h1").or_else(|| {
        let title = first("title")?;
        let stem = title
            .split([' ', '_', '|', '-', '—'])
            .map(str::trim)
            .find(|s| !s.is_empty())?;
        Some(stem.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="gb2312">
<title>2026年某省政府工作报告_某省人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a><a>政务公开</a><a>新闻中心</a></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="main"><div class="article">
<h1>2026年某省政府工作报告</h1>
<div class="info">发布时间：2026-01-20 字号：【大 中 小】 打印</div>
<p>各位代表：</p>
<p>现在，我代表省人民政府，向大会报告工作，请予审议。</p>
<p><strong>一、2025年工作回顾</strong></p>
<p>全省地区生产总值增长5.5%，<br>一般公共预算收入增长3%。</p>
</div></div>
<div class="share">分享到：微信 微博 扫一扫在手机打开当前页</div>
<div class="footer">版权所有：某省人民政府办公厅 网站标识码 1234</div>
</body></html>"#;

    #[test]
    fn a_portal_page_gives_its_article_and_nothing_around_it() {
        let text = article_text(PAGE).expect("an article");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "2026年某省政府工作报告",
                "各位代表：",
                "现在，我代表省人民政府，向大会报告工作，请予审议。",
                "一、2025年工作回顾",
                "全省地区生产总值增长5.5%，",
                "一般公共预算收入增长3%。",
            ]
        );
    }

    #[test]
    fn the_declared_charset_is_read_and_plain_text_is_not_a_page() {
        assert_eq!(
            declared_charset(PAGE.as_bytes()),
            Some(TextEncoding::Gb18030)
        );
        let meta =
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">";
        assert_eq!(declared_charset(meta), Some(TextEncoding::Utf8));
        assert!(!is_html("2026年政府工作报告\n各位代表：<b>"));
        assert!(is_html("\u{feff}  <!DOCTYPE HTML>\n<html>"));
        assert_eq!(declared_charset("charset=gbk 不是网页".as_bytes()), None);
    }

    #[test]
    fn a_page_without_text_has_no_article() {
        assert_eq!(
            article_text("<html><body><div class=\"nav\">首页</div></body></html>"),
            None
        );
    }
}
