//! The one thread that writes a day file: journal lines in order, made durable, answered with Saved or Failed.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::disk::Disk;
use super::journal;
use super::lock::DayLock;
use super::paths::DayPaths;
use super::snapshot::{self, Generations};
use super::{DiskFailure, Op, StoreError};
use crate::model::{DayRecord, Entry};

/// What the writer tells the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Every change up to this sequence number is on disk.
    Saved(u64),
    /// Changes up to this sequence number wait in memory because the disk failed; retried until it works.
    Failed(u64, DiskFailure),
    /// The day file was rewritten with everything up to this sequence number.
    Snapshotted(u64),
    /// The day file could not be rewritten; the journal still holds every change.
    SnapshotFailed(DiskFailure),
}

/// Called after each reply, e.g. to wake the UI's event loop.
pub type Notify = Box<dyn Fn(&Reply) + Send>;

enum Cmd {
    Append(Box<Entry>),
    Snapshot(Box<DayRecord>),
    Flush(Sender<Result<u64, StoreError>>),
    Stop,
}

/// The handle on a day file's writer thread; dropping it flushes and stops the thread.
pub struct Writer {
    tx: Sender<Cmd>,
    replies: Receiver<Reply>,
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer").field("path", &self.path).finish()
    }
}

/// Everything the writer thread starts from.
pub(crate) struct Start {
    pub disk: Box<dyn Disk>,
    pub paths: DayPaths,
    pub lock: DayLock,
    /// Lines in the journal file now, which a journal restart may need to keep.
    pub carried: Vec<(u64, Vec<u8>)>,
    pub journal_len: u64,
    pub gens: Generations,
    pub durable: u64,
    pub retry_every: Duration,
    pub notify: Option<Notify>,
}

impl Writer {
    pub(crate) fn spawn(start: Start) -> Result<Writer, StoreError> {
        let (tx, rx) = mpsc::channel();
        let (reply_tx, replies) = mpsc::channel();
        let path = start.paths.json.clone();
        let retry_every = start.retry_every;
        let mut state = State {
            disk: start.disk,
            paths: start.paths,
            _lock: start.lock,
            pending: Vec::new(),
            carried: start.carried,
            journal_len: start.journal_len,
            torn: false,
            gens: start.gens,
            durable: start.durable,
            last_error: None,
            replies: reply_tx,
            notify: start.notify,
        };
        let thread = std::thread::Builder::new()
            .name("lgd-writer".into())
            .spawn(move || state.run(&rx, retry_every))
            .map_err(|e| StoreError::io(Op::StartWriter, &path, e))?;
        Ok(Writer {
            tx,
            replies,
            thread: Some(thread),
            path,
        })
    }

    /// Queues a change for the journal; returns at once, the answer comes through [`Writer::replies`].
    pub fn append(&self, entry: Entry) {
        // A stopped writer is reported by flush/close; the change stays in the caller's record.
        let _ = self.tx.send(Cmd::Append(Box::new(entry)));
    }

    /// Queues a rewrite of the day file with `record`, after every change queued before it.
    pub fn snapshot(&self, record: DayRecord) {
        let _ = self.tx.send(Cmd::Snapshot(Box::new(record)));
    }

    /// The writer's answers, for the UI to poll.
    pub fn replies(&self) -> &Receiver<Reply> {
        &self.replies
    }

    /// The day file written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Waits until everything queued is durable (retrying a failing disk) or `timeout` passes;
    /// returns the highest sequence number saved.
    pub fn flush(&self, timeout: Duration) -> Result<u64, StoreError> {
        let deadline = Instant::now() + timeout;
        loop {
            let (tx, rx) = mpsc::channel();
            self.tx
                .send(Cmd::Flush(tx))
                .map_err(|_| StoreError::WriterGone)?;
            let left = deadline.saturating_duration_since(Instant::now());
            let err = match rx.recv_timeout(left.max(Duration::from_millis(1))) {
                Ok(Ok(seq)) => return Ok(seq),
                Ok(Err(e)) => e,
                Err(RecvTimeoutError::Timeout) => StoreError::Timeout {
                    path: self.path.clone(),
                    seconds: timeout.as_secs(),
                },
                Err(RecvTimeoutError::Disconnected) => return Err(StoreError::WriterGone),
            };
            if Instant::now() >= deadline {
                return Err(err);
            }
            std::thread::sleep(Duration::from_millis(50).min(left));
        }
    }

    /// Flushes (waiting up to 10 seconds), stops the thread and releases the lock.
    pub fn close(mut self) -> Result<(), StoreError> {
        let flushed = self.flush(Duration::from_secs(10)).map(|_| ());
        let stopped = self.stop();
        flushed.and(stopped)
    }

