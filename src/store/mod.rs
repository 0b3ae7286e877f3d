//! Durable day files: a journal line per change written by one thread, atomic snapshots with a
//! backup, recovery from torn writes and damaged files, and a lock against a second writer.
//!
//! On disk, inside the data folder: `<event-id>/<YYYY-MM-DD>_<observer-id>.json` (the day file),
//! `.json.bak` (the previous one), `.journal` (changes since, JSON Lines) and `.lock`.

mod day_journal;
mod days;
mod disk;
mod error;
mod journal;
mod lock;
mod open;
mod paths;
mod perms;
mod recover;
pub mod schema;
mod snapshot;
mod writer;

pub use day_journal::DayJournal;
pub use days::{
    Candidate, DayFile, Gathered, NotADay, Unusable, candidates, gather, read_candidate,
};
pub use disk::{Disk, Fault, FaultSwitch, FaultyDisk, RealDisk, sync_dir};
pub use error::{DiskFailure, Op, StoreError};
pub use journal::SkippedLine;
pub use lock::DayLock;
pub use open::{OpenedDay, StoreOptions, open_day, open_day_with, read_day};
pub use paths::{DIR_ENV, DataDir, DayName, DayPaths};
pub use perms::{create_private_dir_all, create_private_file, is_symlink, private_file};
pub use recover::Recovery;
pub use writer::{
    JournalLine, JournalWriter, Notify, Recreated, Reply, Start, Target, Writer, clean_len,
    tmp_beside,
};
