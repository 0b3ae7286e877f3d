//! Fixing the record after the fact: a past act corrected, a missed act inserted, an act coded
//! outside a coded phase kept as evidence. Each is its own change and the act as first coded
//! stays in the file, as retracted acts do.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Act, ApplyError, DayRecord, Stamp};

/// How an act differs from a plain one coded live in a coded phase; empty for most acts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Marks {
    /// Coded while no coded phase ran (before the discussion, paused, reading, self-evaluation):
    /// not evidence unless `kept`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub outside: bool,
    /// The observer chose to count this act although it was coded outside a coded phase.
    #[serde(default, skip_serializing_if = "is_false")]
    pub kept: bool,
    /// When a missed act was added afterwards from the act list (its own time is when it happened).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inserted: Option<Stamp>,
    /// The act as first coded, once it has been corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<Box<Original>>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// An act's values as first coded, kept when it is corrected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Original {
    /// Participant id who acted.
    pub participant: String,
    /// Behaviour code.
    pub code: String,
    /// Target participant id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// When it was coded.
    pub stamp: Stamp,
}

/// The corrected values of an act (what the act list's edit line holds).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Correction {
    /// Participant id who acted.
    pub participant: String,
    /// Behaviour code.
    pub code: String,
    /// Target participant id, for targeted codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// When the act happened.
    pub time: Stamp,
}

impl Act {
    /// Whether the act counts as evidence: live, and coded in a coded phase or kept by the observer.
    pub fn is_evidence(&self) -> bool {
        !self.retracted && (!self.marks.outside || self.marks.kept)
    }
}

impl DayRecord {
    /// Replaces an act's values, keeping the first-coded ones.
    pub(super) fn correct(
        &mut self,
        seq: u64,
        id: &str,
        fix: &Correction,
        found: Option<usize>,
    ) -> Result<(), ApplyError> {
        let outside = !self.coded_at(fix.time.elapsed_s);
        let Some(act) = found
            .and_then(|i| self.acts.get_mut(i))
            .map(std::sync::Arc::make_mut)
        else {
            return Err(ApplyError::UnknownAct {
                seq,
                id: id.to_string(),
            });
        };
        if act.marks.original.is_none() {
            act.marks.original = Some(Box::new(Original {
                participant: act.participant.clone(),
                code: act.code.clone(),
                target: act.target.clone(),
                stamp: act.stamp,
            }));
        }
        act.participant.clone_from(&fix.participant);
        act.code.clone_from(&fix.code);
        act.target.clone_from(&fix.target);
        act.stamp = fix.time;
        act.marks.outside = outside;
        Ok(())
    }

    /// Adds a missed act, marked with when it was added.
    pub(super) fn insert(&mut self, act: &Act, stamp: Stamp) {
        let mut act = act.clone();
        act.marks.inserted = Some(stamp);
        act.marks.outside = !self.coded_at(act.stamp.elapsed_s);
        super::grow::push_sparingly(&mut self.acts, std::sync::Arc::new(act));
    }
}
