//! The wash-up (integration meeting): consensus decisions kept in a durable journal beside
//! `consolidated.json`, folded into it on opening and rewritten atomically as the meeting goes.

mod journal;
mod writer;

use std::path::{Path, PathBuf};

pub use journal::{
    FoldError, Replay, WASHUP_JOURNAL, WashupChange, WashupEntry, encode, fold, replay,
};
pub use writer::{WashupNotify, WashupReply, WashupWriter, WriterFiles};

use super::file::{CONSOLIDATED_FILE, FileError, read_consolidated};
use super::format::Consolidated;
use crate::store::{DayLock, Disk, Op, RealDisk, StoreError};

/// A wash-up opened for writing.
#[derive(Debug)]
pub struct OpenedWashup {
    /// The consolidation with every journal decision folded in.
    pub consolidated: Consolidated,
    /// What replaying the journal found.
    pub replay: Replay,
    /// The writer; it holds the lock.
    pub writer: WashupWriter,
    /// `consolidated.json`.
    pub path: PathBuf,
}

/// Why the wash-up could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum WashupError {
    /// `consolidated.json` is missing or unreadable.
    #[error(transparent)]
    File(#[from] FileError),
    /// The journal could not be read, or another lgd holds the wash-up.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The writer thread could not start.
    #[error("cannot start the wash-up writer: {0}")]
    Thread(std::io::Error),
}

/// `consolidated.json` for a folder or the file itself.
pub fn consolidated_path(dir_or_file: &Path) -> PathBuf {
    if dir_or_file.is_dir() {
        dir_or_file.join(CONSOLIDATED_FILE)
    } else {
        dir_or_file.to_path_buf()
    }
}

/// The journal beside a consolidated file.
pub fn journal_path(consolidated: &Path) -> PathBuf {
    consolidated.with_file_name(WASHUP_JOURNAL)
}

/// Reads the journal beside `path` into `c` (nothing when there is none).
pub fn replay_beside(c: &mut Consolidated, path: &Path) -> Result<Replay, StoreError> {
    let journal = journal_path(path);
    match std::fs::read(&journal) {
        Ok(bytes) => Ok(replay(c, &bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(replay(c, &[])),
        Err(e) => Err(StoreError::io(Op::Read, journal, e)),
    }
}

/// Opens the wash-up of `dir_or_file` (a folder holding `consolidated.json`, or the file):
/// locked against a second lgd, journal replayed, writer started on `disk`.
pub fn open_washup(
    dir_or_file: &Path,
    disk: Box<dyn Disk>,
    notify: Option<WashupNotify>,
) -> Result<OpenedWashup, WashupError> {
    let path = consolidated_path(dir_or_file);
    let lock = DayLock::take(&path.with_extension("lock"), &path)?;
    let mut consolidated = read_consolidated(&path)?;
    let replay = replay_beside(&mut consolidated, &path)?;
    let journal = journal_path(&path);
    let torn_tail = std::fs::read(&journal).is_ok_and(|b| !b.is_empty() && !b.ends_with(b"\n"));
    let writer = WashupWriter::spawn(
        WriterFiles {
            journal,
            consolidated: path.clone(),
            lock,
            torn_tail,
        },
        disk,
        replay.last_seq,
        notify,
    )
    .map_err(WashupError::Thread)?;
    Ok(OpenedWashup {
        consolidated,
        replay,
        writer,
        path,
    })
}

/// [`open_washup`] on the real disk.
pub fn open_washup_default(
    dir_or_file: &Path,
    notify: Option<WashupNotify>,
) -> Result<OpenedWashup, WashupError> {
    open_washup(dir_or_file, Box::new(RealDisk::default()), notify)
}

/// The JSON Schema of one wash-up journal line, pretty-printed with a final newline.
pub fn washup_line_schema() -> String {
    // A schema is plain JSON; serializing it into memory cannot fail.
    serde_json::to_string_pretty(&schemars::schema_for!(WashupEntry)).unwrap_or_default() + "\n"
}
