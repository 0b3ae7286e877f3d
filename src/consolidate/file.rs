//! Reading and writing `consolidated.json`: atomic replacement, owner-only permissions, and a clear
//! refusal of files from a newer lgd.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::format::{
    Agreement, Behaviour, CONSOLIDATED_FORMAT, CONSOLIDATED_FORMAT_VERSION, Cell, Consolidated,
    ParticipantResult,
};
use crate::load::{LoadError, parse_json};
use crate::store::{Disk, RealDisk, create_private_dir_all, private_file};

/// The file name consolidation writes into its output folder.
pub const CONSOLIDATED_FILE: &str = "consolidated.json";

/// Why `consolidated.json` could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The disk refused.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// Not JSON, not a consolidated file, or from a newer lgd.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Writes `c` to `path` so that a crash leaves the old file or the new one: temp file beside it,
/// fsync, rename, fsync the folder (the store's disk operations), readable by the owner only.
pub fn write_consolidated(path: &Path, c: &Consolidated) -> Result<(), FileError> {
    let mut out = Streamed::create(path)?;
    out.head(c);
    out.ratings(&c.cells, &c.results);
    out.agreement(&c.agreement);
    out.rest(c, None);
    out.finish()
}

/// `consolidated.json` being written a part at a time as each is known, so consolidation can
/// write the ratings while it still matches coded behaviour, and the whole text never sits in
/// memory. Compact: every reader parses it, and indenting was a fifth of consolidating.
/// The first failure is kept and reported by [`Streamed::finish`]; later parts are skipped.
/// Dropped unfinished (a refusal, a failure, a panic), it removes its temp file: a half-written
/// file must not hold the disk's space, and the old `consolidated.json` is never touched.
#[derive(Debug)]
pub struct Streamed {
    path: PathBuf,
    tmp: PathBuf,
    out: Option<io::BufWriter<File>>,
    written: usize,
    failed: Option<io::Error>,
    placed: bool,
    /// Making what is written so far durable, started once the bulk of the file is written.
    syncing: Option<std::thread::JoinHandle<io::Result<()>>>,
}

