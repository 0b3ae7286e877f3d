//! The writer thread's state and loop: batches share one fdatasync, a failed write is retried
//! every `retry_every`, and files deleted under it are written again from memory.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use super::{Cmd, JournalLine, Recreated, Reply, Start, Target, tmp_beside};
use crate::store::disk::Disk;
use crate::store::lock::DayLock;
use crate::store::perms::create_private_dir_all;
use crate::store::{DiskFailure, Op, StoreError};

/// How often a stop retries a failing disk before giving up (the lines stay unsaved and flush says so).
const STOP_TRIES: usize = 3;

pub(super) struct State<T: Target> {
    disk: Box<dyn Disk>,
    target: T,
    locks: Vec<DayLock>,
    /// Encoded lines not yet durable.
    pending: Vec<(u64, Vec<u8>)>,
    /// Durable lines in the journal file, for restarting or rewriting it.
    carried: Vec<(u64, Vec<u8>)>,
    /// Length of the durable part of the journal.
    journal_len: u64,
    /// The journal may hold bytes after `journal_len` (a failed append, a crash mid-write).
    torn: bool,
    /// The newest snapshot the writer was given with every line given since folded in (by targets
    /// that fold): with `carried` and `pending` it is everything the writer was handed.
    latest: T::Snapshot,
    /// Which files exist and must be watched (a journal is made by its first append).
    has_journal: bool,
    has_snapshot: bool,
    durable: u64,
    last_error: Option<DiskFailure>,
    replies: Option<Sender<Reply>>,
    notify: Option<super::Notify>,
}

impl<T: Target> State<T> {
    pub(super) fn new(start: Start<T>, replies: Option<Sender<Reply>>) -> Self {
        let journal_len = start.carried.iter().map(|(_, l)| l.len() as u64).sum();
        let has_journal = start.target.journal().exists();
        let has_snapshot = start.target.snapshot_path().exists();
        State {
            disk: start.disk,
            target: start.target,
            locks: vec![start.lock],
            pending: Vec::new(),
            carried: start.carried,
            journal_len,
            torn: start.torn,
            latest: start.state,
            has_journal,
            has_snapshot,
            durable: start.durable,
            last_error: None,
            replies,
            notify: start.notify,
        }
    }

    /// Runs until told to stop; returns what is durable then, or why not, so closing reports the
    /// state after the last try rather than a timeout seen while a frozen disk was still blocking.
    pub(super) fn run(
        &mut self,
        rx: &Receiver<Cmd<T>>,
        retry_every: Duration,
    ) -> Result<u64, StoreError> {
        let mut batch = Vec::new();
        loop {
            let first = if self.pending.is_empty() {
                rx.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                rx.recv_timeout(retry_every)
            };
            match first {
                Ok(cmd) => batch.push(cmd),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => batch.push(Cmd::Stop),
            }
            // Everything already queued shares one fdatasync.
            batch.extend(rx.try_iter().take(10_000));
            for cmd in batch.drain(..) {
                match cmd {
                    Cmd::Append(line) => {
                        self.target.fold(&mut self.latest, &line);
                        self.pending.push((line.seq(), line.encode()));
                    }
                    Cmd::Snapshot(s) => {
                        self.latest = *s;
                        self.target.replaced();
                        self.snapshot();
                    }
                    Cmd::SnapshotCurrent => self.snapshot(),
                    Cmd::Flush(tx) => {
                        self.sync();
                        let _ = tx.send(self.flushed());
                    }
                    Cmd::Stop => {
                        for _ in 0..STOP_TRIES {
                            self.sync();
                            if self.pending.is_empty() {
                                break;
                            }
                            std::thread::sleep(retry_every.min(Duration::from_millis(200)));
                        }
                        return self.flushed();
                    }
                }
            }
            self.sync();
        }
    }

    fn reply(&self, reply: Reply) {
        if let Some(n) = &self.notify {
            n(&reply);
        }
        if let Some(r) = &self.replies {
            let _ = r.send(reply);
        }
    }

    /// Everything durable and every file there, or why not.
    fn flushed(&mut self) -> Result<u64, StoreError> {
        if let Some((seq, _)) = self.pending.last() {
            return Err(StoreError::NotSaved {
                count: self.pending.len(),
                seq: *seq,
                reason: self.last_error.clone(),
            });
        }
        // Nothing to append does not mean saved: the files may be gone.
        match self.ensure_present() {
            Ok(()) => Ok(self.durable),
            Err((path, reason)) => Err(StoreError::Lost { path, reason }),
        }
    }

    /// Writes the pending lines (after writing deleted files again); on failure keeps them.
    fn sync(&mut self) {
        let Some(&(top, _)) = self.pending.last() else {
            return;
        };
        let written = self.ensure_present().map_err(|(_, f)| f).and_then(|()| {
            self.write_pending()
                .map_err(|e| DiskFailure::new(Op::Save, self.target.journal(), &e))
        });
        match written {
            Ok(()) => {
                self.durable = self.durable.max(top);
                self.carried.append(&mut self.pending);
                self.has_journal = true;
                self.last_error = None;
                self.reply(Reply::Saved(self.durable));
            }
            Err(failure) => {
                self.last_error = Some(failure.clone());
                self.reply(Reply::Failed(top, failure));
            }
        }
    }

