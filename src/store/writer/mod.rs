//! The one journal writer: a thread that appends lines in order, makes them durable, answers
//! Saved or Failed, rewrites the snapshot the journal folds into, and writes everything again from
//! memory when its files are deleted under it. Day files and the wash-up's consensus journal are two
//! [`Target`]s of it, so a durability rule is written once.

mod thread;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::disk::Disk;
use super::lock::DayLock;
use super::{DiskFailure, Op, StoreError};

/// A journal line: what the writer appends.
pub trait JournalLine: Send + 'static {
    /// Its sequence number, from 1, rising.
    fn seq(&self) -> u64;
    /// The line as written: compact JSON and a newline.
    fn encode(&self) -> Vec<u8>;
}

/// The files one writer keeps: a journal and the snapshot it folds into.
pub trait Target: Send + 'static {
    /// What the journal holds, one per line.
    type Line: JournalLine;
    /// What a snapshot is written from.
    type Snapshot: Send + 'static;

    /// The journal.
    fn journal(&self) -> &Path;
    /// The snapshot file (the day file, `consolidated.json`).
    fn snapshot_path(&self) -> &Path;
    /// The lock file held while writing.
    fn lock_path(&self) -> &Path;
    /// The last sequence number a snapshot holds.
    fn seq_of(snapshot: &Self::Snapshot) -> u64;
    /// Writes `snapshot` whole, atomically. Returns the sequence number after which the journal must
    /// keep its lines (the rest are restarted away), or `None` when the journal is never restarted.
    fn write_snapshot(
        &mut self,
        disk: &mut dyn Disk,
        snapshot: &Self::Snapshot,
    ) -> io::Result<Option<u64>>;
    /// The files were deleted: forget what was known about earlier snapshots on disk.
    fn forget_disk(&mut self);
    /// Folds a line into a snapshot as reopening replays the journal, so the writer's own copy
    /// stays whole and [`JournalWriter::snapshot_current`] needs nothing from the UI. A target
    /// whose UI always hands over the snapshot whole leaves it doing nothing.
    fn fold(&mut self, _snapshot: &mut Self::Snapshot, _line: &Self::Line) {}
    /// The snapshot was replaced by one handed over whole: forget what folding kept about the old.
    fn replaced(&mut self) {}
}

/// What a writer tells the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Every change up to this sequence number is on disk.
    Saved(u64),
    /// Changes up to this sequence number wait in memory because the disk failed; retried until it works.
    Failed(u64, DiskFailure),
    /// The snapshot file was rewritten with everything up to this sequence number.
    Snapshotted(u64),
    /// The snapshot file could not be rewritten; the journal still holds every change.
    SnapshotFailed(DiskFailure),
    /// Files were deleted while lgd ran; they were written again from memory (folder, snapshot and
    /// journal), holding every change up to this sequence number.
    Recreated(Recreated),
}

/// Files that vanished and were written again from memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recreated {
    /// The files found missing (or replaced by something else).
    pub missing: Vec<PathBuf>,
    /// Every change up to this sequence number is on disk again.
    pub seq: u64,
}

/// Called after each reply, e.g. to wake the UI's event loop.
pub type Notify = Box<dyn Fn(&Reply) + Send>;

enum Cmd<T: Target> {
    Append(Box<T::Line>),
    Snapshot(Box<T::Snapshot>),
    SnapshotCurrent,
    Flush(Sender<Result<u64, StoreError>>),
    Stop,
}

/// Everything a writer thread starts from.
pub struct Start<T: Target> {
    /// The file operations.
    pub disk: Box<dyn Disk>,
    /// The files.
    pub target: T,
    /// The lock, held until the writer stops.
    pub lock: DayLock,
    /// What is on disk now: the snapshot file's content with the journal's changes folded in. Kept
    /// to write the files again should they be deleted.
    pub state: T::Snapshot,
    /// The complete lines of the journal now, with their sequence numbers (0 where unknown).
    pub carried: Vec<(u64, Vec<u8>)>,
    /// The journal has bytes after its last complete line (a write cut short): they are cut off
    /// before the next append, so a torn line never swallows the next one.
    pub torn: bool,
    /// The last sequence number on disk.
    pub durable: u64,
    /// How soon a failed write is tried again when nothing new arrives.
    pub retry_every: Duration,
    /// Called after each reply.
    pub notify: Option<Notify>,
    /// Whether replies are also kept for [`JournalWriter::replies`] (a UI that only listens
    /// through `notify` says no, so they do not pile up).
    pub keep_replies: bool,
}

/// The handle on a writer thread; dropping it flushes and stops the thread.
pub struct JournalWriter<T: Target> {
    tx: Sender<Cmd<T>>,
    replies: Receiver<Reply>,
    thread: Option<JoinHandle<Result<u64, StoreError>>>,
    path: PathBuf,
    journal: PathBuf,
}

