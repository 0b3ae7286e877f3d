//! One editor per event file: an OS lock on `EVENT_FILE.lock` beside it, as day files have.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::store::{DayLock, StoreError};

/// Why the event file cannot be edited now.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another program holds the lock.
    #[error(
        "{path} is already being edited by another lgd roster{}; close it there first (two editors would overwrite each other's changes)",
        pid.map(|p| format!(" (process {p})")).unwrap_or_default()
    )]
    Busy {
        /// The event file.
        path: PathBuf,
        /// The other process, when it wrote its id into the lock file.
        pid: Option<u32>,
    },
    /// The lock file cannot be made or locked.
    #[error("{0}")]
    Io(StoreError),
}

/// Held while the event file is edited; the OS releases it if the program dies.
#[derive(Debug)]
pub struct EventLock {
    _lock: DayLock,
}

impl EventLock {
    /// Takes the lock for `event_file`, or says who holds it.
    pub fn take(event_file: &Path) -> Result<EventLock, LockError> {
        match DayLock::take(&lock_path(event_file), event_file) {
            Ok(lock) => Ok(EventLock { _lock: lock }),
            Err(StoreError::Locked { path, pid }) => Err(LockError::Busy { path, pid }),
            Err(e) => Err(LockError::Io(e)),
        }
    }
}

/// `tangsel-2026.json.lock` for `tangsel-2026.json`.
pub fn lock_path(event_file: &Path) -> PathBuf {
    let mut name: OsString = event_file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    event_file.with_file_name(name)
}
