//! Consolidation for the lead assessor: every observer's day files merged into one
//! `consolidated.json` with per-cell figures and flags, agreement, coded behaviour, coverage and JPM.

pub mod format;

pub use format::*;
