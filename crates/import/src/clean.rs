//! Lines as pasted to paragraphs: white space from page layout removed where it splits Chinese
//! text (OCR line breaks, letter-spaced titles), and hard line breaks inside a paragraph — or
//! inside a figure — rejoined. Nothing else of the text changes, so quotes match it.

use crate::headings::{list_item, numbered_chapter, numbered_section};
use crate::width::is_digit;

/// Characters of Chinese text: ideographs, CJK and full-width punctuation, curly quotes, dashes.
#[must_use]
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{4e00}'..='\u{9fff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{3000}'..='\u{303f}'
        | '\u{ff00}'..='\u{ffef}'
        | '\u{2018}'..='\u{201d}'
        | '\u{2014}' | '\u{2026}' | '\u{00b7}')
}

/// Any white space, the ideographic space (U+3000) and the no-break space (U+00A0) included:
/// Unicode counts both as white space.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// One line cleaned: trimmed, and spaces next to Chinese text dropped (`深刻 变化` → `深刻变化`,
/// `政 府 工 作 报 告` → `政府工作报告`); spaces between Latin words stay.
#[must_use]
pub fn clean_line(line: &str) -> String {
    let chars: Vec<char> = line.trim_matches(is_space).chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        if is_space(chars[i]) {
            let start = i;
            while i < chars.len() && is_space(chars[i]) {
                i += 1;
            }
            let before = chars[start - 1];
            let after = chars.get(i).copied().unwrap_or(' ');
            if !(is_cjk(before) || is_cjk(after)) {
                out.push(' ');
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// What a web page puts after the report (print and close buttons, share and link boxes).
const PAGE_FOOTER: &[&str] = &[
    "扫一扫在手机打开",
    "打印本页",
    "关闭窗口",
    "相关链接",
    "相关附件",
    "返回顶部",
    "责任编辑",
    "【纠错】",
    "分享到",
    "相关报道",
];

/// What the cleaning left out of the text: a web page's footer, or a link box's caption
/// inside the text. Said to the user, never dropped silently.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// The page's footer cut from the text's end: its first line, and how many characters
    /// went (line ends not counted).
    pub footer: Option<(String, usize)>,
    /// Captions of link boxes (`相关报道：`) dropped from inside the text, as they were.
    pub captions: Vec<String>,
}

/// The text's lines, cleaned, and what was left out of them.
pub struct Cleaned {
    /// The lines; a blank line is kept as an empty string (a paragraph break).
    pub lines: Vec<String>,
    /// What was left out, if anything.
    pub left_out: Option<LeftOut>,
}

/// The text's lines, cleaned; a blank line is kept as an empty string (a paragraph break).
/// See [`clean`] for what is left out.
#[cfg(test)]
#[must_use]
pub fn lines(text: &str) -> Vec<String> {
    clean(text).lines
}

/// The text's lines, cleaned. A web page's footer (a line such as `打印本页` or `相关报道：`
/// after the middle of the text) ends the text only when everything after it is a footer too:
/// no heading, no figure, no long line. A caption of a link box that stands alone on its line
/// inside the text (`相关报道：` before the last chapter) is dropped and the text goes on.
#[must_use]
pub fn clean(text: &str) -> Cleaned {
    // CR LF (Windows), LF, and CR alone (old Mac files, some exports) all end a line; a text
    // may mix them.
    let lines: Vec<String> = text
        .split("\r\n")
        .flat_map(|l| l.split(['\n', '\r']))
        .map(|l| clean_line(l.trim_start_matches('\u{feff}')))
        .filter(|l| !ocr_noise(l))
        .collect();
    let half = lines.len() / 2;
    let mut left = LeftOut::default();
    // Where the run of footer-like lines that ends the text begins (read once, from the end).
    let footer_run = lines.len() - lines.iter().rev().take_while(|l| footer_like(l)).count();
    let footer_at = (half..lines.len()).find(|&i| i >= footer_run && is_footer_line(&lines[i]));
    let end = footer_at.unwrap_or(lines.len());
    if let Some(at) = footer_at {
        let chars = lines[at..].iter().map(|l| l.chars().count()).sum();
        left.footer = Some((lines[at].clone(), chars));
    }
    let mut kept = Vec::with_capacity(end);
    for (i, line) in lines.into_iter().take(end).enumerate() {
        if i >= half && is_footer_line(&line) && is_caption(&line) {
            left.captions.push(line);
        } else {
            kept.push(line);
        }
    }
    let lines = kept;
    let left_out = (left != LeftOut::default()).then_some(left);
    Cleaned { lines, left_out }
}

/// A short line naming a footer's part (`打印本页`, `相关报道：`, `扫一扫在手机打开当前页`).
fn is_footer_line(line: &str) -> bool {
    line.chars().count() <= 20 && PAGE_FOOTER.iter().any(|w| line.contains(w))
}

/// A footer word with nothing else on its line but punctuation (`相关报道：`, `相关链接>>`).
fn is_caption(line: &str) -> bool {
    PAGE_FOOTER.iter().any(|w| {
        line.strip_prefix(w).is_some_and(|rest| {
            rest.chars()
                .all(|c| c.is_ascii_punctuation() || "：】》".contains(c))
        })
    })
}

/// A line a page's footer may hold: short, no heading, no figure (link titles, names, dates
/// and buttons are; a chapter of the report is not).
fn footer_like(line: &str) -> bool {
    line.chars().count() <= 60
        && numbered_chapter(line).is_none()
        && numbered_section(line).is_none()
        && !has_figure(line)
}

/// Whether `line` holds a figure: digits followed by a unit of measure (`12%`, `3.5万亿元`,
/// `167项`); a date's digits (`2026年02月10日`) are none.
fn has_figure(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        is_digit(*c)
            && chars
                .get(i + 1)
                .is_some_and(|n| "%％亿万千百个项家元倍吨户人所条座".contains(*n))
    })
}

