//! What an observer records while the group talks: coded acts and speaking turns.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// When something happened: wall-clock time with its UTC offset, and seconds since the session began.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Stamp {
    /// Wall-clock time with UTC offset.
    pub at: DateTime<FixedOffset>,
    /// Seconds since the day's session started; monotonic even if the wall clock jumps.
    pub elapsed_s: f64,
}

/// One coded behaviour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "ActFields")]
pub struct Act {
    /// Order of coding within the day file, from 1.
    pub seq: u64,
    /// Stable id, unique within the event: `<observer>-<date>-<seq>`.
    pub id: String,
    /// When it was coded.
    #[serde(flatten)]
    pub stamp: Stamp,
    /// Group id.
    pub group: String,
    /// Participant id who acted.
    pub participant: String,
    /// Behaviour code.
    pub code: String,
    /// Participant id the act was aimed at, for targeted codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The observer's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Retracted acts stay in the file so that nothing is ever lost; they do not count.
    #[serde(default)]
    pub retracted: bool,
    /// Whether the participant held the floor (false for a nod or other non-verbal act).
    #[serde(default = "yes")]
    pub floor: bool,
}

fn yes() -> bool {
    true
}

/// An act as the file spells it, the stamp's two keys beside the others. Reading through it instead
/// of `flatten` lets a reader see keys it does not know (flatten swallows them silently) and skips
/// serde's buffering of every act.
/// The schema is the act's own (same keys, same words), as published before.
#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "Act", description = "One coded behaviour.")]
struct ActFields {
    /// Order of coding within the day file, from 1.
    seq: u64,
    /// Stable id, unique within the event: `<observer>-<date>-<seq>`.
    id: String,
    /// Wall-clock time with UTC offset.
    at: DateTime<FixedOffset>,
    /// Seconds since the day's session started; monotonic even if the wall clock jumps.
    elapsed_s: f64,
    /// Group id.
    group: String,
    /// Participant id who acted.
    participant: String,
    /// Behaviour code.
    code: String,
    /// Participant id the act was aimed at, for targeted codes.
    #[serde(default)]
    target: Option<String>,
    /// The observer's note.
    #[serde(default)]
    note: Option<String>,
    /// Retracted acts stay in the file so that nothing is ever lost; they do not count.
    #[serde(default)]
    retracted: bool,
    /// Whether the participant held the floor (false for a nod or other non-verbal act).
    #[serde(default = "yes")]
    floor: bool,
}

impl From<ActFields> for Act {
    fn from(f: ActFields) -> Act {
        Act {
            seq: f.seq,
            id: f.id,
            stamp: Stamp {
                at: f.at,
                elapsed_s: f.elapsed_s,
            },
            group: f.group,
            participant: f.participant,
            code: f.code,
            target: f.target,
            note: f.note,
            retracted: f.retracted,
            floor: f.floor,
        }
    }
}

/// One speaking turn: who held the floor from when until when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Turn {
    /// Group id.
    pub group: String,
    /// Participant id.
    pub participant: String,
    /// When the turn began.
    pub start: Stamp,
    /// When it ended; `None` while it is still going.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Stamp>,
}

impl Turn {
    /// Length in seconds, counting an open turn up to `now_s`.
    pub fn seconds(&self, now_s: f64) -> f64 {
        let end = self.end.map_or(now_s, |e| e.elapsed_s);
        (end - self.start.elapsed_s).max(0.0)
    }
}
