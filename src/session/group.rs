//! What the observer writes about the group as a whole: its mission text and free notes.

use super::{Outcome, Session};
use crate::model::Change;

impl Session {
    /// Replaces the observed group's product text; nothing is recorded when it is unchanged.
    pub fn set_group_output(&mut self, text: &str) -> Outcome {
        let group = self.record.group.clone();
        if self.record.outputs.get(&group).map(String::as_str) == Some(text)
            || (text.is_empty() && !self.record.outputs.contains_key(&group))
        {
            return Outcome::default();
        }
        let change = Change::GroupOutputSet {
            group,
            text: text.to_string(),
            at: self.time.now().at,
        };
        self.entry_only(change)
    }

    /// Adds a note about the observed group; blank notes are not recorded.
    pub fn add_group_note(&mut self, text: &str) -> Outcome {
        let text = text.trim();
        if text.is_empty() {
            return Outcome::default();
        }
        let change = Change::GroupNoteAdded {
            group: self.record.group.clone(),
            text: text.to_string(),
            at: self.time.now().at,
        };
        self.entry_only(change)
    }

    /// The observed group's product text: what was written today, else what the event file brought.
    pub fn group_output(&self) -> &str {
        self.record
            .outputs
            .get(&self.record.group)
            .map(String::as_str)
            .or_else(|| self.record.observed_group().map(|g| g.output.as_str()))
            .unwrap_or("")
    }

    pub(super) fn entry_only(&mut self, change: Change) -> Outcome {
        match self.commit(change) {
            Ok(entry) => Outcome {
                entries: vec![entry],
                notice: None,
            },
            Err(n) => Outcome::notice(n),
        }
    }
}
