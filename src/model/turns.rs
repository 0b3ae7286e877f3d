//! Taking back the last floor change, so a slip of the seat key leaves no turn and no airtime.

use super::DayRecord;

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
}
