//! The library of reports: every report opened or imported joins it, with its title, level
//! (national, provincial, city, district), region and year, so that several can be compared
//! without opening each again. A copy of each report is kept in the app's data folder (or in
//! memory when there is none, as in tests), so opening from the library is instant: no
//! re-import. The built-in report is always in it. Removing an entry never touches the file the
//! report came from. No egui here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::report::{Meta, Report};
use crate::storage::ExportError;

pub use super::place::{Level, level_of, place_of, region_of};
use crate::storage::write_atomically;

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

    /// A report's key: the built-in one's, or a hash of its text (the words of its
    /// paragraphs, in order). The same report opened twice, reviewed or retitled, is one
    /// entry; two reports of the same title and year are two.
    #[must_use]
    pub fn key_of(&self, report: &Report) -> String {
        if self.builtin.as_ref() == Some(&report.meta) {
            return BUILT_IN.to_owned();
        }
        let paragraphs = report
            .chapters
            .iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| &s.paragraphs);
        let mut text = String::new();
        for paragraph in paragraphs {
            text.push_str(paragraph);
            text.push('\u{1f}');
        }
        if text.is_empty() {
            text.clone_from(&report.meta.title);
        }
        format!("c{:016x}", fnv(&text))
    }

    /// The key libraries before format 2 of the index gave the report: its title, date and
    /// year. An entry under it is this report's only when its copy has the same text.
    fn legacy_key(report: &Report) -> String {
        let text = format!(
            "{}\u{1f}{}\u{1f}{:?}",
            report.meta.title, report.meta.date, report.meta.year
        );
        format!("r{:016x}", fnv(&text))
    }

    /// Every entry, the built-in report first, then in the order they joined.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Adds `report` (or replaces the entry of the same report, keeping the title, region and
    /// level the user set) and keeps a copy.
    ///
    /// # Errors
    /// When the copy or the index cannot be written (what, where and why); the entry is kept in
    /// memory anyway.
    pub fn add(&mut self, report: &Report) -> Result<(), ExportError> {
        let key = self.key_of(report);
        if key == BUILT_IN {
            return Ok(());
        }
        let key = self.earlier_key(report, &key).unwrap_or(key);
        let mut new = entry(key.clone(), &report.meta);
        let mut kept = report.clone();
        match self.entries.iter_mut().find(|e| e.key == key) {
            Some(old) => {
                // What the user set stays: the report is the same.
                new.title.clone_from(&old.title);
                new.region.clone_from(&old.region);
                new.level = old.level;
                kept.meta.title.clone_from(&old.title);
                *old = new;
            }
            None => self.entries.push(new),
        }
        self.loaded.retain(|(k, _)| *k != key);
        let kept = Arc::new(kept);
        self.loaded.push((key.clone(), Arc::clone(&kept)));
        self.save_copy(&key, &kept)
    }

    /// The key `report` already has in the library under the older keying (title, date and
    /// year), when that entry's copy is this report's text.
    fn earlier_key(&mut self, report: &Report, key: &str) -> Option<String> {
        if self.entries.iter().any(|e| e.key == key) {
            return None;
        }
        let legacy = Self::legacy_key(report);
        self.entries.iter().any(|e| e.key == legacy).then_some(())?;
        let copy = self.report(&legacy).ok()?;
        (self.key_of(&copy) == key).then_some(legacy)
    }

    /// Sets the title of entry `key` (a title the page got wrong, or one shared by many
    /// reports: `政府工作报告`); the report opens from the library with it. The built-in
    /// report's title stays; an empty title is refused.
    ///
    /// # Errors
    /// When the index cannot be written; the title is changed in memory anyway.
    pub fn set_title(&mut self, key: &str, title: &str) -> Result<(), ExportError> {
        let title = title.trim();
        if key == BUILT_IN || title.is_empty() {
            return Ok(());
        }
        if let Some(entry) = self.entries.iter_mut().find(|e| e.key == key) {
            title.clone_into(&mut entry.title);
        }
        if let Some((_, report)) = self.loaded.iter_mut().find(|(k, _)| k == key) {
            title.clone_into(&mut Arc::make_mut(report).meta.title);
        }
        self.write_index()
    }

    /// Sets the region of entry `key` (the title and meeting line may not tell it, or tell it
    /// wrong); the comparison and the targets against results go by it.
    ///
    /// # Errors
    /// When the index cannot be written; the region is changed in memory anyway.
    pub fn set_region(&mut self, key: &str, region: &str) -> Result<(), ExportError> {
        if let Some(entry) = self.entries.iter_mut().find(|e| e.key == key) {
            region.trim().clone_into(&mut entry.region);
        }
        self.write_index()
    }

    /// Sets the level of entry `key` (the title may not tell it, or tell it wrong).
    ///
    /// # Errors
    /// When the index cannot be written; the level is changed in memory anyway.
    pub fn set_level(&mut self, key: &str, level: Level) -> Result<(), ExportError> {
        if let Some(entry) = self.entries.iter_mut().find(|e| e.key == key) {
            entry.level = level;
        }
        self.write_index()
    }

    /// Removes entry `key` (never the built-in report, never the file it was opened from).
    ///
    /// # Errors
    /// When the index cannot be written (the entry would come back next time).
    pub fn remove(&mut self, key: &str) -> Result<(), ExportError> {
        if key == BUILT_IN {
            return Ok(());
        }
        self.entries.retain(|e| e.key != key);
        self.loaded.retain(|(k, _)| k != key);
        self.write_index()?;
        if let Some(folder) = &self.folder {
            // The index no longer names it: a copy left behind is only a file too many.
            drop(std::fs::remove_file(folder.join(format!("{key}.json"))));
        }
        Ok(())
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
            let mut report = crate::report::open_file(&folder.join(format!("{key}.json")))
                .map_err(|e| e.to_string())?;
            // The title the user gave it in the library.
            if let Some(entry) = self.entries.iter().find(|e| e.key == key) {
                report.meta.title.clone_from(&entry.title);
            }
            report
        };
        let report = Arc::new(report);
        self.loaded.push((key.to_owned(), Arc::clone(&report)));
        Ok(report)
    }

    /// The folder the copies and the index are kept in, if any.
    #[must_use]
    pub fn folder(&self) -> Option<&Path> {
        self.folder.as_deref()
    }

    /// Writes the copy of `report` and the index, each atomically (a crash or a second window
    /// in between leaves the old file, never an empty one).
    fn save_copy(&self, key: &str, report: &Report) -> Result<(), ExportError> {
        let Some(folder) = &self.folder else {
            return Ok(());
        };
        make_folder(folder)?;
        let json = serde_json::to_vec(report).map_err(|e| ExportError::Encode(e.to_string()))?;
        write_atomically(&folder.join(format!("{key}.json")), &json)?;
        self.write_index()
    }

    fn write_index(&self) -> Result<(), ExportError> {
        let Some(folder) = &self.folder else {
            return Ok(());
        };
        let kept: Vec<&Entry> = self.entries.iter().filter(|e| e.key != BUILT_IN).collect();
        let json =
            serde_json::to_vec_pretty(&kept).map_err(|e| ExportError::Encode(e.to_string()))?;
        make_folder(folder)?;
        write_atomically(&folder.join(INDEX), &json)
    }
}

