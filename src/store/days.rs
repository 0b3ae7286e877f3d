//! Gathering day files from the paths a user gives: files, and folders searched recursively.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::StoreError;
use super::{Recovery, read_day};
use crate::load::{Document, LoadError, read_document};
use crate::model::{DayRecord, Lang, Localized};
use crate::text::store::days::notes;

/// One day file that was read.
#[derive(Debug, Clone)]
pub struct DayFile {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its content, with the changes its journal holds that were not yet in the file.
    pub day: DayRecord,
    /// What reading it found: journal lines replayed or skipped, a backup used.
    pub recovery: Recovery,
}

/// What was found under the given paths.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Day files, in the order given (folder contents sorted by path).
    pub days: Vec<DayFile>,
    /// Files in folders that are not day files (events, schemes, other JSON), with what they are.
    pub skipped: Vec<(PathBuf, NotADay)>,
    /// Things worth telling about files that were read (journal replayed, backup used), each
    /// naming its file, in both languages.
    pub notes: Vec<Localized>,
    /// Files that could not be read, or were named explicitly but are not day files.
    pub failed: Vec<(PathBuf, Unusable)>,
}

/// Why a file given or found cannot be used as a day file.
#[derive(Debug)]
pub enum Unusable {
    /// Reading it as a day file failed.
    Store(StoreError),
    /// Reading it at all failed.
    Load(LoadError),
    /// Named explicitly, but a file of another kind.
    NotADay(NotADay),
    /// A folder could not be searched.
    Search {
        /// The folder given.
        dir: PathBuf,
        /// What the walk met.
        error: String,
    },
}

/// Reads every day file among `paths` as the app opens them (journal replayed, backup used when
/// the file is damaged) without writing anything; folders are searched recursively for `*.json`.
///
/// A file named explicitly must be a day file. Inside folders, lgd files of other kinds and
/// JSON that is not lgd's are skipped with a note; a file that cannot be read or parsed is a
/// failure, since it may be a damaged day file and leaving it out silently would lose data.
pub fn gather(paths: &[PathBuf]) -> Gathered {
    let (candidates, failed) = candidates(paths);
    let mut out = Gathered {
        failed,
        ..Gathered::default()
    };
    for c in &candidates {
        read_candidate(c, &mut out);
    }
    out
}

/// A file to read: named on the command line, or found in a named folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The file.
    pub path: PathBuf,
    /// Named explicitly, so it must be a day file.
    pub explicit: bool,
}

/// The files [`gather`] would read, each once, and the folders that could not be searched; lets a
/// caller read them one at a time (to show progress, or to keep only a summary of each).
pub fn candidates(paths: &[PathBuf]) -> (Vec<Candidate>, Vec<(PathBuf, Unusable)>) {
    let mut failed = Vec::new();
    let mut files = Vec::new();
    let mut seen = BTreeSet::new();
    for path in paths {
        if path.is_dir() {
            for file in json_files(path, &mut failed) {
                if seen.insert(identity(&file)) {
                    files.push(Candidate {
                        path: file,
                        explicit: false,
                    });
                }
            }
        } else if seen.insert(identity(path)) {
            files.push(Candidate {
                path: path.clone(),
                explicit: true,
            });
        }
    }
    (files, failed)
}

/// What a file found in a folder is, when it is not a day file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotADay {
    /// An event file.
    Event,
    /// A coding scheme.
    Scheme,
    /// A competency framework.
    Framework,
    /// JSON that is not lgd's.
    Foreign,
}

/// Reads one candidate into `out`: a day file, a skipped file, or a failure, with its notes.
pub fn read_candidate(candidate: &Candidate, out: &mut Gathered) {
    read_into(&candidate.path, candidate.explicit, out);
}

/// The same file reached twice (named and inside a named folder) is read once.
fn identity(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn json_files(dir: &Path, failed: &mut Vec<(PathBuf, Unusable)>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_file() && is_json(e.path()) => files.push(e.into_path()),
            Ok(_) => {}
            Err(e) => failed.push((
                e.path().unwrap_or(dir).to_path_buf(),
                Unusable::Search {
                    dir: dir.to_path_buf(),
                    error: e.to_string(),
                },
            )),
        }
    }
    files
}

fn is_json(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

fn read_into(path: &Path, explicit: bool, out: &mut Gathered) {
    // Day files are by far the most common, so they are read straight away (one parse); only a
    // file that is not a readable day file pays for finding out what it is.
    let day_error = match read_day(path) {
        Ok(read) => return push_day(path, read, out),
        Err(e) => e,
    };
    let what = match read_document(path) {
        Ok(Document::Day(_)) | Err(LoadError::Syntax { .. } | LoadError::Newer { .. }) => {
            out.failed
                .push((path.to_path_buf(), Unusable::Store(day_error)));
            return;
        }
        Ok(Document::Event(_)) => NotADay::Event,
        Ok(Document::Scheme(_)) => NotADay::Scheme,
        Ok(Document::Framework(_)) => NotADay::Framework,
        Err(LoadError::Foreign { .. }) => NotADay::Foreign,
        Err(e) => {
            out.failed.push((path.to_path_buf(), Unusable::Load(e)));
            return;
        }
    };
    if explicit {
        out.failed
            .push((path.to_path_buf(), Unusable::NotADay(what)));
    } else {
        out.skipped.push((path.to_path_buf(), what));
    }
}

fn push_day(path: &Path, (day, recovery): (DayRecord, Recovery), out: &mut Gathered) {
    let both = |say: &dyn Fn(Lang) -> Vec<String>| {
        let (id, en) = (say(Lang::Id), say(Lang::En));
        id.into_iter().zip(en).map(|(i, e)| Localized::new(i, e))
    };
    out.notes.extend(both(&|lang| notes(lang, path, &recovery)));
    out.days.push(DayFile {
        path: path.to_path_buf(),
        day,
        recovery,
    });
}
