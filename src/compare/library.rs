//! The library of reports: every report opened or imported joins it, with its title, level
//! (national, provincial, city, district), region and year, so that several can be compared
//! without opening each again. A copy of each report is kept in the app's data folder (or in
//! memory when there is none, as in tests), so opening from the library is instant: no
//! re-import. The built-in report is always in it. Removing an entry never touches the file the
//! report came from. No egui here.

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::report::{Meta, Report};

/// How high the government that gave a report is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// The State Council.
    National,
    /// A province, autonomous region or municipality directly under the central government.
    Provincial,
    /// A city or prefecture.
    City,
    /// A district or county.
    District,
    /// Not told by the title.
    Unknown,
}

impl Level {
    /// Every level, highest first.
    pub const ALL: [Self; 5] = [
        Self::National,
        Self::Provincial,
        Self::City,
        Self::District,
        Self::Unknown,
    ];
}

/// The four municipalities: provincial although their names end in 市.
const MUNICIPALITIES: [&str; 4] = ["北京市", "上海市", "天津市", "重庆市"];

/// The level a report's title tells (`2026年四川省人民政府工作报告` → provincial).
#[must_use]
pub fn level_of(title: &str) -> Level {
    if title.contains("国务院") {
        Level::National
    } else {
        level_of_region(&region_of(title))
    }
}

/// The level a region's name tells (`四川省` → provincial; none: the national report).
fn level_of_region(region: &str) -> Level {
    if region.is_empty() {
        Level::National
    } else if region.contains('省')
        || region.contains("自治区")
        || MUNICIPALITIES.iter().any(|m| region.contains(m))
    {
        Level::Provincial
    } else if region.ends_with('区') || region.ends_with('县') || region.ends_with('旗') {
        Level::District
    } else if region.ends_with('市') || region.ends_with('州') || region.ends_with('盟') {
        Level::City
    } else {
        Level::Unknown
    }
}

/// The region a title names: the title without its year and the words of every report title
/// (`2026年上海市政府工作报告` → `上海市`; the national report's is empty).
#[must_use]
pub fn region_of(title: &str) -> String {
    let mut rest = title.trim().trim_start_matches("解读");
    // A leading or trailing year: `2026年…`, `…2026年…`.
    if let Some((head, tail)) = rest.split_once('年')
        && head.chars().all(|c| c.is_ascii_digit())
        && !head.is_empty()
    {
        rest = tail;
    }
    let mut region = rest.to_owned();
    for words in ["人民政府工作报告", "政府工作报告", "国务院"] {
        region = region.replace(words, "");
    }
    // `陕西省2026年` (a year after the region).
    if let Some((head, tail)) = region.split_once('年')
        && tail.is_empty()
        && head.len() > 4
    {
        let digits = head.chars().rev().take_while(char::is_ascii_digit).count();
        region = head.chars().take(head.chars().count() - digits).collect();
    }
    region.trim().to_owned()
}

/// One report of the library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable key: the file name of the kept copy (`builtin` for the built-in report).
    pub key: String,
    /// The report's title.
    pub title: String,
    /// National, provincial, city or district.
    pub level: Level,
    /// The region it names.
    pub region: String,
    /// The year of its plan.
    pub year: Option<i32>,
}

/// The library: its entries, and where their copies are kept.
#[derive(Default)]
pub struct Library {
    entries: Vec<Entry>,
    folder: Option<PathBuf>,
    /// What is printed around the built-in report: it tells a report that is the built-in one.
    builtin: Option<Meta>,
    /// Reports opened this session, by key (the kept copy need not be read again).
    loaded: Vec<(String, Arc<Report>)>,
}

/// The key of the built-in report.
pub const BUILT_IN: &str = "builtin";

/// The index file in the library folder.
const INDEX: &str = "library.json";

impl Library {
    /// The library kept in `folder` (none: in memory only), with the built-in report first
    /// (`builtin`, as the app already parsed it; its text is read again only when opened from
    /// the library).
    #[must_use]
    pub fn at(folder: Option<PathBuf>, builtin: Option<&Report>) -> Self {
        Self::with_builtin(folder, builtin.map(|r| r.meta.clone()))
    }

    /// The same library, kept in `folder` instead.
    #[must_use]
    pub fn moved_to(&self, folder: Option<PathBuf>) -> Self {
        Self::with_builtin(folder, self.builtin.clone())
    }