impl Streamed {
    /// Starts a new owner-only temp file beside `path` (its folder created if missing).
    pub fn create(path: &Path) -> Result<Streamed, FileError> {
        let dir = folder_of(path);
        create_private_dir_all(dir).map_err(io_error("create", dir))?;
        let tmp = path.with_extension("json.tmp");
        match std::fs::remove_file(&tmp) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                return Err(io_error("write", &tmp)(e));
            }
            _ => {}
        }
        let file = private_file()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(io_error("write", &tmp))?;
        Ok(Streamed {
            path: path.to_path_buf(),
            tmp,
            out: Some(io::BufWriter::with_capacity(64 * 1024, file)),
            written: 0,
            failed: None,
            placed: false,
            syncing: None,
        })
    }

    /// The fields known before the ratings are merged, in the layout's order (that of
    /// [`Consolidated`]'s declaration, which its derived `Serialize` follows too).
    pub fn head(&mut self, c: &Consolidated) {
        // Every field named, so one added to the layout fails to build until it is written here
        // or in a later part.
        let Consolidated {
            format,
            format_version,
            generator,
            generated_at,
            event,
            about,
            framework,
            scheme,
            settings,
            options,
            washup_seq,
            competencies,
            participants,
            groups,
            observers,
            cells: _,
            results: _,
            agreement: _,
            behaviour: _,
            coverage: _,
            online_scores: _,
            problems: _,
        } = c;
        self.field("format", format);
        self.field("format_version", format_version);
        self.field("generator", generator);
        self.field("generated_at", generated_at);
        self.field("event", event);
        if let Some(about) = about {
            self.field("about", about);
        }
        self.field("framework", framework);
        self.field("scheme", scheme);
        self.field("settings", settings);
        self.field("options", options);
        self.field("washup_seq", washup_seq);
        self.field("competencies", competencies);
        self.field("participants", participants);
        self.field("groups", groups);
        self.field("observers", observers);
    }

    /// The merged ratings and the results drawn from them: most of the file, so the disk is
    /// asked to make it durable now, while the rest is still being worked out.
    pub fn ratings(&mut self, cells: &[Cell], results: &[ParticipantResult]) {
        self.field("cells", cells);
        self.field("results", results);
        self.start_sync();
    }

    /// Starts making what is written so far durable on a thread of its own (waiting on the disk
    /// there, not on a core's work), so that [`Streamed::finish`] waits only for the rest. Its
    /// failure is kept: the kernel reports a failed writeback once per open file, and the clone
    /// shares the file with the final sync, which would then find nothing wrong.
    fn start_sync(&mut self) {
        let (None, Some(out), None) = (&self.failed, self.out.as_mut(), &self.syncing) else {
            return;
        };
        if let Err(e) = out.flush() {
            self.failed = Some(e);
            return;
        }
        let Ok(file) = out.get_ref().try_clone() else {
            return;
        };
        self.syncing = std::thread::Builder::new()
            .name("lgd-sync".into())
            .spawn(move || file.sync_data())
            .ok();
    }

    /// Waits for the sync [`Streamed::start_sync`] started, which holds the file open, and keeps
    /// its failure as the file's first.
    fn synced(&mut self) {
        let Some(syncing) = self.syncing.take() else {
            return;
        };
        let failed = match syncing.join() {
            Ok(synced) => synced.err(),
            Err(_) => Some(io::Error::other(
                "the sync of the file stopped unexpectedly",
            )),
        };
        if let (None, Some(e)) = (&self.failed, failed) {
            self.failed = Some(e);
        }
    }

    /// The agreement of the ratings.
    pub fn agreement(&mut self, agreement: &Agreement) {
        self.field("agreement", agreement);
    }

    /// Everything after the agreement; `behaviour`, when given, is `c.behaviour` as
    /// [`Streamed::behaviour_text`] wrote it (on another core, while the ratings were written).
    pub fn rest(
        &mut self,
        c: &Consolidated,
        behaviour: Option<Result<Vec<u8>, serde_json::Error>>,
    ) {
        match behaviour {
            Some(text) => self.written_field("behaviour", text),
            None => self.field("behaviour", &c.behaviour),
        }
        self.field("coverage", &c.coverage);
        if !c.online_scores.is_empty() {
            self.field("online_scores", &c.online_scores);
        }
        self.field("problems", &c.problems);
    }

    /// The behaviour part's text as [`Streamed`] would write it, to be written later with
    /// [`Streamed::rest`].
    pub fn behaviour_text(behaviour: &Behaviour) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec(behaviour)
    }

    /// One `"key":value` of the top-level object, as serde_json's compact writer puts it.
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        self.put(key, |out| {
            serde_json::to_writer(out, value).map_err(io::Error::from)
        });
    }

    /// One `"key":value` whose value's text was written beforehand.
    fn written_field(&mut self, key: &str, text: Result<Vec<u8>, serde_json::Error>) {
        self.put(key, |out| match text {
            Ok(bytes) => out.write_all(&bytes),
            Err(e) => Err(io::Error::from(e)),
        });
    }

    /// Writes a key and, with `value`, its value; the first failure is kept.
    fn put(&mut self, key: &str, value: impl FnOnce(&mut io::BufWriter<File>) -> io::Result<()>) {
        let (None, Some(out)) = (&self.failed, self.out.as_mut()) else {
            return;
        };
        let opening: &[u8] = if self.written == 0 { b"{\"" } else { b",\"" };
        let wrote = out
            .write_all(opening)
            .and_then(|()| out.write_all(key.as_bytes()))
            .and_then(|()| out.write_all(b"\":"))
            .and_then(|()| value(out));
        self.written += 1;
        if let Err(e) = wrote {
            self.failed = Some(e);
        }
    }

    /// Closes the object, makes the file durable and puts it in place of the old one.
    pub fn finish(mut self) -> Result<(), FileError> {
        // The early sync's failure, if any, is the file's: it must not be put in place.
        self.synced();
        let failed = io_error("write", &self.tmp);
        if let Some(e) = self.failed.take() {
            return Err(failed(e));
        }
        let Some(mut out) = self.out.take() else {
            return Err(failed(io::Error::other("already finished")));
        };
        out.write_all(b"}\n")
            .and_then(|()| out.into_inner().map_err(io::IntoInnerError::into_error))
            .and_then(|file| file.sync_all())
            .map_err(failed)?;
        let mut disk = RealDisk::default();
        disk.rename(&self.tmp, &self.path)
            .map_err(io_error("replace", &self.path))?;
        self.placed = true;
        let dir = folder_of(&self.path);
        disk.sync_dir(dir).map_err(io_error("sync", dir))
    }
}

impl Drop for Streamed {
    fn drop(&mut self) {
        if !self.placed {
            // Closed first, the early sync's handle too: Windows does not remove an open file.
            drop(self.out.take());
            self.synced();
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> FileError {
    let path = path.to_path_buf();
    move |source| FileError::Io {
        action,
        path,
        source,
    }
}

/// Just enough of a file to tell what it is.
#[derive(Debug, Default, Deserialize)]
struct Head {
    format: Option<String>,
    format_version: Option<u64>,
}

/// Reads a consolidated file, refusing other lgd files and newer versions by name.
pub fn read_consolidated(path: &Path) -> Result<Consolidated, FileError> {
    let text = std::fs::read_to_string(path).map_err(|source| FileError::Io {
        action: "read",
        path: path.to_path_buf(),
        source,
    })?;
    let file = path.display().to_string();
    let head: Head = parse_json(&text, &file)?;
    if head.format.as_deref() != Some(CONSOLIDATED_FORMAT) {
        return Err(LoadError::Foreign {
            file,
            hint: format!(
                "; expected {CONSOLIDATED_FORMAT:?} (made by `lgd consolidate`), found {:?}",
                head.format.unwrap_or_default()
            ),
        }
        .into());
    }
    if let Some(found) = head
        .format_version
        .filter(|v| *v > u64::from(CONSOLIDATED_FORMAT_VERSION))
    {
        return Err(LoadError::Newer {
            file,
            format: CONSOLIDATED_FORMAT.to_string(),
            found,
            supported: CONSOLIDATED_FORMAT_VERSION,
        }
        .into());
    }
    Ok(parse_json(&text, &file)?)
}
