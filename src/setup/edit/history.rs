//! The event being edited with undo and redo: every step keeps a whole copy of the event, which for
//! an event of 75 people is small and makes undo restore exactly what was there.

use std::collections::BTreeSet;

use super::{Edit, EditError, Rules, apply_all, seats};
use crate::model::Event;

/// Steps kept for undo; the oldest are forgotten beyond this.
pub const HISTORY_LIMIT: usize = 200;

/// One step: the edits made and the event on the other side of them.
#[derive(Debug, Clone)]
struct Step {
    edits: Vec<Edit>,
    other: Event,
}

/// An event under edit, with its undo and redo history.
#[derive(Debug, Clone)]
pub struct Editor<'a> {
    event: Event,
    rules: Rules<'a>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Every participant id the event has had in this session, in any step (those beyond
    /// [`HISTORY_LIMIT`] too): a new person never gets a removed person's id.
    ids: BTreeSet<String>,
}

impl<'a> Editor<'a> {
    /// Starts editing `event`, checked against `rules`.
    pub fn new(event: Event, rules: Rules<'a>) -> Editor<'a> {
        let ids = event.participants.iter().map(|p| p.id.clone()).collect();
        Editor {
            event,
            rules,
            undo: Vec::new(),
            redo: Vec::new(),
            ids,
        }
    }

    /// The event as edited so far.
    pub fn event(&self) -> &Event {
        &self.event
    }

    /// The rules edits are checked against.
    pub fn rules(&self) -> &Rules<'a> {
        &self.rules
    }

    /// Applies one edit as one undo step.
    pub fn apply(&mut self, edit: Edit) -> Result<&Event, EditError> {
        self.apply_all(vec![edit])
    }

    /// The id the next person added gets: in the event's style, and no id the event has had in
    /// this session, so a removed person's day-file entries can never be taken for a newcomer's.
    pub fn next_participant_id(&self) -> String {
        seats::next_id(self.ids.iter().map(String::as_str))
    }

    /// Applies several edits as one undo step (a form with several fields), all or nothing. An
    /// addition without an id gets [`next_participant_id`](Self::next_participant_id).
    pub fn apply_all(&mut self, mut edits: Vec<Edit>) -> Result<&Event, EditError> {
        for edit in &mut edits {
            if let Edit::Add { participant, .. } = edit
                && participant.id.is_empty()
            {
                participant.id = self.next_participant_id();
            }
        }
        let next = apply_all(&self.event, &edits, &self.rules)?;
        self.ids
            .extend(next.participants.iter().map(|p| p.id.clone()));
        let before = std::mem::replace(&mut self.event, next);
        self.undo.push(Step {
            edits,
            other: before,
        });
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(&self.event)
    }

    /// What an edit would give, without making it (the re-balance preview).
    pub fn preview(&self, edit: &Edit) -> Result<Event, EditError> {
        super::apply(&self.event, edit, &self.rules)
    }

    /// Goes back one step; the edits undone, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<&[Edit]> {
        let step = self.undo.pop()?;
        let after = std::mem::replace(&mut self.event, step.other);
        self.redo.push(Step {
            edits: step.edits,
            other: after,
        });
        self.redo.last().map(|s| s.edits.as_slice())
    }

    /// Makes the last undone step again; the edits redone, or `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Option<&[Edit]> {
        let step = self.redo.pop()?;
        let before = std::mem::replace(&mut self.event, step.other);
        self.undo.push(Step {
            edits: step.edits,
            other: before,
        });
        self.undo.last().map(|s| s.edits.as_slice())
    }

    /// Steps that can be undone.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// Steps that can be redone.
    pub fn redo_depth(&self) -> usize {
        self.redo.len()
    }
}