/// A line that is no text: OCR noise (`1111111`, `....`, `1/`) or a lone glyph of display type
/// (`和` / `稳` / `定` on lines of their own in a newspaper page). Blank lines are kept (they
/// break paragraphs); these are dropped, so the text around them joins up.
fn ocr_noise(line: &str) -> bool {
    let n = line.chars().count();
    let lone_glyph = n == 1
        && line
            .chars()
            .all(|c| c > '\u{3000}' && !"。！？；：”）】".contains(c));
    let no_words = n > 0
        && line
            .chars()
            .all(|c| is_digit(c) || c.is_ascii_punctuation() || c == ' ' || c == '。');
    lone_glyph || (no_words && !line.contains('%'))
}

/// Ends a sentence, so a line ending with it ends its paragraph.
fn ends_sentence(line: &str) -> bool {
    let mut rev = line.chars().rev();
    let last = rev.next();
    let is_end = |c: char| "。！？；：!?;…".contains(c);
    match last {
        Some(c) if is_end(c) => true,
        Some(c) if "”」』）)\"".contains(c) => rev.next().is_some_and(is_end),
        _ => false,
    }
}

/// A line that starts a heading or a numbered item, which never continues the line before.
#[must_use]
pub fn starts_block(line: &str) -> bool {
    numbered_chapter(line).is_some()
        || numbered_section(line).is_some()
        || line.starts_with("——")
        || line.starts_with("附件")
        || list_item(line)
}

/// Paragraphs from cleaned lines. Where most long lines end a sentence the text has one
/// paragraph a line (a web copy), and only a long line cut mid-sentence is joined to the next;
/// otherwise (hard-wrapped or OCR text) lines are joined until a sentence ends, a blank line
/// or a heading comes.
#[must_use]
pub fn paragraphs(lines: &[String]) -> Vec<String> {
    let long: Vec<&String> = lines.iter().filter(|l| l.chars().count() > 40).collect();
    let ending = long.iter().filter(|l| ends_sentence(l)).count();
    let one_a_line = !long.is_empty() && ending * 10 >= long.len() * 7;
    let mut out: Vec<String> = Vec::new();
    let mut open = String::new();
    for line in lines {
        if line.is_empty() || starts_block(line) {
            flush(&mut open, &mut out);
            if line.is_empty() {
                continue;
            }
        }
        open.push_str(line);
        let cut_mid_sentence = !ends_sentence(line)
            && (!one_a_line || line.chars().count() > 40)
            && !is_heading_line(line);
        if !cut_mid_sentence {
            flush(&mut open, &mut out);
        }
    }
    flush(&mut open, &mut out);
    out.into_iter().flat_map(|p| split_long(&p)).collect()
}

