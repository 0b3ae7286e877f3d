//! Observers a coverage plan gives no one to rate, and why: a coverage error names them, so a lead
//! who reads "3 more observers needed" also reads which assessors on the list were not used.

use serde::Serialize;

use crate::model::{Lang, Observer};
use crate::text::import as say;

/// Why an observer rates no one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Reason {
    /// A team lead with no group: they coordinate and run the wash-up.
    LeadWithoutGroup,
    /// Seated beside a group the event does not have.
    UnknownGroup(String),
    /// Seated beside a group with nobody in it.
    EmptyGroup(String),
}

/// One observer left out of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    /// Observer id.
    pub id: String,
    /// Observer name.
    pub name: String,
    /// Why.
    pub reason: Reason,
}

impl LeftOut {
    /// The observer, and why they rate no one.
    pub fn new(o: &Observer, reason: Reason) -> Self {
        LeftOut {
            id: o.id.clone(),
            name: o.name.clone(),
            reason,
        }
    }

    /// The line a coverage error shows for them.
    pub fn line(&self, lang: Lang) -> String {
        say::left_out_observer(lang, &self.id, &self.name, &self.reason)
    }
}
