//! What one figure of a paragraph is a figure of: its label, read as an analyst reads the
//! clause. The subject stands before the number (`城镇新增就业54.58万人`), after it
//! (`新增9家国家卓越级智能工厂` → 国家卓越级智能工厂（新增）), in a list paired one to one
//! (`刑事、治安案件分别下降6.6%、3.6%`), after `等` (`岚皋至陕渝界等4条高速公路` → 高速公路), or
//! in the figure before (`生产总值5.67万亿元、增长5.4%`). Where the reading is not sure, the
//! label carries a doubt.

use jiedu_report::Direction;

use crate::doubt;
use crate::label::{
    clause_end, clause_start, direction_of, ends_with_change, is_bare_verb, only_a_link,
    sentence_start, subject, tidy,
};
use crate::scan::Figure;

/// Verbs after a count that end the thing counted: `600个高频事项|实现…`.
const AFTER_VERBS: &[&str] = &[
    "实现", "落地", "入选", "获批", "获评", "获得", "被", "完成", "达到", "进入", "列入", "通过",
    "建成", "开工", "亮相", "上榜", "纳入", "纳管", "参与", "覆盖", "认定", "启动", "投入", "落户",
    "签约", "集中", "稳步", "扎实", "加快", "全部", "全面", "顺利", "基本", "累计", "超过", "达",
    "在", "为", "成为",
];
/// Verbs before a count that only say it was reached: dropped, not kept beside the subject.
const PLAIN_VERBS: &[&str] = &["完成", "实现", "达到", "累计", "共", "共计", "总计", "达"];
/// Longest part after the subject kept in parentheses, in characters.
const MAX_ASIDE: usize = 12;

/// What the figure before said, for the one after it.
pub struct Previous {
    /// Where it ended in the paragraph.
    pub end: usize,
    /// Its subject (its label without a verb of change).
    pub subject: String,
    /// Where its quote started.
    pub quote_start: usize,
    /// Whether its clause reads `从…`.
    pub from: bool,
    /// It as written.
    pub value_text: String,
}

/// A figure's label and what the reading found on the way.
#[derive(Debug, Default)]
pub struct Labelled {
    /// The label.
    pub label: String,
    /// Where the quote starts.
    pub quote_start: usize,
    /// Whether the words state a change (`增长`, `下降`).
    pub change: bool,
    /// Which way the change goes.
    pub direction: Option<Direction>,
    /// A from → to pair: the note to fill (`从…到…`).
    pub note: Option<String>,
    /// Whether the clause reads `从…`.
    pub from: bool,
    /// Why the label may be wrong.
    pub doubt: Option<&'static str>,
}

/// The label of `figures[k]` in paragraph `p`.
#[must_use]
pub fn label(p: &str, figures: &[Figure], k: usize, prev: Option<&Previous>) -> Labelled {
    let f = &figures[k];
    let hard = clause_start(p, f.range.start, false);
    if let Some(at) = p[hard..f.range.start].rfind("分别") {
        let list = List {
            at: hard + at,
            from: hard,
        };
        return distributive(p, figures, k, hard, list);
    }
    // `城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%`: a second list of the
    // same subjects in the next clause, with only a verb before it.
    if let Some(list) = earlier_list(p, figures, k, hard) {
        return distributive(p, figures, k, hard, list);
    }
    if let Some(pr) = prev.filter(|pr| pr.end <= f.range.start) {
        let between = &p[pr.end..f.range.start];
        if pr.from && between.chars().count() <= 4 && between.ends_with(['到', '至']) {
            return Labelled {
                label: pr.subject.clone(),
                quote_start: pr.quote_start,
                note: Some(String::new()),
                ..Labelled::default()
            };
        }
    }
    // The label starts after the figure before it in the same clause (`17个重点…增长5.3%`).
    let soft = clause_start(p, f.range.start, true)
        .max(k.checked_sub(1).map_or(0, |j| figures[j].range.end));
    let raw = &p[soft..f.range.start];
    let mut out = Labelled {
        quote_start: soft,
        change: ends_with_change(raw),
        direction: direction_of(raw),
        from: raw.contains('从') || raw.contains('由'),
        ..Labelled::default()
    };
    let words = Words {
        raw,
        before: words_before(raw),
        after: after_number(p, figures, k),
    };
    words.choose(p, f, prev, &mut out);
    out
}