    fn with_builtin(folder: Option<PathBuf>, builtin: Option<Meta>) -> Self {
        let mut entries: Vec<Entry> = folder
            .as_ref()
            .and_then(|f| std::fs::read(f.join(INDEX)).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        entries.retain(|e| e.key != BUILT_IN);
        if let Some(meta) = &builtin {
            entries.insert(0, entry(BUILT_IN.to_owned(), meta));
        }
        Self {
            entries,
            folder,
            builtin,
            loaded: Vec::new(),
        }
    }

    /// A report's key: the built-in one's, or a hash of its title, date and year (the same
    /// report opened twice is one entry).
    #[must_use]
    pub fn key_of(&self, report: &Report) -> String {
        if self.builtin.as_ref() == Some(&report.meta) {
            return BUILT_IN.to_owned();
        }
        // FNV-1a: the same key in every build (std's hasher may change between releases).
        let text = format!(
            "{}\u{1f}{}\u{1f}{:?}",
            report.meta.title, report.meta.date, report.meta.year
        );
        let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
        format!("r{hash:016x}")
    }

    /// Every entry, the built-in report first, then in the order they joined.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Adds `report` (or replaces the entry of the same title and year) and keeps a copy.
    ///
    /// # Errors
    /// When the copy cannot be written; the entry is kept in memory anyway.
    pub fn add(&mut self, report: &Report) -> Result<(), String> {
        let key = self.key_of(report);
        if key == BUILT_IN {
            return Ok(());
        }
        let mut new = entry(key.clone(), &report.meta);
        match self.entries.iter_mut().find(|e| e.key == key) {
            Some(old) => {
                // A level the user set stays.
                new.level = old.level;
                *old = new;
            }
            None => self.entries.push(new),
        }
        self.loaded.retain(|(k, _)| *k != key);
        self.loaded.push((key.clone(), Arc::new(report.clone())));
        self.save_copy(&key, report)
    }

    /// Sets the region of entry `key` (the title and meeting line may not tell it, or tell it
    /// wrong); the comparison and the targets against results go by it.
    pub fn set_region(&mut self, key: &str, region: &str) {
        if let Some(entry) = self.entries.iter_mut().find(|e| e.key == key) {
            region.trim().clone_into(&mut entry.region);
        }
        drop(self.write_index());
    }

    /// Sets the level of entry `key` (the title may not tell it, or tell it wrong).
    pub fn set_level(&mut self, key: &str, level: Level) {
        if let Some(entry) = self.entries.iter_mut().find(|e| e.key == key) {
            entry.level = level;
        }
        drop(self.write_index());
    }

    /// Removes entry `key` (never the built-in report, never the file it was opened from).
    pub fn remove(&mut self, key: &str) {
        if key == BUILT_IN {
            return;
        }
        self.entries.retain(|e| e.key != key);
        self.loaded.retain(|(k, _)| k != key);
        if let Some(folder) = &self.folder {
            drop(std::fs::remove_file(folder.join(format!("{key}.json"))));
        }
        drop(self.write_index());
    }

    /// The report of entry `key`: from memory, else the built-in text or its kept copy.
    ///
    /// # Errors
    /// When the copy is gone or does not load.
    pub fn report(&mut self, key: &str) -> Result<Arc<Report>, String> {
        if let Some((_, report)) = self.loaded.iter().find(|(k, _)| k == key) {
            return Ok(Arc::clone(report));
        }
        let report = if key == BUILT_IN {
            Report::embedded().map_err(|e| e.to_string())?
        } else {
            let folder = self.folder.as_ref().ok_or_else(|| key.to_owned())?;
            crate::report::open_file(&folder.join(format!("{key}.json")))
                .map_err(|e| e.to_string())?
        };
        let report = Arc::new(report);
        self.loaded.push((key.to_owned(), Arc::clone(&report)));
        Ok(report)
    }

    fn save_copy(&self, key: &str, report: &Report) -> Result<(), String> {
        let Some(folder) = &self.folder else {
            return Ok(());
        };
        std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
        let json = serde_json::to_vec(report).map_err(|e| e.to_string())?;
        std::fs::write(folder.join(format!("{key}.json")), json).map_err(|e| e.to_string())?;
        self.write_index()
    }

    fn write_index(&self) -> Result<(), String> {
        let Some(folder) = &self.folder else {
            return Ok(());
        };
        let kept: Vec<&Entry> = self.entries.iter().filter(|e| e.key != BUILT_IN).collect();
        let json = serde_json::to_vec_pretty(&kept).map_err(|e| e.to_string())?;
        std::fs::write(folder.join(INDEX), json).map_err(|e| e.to_string())
    }
}

/// The entry of the report printed with `meta`, under `key`: region and level from the title,
/// or from the meeting line where the title names none (many provincial reports are titled
/// just 政府工作报告; their meeting is `福建省第十四届人民代表大会第四次会议`).
fn entry(key: String, meta: &Meta) -> Entry {
    let national = meta.occasion.contains("全国人民代表大会");
    let region = match region_of(&meta.title) {
        r if r.is_empty() && !national => region_of_occasion(&meta.occasion),
        r => r,
    };
    let level = if national {
        Level::National
    } else {
        level_of_region(&region)
    };
    Entry {
        key,
        title: meta.title.clone(),
        level,
        region,
        year: meta.year,
    }
}

/// The region a meeting line names: what stands before its session (`福建省第十四届…` →
/// 福建省); empty for the national one or a line that names none.
fn region_of_occasion(occasion: &str) -> String {
    let Some(at) = occasion.find('第') else {
        return String::new();
    };
    let region = occasion[..at].trim();
    let session = &occasion[at..];
    if session.contains('届') && !session.contains("全国") {
        region.to_owned()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_titled_just_so_is_placed_by_its_meeting_line() {
        let meta = |title: &str, occasion: &str| Meta {
            title: title.to_owned(),
            occasion: occasion.to_owned(),
            ..Meta::default()
        };
        let fujian = entry(
            "k".into(),
            &meta("政府工作报告", "福建省第十四届人民代表大会第四次会议"),
        );
        assert_eq!(
            (fujian.region.as_str(), fujian.level),
            ("福建省", Level::Provincial)
        );
        let city = entry(
            "k".into(),
            &meta("政府工作报告", "郑州市第十六届人民代表大会第三次会议"),
        );
        assert_eq!((city.region.as_str(), city.level), ("郑州市", Level::City));
        let nation = entry(
            "k".into(),
            &meta("政府工作报告", "第十四届全国人民代表大会第二次会议"),
        );
        assert_eq!(
            (nation.region.as_str(), nation.level),
            ("", Level::National)
        );
        // The title, where it names one, comes first.
        let shanghai = entry(
            "k".into(),
            &meta(
                "2026年上海市政府工作报告",
                "上海市第十六届人民代表大会第四次会议",
            ),
        );
        assert_eq!(
            (shanghai.region.as_str(), shanghai.level),
            ("上海市", Level::Provincial)
        );
    }

    #[test]
    fn titles_tell_level_and_region() {
        for (title, level, region) in [
            ("政府工作报告", Level::National, ""),
            ("2026年上海市政府工作报告", Level::Provincial, "上海市"),
            ("2026年四川省人民政府工作报告", Level::Provincial, "四川省"),
            (
                "2026年内蒙古自治区政府工作报告",
                Level::Provincial,
                "内蒙古自治区",
            ),
            ("陕西省2026年政府工作报告", Level::Provincial, "陕西省"),
            ("解读上街区政府工作报告", Level::District, "上街区"),
            ("2025年郑州市政府工作报告", Level::City, "郑州市"),
        ] {
            assert_eq!(region_of(title), region, "{title}");
            assert_eq!(level_of(title), level, "{title}");
        }
    }

    #[test]
    fn a_report_joins_once_and_leaves_without_its_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut library = Library::at(
            Some(dir.path().to_path_buf()),
            Report::embedded().ok().as_ref(),
        );
        assert_eq!(library.entries().len(), 1, "the built-in report");
        let mut report = Report::placeholder("2026年四川省人民政府工作报告", "x");
        report.meta.year = Some(2026);
        library.add(&report).expect("kept");
        library.add(&report).expect("kept again");
        assert_eq!(library.entries().len(), 2);
        let key = library.entries()[1].key.clone();
        // A new session reads the index and the copy: no import.
        let mut again = Library::at(
            Some(dir.path().to_path_buf()),
            Report::embedded().ok().as_ref(),
        );
        assert_eq!(again.entries()[1].title, "2026年四川省人民政府工作报告");
        assert_eq!(again.report(&key).expect("loads").meta.year, Some(2026));
        again.set_level(&key, Level::City);
        assert_eq!(
            Library::at(
                Some(dir.path().to_path_buf()),
                Report::embedded().ok().as_ref()
            )
            .entries()[1]
                .level,
            Level::City
        );
        again.remove(&key);
        again.remove(BUILT_IN);
        assert_eq!(again.entries().len(), 1);
        assert_eq!(
            Library::at(
                Some(dir.path().to_path_buf()),
                Report::embedded().ok().as_ref()
            )
            .entries()
            .len(),
            1
        );
    }
}