    /// One torn-tail rule for every journal: cut back to the last durable line, then append.
    fn write_pending(&mut self) -> std::io::Result<()> {
        let journal = self.target.journal().to_path_buf();
        if self.torn {
            self.disk.truncate(&journal, self.journal_len)?;
            self.torn = false;
        }
        let bytes: Vec<u8> = self.pending.iter().flat_map(|(_, l)| l.clone()).collect();
        if let Err(e) = self.disk.append(&journal, &bytes) {
            self.torn = true;
            return Err(e);
        }
        self.journal_len += bytes.len() as u64;
        Ok(())
    }

    /// Writes `latest` as the snapshot file.
    fn snapshot(&mut self) {
        // Lines queued before the snapshot go first, so the journal never has a gap.
        self.sync();
        let seq = T::seq_of(&self.latest);
        if !self.missing().is_empty() {
            // Writing the files again writes this very snapshot.
            return match self.ensure_present() {
                Ok(()) => self.reply(Reply::Snapshotted(seq)),
                Err((_, failure)) => self.reply(Reply::SnapshotFailed(failure)),
            };
        }
        let path = self.target.snapshot_path().to_path_buf();
        let written = self
            .target
            .write_snapshot(self.disk.as_mut(), &self.latest)
            .map_err(|e| DiskFailure::new(Op::Write, &path, &e))
            .and_then(|keep| match keep {
                None => Ok(()),
                Some(after) => self
                    .restart_journal(after)
                    .map_err(|e| DiskFailure::new(Op::RestartJournal, self.target.journal(), &e)),
            });
        match written {
            Ok(()) => {
                self.has_snapshot = true;
                self.reply(Reply::Snapshotted(seq));
            }
            Err(e) => self.reply(Reply::SnapshotFailed(e)),
        }
    }

    /// Replaces the journal by the lines after `after`, so the snapshot's backup plus the journal
    /// can always rebuild everything should the new snapshot be damaged.
    fn restart_journal(&mut self, after: u64) -> std::io::Result<()> {
        self.carried.retain(|(seq, _)| *seq > after);
        self.rewrite_journal()
    }

    fn rewrite_journal(&mut self) -> std::io::Result<()> {
        let journal = self.target.journal().to_path_buf();
        let bytes: Vec<u8> = self.carried.iter().flat_map(|(_, l)| l.clone()).collect();
        let tmp = tmp_beside(&journal);
        self.disk.write_file(&tmp, &bytes)?;
        self.disk.rename(&tmp, &journal)?;
        self.disk.sync_dir(dir_of(&journal))?;
        self.journal_len = bytes.len() as u64;
        self.torn = false;
        self.has_journal = true;
        Ok(())
    }

    /// The watched files that are gone, or are no longer the files written.
    fn missing(&mut self) -> Vec<PathBuf> {
        let mut watched = vec![self.target.lock_path().to_path_buf()];
        if self.has_snapshot {
            watched.push(self.target.snapshot_path().to_path_buf());
        }
        if self.has_journal {
            watched.push(self.target.journal().to_path_buf());
        }
        watched.retain(|p| !self.disk.still_there(p));
        watched
    }

    /// Writes deleted files again from memory at once: folder, lock, snapshot, journal.
    fn ensure_present(&mut self) -> Result<(), (PathBuf, DiskFailure)> {
        let missing = self.missing();
        let Some(first) = missing.first().cloned() else {
            return Ok(());
        };
        let fail =
            |op, path: &Path, e: &std::io::Error| (first.clone(), DiskFailure::new(op, path, e));
        let snapshot_path = self.target.snapshot_path().to_path_buf();
        let dir = dir_of(&snapshot_path).to_path_buf();
        create_private_dir_all(&dir).map_err(|e| fail(Op::CreateFolder, &dir, &e))?;
        if missing.iter().any(|p| p == self.target.lock_path()) {
            // The old lock still holds the deleted file; a fresh one keeps a second lgd off the new
            // one. Another lgd taking it first is told by its own refusal, not here.
            if let Ok(lock) = DayLock::take(self.target.lock_path(), &snapshot_path) {
                self.locks.push(lock);
            }
        }
        self.target.forget_disk();
        let keep = self
            .target
            .write_snapshot(self.disk.as_mut(), &self.latest)
            .map_err(|e| fail(Op::Recreate, &snapshot_path, &e))?;
        self.has_snapshot = true;
        if let Some(after) = keep {
            self.carried.retain(|(seq, _)| *seq > after);
        }
        let journal = self.target.journal().to_path_buf();
        self.rewrite_journal()
            .map_err(|e| fail(Op::Recreate, &journal, &e))?;
        let seq = self.durable.max(T::seq_of(&self.latest));
        self.reply(Reply::Recreated(Recreated { missing, seq }));
        Ok(())
    }
}

fn dir_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}