/// A paragraph longer than this is no paragraph a page has but text that lost its line
/// breaks (a page copied as one line): it is cut into pieces a reader can lay out. The
/// longest paragraph of the corpus reports has 1,386 characters.
const LONGEST_PARAGRAPH: usize = 3000;

/// Where a paragraph over [`LONGEST_PARAGRAPH`] is cut: at the first sentence end after this
/// many characters (so a sentence, and a figure's quote, stays whole).
const PIECE: usize = 1500;

/// `paragraph` whole, or cut at sentence ends into pieces of about [`PIECE`] characters when
/// it is longer than [`LONGEST_PARAGRAPH`]. A run of that length with no sentence end is cut
/// at a character that is no Latin letter, digit or decimal point, so no number is split.
fn split_long(paragraph: &str) -> Vec<String> {
    if paragraph.chars().count() <= LONGEST_PARAGRAPH {
        return vec![paragraph.to_owned()];
    }
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut count = 0;
    for c in paragraph.chars() {
        piece.push(c);
        count += 1;
        let sentence_end = count >= PIECE && "。！？".contains(c);
        let forced = count >= LONGEST_PARAGRAPH && !(c.is_ascii_alphanumeric() || c == '.');
        if sentence_end || forced {
            pieces.push(std::mem::take(&mut piece));
            count = 0;
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// A numbered heading, or a line that only holds a heading (short, no sentence end).
fn is_heading_line(line: &str) -> bool {
    numbered_chapter(line).is_some_and(|(_, rest)| rest.is_empty())
        || numbered_section(line).is_some_and(|(_, rest)| rest.is_empty())
        || line == "附件"
}

fn flush(open: &mut String, out: &mut Vec<String>) {
    if !open.is_empty() {
        out.push(std::mem::take(open));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| clean_line(l)).collect()
    }

    #[test]
    fn spaces_inside_chinese_text_go_and_latin_spaces_stay() {
        // From the seed OCR and a letter-spaced web title.
        assert_eq!(
            clean_line("过去一年,面对深刻 变化的外部环境"),
            "过去一年,面对深刻变化的外部环境"
        );
        assert_eq!(clean_line("  政 府 工 作 报 告 "), "政府工作报告");
        assert_eq!(clean_line("工业投资 增长57.8%"), "工业投资增长57.8%");
        assert_eq!(clean_line("Windows 10 and macOS"), "Windows 10 and macOS");
    }

    #[test]
    fn hard_breaks_inside_a_sentence_and_a_figure_are_joined() {
        let text = strings(&[
            "一、2025年工作回顾",
            "全市生产总值达到5.",
            "67万亿元、增长5.4%。",
            "（一）加快建设现代化产业体系",
            "规上工业增加值增长6%。",
        ]);
        assert_eq!(
            paragraphs(&text),
            vec![
                "一、2025年工作回顾",
                "全市生产总值达到5.67万亿元、增长5.4%。",
                "（一）加快建设现代化产业体系",
                "规上工业增加值增长6%。",
            ]
        );
    }

    #[test]
    fn one_paragraph_a_line_keeps_short_headings_apart() {
        let long = "过去一年，面对复杂严峻的国际形势和艰巨繁重的改革发展稳定任务，全省上下全面落实党的二十大精神，经济运行稳中有进。";
        let text = strings(&["“十四五”时期发展成就和2025年工作回顾", long, long]);
        let paras = paragraphs(&text);
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[0], "“十四五”时期发展成就和2025年工作回顾");
    }

    #[test]
    fn ocr_noise_lines_go_and_text_stays() {
        // From the seed OCR: noise runs, a page number, headline glyphs on lines of their own.
        let text = "中铝郑州企业转型提速\n1111111\n....\n1/\n和\n稳\n新增绿地2.1\n5%\n";
        assert_eq!(
            lines(text),
            vec!["中铝郑州企业转型提速", "新增绿地2.1", "5%", ""]
        );
    }

    #[test]
    fn a_heading_or_item_never_continues_the_line_before() {
        // Hard-wrapped text: each line before a block is cut mid-sentence, yet the block starts
        // anew: a chapter, a section, a dash paragraph, an appendix, a numbered item.
        let text = strings(&[
            "全年粮食产量保持稳定，",
            "二、2026年工作安排",
            "坚持稳中求进，",
            "（二）扩大内需",
            "持续扩大消费，",
            "——这五年综合实力提升。",
            "完成民生实事，",
            "附件",
            "具体项目如下，",
            "1.新建学校10所。",
        ]);
        // Every line is a paragraph of its own.
        assert_eq!(paragraphs(&text), text);
    }

    #[test]
    fn a_sentence_ending_inside_quotes_ends_the_paragraph() {
        let text = strings(&["他说：“要抓好落实。”", "下一段开始，", "接着写完。"]);
        assert_eq!(
            paragraphs(&text),
            vec!["他说：“要抓好落实。”", "下一段开始，接着写完。"]
        );
        // A closing quote after no sentence end does not end it.
        let text = strings(&["实施“三个一批”", "工程，成效明显。"]);
        assert_eq!(paragraphs(&text), vec!["实施“三个一批”工程，成效明显。"]);
    }

    #[test]
    fn a_page_footer_in_the_second_half_ends_the_text_and_one_in_the_first_does_not() {
        let body = "正文一句。\n".repeat(6);
        let text = format!("相关报道\n{body}打印本页\n关闭窗口\n");
        let got = clean(&text);
        assert_eq!(got.lines.first().map(String::as_str), Some("相关报道"));
        assert!(
            !got.lines.iter().any(|l| l.contains("打印本页")),
            "{:?}",
            got.lines
        );
        assert_eq!(got.lines.len(), 7);
        // What went is said: every character of it, from its first line.
        let left = got.left_out.expect("the footer is named");
        assert_eq!(left.footer, Some(("打印本页".to_owned(), 8)));
        assert!(left.captions.is_empty());
    }

    #[test]
    fn a_link_box_before_the_last_chapter_leaves_the_chapter_in() {
        let text = "一、回顾\n正文一句。\n正文二句。\n正文三句。\n正文四句。\n相关报道：\n\n二、2026年工作安排\n                    地区生产总值增长5%左右。\n各位代表！让我们团结奋斗。\n";
        let got = clean(text);
        assert!(
            got.lines.iter().any(|l| l == "二、2026年工作安排"),
            "{:?}",
            got.lines
        );
        assert!(
            got.lines.iter().any(|l| l.contains("增长5%左右")),
            "{:?}",
            got.lines
        );
        assert!(
            !got.lines.iter().any(|l| l.contains("相关报道")),
            "{:?}",
            got.lines
        );
        let left = got.left_out.expect("the caption is named");
        assert_eq!(left.captions, ["相关报道："]);
        assert_eq!(left.footer, None);
    }

    #[test]
    fn a_footer_followed_by_another_report_keeps_the_other_report() {
        // Two pages saved one after the other: the first page's footer is not the text's end.
        let chapter = "一、回顾\n生产总值增长5.2%。\n";
        let text = format!(
            "{}打印本页\n关闭窗口\n{}",
            chapter.repeat(6),
            chapter.repeat(4)
        );
        let got = clean(&text);
        let kept = got.lines.iter().filter(|l| l.contains("5.2%")).count();
        assert_eq!(kept, 10, "{:?}", got.lines);
        // The buttons alone on their lines go, and are named; nothing else does.
        let left = got.left_out.expect("the buttons are named");
        assert_eq!(left.captions, ["打印本页", "关闭窗口"]);
        assert_eq!(left.footer, None);
        assert_eq!(got.lines.len(), 21, "{:?}", got.lines);
    }

    #[test]
    fn what_a_footer_holds_and_what_it_does_not() {
        assert!(footer_like("解读省政府工作报告：在服务大局中担难担重前行"));
        assert!(footer_like("2026年02月10日 07时41分"));
        assert!(!footer_like("二、2026年工作安排"));
        assert!(!footer_like("新增城镇就业60万人"));
        assert!(!footer_like(&"很长的一句".repeat(13)));
        assert!(is_caption("相关链接>>") && is_caption("相关报道："));
        assert!(!is_caption("扫一扫在手机打开当前页"));
    }

    #[test]
    fn noise_is_told_from_figures_and_words() {
        // A percentage alone is a figure's tail; a full stop alone is noise; one word stays; a
        // closing bracket alone is the end of the sentence before, not a display glyph.
        let text = "甲\n。\n12%\n2024\n好的\n）\n";
        assert_eq!(lines(text), vec!["12%", "好的", "）", ""]);
    }

    #[test]
    fn a_line_ending_in_a_plain_character_after_a_full_stop_does_not_end_the_paragraph() {
        let text = strings(&["甲。乙", "丙。"]);
        assert_eq!(paragraphs(&text), vec!["甲。乙丙。"]);
    }

    /// A line of `n` characters: `n - 1` of 字 and `end`.
    fn line_of(n: usize, end: char) -> String {
        format!("{}{end}", "字".repeat(n - 1))
    }

    #[test]
    fn what_counts_as_a_long_line_and_as_one_paragraph_a_line() {
        // No long line ends a sentence: the text is hard-wrapped, and a short line that ends
        // none is joined to the next.
        let text = vec![
            line_of(45, '，'),
            "短句没有结束".to_owned(),
            "结束。".to_owned(),
        ];
        assert_eq!(paragraphs(&text).len(), 1);
        // A line of exactly 40 characters is not long: it does not make the text one
        // paragraph a line.
        let text = vec![
            line_of(40, '。'),
            "短句没有结束".to_owned(),
            "结束。".to_owned(),
        ];
        assert_eq!(
            paragraphs(&text),
            vec![line_of(40, '。'), "短句没有结束结束。".to_owned()]
        );
        // One paragraph a line (three of four long lines end a sentence): only a line longer
        // than 40 characters is joined to the next; one of exactly 40 stands alone.
        let text = vec![
            line_of(50, '。'),
            line_of(40, '，'),
            "下一行。".to_owned(),
            line_of(45, '，'),
            "续完。".to_owned(),
            line_of(50, '。'),
            line_of(50, '。'),
        ];
        let paras = paragraphs(&text);
        assert_eq!(paras.len(), 6, "{paras:?}");
        assert_eq!(paras[1], line_of(40, '，'));
        assert_eq!(paras[3], format!("{}续完。", line_of(45, '，')));
    }

    #[test]
    fn text_that_lost_its_line_breaks_is_cut_at_sentence_ends() {
        let sentence = "全省生产总值增长5.2%，城镇新增就业60万人。";
        let one_line = sentence.repeat(400);
        let pieces = split_long(&one_line);
        assert!(pieces.len() > 1, "cut");
        assert_eq!(pieces.concat(), one_line, "nothing lost, nothing added");
        for piece in &pieces {
            assert!(
                piece.chars().count() <= LONGEST_PARAGRAPH,
                "{}",
                piece.len()
            );
            assert!(piece.ends_with('。'), "a whole sentence: {piece}");
        }
        // A paragraph of a real report's length stays whole.
        let long = sentence.repeat(50);
        assert_eq!(split_long(&long), vec![long.clone()]);
        // With no sentence end, the cut falls beside no digit.
        let digits = "增长12.5%".repeat(1000);
        let cut = split_long(&digits);
        assert_eq!(cut.concat(), digits);
        for piece in &cut[..cut.len() - 1] {
            let last = piece.chars().last().expect("a piece");
            assert!(!(last.is_ascii_alphanumeric() || last == '.'), "{last}");
        }
    }
}
