//! The wash-up journal: one JSON line per decision, appended and never rewritten, so every consensus
//! (and every change of mind) survives a crash and a later re-consolidation.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::consolidate::format::{Consolidated, Decision};
use crate::model::Category;

/// The journal's file name, beside `consolidated.json`.
pub const WASHUP_JOURNAL: &str = "washup.journal";

/// One journal line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WashupEntry {
    /// Sequence number, from 1.
    pub seq: u64,
    /// What was decided.
    #[serde(flatten)]
    pub change: WashupChange,
}

/// A decision of the wash-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WashupChange {
    /// A consensus level for a cell; without `level`, an earlier consensus is withdrawn.
    Consensus {
        /// Participant id.
        participant: String,
        /// Competency code.
        competency: String,
        /// The agreed level.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        level: Option<f64>,
        /// Why.
        reason: String,
        /// Who decided.
        by: String,
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// The result categories (preset or thresholds) changed.
    Categories {
        /// The categories now in force.
        categories: Vec<Category>,
        /// Who changed them.
        by: String,
        /// When.
        at: DateTime<FixedOffset>,
    },
}

/// A journal line that does not fit the consolidated file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FoldError {
    /// The cell is not in the consolidated file (it was consolidated from other files).
    #[error(
        "decision {seq} is about {participant} on {competency}, who is not in this consolidation"
    )]
    UnknownCell {
        /// Sequence number.
        seq: u64,
        /// Participant id.
        participant: String,
        /// Competency code.
        competency: String,
    },
}

/// One line as written: compact JSON and a newline.
pub fn encode(entry: &WashupEntry) -> Vec<u8> {
    // Plain data into memory cannot fail to serialize; an empty line would be skipped on reading.
    let mut line = serde_json::to_vec(entry).unwrap_or_default();
    line.push(b'\n');
    line
}

/// Folds one decision into `c` (call `refresh` afterwards for final levels and JPM). Original
/// ratings are never touched; an earlier consensus moves to `superseded`.
pub fn fold(c: &mut Consolidated, entry: &WashupEntry) -> Result<(), FoldError> {
    match &entry.change {
        WashupChange::Consensus {
            participant,
            competency,
            level,
            reason,
            by,
            at,
        } => {
            let Some(cell) = c
                .cells
                .iter_mut()
                .find(|x| &x.participant == participant && &x.competency == competency)
            else {
                return Err(FoldError::UnknownCell {
                    seq: entry.seq,
                    participant: participant.clone(),
                    competency: competency.clone(),
                });
            };
            let decision = Decision {
                level: *level,
                reason: reason.clone(),
                decided_by: by.clone(),
                decided_at: *at,
            };
            if let Some(old) = cell.consensus.take() {
                cell.superseded.push(old);
            }
            if level.is_some() {
                cell.consensus = Some(decision);
            } else {
                cell.superseded.push(decision);
            }
        }
        WashupChange::Categories { categories, .. } => {
            c.settings.categories = categories.clone();
        }
    }
    c.washup_seq = c.washup_seq.max(entry.seq);
    Ok(())
}

/// What reading the journal found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Replay {
    /// Decisions folded in now (newer than the consolidated file).
    pub applied: usize,
    /// Decisions the consolidated file already held.
    pub stale: usize,
    /// The highest sequence number in the journal.
    pub last_seq: u64,
    /// Lines that could not be used, one sentence each.
    pub problems: Vec<String>,
}

/// Folds every journal line newer than `c.washup_seq` into `c` and refreshes its results. A torn
/// or garbled line is reported and passed over, never fatal.
pub fn replay(c: &mut Consolidated, journal: &[u8]) -> Replay {
    let mut out = Replay::default();
    for (n, raw) in journal.split(|&b| b == b'\n').enumerate() {
        let text = raw.trim_ascii();
        if text.is_empty() {
            continue;
        }
        let entry: WashupEntry = match serde_json::from_slice(text) {
            Ok(e) => e,
            Err(e) => {
                out.problems
                    .push(format!("{WASHUP_JOURNAL} line {}: skipped: {e}", n + 1));
                continue;
            }
        };
        out.last_seq = out.last_seq.max(entry.seq);
        if entry.seq <= c.washup_seq {
            out.stale += 1;
            continue;
        }
        match fold(c, &entry) {
            Ok(()) => out.applied += 1,
            Err(e) => out.problems.push(format!("{WASHUP_JOURNAL}: {e}")),
        }
    }
    crate::consolidate::refresh(c);
    out
}
