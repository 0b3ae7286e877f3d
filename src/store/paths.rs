//! Where day files live: `<root>/<event-id>/<YYYY-MM-DD>_<observer-id>.json` and the files beside it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::StoreError;
use crate::model::check_id;

/// The environment variable that overrides the platform data folder.
pub const DIR_ENV: &str = "LGD_DIR";

/// The folder that holds every event's day files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// `--dir` if given, else `LGD_DIR`, else the platform data folder (e.g. `~/.local/share/lgd`).
    pub fn resolve(cli_dir: Option<PathBuf>) -> Result<DataDir, StoreError> {
        if let Some(root) = cli_dir {
            return Ok(DataDir { root });
        }
        if let Some(root) = std::env::var_os(DIR_ENV).filter(|v| !v.is_empty()) {
            return Ok(DataDir { root: root.into() });
        }
        directories::ProjectDirs::from("", "", "lgd")
            .map(|p| DataDir {
                root: p.data_dir().to_path_buf(),
            })
            .ok_or(StoreError::NoDataDir)
    }

    /// A data folder at `root`, as given.
    pub fn at(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into() }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of one event's day files.
    pub fn event_dir(&self, event_id: &str) -> Result<PathBuf, StoreError> {
        check_id(event_id).map_err(|source| StoreError::BadId {
            what: "event",
            source,
        })?;
        Ok(self.root.join(event_id))
    }

    /// The day file of one observer on one day of one event.
    pub fn day_path(
        &self,
        event_id: &str,
        date: NaiveDate,
        observer_id: &str,
    ) -> Result<PathBuf, StoreError> {
        check_id(observer_id).map_err(|source| StoreError::BadId {
            what: "observer",
            source,
        })?;
        let name = DayName {
            date,
            observer: observer_id.to_string(),
        };
        Ok(self.event_dir(event_id)?.join(name.file_name()))
    }

    /// The day files in one event's folder (by name), sorted; none when the folder is missing.
    pub fn day_files(&self, event_id: &str) -> Vec<PathBuf> {
        let Ok(folder) = self.event_dir(event_id) else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(&folder) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| DayName::of(p).is_some())
            .collect();
        files.sort();
        files
    }
}

/// What a day file's name says: `<YYYY-MM-DD>_<observer-id>.json`. The one place the name is
/// written and read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayName {
    /// The event day.
    pub date: NaiveDate,
    /// The observer.
    pub observer: String,
}

impl DayName {
    /// The file name.
    pub fn file_name(&self) -> String {
        format!("{}_{}.json", self.date.format("%Y-%m-%d"), self.observer)
    }

    /// Reads a file name; `None` for anything that is not a day file's name (a backup, a temp
    /// file, another JSON file, a name whose observer part is not a valid id).
    pub fn parse(name: &str) -> Option<DayName> {
        let stem = name.strip_suffix(".json")?;
        // `get`, not slicing: a name with a non-ASCII character at byte 10 is not a day file.
        let date = NaiveDate::parse_from_str(stem.get(..10)?, "%Y-%m-%d").ok()?;
        let observer = stem.get(10..)?.strip_prefix('_')?;
        check_id(observer).ok()?;
        Some(DayName {
            date,
            observer: observer.to_string(),
        })
    }

    /// [`DayName::parse`] on a path's file name.
    pub fn of(path: &Path) -> Option<DayName> {
        DayName::parse(path.file_name()?.to_str()?)
    }
}

/// A day file and the files beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayPaths {
    /// The day file (the snapshot): `X.json`.
    pub json: PathBuf,
    /// The previous snapshot: `X.json.bak`.
    pub bak: PathBuf,
    /// Where a new snapshot is written before it is renamed over the day file: `X.json.tmp`.
    pub json_tmp: PathBuf,
    /// Changes since the snapshots, one JSON line each: `X.journal`.
    pub journal: PathBuf,
    /// Where a restarted journal is written before it replaces the old one: `X.journal.tmp`.
    pub journal_tmp: PathBuf,
    /// Held while a program writes the day file: `X.lock`.
    pub lock: PathBuf,
}

impl DayPaths {
    /// The files that belong to the day file `json`.
    pub fn of(json: &Path) -> DayPaths {
        let with = |ext: &str| json.with_extension(ext);
        DayPaths {
            json: json.to_path_buf(),
            bak: with("json.bak"),
            json_tmp: with("json.tmp"),
            journal: with("journal"),
            journal_tmp: with("journal.tmp"),
            lock: with("lock"),
        }
    }

    /// The folder they are in.
    pub fn dir(&self) -> &Path {
        self.json.parent().unwrap_or(Path::new("."))
    }

    /// A name beside the day file for a copy kept aside, e.g. `X.journal.damaged-20261203T091500`.
    pub fn aside(&self, base: &Path, why: &str, stamp: &str) -> PathBuf {
        let mut name = base.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".{why}-{stamp}"));
        base.with_file_name(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_path_is_event_folder_date_and_observer() {
        let d = DataDir::at("/data");
        let date = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
        let p = d.day_path("tangsel-2026", date, "obs-01").expect("ok");
        assert_eq!(p, Path::new("/data/tangsel-2026/2026-12-03_obs-01.json"));
        let f = DayPaths::of(&p);
        assert_eq!(
            f.journal,
            Path::new("/data/tangsel-2026/2026-12-03_obs-01.journal")
        );
        assert_eq!(
            f.bak,
            Path::new("/data/tangsel-2026/2026-12-03_obs-01.json.bak")
        );
        assert_eq!(
            f.lock,
            Path::new("/data/tangsel-2026/2026-12-03_obs-01.lock")
        );
    }

    #[test]
    fn a_day_file_name_is_read_back_as_written_and_other_names_never_panic() {
        let date = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
        let name = DayName {
            date,
            observer: "A01".into(),
        };
        assert_eq!(DayName::parse(&name.file_name()), Some(name));
        // "é" straddles byte 10, where the date would end.
        for other in [
            "catatan-ké-2_rapat.json",
            "ééééééééé.json",
            "2026-12-03_A01.json.tmp",
            "2026-12-03_A01.json.bak",
            "2026-12-03_.json",
            "2026-13-03_A01.json",
            "consolidated.json",
        ] {
            assert_eq!(DayName::parse(other), None, "{other}");
        }
    }

    #[test]
    fn day_files_lists_only_day_file_names() {
        let tmp = tempfile::tempdir().expect("tmp");
        let folder = tmp.path().join("acara");
        std::fs::create_dir_all(&folder).expect("folder");
        for name in [
            "2026-12-03_A02.json",
            "2026-12-03_A01.json",
            "x.json",
            "2026-12-03_A01.journal",
        ] {
            std::fs::write(folder.join(name), "{}").expect("file");
        }
        let found = DataDir::at(tmp.path()).day_files("acara");
        let names: Vec<_> = found.iter().filter_map(|p| p.file_name()).collect();
        assert_eq!(names, ["2026-12-03_A01.json", "2026-12-03_A02.json"]);
        assert!(DataDir::at(tmp.path()).day_files("nothing").is_empty());
    }

    #[test]
    fn ids_that_are_paths_are_refused() {
        let d = DataDir::at("/data");
        let date = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
        assert!(d.day_path("../etc", date, "obs").is_err());
        assert!(d.day_path("ev", date, "a/b").is_err());
    }

    #[test]
    fn cli_dir_wins() {
        let d = DataDir::resolve(Some("/x".into())).expect("ok");
        assert_eq!(d.root(), Path::new("/x"));
    }
}
