//! A day file as a [`Target`] of the journal writer: `X.journal` folded into `X.json`, the previous
//! snapshot kept as `X.json.bak`, the journal restarted to the lines the backup lacks.

use std::io;
use std::path::Path;

use super::disk::Disk;
use super::paths::DayPaths;
use super::snapshot::{self, Generations};
use super::writer::{JournalLine, Target};
use crate::model::{DayRecord, Entry};

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

    fn forget_disk(&mut self) {
        self.gens = Generations {
            current: None,
            backup: None,
        };
    }
}
