//! One writer per day file: an OS file lock on `X.lock`, with the holder's process id written inside.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use fs4::{FileExt, TryLockError};

use super::perms::{is_symlink, no_follow, private_file};
use super::{Op, StoreError};

/// Held for as long as a program may write the day file; the OS releases it if the program dies.
/// The lock file itself stays when released (day files and the wash-up alike): deleting it would
/// let one lgd lock a fresh file while another still holds the unlinked old one.
#[derive(Debug)]
pub struct DayLock {
    _file: File,
}

impl DayLock {
    /// Takes the lock for the day file `json`, or says who holds it.
    pub fn take(lock_path: &Path, json: &Path) -> Result<DayLock, StoreError> {
        if is_symlink(lock_path) {
            return Err(StoreError::Symlink {
                path: lock_path.to_path_buf(),
            });
        }
        let mut options = private_file();
        // The check above is for the message; this is what makes a link planted meanwhile harmless.
        no_follow(&mut options);
        let mut file = options
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(lock_path)
            .map_err(|e| StoreError::io(Op::CreateLock, lock_path, e))?;
        // Called through the trait: std's own File::try_lock needs a newer Rust than ours.
        match FileExt::try_lock(&file) {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut text = String::new();
                let pid = file
                    .read_to_string(&mut text)
                    .ok()
                    .and_then(|_| text.trim().parse().ok());
                return Err(StoreError::Locked {
                    path: json.to_path_buf(),
                    pid,
                });
            }
            Err(TryLockError::Error(e)) => {
                return Err(StoreError::io(Op::Lock, lock_path, e));
            }
        }
        // The pid is only a hint for the message; failing to write it does not matter.
        let _ = file
            .set_len(0)
            .and_then(|_| file.seek(SeekFrom::Start(0)))
            .and_then(|_| writeln!(file, "{}", std::process::id()));
        Ok(DayLock { _file: file })
    }
}
