//! What an observer records while the group talks: coded acts and speaking turns.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// When something happened: wall-clock time with its UTC offset, and seconds since the session began.
// Read by a hand-written reader (`act_de`) with the same keys; doc comments reach the schema.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct Stamp {
    /// Wall-clock time with UTC offset.
    pub at: DateTime<FixedOffset>,
    /// Seconds since the day's session started; monotonic even if the wall clock jumps.
    pub elapsed_s: f64,
}

/// One coded behaviour.
// Read by a hand-written reader (`act_de`) with the same keys; doc comments reach the schema.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
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
    /// Corrections, late insertion and coding outside a coded phase; all empty for a plain act.
    /// Boxed so a change carrying an act stays small in the channels it passes through.
    #[serde(flatten)]
    pub marks: Box<super::Marks>,
}

fn yes() -> bool {
    true
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

/// A live INIT by P74 in G1 coded as change `seq`: the act tests of the day file and its journal
/// build on.
#[cfg(test)]
pub(crate) fn coded(seq: u64, id: String, stamp: Stamp) -> super::Entry {
    let act = Act {
        seq,
        id,
        stamp,
        group: "G1".into(),
        participant: "P74".into(),
        code: "INIT".into(),
        target: None,
        note: None,
        retracted: false,
        floor: true,
        marks: Box::default(),
    };
    super::Entry {
        seq,
        change: super::Change::ActCoded { act: act.into() },
    }
}
