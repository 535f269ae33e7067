//! Which part of the report a paragraph belongs to: the past year's review, the five-year
//! plan period's review, the next plan period's goals, or the year's plan. Read from the
//! chapter heading first (`2025年工作回顾`, `“十五五”时期主要目标`, `2026年重点工作`), then from
//! the paragraph where a chapter covers two (`——这五年…`, `今年…`).

use jiedu_report::Period;

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

/// The scope of a chapter titled `title`, in a report for `year`; `previous` when the heading
/// says nothing (a slogan), so a chapter continues the one before.
#[must_use]
pub fn chapter_scope(title: &str, year: Option<i32>, previous: Option<Scope>) -> Scope {
    let this_year =
        year.is_some_and(|y| title.contains(&format!("{y}年"))) || any(title, THIS_YEAR);
    if any(title, REVIEW) {
        if any(title, FIVE_YEAR_PAST) {
            Scope::Reviews
        } else {
            Scope::Only(Period::Review)
        }
    } else if any(title, FIVE_YEAR_NEXT) && !title.contains("开好局") {
        if this_year {
            Scope::Plans
        } else {
            Scope::Only(Period::FiveYearGoal)
        }
    } else if this_year || title.contains("开好局") {
        Scope::Only(Period::Plan)
    } else {
        previous.unwrap_or(Scope::Only(Period::Review))
    }
}

/// The period of one paragraph of a chapter of scope `scope`.
#[must_use]
pub fn paragraph_period(scope: Scope, paragraph: &str, year: Option<i32>) -> Period {
    match scope {
        Scope::Only(p) => p,
        Scope::Reviews => {
            let last_year = year.is_some_and(|y| paragraph.contains(&format!("{}年", y - 1)));
            if any(paragraph, FIVE_YEAR_PAST) && !last_year && !paragraph.contains("过去一年") {
                Period::FiveYearReview
            } else {
                Period::Review
            }
        }
        Scope::Plans => {
            let this_year = year.is_some_and(|y| paragraph.contains(&format!("{y}年")))
                || paragraph.contains("今年");
            if this_year {
                Period::Plan
            } else {
                Period::FiveYearGoal
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapters_from_real_headings() {
        let y = Some(2026);
        assert_eq!(
            chapter_scope("一、2025年工作回顾", y, None),
            Scope::Only(Period::Review)
        );
        assert_eq!(
            chapter_scope("一、2025年及“十四五”时期工作回顾", y, None),
            Scope::Reviews
        );
        assert_eq!(
            chapter_scope("二、“十五五”时期经济社会发展目标任务", y, None),
            Scope::Only(Period::FiveYearGoal)
        );
        assert_eq!(
            chapter_scope("三、2026年重点工作", y, None),
            Scope::Only(Period::Plan)
        );
        assert_eq!(
            chapter_scope("“十五五”时期主要目标和2026年重点工作", y, None),
            Scope::Plans
        );
        assert_eq!(
            chapter_scope(
                "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步",
                y,
                None
            ),
            Scope::Only(Period::Plan)
        );
        // A slogan heading continues the chapter before.
        assert_eq!(
            chapter_scope(
                "四、深入推进政府治理创新",
                y,
                Some(Scope::Only(Period::Plan))
            ),
            Scope::Only(Period::Plan)
        );
    }

    #[test]
    fn paragraphs_of_a_chapter_that_covers_two_periods() {
        let y = Some(2026);
        assert_eq!(
            paragraph_period(Scope::Reviews, "——这五年综合经济实力大幅提升。", y),
            Period::FiveYearReview
        );
        assert_eq!(
            paragraph_period(Scope::Reviews, "刚刚过去的2025年，面对外部环境复杂变化", y),
            Period::Review
        );
        assert_eq!(
            paragraph_period(Scope::Plans, "今年经济社会发展的主要预期目标是：", y),
            Period::Plan
        );
    }
}
