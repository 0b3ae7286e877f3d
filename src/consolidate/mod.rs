//! Consolidation for the lead assessor: every observer's day files merged into one
//! `consolidated.json` with per-cell figures and flags, agreement, coded behaviour, coverage and JPM.
//!
//! Each day file is reduced to a digest as soon as it is read, so a thousand files never sit in
//! memory at once.

mod agreement;
mod behaviour;
mod build;
mod cells;
mod checks;
mod clock;
mod digest;
mod evidence;
mod file;
pub mod format;
mod gathered;
mod grid;
mod impossible;
mod late;
mod matching;
mod order;
mod read;
mod results;
mod roster;
pub mod washup;
pub mod why;

pub use build::{
    ConsolidateError, ConsolidateOptions, EventFile, consolidate, consolidate_days,
    consolidate_writing,
};
pub use cells::{flags, settle, stats};
pub use clock::{Key, Mark, estimate_offset};
pub use file::{CONSOLIDATED_FILE, FileError, Streamed, read_consolidated, write_consolidated};
pub use format::*;
pub use matching::{PairFigures, TimedAct, match_streams, pair_figures};
pub use order::natural;
pub use results::refresh;