/// The words around one number: the clause before it (`raw`), its tidy label (`before`), and
/// what follows it.
struct Words<'a> {
    raw: &'a str,
    before: String,
    after: After,
}

/// The label the words before a number give: `城镇化率提高到66.2%` is a level, its label the
/// subject without the verb; a lone link word (`达`) names nothing.
fn words_before(raw: &str) -> String {
    let before = if raw.ends_with(['到', '至']) {
        subject(&tidy(raw)).to_owned()
    } else {
        tidy(raw)
    };
    if only_a_link(&before) {
        String::new()
    } else {
        before
    }
}

impl Words<'_> {
    /// Where the subject is, in the order the readings are trusted; sets `out`'s label, and
    /// its quote start and doubt where the reading changes them.
    fn choose(self, p: &str, f: &Figure, prev: Option<&Previous>, out: &mut Labelled) {
        let Self { raw, before, after } = self;
        let noun = !after.noun.is_empty();
        // `岚皋至陕渝界等4条高速公路`: what is counted follows `等`.
        if raw.ends_with('等') && noun {
            out.label = after.noun;
            return;
        }
        // `600个高频事项…`, and `首期规模500亿元的浙江社保科创基金`: what the number describes
        // follows it (`的`).
        let describes = p[f.range.end..].starts_with('的') && before.chars().count() <= 4;
        if noun && (before.is_empty() || describes) {
            out.label = after.with_aside(&before);
            out.doubt = after.doubt;
            return;
        }
        // `赤字规模4.06万亿元，比上年年初预算增加1800亿元`: a comparison with no subject of its
        // own is of the figure before.
        let compares = before.starts_with(['比', '较']) || before.starts_with("同比");
        if (is_bare_verb(&before) || compares)
            && let Some(carried) = carry(p, f, prev, &before)
        {
            (out.label, out.quote_start, out.doubt) = carried;
            return;
        }
        if noun && is_verb_phrase(&before) {
            out.label = after.with_aside(&before);
            out.doubt = after.doubt;
        } else if before.is_empty() {
            p[f.range.clone()].clone_into(&mut out.label);
            out.doubt = Some(doubt::NO_LABEL);
        } else {
            out.doubt = cut_doubt(raw, &before);
            out.label = before;
        }
    }
}

/// A bare verb of change (`增长5.4%`) takes the subject of the figure before it in the same
/// sentence: the label, where the quote starts, and a doubt unless only a list mark parts them.
fn carry(
    p: &str,
    f: &Figure,
    prev: Option<&Previous>,
    verb: &str,
) -> Option<(String, usize, Option<&'static str>)> {
    let pr = prev.filter(|pr| pr.end <= f.range.start && !pr.subject.is_empty())?;
    let between = &p[pr.end..f.range.start];
    if between.contains(['。', '；', '！', '？']) {
        return None;
    }
    // Sure only where one list mark or comma parts the two and this figure names a verb
    // (`5.67万亿元、增长5.4%`, `4.06万亿元，比上年…增加1800亿元`).
    let rest = between.trim_start_matches(['、', '，', ',']);
    let close = rest.len() < between.len()
        && !rest.contains(['、', '，', ',', '：'])
        && rest.chars().count() <= 16
        && !verb.is_empty();
    Some((
        format!("{}{verb}", pr.subject),
        pr.quote_start,
        (!close).then_some(doubt::CARRIED),
    ))
}

/// A doubt when the label was cut to its last characters.
fn cut_doubt(raw: &str, label: &str) -> Option<&'static str> {
    let whole = raw.trim().chars().count();
    (whole > label.chars().count() + 6 && label.chars().count() >= 20).then_some(doubt::LABEL_CUT)
}

