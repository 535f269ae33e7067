//! Which part of the report a paragraph belongs to: the past year's review, the five-year
//! plan period's review, the next plan period's goals, or the year's plan. Read from the
//! chapter heading first (`2025年工作回顾`, `“十五五”时期主要目标`, `2026年重点工作`), then from
//! the paragraph where a chapter covers two (`——这五年…`, `今年…`).

use jiedu_report::Period;

use crate::width::fold;

/// What a chapter's heading says it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// One period only.
    Only(Period),
    /// The past year and the five-year period.
    Reviews,
    /// The next plan period and the year.
    Plans,
}

const REVIEW: &[&str] = &["回顾", "成就", "成绩", "过去一年", "主要工作", "工作总结"];
const FIVE_YEAR_PAST: &[&str] = &["十四五", "过去五年", "五年来", "这五年"];
const FIVE_YEAR_NEXT: &[&str] = &["十五五", "五年规划", "规划纲要", "2035", "2030"];
const THIS_YEAR: &[&str] = &[
    "今年",
    "重点工作",
    "工作任务",
    "主要任务",
    "工作安排",
    "总体要求",
];

fn any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The scope of a chapter titled `title` whose text starts with `opening`, in a report for
/// `year`, and whether the chapter says it. A heading that says nothing (a slogan) is read from
/// the chapter's opening sentence, and failing that the chapter continues the one before
/// (`previous`): then its figures' period is a guess (`false`).
#[must_use]
pub fn chapter_scope(
    title: &str,
    opening: &str,
    year: Option<i32>,
    previous: Option<Scope>,
) -> (Scope, bool) {
    match scope_of(title, year).or_else(|| scope_of(first_sentence(opening), year)) {
        Some(stated) => (stated, true),
        None => (previous.unwrap_or(Scope::Only(Period::Review)), false),
    }
}

fn scope_of(text: &str, year: Option<i32>) -> Option<Scope> {
    let text = &*fold(text);
    let this_year = mentions_year(text, year) || any(text, THIS_YEAR);
    let last_year = mentions_year(text, year.map(|y| y - 1));
    if any(text, REVIEW) || (last_year && !this_year) {
        Some(if any(text, FIVE_YEAR_PAST) {
            Scope::Reviews
        } else {
            Scope::Only(Period::Review)
        })
    } else if text.contains("开好局") || text.contains("开局之年") {
        Some(Scope::Only(Period::Plan))
    } else if any(text, FIVE_YEAR_NEXT) {
        Some(if this_year {
            Scope::Plans
        } else {
            Scope::Only(Period::FiveYearGoal)
        })
    } else if this_year {
        Some(Scope::Only(Period::Plan))
    } else {
        None
    }
}

fn mentions_year(text: &str, year: Option<i32>) -> bool {
    year.is_some_and(|y| fold(text).contains(&format!("{y}年")))
}

/// The text up to the first full stop: where a paragraph says what it is about.
/// The address `各位代表！` that opens a paragraph is not its sentence.
fn first_sentence(paragraph: &str) -> &str {
    let text = paragraph.strip_prefix("各位代表").map_or(paragraph, |t| {
        t.trim_start_matches(['！', '，', '：', '!', ','])
    });
    text.split(['。', '！']).next().unwrap_or(text)
}

/// The periods of a chapter's paragraphs, in order. Where a chapter covers two periods, a
/// paragraph whose first sentence names one (`五年来，…`, `刚刚过去的2025年…`) switches to it,
/// and the paragraphs after it (`——` dash paragraphs, numbered sections) stay there.
pub struct Periods {
    scope: Scope,
    current: Period,
    year: Option<i32>,
}

impl Periods {
    /// The periods of a chapter of scope `scope`.
    #[must_use]
    pub fn new(scope: Scope, year: Option<i32>) -> Self {
        let current = match scope {
            Scope::Only(p) => p,
            Scope::Reviews => Period::Review,
            Scope::Plans => Period::FiveYearGoal,
        };
        Self {
            scope,
            current,
            year,
        }
    }

    /// The period of the next paragraph.
    pub fn next(&mut self, paragraph: &str) -> Period {
        let first = first_sentence(paragraph);
        match self.scope {
            // A review of the year may close with the five years (`五年来，…`, 陕西省).
            Scope::Reviews | Scope::Only(Period::Review) => {
                if let Some(p) = review_of(paragraph, self.year) {
                    self.current = p;
                }
            }
            Scope::Only(Period::FiveYearReview) => {}
            // A plan chapter may look back on the five years before it looks ahead
            // (`“十四五”时期，上海发展历程…`, then `“十五五”时期…`).
            Scope::Plans | Scope::Only(Period::FiveYearGoal | Period::Plan) => {
                if opens_five_year_review(first) {
                    self.current = Period::FiveYearReview;
                } else if matches!(self.scope, Scope::Plans)
                    && (mentions_year(first, self.year) || first.contains("今年"))
                {
                    self.current = Period::Plan;
                } else if any(first, FIVE_YEAR_NEXT) || self.current == Period::FiveYearReview {
                    self.current = match self.scope {
                        Scope::Only(p) => p,
                        _ => Period::FiveYearGoal,
                    };
                }
            }
        }
        self.current
    }
}

