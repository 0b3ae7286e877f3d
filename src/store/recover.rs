//! Rebuilding a day from what is on disk: the snapshot (or its backup) plus the journal lines newer than it.

use std::io;
use std::path::PathBuf;

use serde::Serialize;

use super::journal::{self, Scan, SkippedLine};
use super::paths::DayPaths;
use super::snapshot::{self, Generations};
use super::{Op, StoreError};
use crate::load::LoadError;
use crate::model::{ActIndex, DayRecord};

/// What opening a day file found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Recovery {
    /// Journal lines applied on top of the snapshot (changes not yet in the day file).
    pub replayed: usize,
    /// Journal lines already in the snapshot, passed over.
    pub stale: usize,
    /// Journal lines that could not be used.
    pub skipped: Vec<SkippedLine>,
    /// The day file was unreadable or missing and its backup was used.
    pub used_backup: bool,
    /// Why the day file itself was not used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_problem: Option<String>,
    /// No day file existed; a new one was started.
    pub created: bool,
    /// Damaged files kept aside under new names before being replaced.
    pub set_aside: Vec<PathBuf>,
}

impl Recovery {
    /// Problems worth showing the user, one sentence each.
    pub fn problems(&self) -> Vec<String> {
        let mut out: Vec<String> = self.snapshot_problem.iter().cloned().collect();
        out.extend(self.skipped.iter().map(ToString::to_string));
        out
    }
}

/// A day rebuilt from disk, with what the writer needs to carry on.
pub(crate) struct Loaded {
    pub record: DayRecord,
    pub recovery: Recovery,
    pub gens: Generations,
    /// The journal's bytes and what could be read of them.
    pub journal: Vec<u8>,
    pub scan: Scan,
    /// The day file exists but could not be read.
    pub damaged_snapshot: bool,
}

/// Reads the snapshot (falling back to the backup) and replays the journal; writes nothing.
/// `fresh` makes the record when there is neither a day file nor a backup.
pub(crate) fn load(
    paths: &DayPaths,
    fresh: impl FnOnce() -> Result<DayRecord, StoreError>,
    mut ignored: Option<&mut Vec<String>>,
) -> Result<Loaded, StoreError> {
    let mut recovery = Recovery::default();
    let mut damaged_snapshot = false;
    let (mut record, gens) = match snapshot::read_noting(&paths.json, ignored.as_deref_mut()) {
        Ok(Some(r)) => {
            let current = Some(r.last_seq);
            (
                r,
                Generations {
                    current,
                    backup: None,
                },
            )
        }
        // Only damage falls back to the backup: a newer, foreign or unreadable-by-permission
        // file is the user's to sort out, and must not be written over.
        Err(e @ LoadError::Syntax { .. }) => {
            damaged_snapshot = true;
            match snapshot::read_noting(&paths.bak, ignored.as_deref_mut()) {
                Ok(Some(b)) => {
                    recovery.snapshot_problem =
                        Some(format!("{e}; used the backup {}", paths.bak.display()));
                    from_backup(b, &mut recovery)
                }
                Ok(None) => {
                    return Err(StoreError::Unreadable {
                        snapshot: Box::new(e),
                        backup: None,
                    });
                }
                Err(b) => {
                    return Err(StoreError::Unreadable {
                        snapshot: Box::new(e),
                        backup: Some(Box::new(b)),
                    });
                }
            }
        }
        Err(e) => return Err(e.into()),
        Ok(None) => match snapshot::read_noting(&paths.bak, ignored)? {
            Some(b) => {
                recovery.snapshot_problem = Some(format!(
                    "{} is missing; used the backup {}",
                    paths.json.display(),
                    paths.bak.display()
                ));
                from_backup(b, &mut recovery)
            }
            None => {
                recovery.created = true;
                (
                    fresh()?,
                    Generations {
                        current: None,
                        backup: None,
                    },
                )
            }
        },
    };
    let journal = match std::fs::read(&paths.journal) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(StoreError::io(Op::Read, &paths.journal, e)),
    };
    let scan = journal::scan(&journal);
    recovery.skipped = scan.skipped.clone();
    let mut index = ActIndex::default();
    for line in &scan.lines {
        if line.entry.seq <= record.last_seq {
            recovery.stale += 1;
            continue;
        }
        match record.apply_indexed(&line.entry, &mut index) {
            Ok(()) => recovery.replayed += 1,
            Err(e) => recovery.skipped.push(SkippedLine {
                line: line.number,
                offset: line.range.start as u64,
                bytes: line.range.len().saturating_sub(1),
                seq: Some(line.entry.seq),
                last: false,
                reason: e.to_string(),
            }),
        }
    }
    recovery.skipped.sort_by_key(|s| s.line);
    Ok(Loaded {
        record,
        recovery,
        gens,
        journal,
        scan,
        damaged_snapshot,
    })
}

fn from_backup(b: DayRecord, recovery: &mut Recovery) -> (DayRecord, Generations) {
    recovery.used_backup = true;
    let backup = Some(b.last_seq);
    (
        b,
        Generations {
            current: None,
            backup,
        },
    )
}
