//! The wash-up's writer thread: journal lines appended in order and made durable (fdatasync) through
//! the store's disk operations, `consolidated.json` rewritten atomically after them. The UI never
//! waits on the disk; it hears Saved / Failed and keeps every decision in memory meanwhile.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::journal::{WashupEntry, encode};
use crate::consolidate::format::Consolidated;
use crate::store::{DayLock, Disk, DiskFailure, Op, StoreError};

/// What the writer tells the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WashupReply {
    /// Every decision up to this sequence number is on disk.
    Saved(u64),
    /// Decisions up to this number wait in memory because the disk failed; retried until it works.
    Failed(u64, DiskFailure),
    /// `consolidated.json` was rewritten with decisions up to this number.
    Snapshotted(u64),
    /// `consolidated.json` could not be rewritten; the journal still holds every decision.
    SnapshotFailed(DiskFailure),
}

/// Called after each reply, e.g. to wake the UI's loop.
pub type WashupNotify = Box<dyn Fn(&WashupReply) + Send>;

enum Cmd {
    Append(Box<WashupEntry>),
    Snapshot(Box<Consolidated>),
    Flush(Sender<Result<u64, StoreError>>),
    Stop,
}

/// The handle on the writer thread; dropping it flushes and stops the thread.
pub struct WashupWriter {
    tx: Sender<Cmd>,
    thread: Option<JoinHandle<()>>,
    journal: PathBuf,
}

impl std::fmt::Debug for WashupWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WashupWriter").finish()
    }
}

/// Where the writer writes.
pub struct WriterFiles {
    /// The journal.
    pub journal: PathBuf,
    /// `consolidated.json`.
    pub consolidated: PathBuf,
    /// Held while the wash-up is open, so a second lgd cannot interleave decisions.
    pub lock: DayLock,
    /// The journal ends in a partial line (a crash mid-write): the next line must start afresh.
    pub torn_tail: bool,
}

impl WashupWriter {
    /// Starts the thread; `durable` is the last sequence number already in the journal.
    pub fn spawn(
        files: WriterFiles,
        disk: Box<dyn Disk>,
        durable: u64,
        notify: Option<WashupNotify>,
    ) -> std::io::Result<WashupWriter> {
        let (tx, rx) = mpsc::channel();
        let journal = files.journal.clone();
        let mut state = State {
            disk,
            torn: files.torn_tail,
            files,
            pending: Vec::new(),
            durable,
            last_error: None,
            notify,
        };
        let thread = std::thread::Builder::new()
            .name("lgd-washup-writer".into())
            .spawn(move || state.run(&rx))?;
        Ok(WashupWriter {
            tx,
            thread: Some(thread),
            journal,
        })
    }

    /// Queues a decision for the journal; returns at once.
    pub fn append(&self, entry: WashupEntry) {
        let _ = self.tx.send(Cmd::Append(Box::new(entry)));
    }

    /// Queues a rewrite of `consolidated.json`, after every decision queued before it.
    pub fn snapshot(&self, c: Consolidated) {
        let _ = self.tx.send(Cmd::Snapshot(Box::new(c)));
    }

    /// Waits until every queued decision is durable or `timeout` passes; returns the last one saved.
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
                    path: self.journal.clone(),
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

    /// Flushes (up to 10 seconds), stops the thread and releases the lock.
    pub fn close(mut self) -> Result<(), StoreError> {
        let flushed = self.flush(Duration::from_secs(10)).map(|_| ());
        self.stop();
        flushed
    }

    fn stop(&mut self) {
        if let Some(t) = self.thread.take() {
            let _ = self.tx.send(Cmd::Stop);
            let _ = t.join();
        }
    }
}

impl Drop for WashupWriter {
    fn drop(&mut self) {
        self.stop();
    }
}

struct State {
    disk: Box<dyn Disk>,
    files: WriterFiles,
    pending: Vec<(u64, Vec<u8>)>,
    /// A failed append may have left part of a line at the end of the journal.
    torn: bool,
    durable: u64,
    last_error: Option<DiskFailure>,
    notify: Option<WashupNotify>,
}

impl State {
    fn run(&mut self, rx: &Receiver<Cmd>) {
        loop {
            let first = if self.pending.is_empty() {
                rx.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                rx.recv_timeout(Duration::from_millis(500))
            };
            let mut batch = Vec::new();
            match first {
                Ok(cmd) => batch.push(cmd),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => batch.push(Cmd::Stop),
            }
            batch.extend(rx.try_iter());
            for cmd in batch {
                match cmd {
                    Cmd::Append(e) => self.pending.push((e.seq, encode(&e))),
                    Cmd::Snapshot(c) => self.snapshot(&c),
                    Cmd::Flush(tx) => {
                        self.sync();
                        let _ = tx.send(match self.pending.last() {
                            None => Ok(self.durable),
                            Some(&(seq, _)) => Err(StoreError::NotSaved {
                                count: self.pending.len(),
                                seq,
                                reason: self.last_error.clone(),
                            }),
                        });
                    }
                    Cmd::Stop => {
                        self.sync();
                        return;
                    }
                }
            }
            self.sync();
        }
    }

    fn reply(&self, r: WashupReply) {
        if let Some(n) = &self.notify {
            n(&r);
        }
    }

    /// Appends the pending lines as one write; on failure keeps them for the next try. A failed
    /// append may leave part of a line behind: reading skips it, and the retry starts a new line.
    fn sync(&mut self) {
        let Some(&(top, _)) = self.pending.last() else {
            return;
        };
        let mut bytes: Vec<u8> = Vec::new();
        if self.torn {
            // A line cut short by the failed write must not swallow the first line of this batch.
            bytes.push(b'\n');
        }
        bytes.extend(self.pending.iter().flat_map(|(_, l)| l.iter().copied()));
        match self.disk.append(&self.files.journal, &bytes) {
            Ok(()) => {
                self.torn = false;
                self.pending.clear();
                self.durable = self.durable.max(top);
                self.reply(WashupReply::Saved(self.durable));
            }
            Err(e) => {
                self.torn = true;
                let failure = DiskFailure::new(Op::Save, &self.files.journal, &e);
                self.last_error = Some(failure.clone());
                self.reply(WashupReply::Failed(top, failure));
            }
        }
    }

    fn snapshot(&mut self, c: &Consolidated) {
        // Decisions queued before the snapshot go first, so the journal always covers the file.
        self.sync();
        let path = &self.files.consolidated;
        let written = serde_json::to_vec_pretty(c)
            .map_err(std::io::Error::other)
            .and_then(|mut bytes| {
                bytes.push(b'\n');
                let tmp = path.with_extension("json.tmp");
                self.disk.write_file(&tmp, &bytes)?;
                self.disk.rename(&tmp, path)?;
                let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
                self.disk.sync_dir(dir.unwrap_or(std::path::Path::new(".")))
            });
        match written {
            Ok(()) => self.reply(WashupReply::Snapshotted(c.washup_seq)),
            Err(e) => self.reply(WashupReply::SnapshotFailed(DiskFailure::new(
                Op::Rewrite,
                path,
                &e,
            ))),
        }
    }
}