/// A short phrase that opens with a verb (`新增`, `新培育`, `开展首批`): the thing counted
/// follows the number.
fn is_verb_phrase(label: &str) -> bool {
    const OPENING: &[&str] = &[
        "新增",
        "新建",
        "新开",
        "新培育",
        "新认定",
        "新设",
        "新入选",
        "建成",
        "建设",
        "开工",
        "开通",
        "引进",
        "引育",
        "培育",
        "认定",
        "实施",
        "完成",
        "推进",
        "打造",
        "开展",
        "举办",
        "出台",
        "制定",
        "启动",
        "发放",
        "惠及",
        "带动",
        "吸引",
        "获批",
        "入选",
        "创建",
        "改造",
        "组建",
        "试点",
        "设立",
        "落地",
        "累计",
        "建立",
        "支持",
        "办理",
        "化解",
        "帮助",
        "服务",
        "解决",
        "提供",
        "审议",
        "投入",
        "首批",
        "规划",
        "布局",
        "发行",
        "兑现",
        "争取",
        "新开工",
        "新开通",
        "推动",
        "抓好",
        "覆盖",
    ];
    label.chars().count() <= 6 && OPENING.iter().any(|v| label.starts_with(v))
}

/// The words after a number that name what it counts.
struct After {
    /// The thing counted (`国家卓越级智能工厂`).
    noun: String,
    /// What it did, when short (`实现“数据最多采一次”`).
    rest: String,
    doubt: Option<&'static str>,
}

impl After {
    /// The label: the thing, with the verb before the number and what it did in parentheses.
    fn with_aside(&self, verb: &str) -> String {
        let verb = if PLAIN_VERBS.contains(&verb) {
            ""
        } else {
            verb
        };
        let aside = match (verb.is_empty(), self.rest.is_empty()) {
            (true, true) => String::new(),
            (false, true) => verb.to_owned(),
            (true, false) => self.rest.clone(),
            (false, false) => format!("{verb}，{}", self.rest),
        };
        if aside.is_empty() || aside.chars().count() > MAX_ASIDE {
            self.noun.clone()
        } else {
            format!("{}（{aside}）", self.noun)
        }
    }
}

/// The words after `figures[k]`, up to the next figure or the end of the clause or list item.
fn after_number(p: &str, figures: &[Figure], k: usize) -> After {
    let f = &figures[k];
    let end = clause_end(p, f.range.end, true);
    let end = figures.get(k + 1).map_or(end, |g| g.range.start.min(end));
    let text = p[f.range.end..end].trim_start_matches('的');
    let verb_at = AFTER_VERBS
        .iter()
        .filter_map(|v| text.find(v))
        .filter(|&i| i > 0)
        .min()
        .unwrap_or(text.len());
    let noun = unopened(tidy(subject(&text[..verb_at])));
    let rest = text[verb_at..].trim().to_owned();
    let long = noun.chars().count() > 14;
    After {
        doubt: long.then_some(doubt::LABEL_AFTER),
        noun,
        rest,
    }
}

/// `noun` without a bracket it opens and does not close: a list cut inside brackets
/// (`县（市、区）` read up to its first `、`) keeps what stands before them (`县`).
fn unopened(noun: String) -> String {
    match noun.rfind('（') {
        Some(at) if !noun[at..].contains('）') => noun[..at].trim_end().to_owned(),
        _ => noun,
    }
}

/// Where a distributive list's `分别` stands, and where the numbers paired with its subjects
/// start (after `分别`, or at the start of a later clause that lists them again).
#[derive(Clone, Copy)]
struct List {
    at: usize,
    from: usize,
}

