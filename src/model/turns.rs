//! Taking back the last floor change, so a slip of the seat key leaves no turn and no airtime; and
//! what quitting closed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{DayRecord, Stamp};

/// What quitting closed, kept so reopening can say it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClosedAt {
    /// When the app was quit.
    pub stamp: Stamp,
    /// Whose turn ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    /// The phase paused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
}

impl DayRecord {
    /// Takes back the last floor change, so the turns read as if it had never been made.
    pub(super) fn undo_floor(&mut self) {
        let open = self.turns.last().is_some_and(|t| t.end.is_none());
        if open {
            let Some(taken) = self.turns.pop() else {
                return;
            };
            // The turn the withdrawn one cut short (same moment) runs on.
            if let Some(prev) = self.turns.last_mut().filter(|t| t.end == Some(taken.start)) {
                prev.end = None;
            }
        } else if let Some(last) = self.turns.last_mut() {
            last.end = None;
        }
    }

    /// What the last quit closed, if nothing started since (else reopening has nothing to say).
    pub fn closed_on_quit(&self) -> Option<&ClosedAt> {
        let c = self.closed.as_ref()?;
        let after = |s: &Stamp| s.elapsed_s > c.stamp.elapsed_s;
        let turn = self.turns.iter().any(|t| after(&t.start));
        let phase = self
            .phases
            .iter()
            .flat_map(|p| &p.segments)
            .any(|s| after(&s.start));
        (!turn && !phase).then_some(c)
    }

    /// Quitting: the running turn ends and the running phase pauses at `stamp`, and it is kept.
    pub(super) fn close(&mut self, stamp: Stamp, who: &Option<String>, phase: &Option<String>) {
        self.end_turn(stamp);
        self.stop_phases(stamp);
        self.closed = Some(ClosedAt {
            stamp,
            participant: who.clone(),
            phase: phase.clone(),
        });
    }
}
