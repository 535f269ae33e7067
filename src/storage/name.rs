//! Where a file the user saves goes and what it is called: `<title>-<YYYYMMDD>.png` (or
//! `.csv`, `.json`) in the folder used last (first time: Pictures, else home), never over a
//! file already there. Plain data, beside the writing itself, so that every feature that
//! saves a file (the export, the data table, the review) names the same rules.

use std::path::{Path, PathBuf};

use crate::platform::dialog_answer::DialogAnswer;

/// File name for a chart exported on `date` (`YYYYMMDD`): the title with the characters that
/// Windows, macOS or Linux forbid in names replaced by `_`.
#[must_use]
pub fn file_name(title: &str, date: &str) -> String {
    let clean: String = title
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    // Windows refuses names ending in a dot or space; an empty title still needs a name.
    let clean = clean.trim().trim_end_matches('.');
    let stem = if clean.is_empty() { "chart" } else { clean };
    format!("{stem}-{date}.png")
}

/// [`file_name`] for a file of `extension` (`csv`, `json`, `svg`).
#[must_use]
pub fn file_name_ext(title: &str, date: &str, extension: &str) -> String {
    let png = file_name(title, date);
    match png.strip_suffix(".png") {
        Some(stem) => format!("{stem}.{extension}"),
        None => png,
    }
}

/// Where a save dialog's `answer` puts a file of `extension`: the file chosen, with the
/// extension; or, when no dialog could be shown, `name` in the default folder beside `last`,
/// under a new name if a file is already there (it keeps). `None`: the dialog was cancelled.
#[must_use]
pub fn saved_at(
    answer: DialogAnswer,
    extension: &str,
    last: Option<&Path>,
    name: impl FnOnce() -> String,
) -> Option<PathBuf> {
    match answer {
        DialogAnswer::Chosen(path) => Some(path.with_extension(extension)),
        DialogAnswer::Cancelled => None,
        DialogAnswer::Unavailable => Some(unused(default_folder(last).join(name()))),
    }
}

/// `path`, or where a file is already there, the first free `<stem>-2.<ext>`, `-3` … beside
/// it: a file is never replaced without asking, and where no dialog asked, a new name is
/// the answer.
#[must_use]
pub fn unused(path: PathBuf) -> PathBuf {
    if !path.exists() {
        return path;
    }
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    // A folder of a million copies of one name is not a folder anyone has.
    (2..1_000_000)
        .map(|n| path.with_file_name(format!("{stem}-{n}{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(path)
}

/// Today's local date as `YYYYMMDD`.
#[must_use]
pub fn today() -> String {
    chrono::Local::now().format("%Y%m%d").to_string()
}

/// The folder a save dialog opens in: the last one used if it still exists, else the user's
/// Pictures folder, else home, else the working directory.
#[must_use]
pub fn default_folder(last: Option<&Path>) -> PathBuf {
    last.filter(|p| p.is_dir())
        .map(Path::to_path_buf)
        .or_else(|| dirs::picture_dir().filter(|p| p.is_dir()))
        // Without XDG user-dirs (minimal Linux desktops) `picture_dir` knows nothing.
        .or_else(|| {
            dirs::home_dir()
                .map(|h| h.join("Pictures"))
                .filter(|p| p.is_dir())
        })
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| PathBuf::from("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_titles_stay_and_forbidden_characters_go() {
        assert_eq!(
            file_name("2024年主要预期目标", "20261128"),
            "2024年主要预期目标-20261128.png"
        );
        assert_eq!(
            file_name("投资/项目: 金额?", "20240319"),
            "投资_项目_ 金额_-20240319.png"
        );
        assert_eq!(file_name("  ", "20240319"), "chart-20240319.png");
        assert_eq!(file_name("图表…", "1"), "图表…-1.png");
        assert_eq!(file_name("a.", "1"), "a-1.png");
    }

    #[test]
    fn a_dialog_answer_says_where_a_file_goes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let last = Some(dir.path());
        let name = || file_name_ext("目标", "20261204", "csv");
        assert_eq!(name(), "目标-20261204.csv");
        assert_eq!(
            saved_at(DialogAnswer::Chosen("a/表".into()), "csv", last, name),
            Some(PathBuf::from("a/表.csv"))
        );
        assert_eq!(saved_at(DialogAnswer::Cancelled, "csv", last, name), None);
        // No dialog: in the last folder, and a file already there keeps.
        let there = dir.path().join("目标-20261204.csv");
        assert_eq!(
            saved_at(DialogAnswer::Unavailable, "csv", last, name),
            Some(there.clone())
        );
        std::fs::write(&there, b"x").expect("write");
        assert_eq!(
            saved_at(DialogAnswer::Unavailable, "csv", last, name),
            Some(dir.path().join("目标-20261204-2.csv"))
        );
    }

    #[test]
    fn today_is_eight_digits() {
        let d = today();
        assert_eq!(d.len(), 8);
        assert!(d.chars().all(|c| c.is_ascii_digit()));
        assert!(d.starts_with("20"));
    }

    #[test]
    fn the_last_folder_wins_while_it_exists() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(default_folder(Some(dir.path())), dir.path());
        let gone = dir.path().join("gone");
        assert_ne!(default_folder(Some(&gone)), gone);
    }

    #[test]
    fn a_file_already_there_gets_a_new_name_not_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("目标-20261203.png");
        assert_eq!(unused(path.clone()), path, "free: as asked");
        std::fs::write(&path, b"x").expect("write");
        let second = unused(path.clone());
        assert_eq!(second, dir.path().join("目标-20261203-2.png"));
        std::fs::write(&second, b"x").expect("write");
        assert_eq!(unused(path), dir.path().join("目标-20261203-3.png"));
        // A name without an extension too.
        let bare = dir.path().join("report");
        std::fs::write(&bare, b"x").expect("write");
        assert_eq!(unused(bare), dir.path().join("report-2"));
    }
}