    fn stop(&mut self) -> Result<(), StoreError> {
        let Some(thread) = self.thread.take() else {
            return Ok(());
        };
        let _ = self.tx.send(Cmd::Stop);
        thread.join().map_err(|_| StoreError::WriterGone)
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Runs during unwinding too, so a panic in the UI still gets queued changes onto disk.
        let _ = self.stop();
    }
}

struct State {
    disk: Box<dyn Disk>,
    paths: DayPaths,
    _lock: DayLock,
    /// Encoded lines not yet durable.
    pending: Vec<(u64, Vec<u8>)>,
    /// Durable lines in the journal file, for restarting it.
    carried: Vec<(u64, Vec<u8>)>,
    /// Length of the durable part of the journal.
    journal_len: u64,
    /// A failed append may have left part of a batch after `journal_len`.
    torn: bool,
    gens: Generations,
    durable: u64,
    last_error: Option<DiskFailure>,
    replies: Sender<Reply>,
    notify: Option<Notify>,
}

impl State {
    fn run(&mut self, rx: &Receiver<Cmd>, retry_every: Duration) {
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
                    Cmd::Append(entry) => self.pending.push((entry.seq, journal::encode(&entry))),
                    Cmd::Snapshot(record) => self.snapshot(&record),
                    Cmd::Flush(tx) => {
                        self.sync();
                        let _ = tx.send(self.flushed());
                    }
                    Cmd::Stop => {
                        for _ in 0..3 {
                            self.sync();
                            if self.pending.is_empty() {
                                break;
                            }
                            std::thread::sleep(retry_every.min(Duration::from_millis(200)));
                        }
                        return;
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
        let _ = self.replies.send(reply);
    }

    fn flushed(&self) -> Result<u64, StoreError> {
        match self.pending.last() {
            None => Ok(self.durable),
            Some((seq, _)) => Err(StoreError::NotSaved {
                count: self.pending.len(),
                seq: *seq,
                reason: self.last_error.clone(),
            }),
        }
    }

    /// Writes the pending lines; on failure keeps them for the next try.
    fn sync(&mut self) {
        let Some(&(top, _)) = self.pending.last() else {
            return;
        };
        match self.write_pending() {
            Ok(()) => {
                self.durable = self.durable.max(top);
                self.carried.append(&mut self.pending);
                self.reply(Reply::Saved(self.durable));
            }
            Err(e) => {
                let failure = DiskFailure::new(Op::Save, &self.paths.journal, &e);
                self.last_error = Some(failure.clone());
                self.reply(Reply::Failed(top, failure));
            }
        }
    }

    fn write_pending(&mut self) -> std::io::Result<()> {
        if self.torn {
            self.disk.truncate(&self.paths.journal, self.journal_len)?;
            self.torn = false;
        }
        let bytes: Vec<u8> = self.pending.iter().flat_map(|(_, l)| l.clone()).collect();
        if let Err(e) = self.disk.append(&self.paths.journal, &bytes) {
            self.torn = true;
            return Err(e);
        }
        self.journal_len += bytes.len() as u64;
        Ok(())
    }

    fn snapshot(&mut self, record: &DayRecord) {
        // Lines queued before the snapshot go first, so the journal never has a gap.
        self.sync();
        let written = snapshot::write(self.disk.as_mut(), &self.paths, record, &mut self.gens)
            .map_err(|e| DiskFailure::new(Op::Write, &self.paths.json, &e))
            .and_then(|()| {
                self.restart_journal()
                    .map_err(|e| DiskFailure::new(Op::RestartJournal, &self.paths.journal, &e))
            });
        match written {
            Ok(()) => self.reply(Reply::Snapshotted(record.last_seq)),
            Err(e) => self.reply(Reply::SnapshotFailed(e)),
        }
    }

    /// Replaces the journal by the lines the backup does not hold, so the backup plus the
    /// journal can always rebuild the day should the new day file be damaged.
    fn restart_journal(&mut self) -> std::io::Result<()> {
        let after = self.gens.backup.unwrap_or(0);
        let keep: Vec<(u64, Vec<u8>)> = self
            .carried
            .iter()
            .filter(|(seq, _)| *seq > after)
            .cloned()
            .collect();
        let bytes: Vec<u8> = keep.iter().flat_map(|(_, l)| l.iter().copied()).collect();
        self.disk.write_file(&self.paths.journal_tmp, &bytes)?;
        self.disk
            .rename(&self.paths.journal_tmp, &self.paths.journal)?;
        self.disk.sync_dir(self.paths.dir())?;
        self.carried = keep;
        self.journal_len = bytes.len() as u64;
        self.torn = false;
        Ok(())
    }
}
