//! Where saving stands, kept from the writer's replies the same way by every app that has a
//! journal writer: one rule for when a failure is over.

use crate::store::{DiskFailure, Recreated, Reply};

/// Where saving stands, from the writer's replies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveState {
    /// Highest sequence number handed to the writer.
    pub sent: u64,
    /// Highest sequence number the writer made durable.
    pub saved: u64,
    /// The first change that failed and why; cleared when a later save covers it.
    pub failed: Option<(u64, DiskFailure)>,
    /// Why the last rewrite of the snapshot file failed.
    pub snapshot_failed: Option<DiskFailure>,
    /// Times this session found its files deleted and wrote them again; the header keeps saying
    /// so, since the status line gives way to the next keystroke.
    pub recreated: u32,
}

/// What a writer's reply means for the app's message line.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    /// Nothing to say.
    Nothing,
    /// A save covered the failure: a message about it is out of date.
    Recovered,
    /// A change could not be made durable.
    Failed(DiskFailure),
    /// Deleted files were written again from memory.
    Recreated(Recreated),
    /// The snapshot file could not be rewritten (the journal holds everything).
    SnapshotFailed(DiskFailure),
}

impl SaveState {
    /// Saving state for a store whose journal already holds everything up to `last_seq`.
    pub fn at(last_seq: u64) -> SaveState {
        SaveState {
            sent: last_seq,
            saved: last_seq,
            ..SaveState::default()
        }
    }

    /// Changes handed over but not yet durable.
    pub fn pending(&self) -> u64 {
        self.sent.saturating_sub(self.saved)
    }

    /// Takes in one reply; what the app should say about it.
    pub fn hear(&mut self, reply: Reply) -> Heard {
        match reply {
            Reply::Saved(seq) => self.saved_up_to(seq),
            Reply::Recreated(r) => {
                self.recreated += 1;
                self.saved_up_to(r.seq);
                Heard::Recreated(r)
            }
            Reply::Failed(seq, why) => {
                self.failed.get_or_insert((seq, why.clone()));
                Heard::Failed(why)
            }
            Reply::Snapshotted(_) => {
                self.snapshot_failed = None;
                Heard::Nothing
            }
            Reply::SnapshotFailed(why) => {
                self.snapshot_failed = Some(why.clone());
                Heard::SnapshotFailed(why)
            }
        }
    }

    fn saved_up_to(&mut self, seq: u64) -> Heard {
        self.saved = self.saved.max(seq);
        if self.failed.as_ref().is_some_and(|(f, _)| seq >= *f) {
            self.failed = None;
            return Heard::Recovered;
        }
        Heard::Nothing
    }
}