/// A `分别` list earlier in the sentence whose subjects the numbers of this clause pair with:
/// the clause has only a verb of change before its first number, and lists several.
fn earlier_list(p: &str, figures: &[Figure], k: usize, hard: usize) -> Option<List> {
    let f = &figures[k];
    // The clause's own numbers: those before this one back to the clause start, and after it
    // up to the clause end (a bounded look, as a paragraph can hold thousands of figures).
    let mut first = k;
    while first > 0 && figures[first - 1].range.start >= hard {
        first -= 1;
    }
    let verb = tidy(&p[hard..figures[first].range.start]);
    if verb.is_empty() || !is_bare_verb(&verb) {
        return None;
    }
    let end = clause_end(p, f.range.end, false);
    let several = k > first || figures.get(k + 1).is_some_and(|g| g.range.start < end);
    let sentence = sentence_start(p, hard);
    let at = sentence + p[sentence..hard].rfind("分别")?;
    (several && clause_start(p, at, false) >= sentence).then_some(List { at, from: hard })
}

/// `A、B分别增长9.7%、15.3%`: the n-th number after 分别 belongs to the n-th subject.
fn distributive(p: &str, figures: &[Figure], k: usize, hard: usize, list: List) -> Labelled {
    let f = &figures[k];
    let fenbie = list.at;
    // The numbers of the list: from `分别` (or the later clause) to the end of that clause.
    let from = list.from.max(fenbie);
    let start = figures.partition_point(|g| g.range.start <= from);
    let n = k.saturating_sub(start);
    let end = clause_end(p, from, false);
    let count = figures[start..]
        .iter()
        .take_while(|g| g.range.start < end)
        .count();
    let first = figures
        .get(start)
        .map_or(f.range.start, |g| g.range.start.min(f.range.start));
    let verb_from = if list.from > fenbie {
        list.from
    } else {
        fenbie + "分别".len()
    };
    let verb = &p[verb_from..first];
    let list_start = clause_start(p, fenbie, false);
    let (subjects, mut doubt) = list_subjects(&p[list_start..fenbie], count);
    let change = ends_with_change(verb);
    let label = subjects.get(n).cloned().unwrap_or_default();
    let label = if change {
        format!("{label}{}", tidy(verb))
    } else {
        label
    };
    if subjects.len() != count {
        doubt = Some(doubt::LIST_MISMATCH);
    }
    Labelled {
        label,
        quote_start: hard.min(list_start),
        change,
        direction: direction_of(verb),
        doubt,
        ..Labelled::default()
    }
}

/// The subjects of a list before `分别`, as many as `count` where the words allow: `城乡居民…`
/// is the urban and the rural one; a short item takes the head word of the last
/// (`刑事、治安案件` → 刑事案件, 治安案件).
fn list_subjects(list: &str, count: usize) -> (Vec<String>, Option<&'static str>) {
    let mut items: Vec<String> = list
        .split(['、', '和', '及'])
        .map(tidy)
        .filter(|s| !s.is_empty())
        .collect();
    if items.len() == 1
        && count == 2
        && let Some(rest) = items[0].strip_prefix("城乡")
    {
        return (vec![format!("城镇{rest}"), format!("农村{rest}")], None);
    }
    let mut doubt = None;
    if let Some(last) = items.last().cloned() {
        let last_len = last.chars().count();
        let head = HEADS.iter().find(|h| last.ends_with(**h));
        for item in items.iter_mut().rev().skip(1) {
            let n = item.chars().count();
            if HEADS.iter().any(|h| item.ends_with(h)) {
                continue;
            }
            if let Some(head) = head.filter(|_| n <= last_len) {
                // `城镇居民、农村居民人均可支配收入`: the last item's head word.
                item.push_str(head);
            } else if n <= 3 && last_len >= n + 2 {
                // `刑事、治安案件`: the short item takes what follows the same number of
                // characters in the last.
                let tail: String = last.chars().skip(n).collect();
                item.push_str(&tail);
                doubt = Some(doubt::LIST_COMPLETED);
            }
        }
    }
    (items, doubt)
}

