//! The wash-up as a [`Target`] of the store's journal writer: decisions appended to
//! `washup.journal` (never restarted: it is the record of every consensus), `consolidated.json`
//! rewritten atomically after them. The UI never waits on the disk; it hears Saved / Failed and
//! keeps every decision in memory meanwhile.

use std::io;
use std::path::{Path, PathBuf};

use super::journal::{WashupEntry, encode};
use crate::consolidate::format::Consolidated;
use crate::store::{Disk, JournalLine, JournalWriter, Notify, Reply, Target, tmp_beside};

/// What the writer tells the UI (the store's one reply type).
pub type WashupReply = Reply;

/// Called after each reply, e.g. to wake the UI's loop.
pub type WashupNotify = Notify;

/// The handle on the wash-up's writer thread; dropping it flushes and stops the thread.
pub type WashupWriter = JournalWriter<WashupFiles>;

impl JournalLine for WashupEntry {
    fn seq(&self) -> u64 {
        self.seq
    }

    fn encode(&self) -> Vec<u8> {
        encode(self)
    }
}

/// Where the wash-up writes.
#[derive(Debug, Clone)]
pub struct WashupFiles {
    /// The journal.
    pub journal: PathBuf,
    /// `consolidated.json`.
    pub consolidated: PathBuf,
    /// The lock beside it.
    pub lock: PathBuf,
}

impl Target for WashupFiles {
    type Line = WashupEntry;
    type Snapshot = Consolidated;

    fn journal(&self) -> &Path {
        &self.journal
    }

    fn snapshot_path(&self) -> &Path {
        &self.consolidated
    }

    fn lock_path(&self) -> &Path {
        &self.lock
    }

    fn seq_of(c: &Consolidated) -> u64 {
        c.washup_seq
    }

    fn write_snapshot(&mut self, disk: &mut dyn Disk, c: &Consolidated) -> io::Result<Option<u64>> {
        let mut bytes = serde_json::to_vec_pretty(c).map_err(io::Error::other)?;
        bytes.push(b'\n');
        let tmp = tmp_beside(&self.consolidated);
        disk.write_file(&tmp, &bytes)?;
        disk.rename(&tmp, &self.consolidated)?;
        let dir = self
            .consolidated
            .parent()
            .filter(|d| !d.as_os_str().is_empty());
        disk.sync_dir(dir.unwrap_or(Path::new(".")))?;
        // The journal is the record of every decision and is never cut back.
        Ok(None)
    }

    fn forget_disk(&mut self) {}
}