/// The writer of a day file.
pub type Writer = JournalWriter<super::day_journal::DayJournal>;

impl<T: Target> std::fmt::Debug for JournalWriter<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalWriter")
            .field("path", &self.path)
            .finish()
    }
}

impl<T: Target> JournalWriter<T> {
    /// Starts the thread.
    pub fn spawn(start: Start<T>) -> Result<JournalWriter<T>, StoreError> {
        let (tx, rx) = mpsc::channel();
        let (reply_tx, replies) = mpsc::channel();
        let path = start.target.snapshot_path().to_path_buf();
        let journal = start.target.journal().to_path_buf();
        let retry_every = start.retry_every;
        let keep = start.keep_replies.then_some(reply_tx);
        let mut state = thread::State::new(start, keep);
        let handle = std::thread::Builder::new()
            .name("lgd-writer".into())
            .spawn(move || state.run(&rx, retry_every))
            .map_err(|e| StoreError::io(Op::StartWriter, &path, e))?;
        Ok(JournalWriter {
            tx,
            replies,
            thread: Some(handle),
            path,
            journal,
        })
    }

    /// Queues a line for the journal; returns at once, the answer comes as a [`Reply`].
    pub fn append(&self, line: T::Line) {
        // A stopped writer is reported by flush/close; the change stays in the caller's memory.
        let _ = self.tx.send(Cmd::Append(Box::new(line)));
    }

    /// Queues a rewrite of the snapshot file, after every line queued before it.
    pub fn snapshot(&self, snapshot: T::Snapshot) {
        let _ = self.tx.send(Cmd::Snapshot(Box::new(snapshot)));
    }

    /// Queues a rewrite of the snapshot file from the writer's own copy, which every line it was
    /// given is folded into (see [`Target::fold`]): nothing the size of the day is copied or
    /// encoded on the caller's thread.
    pub fn snapshot_current(&self) {
        let _ = self.tx.send(Cmd::SnapshotCurrent);
    }

    /// The writer's answers, for the UI to poll (empty unless started with `keep_replies`).
    pub fn replies(&self) -> &Receiver<Reply> {
        &self.replies
    }

    /// The snapshot file written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Waits until everything queued is durable and every file is on disk (retrying a failing
    /// disk) or `timeout` passes; returns the highest sequence number saved.
    pub fn flush(&self, timeout: Duration) -> Result<u64, StoreError> {
        let deadline = Instant::now() + timeout;
        // The writer's own word on why it failed says more than "no answer in time" when the
        // deadline falls while a retry is still on its way (a busy machine).
        let mut refused: Option<StoreError> = None;
        loop {
            let (tx, rx) = mpsc::channel();
            self.tx
                .send(Cmd::Flush(tx))
                .map_err(|_| StoreError::WriterGone)?;
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left.max(Duration::from_millis(1))) {
                Ok(Ok(seq)) => return Ok(seq),
                Ok(Err(e)) => refused = Some(e),
                Err(RecvTimeoutError::Timeout) => {
                    return Err(refused.unwrap_or_else(|| StoreError::Timeout {
                        path: self.journal.clone(),
                        seconds: timeout.as_secs(),
                    }));
                }
                Err(RecvTimeoutError::Disconnected) => return Err(StoreError::WriterGone),
            }
            if Instant::now() >= deadline {
                return Err(refused.unwrap_or_else(|| StoreError::Timeout {
                    path: self.journal.clone(),
                    seconds: timeout.as_secs(),
                }));
            }
            std::thread::sleep(Duration::from_millis(50).min(left));
        }
    }

    /// Stops the thread after its last tries to write what is queued, releases the lock, and says
    /// whether everything is on disk. It waits as long as the disk blocks (a frozen disk): leaving
    /// earlier would not save anything, and the answer then is the truth, not a stale timeout.
    pub fn close(mut self) -> Result<(), StoreError> {
        self.stop().map(|_| ())
    }

    fn stop(&mut self) -> Result<u64, StoreError> {
        let Some(handle) = self.thread.take() else {
            return Err(StoreError::WriterGone);
        };
        let _ = self.tx.send(Cmd::Stop);
        handle.join().map_err(|_| StoreError::WriterGone)?
    }
}

impl<T: Target> Drop for JournalWriter<T> {
    fn drop(&mut self) {
        // Runs during unwinding too, so a panic in the UI still gets queued changes onto disk.
        let _ = self.stop();
    }
}

/// The temp file a journal is rewritten into before it replaces the journal: `NAME.tmp`.
pub fn tmp_beside(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}

/// Where a journal's complete lines end: the bytes after the last newline are a write cut short.
pub fn clean_len(journal: &[u8]) -> usize {
    journal
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests;