/// Head words a list's items share when only the last writes it (`城镇居民、农村居民人均可支配收入`,
/// `六大优势产业、高技术制造业增加值`), longest first.
const HEADS: &[&str] = &[
    "抽检合格率",
    "人均可支配收入",
    "可支配收入",
    "增加值",
    "营业收入",
    "收入",
    "投资",
    "出口",
    "进口",
    "产量",
    "总额",
    "合格率",
    "覆盖率",
    "人数",
    "销量",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::scan_figures;

    /// The label of each figure of `p`, in order, carrying as the importer does.
    fn labels(p: &str) -> Vec<String> {
        let figures = scan_figures(p);
        let mut prev: Option<Previous> = None;
        let mut out = Vec::new();
        for k in 0..figures.len() {
            let l = label(p, &figures, k, prev.as_ref());
            prev = Some(Previous {
                end: figures[k].range.end,
                subject: subject(&l.label).to_owned(),
                quote_start: l.quote_start,
                from: l.from,
                value_text: p[figures[k].range.clone()].to_owned(),
            });
            out.push(l.label);
        }
        out
    }

    #[test]
    fn the_subject_after_the_number() {
        assert_eq!(
            labels("新增9家国家卓越级智能工厂、38家国家级5G工厂。"),
            vec!["国家卓越级智能工厂（新增）", "国家级5G工厂"]
        );
        assert_eq!(
            labels("完成1.6万户特殊困难家庭适老化改造。"),
            vec!["特殊困难家庭适老化改造"]
        );
        assert_eq!(
            labels("实施167项重大科技攻关。"),
            vec!["重大科技攻关（实施）"]
        );
        assert_eq!(labels("建成岚皋至陕渝界等4条高速公路。"), vec!["高速公路"]);
        // A verb of doing before a count is not what is counted (the corpus's 江苏, 山东).
        assert_eq!(labels("抓好550个省重大项目。"), vec!["省重大项目（抓好）"]);
        assert_eq!(labels("覆盖1.8万余个行政村。"), vec!["行政村（覆盖）"]);
        // A list cut inside brackets leaves no bracket open.
        assert_eq!(
            labels("推动16个县（市、区）整县建成美丽乡村。"),
            vec!["县（推动）"]
        );
        assert_eq!(
            labels("600个高频事项实现“数据最多采一次”，53个重点事项落地实施。"),
            vec!["高频事项（实现“数据最多采一次”）", "重点事项（落地实施）"]
        );
    }

    #[test]
    fn lists_pair_one_to_one() {
        assert_eq!(
            labels("城乡居民人均可支配收入分别增长4.4%、5.6%。"),
            vec!["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
        );
        assert_eq!(
            labels("刑事、治安案件分别下降6.6%、3.6%。"),
            vec!["刑事案件下降", "治安案件下降"]
        );
        let p = "城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%。";
        assert_eq!(labels(p)[0], "城镇居民人均可支配收入增长");
        let figures = scan_figures(p);
        assert_eq!(label(p, &figures, 0, None).direction, Some(Direction::Up));
        let p = "生产安全事故起数、死亡人数分别下降15.2%、13.3%。";
        let figures = scan_figures(p);
        let second = label(p, &figures, 1, None);
        assert_eq!(second.label, "死亡人数下降");
        assert_eq!(second.direction, Some(Direction::Down));
        assert_eq!(second.doubt, None);
        // The same subjects listed again in the next clause (江苏省).
        assert_eq!(
            labels("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。"),
            vec![
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入",
                "城镇居民人均可支配收入增长",
                "农村居民人均可支配收入增长"
            ]
        );
        assert_eq!(
            labels("赤字规模4.06万亿元，比上年年初预算增加1800亿元。")[1],
            "赤字规模比上年年初预算增加"
        );
    }

    #[test]
    fn a_bare_verb_carries_the_subject_and_leads_are_dropped() {
        assert_eq!(
            labels("实现地区生产总值67665亿元，增长5.5%。"),
            vec!["地区生产总值", "地区生产总值增长"]
        );
        let p = "固定资产投资下降3.3%。";
        let figures = scan_figures(p);
        let l = label(p, &figures, 0, None);
        assert_eq!(
            (l.label.as_str(), l.direction, l.change),
            ("固定资产投资下降", Some(Direction::Down), true)
        );
        let p = "达36.5%。";
        let figures = scan_figures(p);
        assert_eq!(label(p, &figures, 0, None).doubt, Some(doubt::NO_LABEL));
    }
}
