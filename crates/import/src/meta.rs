//! The opening lines: title, date and occasion (`——2026年1月27日在…会议上`), speaker, year of
//! the plan. What a web page puts before the title (下载 / 打印 / 【字号】 …) is dropped; the body
//! starts at `各位代表` or, failing that, at the first chapter heading.

use jiedu_report::Meta;

use crate::width::is_digit;

/// How far into the text the opening lines may reach.
const HEAD_LINES: usize = 60;

/// Splits the opening lines from the body and reads the meta from them.
#[must_use]
pub fn split_head(lines: &[String]) -> (Meta, &[String]) {
    let near = &lines[..lines.len().min(HEAD_LINES)];
    let title_at = near
        .iter()
        .position(|l| l.contains("工作报告") && l.chars().count() <= 120)
        .or_else(|| {
            near.iter()
                .position(|l| l.contains("报告") && l.chars().count() <= 40)
        });
    let body_at = near
        .iter()
        .position(|l| l.starts_with("各位代表"))
        .or_else(|| {
            near.iter()
                .position(|l| crate::headings::numbered_chapter(l).is_some())
        })
        .map_or_else(
            || title_at.map_or(0, |t| t + 1),
            |b| b.max(title_at.map_or(0, |t| t + 1)),
        );
    let head = &lines[..body_at];
    let mut meta = Meta::default();
    if let Some(t) = title_at {
        let line = &lines[t];
        line.split("——")
            .next()
            .unwrap_or(line)
            .trim()
            .clone_into(&mut meta.title);
    }
    // The occasion line may be the title line itself (`政府工作报告——2024年3月5日在…会议上…`),
    // or come before the title in a newspaper digest.
    if let Some(line) = head.iter().find(|l| l.contains("会议上")) {
        read_occasion(line, &mut meta);
    }
    if meta.speaker.is_empty()
        && let Some(line) = head
            .iter()
            .skip(title_at.unwrap_or(0))
            .find(|l| is_speaker(l))
    {
        line.clone_into(&mut meta.speaker);
    }
    meta.year = year_before_nian(&meta.title).or_else(|| year_before_nian(&meta.date));
    if meta.title.is_empty() {
        "（未识别出标题）".clone_into(&mut meta.title);
    }
    "从纯文本导入：章节与数字由程序识别，未经人工核对。".clone_into(&mut meta.source);
    (meta, &lines[body_at..])
}

/// `——2026年1月27日在…第四次会议上 陕西省省长 赵刚` → date, occasion and speaker.
fn read_occasion(line: &str, meta: &mut Meta) {
    let Some(end) = line.find("会议上") else {
        return;
    };
    let before = &line[..end + "会议".len()];
    let after = line[end + "会议上".len()..].trim();
    let from = before.rfind('在').map_or(0, |i| i + '在'.len_utf8());
    before[from..]
        .trim_matches(['，', ',', ' '])
        .clone_into(&mut meta.occasion);
    if let Some(d) = find_date(line) {
        meta.date = d;
    }
    let after = after.trim_start_matches([',', '，', ' ']);
    if is_speaker(after) {
        after.clone_into(&mut meta.speaker);
    }
}

/// A line naming who gives the report (`上海市市长龚正`, `自治区人民政府主席包钢`).
fn is_speaker(line: &str) -> bool {
    let n = line.chars().count();
    (4..=30).contains(&n)
        && ["长", "主席", "总理"].iter().any(|r| line.contains(r))
        && !line.contains(['：', ':', '。', '，'])
}

/// The first `2026年1月27日` in `line`, as written.
fn find_date(line: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(start, c)) in chars.iter().enumerate() {
        if !is_digit(c) || (k > 0 && is_digit(chars[k - 1].1)) {
            continue;
        }
        let mut j = k;
        let mut parts = 0;
        for unit in ['年', '月', '日'] {
            let digits = chars[j..].iter().take_while(|(_, c)| is_digit(*c)).count();
            if digits == 0 || chars.get(j + digits).map(|&(_, c)| c) != Some(unit) {
                break;
            }
            j += digits + 1;
            parts += 1;
        }
        if parts == 3 {
            let end = chars.get(j).map_or(line.len(), |&(i, _)| i);
            return Some(line[start..end].to_owned());
        }
    }
    None
}

/// The first four-digit year written `2026年`.
fn year_before_nian(text: &str) -> Option<i32> {
    let at = text.find('年')?;
    let digits: String = text[..at]
        .chars()
        .rev()
        .take_while(|c| is_digit(*c))
        .map(jiedu_report::half_width)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::lines;

    #[test]
    fn web_leftovers_before_the_title_are_dropped_and_the_meta_read() {
        let text = "下载\n打印\n【字号：\n加大\n】\n2026年上海市政府工作报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n来源：解放日报\n时间：2026-02-09\n上海市市长 龚 正\n各位代表：\n现在，我代表上海市人民政府，向大会报告工作。";
        let lines = lines(text);
        let (meta, body) = split_head(&lines);
        assert_eq!(meta.title, "2026年上海市政府工作报告");
        assert_eq!(meta.date, "2026年2月3日");
        assert_eq!(meta.occasion, "上海市第十六届人民代表大会第四次会议");
        assert_eq!(meta.speaker, "上海市市长龚正");
        assert_eq!(meta.year, Some(2026));
        assert_eq!(body[0], "各位代表：");
    }

    #[test]
    fn title_occasion_and_speaker_on_one_line() {
        let text = "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强\n各位代表：\n现在。";
        let lines = lines(text);
        let (meta, _) = split_head(&lines);
        assert_eq!(meta.title, "政府工作报告");
        assert_eq!(meta.occasion, "第十四届全国人民代表大会第二次会议");
        assert_eq!(meta.speaker, "国务院总理李强");
        assert_eq!(meta.year, Some(2024));
    }
}
