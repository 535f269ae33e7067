//! Why the importer may have read a figure wrong, in the words a reviewer reads. A figure with
//! a doubt waits for a person (`review: unreviewed`); one without is kept by the import
//! (`review: auto`). Each doubt names what to check, so the reviewer looks at one thing.

/// No words before or after the number say what it counts.
pub const NO_LABEL: &str = "没有找到这个数字说的是什么，标签只是数字本身";
/// The subject was read after the number, from words that may run on.
pub const LABEL_AFTER: &str = "标签取自数字后面的文字，可能不完整或过长";
/// The subject was carried over from the figure before.
pub const CARRIED: &str = "主语承接自前一个数字，请核对";
/// A distributive list whose subjects and numbers do not pair one to one.
pub const LIST_MISMATCH: &str = "“分别”前列举的主语与数字个数不一致，标签可能错配";
/// A list's short item completed with the head word of the last item.
pub const LIST_COMPLETED: &str = "并列的主语由最后一项补全（如“刑事、治安案件”），请核对";
/// A label too long to keep whole.
pub const LABEL_CUT: &str = "标签过长，只保留了一部分";
/// A magnitude (万, 亿) without a unit.
pub const MAGNITUDE_ONLY: &str = "只写了数量级，没有单位（原文可能被截断）";
/// `增长N倍`: N+1 times the base.
pub const TIMES: &str = "“增长N倍”即原来的N+1倍，请核对含义";
/// A figure written in words has no value.
pub const IN_WORDS: &str = "数字用文字写成，没有数值";
/// The period is taken from the chapter before, not from words of this chapter.
pub const PERIOD_INFERRED: &str = "时期由前文推断（本章标题和开头没有说明）";
/// `N…的Y`: the number may qualify a subject rather than be the figure.
pub const THRESHOLD: &str = "数字后接“的”，可能是限定条件而不是统计结果";
/// A target without a number: its label and wording were parted by the program.
pub const WORDED_TARGET: &str = "没有数字的目标：标签与表述由程序切分";