/// A sentence that opens a look back at the five-year period just ended.
fn opens_five_year_review(first: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "“十四五”时期，",
        "“十四五”以来",
        "十四五时期，",
        "过去五年",
        "过去的五年",
        "五年来",
        "这五年",
    ];
    OPENINGS.iter().any(|w| first.starts_with(w))
}

/// Which review a paragraph of a chapter that reviews both the year and the five years opens:
/// `一年来…`, `过去一年…` the year; `五年来…`, `这五年…` the five years. The first two sentences
/// are read, as `2025年是“十四五”收官之年。` opens either; where neither says which, the year
/// (`2025年，…`) or the plan period (`“十四五”…`) named decides.
fn review_of(paragraph: &str, year: Option<i32>) -> Option<Period> {
    const YEAR: &[&str] = &["过去一年", "一年来", "刚刚过去的"];
    const FIVE: &[&str] = &[
        "过去五年",
        "过去的五年",
        "五年来",
        "这五年",
        "“十四五”时期",
        "十四五时期",
    ];
    let text = paragraph.strip_prefix("各位代表").map_or(paragraph, |t| {
        t.trim_start_matches(['！', '，', '：', '!', ','])
    });
    for sentence in text.split(['。', '！']).take(2) {
        let y = YEAR.iter().filter_map(|w| sentence.find(w)).min();
        let f = FIVE.iter().filter_map(|w| sentence.find(w)).min();
        match (y, f) {
            (Some(a), Some(b)) => {
                return Some(if a < b {
                    Period::Review
                } else {
                    Period::FiveYearReview
                });
            }
            (Some(_), None) => return Some(Period::Review),
            (None, Some(_)) => return Some(Period::FiveYearReview),
            (None, None) => {}
        }
    }
    let first = &*fold(first_sentence(paragraph));
    let last_year = year.is_some_and(|y| {
        first.contains(&format!("{}年是", y - 1)) || first.contains(&format!("{}年，", y - 1))
    });
    if last_year {
        Some(Period::Review)
    } else if any(first, FIVE_YEAR_PAST) || first.contains("五年") {
        Some(Period::FiveYearReview)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapters_from_real_headings() {
        let y = Some(2026);
        let scope = |title: &str| chapter_scope(title, "", y, None).0;
        assert_eq!(scope("一、2025年工作回顾"), Scope::Only(Period::Review));
        assert_eq!(scope("一、2025年及“十四五”时期工作回顾"), Scope::Reviews);
        assert_eq!(
            scope("二、“十五五”时期经济社会发展目标任务"),
            Scope::Only(Period::FiveYearGoal)
        );
        assert_eq!(scope("三、2026年重点工作"), Scope::Only(Period::Plan));
        // Full-width digits name the same years.
        assert_eq!(scope("三、２０２６年重点工作"), Scope::Only(Period::Plan));
        assert_eq!(scope("二、到２０３５年的目标"), scope("二、到2035年的目标"));
        assert_eq!(scope("“十五五”时期主要目标和2026年重点工作"), Scope::Plans);
        assert_eq!(
            scope("三、一鼓作气勇争先，全力推动“十五五”开好局、起好步"),
            Scope::Only(Period::Plan)
        );
        // A slogan heading is read from the chapter's opening sentence (福建省)…
        assert_eq!(
            chapter_scope(
                "二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章",
                "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。省政府…",
                y,
                Some(Scope::Only(Period::Review))
            ),
            (Scope::Only(Period::FiveYearGoal), true)
        );
        // …and where that says nothing either, continues the chapter before.
        assert_eq!(
            chapter_scope(
                "四、深入推进政府治理创新",
                "新征程新使命，对政府工作提出了新的更高要求。",
                y,
                Some(Scope::Only(Period::Plan))
            ),
            (Scope::Only(Period::Plan), false)
        );
    }

    #[test]
    fn a_chapter_that_covers_two_periods_switches_and_stays() {
        // The order of 山东省's first chapter: the past year, then the five years.
        let mut p = Periods::new(Scope::Reviews, Some(2026));
        assert_eq!(
            p.next("2025年是很不平凡的一年。面对复杂严峻的国际形势"),
            Period::Review
        );
        assert_eq!(p.next("（一）经济增长迈出坚实步伐。抓"), Period::Review);
        assert_eq!(
            p.next("各位代表！2025年是“十四五”收官之年。五年来，我们"),
            Period::FiveYearReview
        );
        assert_eq!(
            p.next("——经济综合实力实现新跃升。全省生产总值"),
            Period::FiveYearReview
        );
        assert_eq!(
            p.next("刚刚过去的2025年，面对外部环境复杂变化"),
            Period::Review
        );
        // 福建省 opens its year the way 山东省 opens its five years.
        let mut p = Periods::new(Scope::Reviews, Some(2026));
        assert_eq!(
            p.next("2025年是“十四五”收官之年。一年来，我们坚持以习近平新时代"),
            Period::Review
        );
        assert_eq!(
            p.next("各位代表！2025年主要目标任务如期完成。过去的五年极不平凡"),
            Period::FiveYearReview
        );
        let mut p = Periods::new(Scope::Plans, Some(2026));
        assert_eq!(
            p.next("“十五五”时期是内蒙古高质量发展的关键期。"),
            Period::FiveYearGoal
        );
        assert_eq!(p.next("今年经济社会发展的主要预期目标是："), Period::Plan);
    }
}
