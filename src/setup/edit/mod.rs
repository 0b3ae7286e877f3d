//! Editing an event's roster before the day: moving people between groups and seats, correcting
//! their details, adding and removing them, re-balancing the groups, and the event's cover facts; every result validated, with
//! undo and redo in [`Editor`].
//!
//! Coverage follows people: whoever leaves a group leaves its observers' lists; whoever joins one
//! gets observers by re-planning that group with [`plan_coverage`](super::plan_coverage), as
//! `lgd new` would have. Other groups keep their observers' lists exactly as they were.

mod error;
mod facts;
mod fields;
mod history;
mod seats;

use crate::catalog::Catalog;
use crate::model::validate::{Resolver, validate_event};
use crate::model::{Event, Participant};

use super::Targets;

pub use error::EditError;
pub use facts::Fact;
pub use history::{Editor, HISTORY_LIMIT};
pub use seats::next_participant_id;

/// A participant's field that can be edited.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    /// Full name with titles.
    Name,
    /// NIP: 18 digits, or empty for none.
    Nip,
    /// Position (jabatan).
    Position,
    /// Work unit (OPD / unit kerja).
    Unit,
    /// Gender: L, P (or the words for them), or empty for unknown.
    Gender,
    /// An extra attribute kept from the roster; an empty value removes it.
    Extra(String),
}

/// One change to the roster.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Seats a participant in a group: at `seat`, or the first free seat when `None`.
    Move {
        /// Participant id.
        participant: String,
        /// Group id.
        group: String,
        /// Seat number, 1-12.
        seat: Option<u8>,
    },
    /// Two participants exchange places (seats, and groups when they differ).
    SwapSeats {
        /// Participant id.
        a: String,
        /// Participant id.
        b: String,
    },
    /// Sets one field of a participant; the value is tidied (spacing, NFC) and checked.
    SetField {
        /// Participant id.
        participant: String,
        /// Which field.
        field: Field,
        /// The new value as typed.
        value: String,
    },
    /// Adds a participant (an empty id gets the next free one, e.g. `P76`), seated in `group`,
    /// or in the smallest group when `None`.
    Add {
        /// The new participant.
        participant: Participant,
        /// Group id.
        group: Option<String>,
    },
    /// Removes a participant with their seat, their place in coverage and their imported results.
    Remove {
        /// Participant id.
        participant: String,
    },
    /// Forms the groups again with `seed` (sizes within one, units and genders spread), keeping
    /// the groups' ids, names and texts and the observers' groups, and re-plans the coverage of
    /// every observer beside a group (roaming observers keep whom they follow).
    Rebalance {
        /// The seed: the same seed gives the same groups.
        seed: u64,
    },
    /// Brings group sizes within one of each other moving as few people as that needs, then
    /// separates units sharing a group avoidably with single moves or swaps
    /// ([`fewest_moves`](super::fewest_moves)); whoever moves takes the first free seat and
    /// coverage follows them as for [`Edit::Move`] (a swap as for [`Edit::SwapSeats`]).
    /// Refused with [`EditError::Balanced`] when there is nothing to do.
    FewestMoves,
    /// Sets one of the event's cover facts; the value is tidied and checked.
    SetFact {
        /// Which fact.
        fact: Fact,
        /// The new value as typed.
        value: String,
    },
}

/// What edits are checked against.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    /// Coverage targets for re-planning.
    pub targets: Targets,
    /// Where the event's scheme and framework are found for validation.
    pub resolver: Resolver<'a>,
}

impl Rules<'static> {
    /// The built-in schemes and frameworks with these coverage targets.
    pub fn builtin(targets: Targets) -> Rules<'static> {
        Rules {
            targets,
            resolver: Catalog::builtin().resolver(),
        }
    }
}

/// The event after `edit`, or why the edit is refused; `event` itself never changes.
///
/// The result must pass [`validate_event`]; an edit that changes nothing is refused too, so the
/// history and the file only ever record real changes.
pub fn apply(event: &Event, edit: &Edit, rules: &Rules<'_>) -> Result<Event, EditError> {
    let mut next = event.clone();
    let targets = rules.targets;
    match edit {
        Edit::Move {
            participant,
            group,
            seat,
        } => seats::move_to(&mut next, participant, group, *seat, targets)?,
        Edit::SwapSeats { a, b } => seats::swap(&mut next, a, b)?,
        Edit::SetField {
            participant,
            field,
            value,
        } => fields::set(&mut next, participant, field, value)?,
        Edit::Add { participant, group } => {
            seats::add(&mut next, participant.clone(), group.as_deref(), targets)?
        }
        Edit::Remove { participant } => seats::remove(&mut next, participant)?,
        Edit::Rebalance { seed } => seats::rebalance(&mut next, *seed, targets)?,
        Edit::FewestMoves => seats::fewest(&mut next, targets)?,
        Edit::SetFact { fact, value } => facts::set(&mut next, *fact, value)?,
    }
    if next == *event {
        return Err(EditError::NoChange);
    }
    let problems = validate_event(&next, rules.resolver);
    if !problems.is_empty() {
        return Err(EditError::Invalid(problems));
    }
    Ok(next)
}

/// The event after every edit in turn, all or nothing.
pub fn apply_all(event: &Event, edits: &[Edit], rules: &Rules<'_>) -> Result<Event, EditError> {
    let mut next = event.clone();
    for edit in edits {
        next = match apply(&next, edit, rules) {
            // Part of a form may be unchanged; only a batch that changes nothing is refused.
            Err(EditError::NoChange) => next,
            other => other?,
        };
    }
    if next == *event {
        return Err(EditError::NoChange);
    }
    Ok(next)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_facts;
#[cfg(test)]
mod tests_fewest;
#[cfg(test)]
mod tests_history;
#[cfg(test)]
mod tests_seating;
