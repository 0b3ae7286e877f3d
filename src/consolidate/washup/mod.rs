//! The wash-up (integration meeting): consensus decisions kept in a durable journal beside
//! `consolidated.json`, folded into it on opening and rewritten atomically as the meeting goes.

mod journal;
mod writer;

use std::path::{Path, PathBuf};

pub use journal::{
    FoldError, Replay, WASHUP_JOURNAL, WashupChange, WashupEntry, encode, fold, replay,
};
pub use writer::{WashupFiles, WashupNotify, WashupReply, WashupWriter};

use super::file::{CONSOLIDATED_FILE, FileError, read_consolidated};
use super::format::Consolidated;
use std::time::Duration;

use crate::store::{DayLock, Disk, Op, RealDisk, Start, StoreError, clean_len, is_symlink};

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
    let journal = journal_path(&path);
    let files = WashupFiles {
        lock: path.with_extension("lock"),
        journal,
        consolidated: path.clone(),
    };
    if let Some(link) = [&files.lock, &files.journal, &files.consolidated]
        .into_iter()
        .find(|p| is_symlink(p))
    {
        return Err(StoreError::Symlink { path: link.clone() }.into());
    }
    let lock = DayLock::take(&files.lock, &path)?;
    let mut consolidated = read_consolidated(&path)?;
    let bytes = match std::fs::read(&files.journal) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(StoreError::io(Op::Read, &files.journal, e).into()),
    };
    let replay = replay(&mut consolidated, &bytes);
    // A torn last line was never reported saved: the writer cuts it off before its first append.
    let clean = clean_len(&bytes);
    let writer = WashupWriter::spawn(Start {
        disk,
        target: files,
        lock,
        state: consolidated.clone(),
        carried: vec![(0, bytes[..clean].to_vec())],
        torn: clean < bytes.len(),
        durable: replay.last_seq,
        retry_every: Duration::from_millis(500),
        notify,
        keep_replies: false,
    })
    .map_err(|e| match e {
        StoreError::Io {
            action: Op::StartWriter,
            source,
            ..
        } => WashupError::Thread(source),
        e => WashupError::Store(e),
    })?;
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