/// FNV-1a: the same hash in every build (std's hasher may change between releases).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Makes the library's folder; a failure says which folder.
fn make_folder(folder: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(folder).map_err(|source| ExportError::Write {
        path: folder.to_owned(),
        source,
    })
}

/// The entry of the report printed with `meta`, under `key`: region and level from the title,
/// or from the meeting line where the title names none (many provincial reports are titled
/// just 政府工作报告; their meeting is `福建省第十四届人民代表大会第四次会议`).
fn entry(key: String, meta: &Meta) -> Entry {
    let (region, level) = place_of(meta);
    Entry {
        key,
        title: meta.title.clone(),
        level,
        region,
        year: meta.year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        again.set_level(&key, Level::City).expect("kept");
        assert_eq!(
            Library::at(
                Some(dir.path().to_path_buf()),
                Report::embedded().ok().as_ref()
            )
            .entries()[1]
                .level,
            Level::City
        );
        again.remove(&key).expect("kept");
        again.remove(BUILT_IN).expect("nothing to do");
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

    fn library(dir: &Path) -> Library {
        Library::at(Some(dir.to_path_buf()), Report::embedded().ok().as_ref())
    }

    /// A report titled `title` whose one paragraph is `text`.
    fn report_of(title: &str, text: &str) -> Report {
        let mut report = Report::placeholder(title, text);
        report.meta.year = Some(2026);
        report
    }

    #[test]
    fn two_reports_of_the_same_title_and_year_are_two_entries() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut lib = library(dir.path());
        let fujian = report_of("政府工作报告", "福建省的报告。");
        let shaanxi = report_of("政府工作报告", "陕西省的报告。");
        lib.add(&fujian).expect("kept");
        lib.add(&shaanxi).expect("kept");
        let keys: Vec<String> = lib.entries()[1..].iter().map(|e| e.key.clone()).collect();
        assert_eq!(keys.len(), 2, "neither replaced the other");
        // Each kept copy is its own report, also in a new session.
        let mut again = library(dir.path());
        let texts: Vec<String> = keys
            .iter()
            .map(|k| again.report(k).expect("loads").chapters[0].sections[0].paragraphs[0].clone())
            .collect();
        assert_eq!(texts, ["福建省的报告。", "陕西省的报告。"]);
        // The same report again (reviewed, say) is still one entry.
        lib.add(&fujian).expect("kept");
        assert_eq!(lib.entries().len(), 3);
    }

    #[test]
    fn an_entry_kept_under_the_old_key_is_found_again_not_doubled() {
        let dir = tempfile::tempdir().expect("temp dir");
        let report = report_of("2026年四川省人民政府工作报告", "四川的报告。");
        // As a library of an earlier version kept it: under its title, date and year.
        let old_key = Library::legacy_key(&report);
        std::fs::write(
            dir.path().join(format!("{old_key}.json")),
            serde_json::to_vec(&report).expect("json"),
        )
        .expect("copy");
        let index = serde_json::json!([{
            "key": old_key, "title": report.meta.title, "level": "City",
            "region": "四川省", "year": 2026
        }]);
        std::fs::write(dir.path().join(INDEX), index.to_string()).expect("index");
        let mut lib = library(dir.path());
        lib.add(&report).expect("kept");
        assert_eq!(lib.entries().len(), 2, "one entry, not two");
        assert_eq!(lib.entries()[1].key, old_key);
        assert_eq!(
            lib.entries()[1].level,
            Level::City,
            "what the user set stays"
        );
        // Another report of that title is not taken for it.
        lib.add(&report_of("2026年四川省人民政府工作报告", "另一份。"))
            .expect("kept");
        assert_eq!(lib.entries().len(), 3);
    }

    #[test]
    fn a_title_set_in_the_library_stays_and_opens_with_the_report() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut lib = library(dir.path());
        let report = report_of("政府工作报告", "福建省的报告。");
        lib.add(&report).expect("kept");
        let key = lib.entries()[1].key.clone();
        lib.set_title(&key, " 2026年福建省政府工作报告 ")
            .expect("kept");
        assert_eq!(
            lib.report(&key).expect("loads").meta.title,
            "2026年福建省政府工作报告"
        );
        // Opened again from its file: the same report, the title the user gave stays.
        lib.add(&report).expect("kept");
        let mut again = library(dir.path());
        assert_eq!(again.entries()[1].title, "2026年福建省政府工作报告");
        assert_eq!(
            again.report(&key).expect("loads").meta.title,
            "2026年福建省政府工作报告"
        );
        // An empty title and the built-in report's are left as they are.
        again.set_title(&key, "  ").expect("nothing to do");
        again.set_title(BUILT_IN, "别的").expect("nothing to do");
        assert_eq!(again.entries()[1].title, "2026年福建省政府工作报告");
        assert_ne!(again.entries()[0].title, "别的");
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_an_error_that_names_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A folder under a file cannot be made, whoever runs the test (root included).
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, b"x").expect("file");
        let folder = blocker.join("library");
        let mut lib = library(&folder);
        let err = lib
            .add(&report_of("政府工作报告", "正文。"))
            .expect_err("cannot keep");
        assert!(err.to_string().contains("not-a-folder"), "{err}");
        // The entry is there for this session anyway.
        assert_eq!(lib.entries().len(), 2);
        let key = lib.entries()[1].key.clone();
        assert!(lib.set_region(&key, "福建省").is_err());
        assert!(lib.remove(&key).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn the_index_and_copies_are_replaced_whole_never_rewritten_in_place() {
        // A hard link still sees the old file after an atomic replace; a write in place
        // (truncate, then write) would change what it sees, and a crash in between would
        // leave it empty.
        let dir = tempfile::tempdir().expect("temp dir");
        let mut lib = library(dir.path());
        lib.add(&report_of("政府工作报告", "正文。")).expect("kept");
        let key = lib.entries()[1].key.clone();
        let index = dir.path().join(INDEX);
        let copy = dir.path().join(format!("{key}.json"));
        let (index_before, copy_before) =
            (dir.path().join("index.old"), dir.path().join("copy.old"));
        std::fs::hard_link(&index, &index_before).expect("link");
        std::fs::hard_link(&copy, &copy_before).expect("link");
        let old_index = std::fs::read(&index).expect("read");
        let old_copy = std::fs::read(&copy).expect("read");
        lib.set_region(&key, "福建省").expect("kept");
        let mut reviewed = report_of("政府工作报告", "正文。");
        reviewed.meta.speaker = "某某".into();
        lib.add(&reviewed).expect("kept");
        assert_ne!(
            std::fs::read(&index).expect("read"),
            old_index,
            "the index changed"
        );
        assert_ne!(
            std::fs::read(&copy).expect("read"),
            old_copy,
            "the copy changed"
        );
        assert_eq!(std::fs::read(&index_before).expect("read"), old_index);
        assert_eq!(std::fs::read(&copy_before).expect("read"), old_copy);
    }
}
