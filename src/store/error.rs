//! What can go wrong storing a day file, each with the file it concerns.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::load::LoadError;
use crate::model::{BeginError, IdError};

/// Why a day file could not be opened, read or saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An id that would become part of a file name is unusable.
    #[error("{what} id: {source}")]
    BadId {
        /// Which id (event, observer).
        what: &'static str,
        /// Why it is refused.
        source: IdError,
    },
    /// No `--dir`, no `LGD_DIR` and no platform data folder.
    #[error("no data folder: give one with --dir DIR or the LGD_DIR environment variable")]
    NoDataDir,
    /// A file operation failed.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was being done.
        action: Op,
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Another lgd holds the day file.
    #[error(
        "{path} is already open in another lgd{}; close it there first (two programs writing one day file would lose changes)",
        pid.map(|p| format!(" (process {p})")).unwrap_or_default()
    )]
    Locked {
        /// The day file.
        path: PathBuf,
        /// The other process, when it wrote its id into the lock file.
        pid: Option<u32>,
    },
    /// The snapshot is unreadable, newer than this lgd, or not a day file.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Neither the day file nor its backup can be read.
    #[error("{snapshot}{}; nothing was changed on disk", backup.as_ref().map(|b| format!("; the backup cannot be read either: {b}")).unwrap_or_else(|| "; there is no backup".to_string()))]
    Unreadable {
        /// Why the day file cannot be read.
        snapshot: Box<LoadError>,
        /// Why the backup cannot be read, when there is one.
        backup: Option<Box<LoadError>>,
    },
    /// The file belongs to another event, observer or group.
    #[error("{path} belongs to {what} {found:?}, not {expected:?}; nothing was changed")]
    Mismatch {
        /// The day file.
        path: PathBuf,
        /// Event, observer or group.
        what: &'static str,
        /// What the file records.
        found: String,
        /// What was asked for.
        expected: String,
    },
    /// A new day record could not be started.
    #[error(transparent)]
    Begin(#[from] BeginError),
    /// Changes are still not on disk after waiting.
    #[error(
        "{count} change(s) up to number {seq} are not saved yet{}",
        reason.as_ref().map(|r| format!(": {r}")).unwrap_or_default()
    )]
    NotSaved {
        /// How many changes wait.
        count: usize,
        /// The highest waiting sequence number.
        seq: u64,
        /// The last write that failed, when one was tried.
        reason: Option<DiskFailure>,
    },
    /// The disk did not confirm in time.
    #[error("the disk did not confirm saving {path} within {seconds} s; lgd keeps trying")]
    Timeout {
        /// The day file.
        path: PathBuf,
        /// How long was waited.
        seconds: u64,
    },
    /// The writer thread stopped (it panicked); queued changes are still in the journal up to the last Saved.
    #[error("the day file's writer stopped unexpectedly")]
    WriterGone,
    /// A lock, journal or day file is a symbolic link; lgd never writes through one.
    #[error(
        "{path} is a symbolic link; lgd does not write through links (remove the link, or point --dir at the real folder)"
    )]
    Symlink {
        /// The link.
        path: PathBuf,
    },
    /// The day file holds keys inside its lists that this lgd does not read (written by a newer
    /// lgd or another tool): opening it to write would drop them, so it is left as it is.
    #[error(
        "{} holds fields this lgd does not know ({}); writing to it would drop them, so lgd leaves it as it is: open it with the lgd version that wrote it",
        path.display(),
        fields.join(", ")
    )]
    UnknownFields {
        /// The day file.
        path: PathBuf,
        /// Where they are, e.g. `acts.3.mood`.
        fields: Vec<String>,
    },
    /// A file was deleted while lgd ran and could not be written again from memory.
    #[error("{} was deleted while lgd ran and cannot be written again: {reason}; everything is still in memory, lgd keeps trying", path.display())]
    Lost {
        /// The file that is gone.
        path: PathBuf,
        /// Why writing it again failed.
        reason: DiskFailure,
    },
}

impl StoreError {
    /// An I/O error with what was being done to which file.
    pub fn io(action: Op, path: impl Into<PathBuf>, source: io::Error) -> Self {
        StoreError::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

/// What lgd was doing to a file when the disk refused, so a message can say it in any language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// Creating a folder.
    CreateFolder,
    /// Creating a file or folder.
    Create,
    /// Writing a file whole.
    Write,
    /// Reading a file.
    Read,
    /// Appending to a journal and making it durable.
    Save,
    /// Rewriting a file from memory.
    Rewrite,
    /// Replacing a journal by the lines its backup lacks.
    RestartJournal,
    /// Renaming a damaged file out of the way.
    SetAside,
    /// Cutting a damaged tail off a journal.
    Repair,
    /// Creating a lock file.
    CreateLock,
    /// Taking an OS lock.
    Lock,
    /// Starting a writer thread.
    StartWriter,
    /// Writing a deleted file again from memory.
    Recreate,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::CreateFolder => "create the folder",
            Op::Create => "create",
            Op::Write => "write",
            Op::Read => "read",
            Op::Save => "save to",
            Op::Rewrite => "rewrite",
            Op::RestartJournal => "restart",
            Op::SetAside => "set aside the damaged",
            Op::Repair => "repair",
            Op::CreateLock => "create the lock file",
            Op::Lock => "lock",
            Op::StartWriter => "start the writer for",
            Op::Recreate => "write again",
        })
    }
}

/// A write the disk refused, as a writer thread reports it: cloneable (it travels in replies and
/// stays on screen) and with the error's kind kept, so the interface can say "disk full" in its
/// own language rather than the OS's English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {op} {}: {detail}", path.display())]
pub struct DiskFailure {
    /// What was being done.
    pub op: Op,
    /// The file.
    pub path: PathBuf,
    /// The kind of the OS error (`StorageFull`, `ReadOnlyFilesystem`, `PermissionDenied`, ...).
    pub kind: io::ErrorKind,
    /// The OS error in its own words.
    pub detail: String,
}

impl DiskFailure {
    /// `op` on `path` failed with `e`.
    pub fn new(op: Op, path: impl Into<PathBuf>, e: &io::Error) -> Self {
        DiskFailure {
            op,
            path: path.into(),
            kind: e.kind(),
            detail: e.to_string(),
        }
    }
}
