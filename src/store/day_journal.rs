//! A day file as a [`Target`] of the journal writer: `X.journal` folded into `X.json`, the previous
//! snapshot kept as `X.json.bak`, the journal restarted to the lines the backup lacks.

use std::io;
use std::path::Path;

use super::disk::Disk;
use super::paths::DayPaths;
use super::snapshot::{self, Generations};
use super::writer::{JournalLine, Target};
use crate::model::{ActIndex, DayRecord, Entry};

impl JournalLine for Entry {
    fn seq(&self) -> u64 {
        self.seq
    }

    fn encode(&self) -> Vec<u8> {
        super::journal::encode(self)
    }
}

/// A day file's files, and where its two snapshots stand.
#[derive(Debug)]
pub struct DayJournal {
    /// The day file and the files beside it.
    pub(crate) paths: DayPaths,
    /// `last_seq` of the day file and its backup.
    pub(crate) gens: Generations,
    /// Finds acts in the writer's own copy of the day as changes are folded into it.
    pub(crate) index: ActIndex,
}

impl Target for DayJournal {
    type Line = Entry;
    type Snapshot = DayRecord;

    fn journal(&self) -> &Path {
        &self.paths.journal
    }

    fn snapshot_path(&self) -> &Path {
        &self.paths.json
    }

    fn lock_path(&self) -> &Path {
        &self.paths.lock
    }

    fn seq_of(record: &DayRecord) -> u64 {
        record.last_seq
    }

    fn write_snapshot(
        &mut self,
        disk: &mut dyn Disk,
        record: &DayRecord,
    ) -> io::Result<Option<u64>> {
        snapshot::write(disk, &self.paths, record, &mut self.gens)?;
        Ok(Some(self.gens.backup.unwrap_or(0)))
    }

    fn fold(&mut self, record: &mut DayRecord, entry: &Entry) {
        // The session applied this very entry to its own copy before handing it over; a refusal
        // here leaves the record unchanged, as it left the session's.
        let _ = record.apply_indexed(entry, &mut self.index);
    }

    fn replaced(&mut self) {
        self.index = ActIndex::default();
    }

    fn forget_disk(&mut self) {
        self.gens = Generations {
            current: None,
            backup: None,
        };
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::super::{DataDir, open_day, snapshot};
    use crate::catalog::demo_event;
    use crate::clock::{Clock, ManualClock};
    use crate::model::{Change, Entry, Stamp};

    fn coded(seq: u64, at: Stamp) -> Entry {
        crate::model::coded(seq, format!("A01-t-{seq}"), at)
    }

    #[test]
    fn a_snapshot_from_the_writers_own_copy_holds_every_change_the_caller_kept() {
        let tmp = tempfile::tempdir().expect("tmp");
        let clock = ManualClock::jakarta();
        let event = demo_event().expect("demo");
        let dir = DataDir::at(tmp.path());
        let mut day =
            open_day(&dir, &event, "A01", None, clock.now().date_naive(), &clock).expect("opens");
        let at = Stamp {
            at: clock.now(),
            elapsed_s: 1.0,
        };
        let mut entries: Vec<Entry> = (1..=3).map(|s| coded(s, at)).collect();
        entries.push(Entry {
            seq: 4,
            change: Change::ActRetracted {
                id: "A01-t-2".into(),
            },
        });
        entries.push(Entry {
            seq: 5,
            change: Change::ActNoted {
                id: "A01-t-3".into(),
                note: "good point".into(),
            },
        });
        for (i, e) in entries.into_iter().enumerate() {
            day.record.apply(&e).expect("applies");
            day.writer.append(e);
            if i == 2 {
                day.writer.snapshot_current();
            }
        }
        day.writer.snapshot_current();
        day.writer.flush(Duration::from_secs(10)).expect("flush");
        let on_disk = snapshot::read_noting(&day.path, None)
            .expect("reads")
            .expect("there");
        assert_eq!(on_disk, day.record);
        assert_eq!(on_disk.last_seq, 5);
        day.writer.close().expect("close");
    }
}
