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
    /// The event file gives them no one to rate.
    NoCoverage,
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

/// Why an observer of an event rates no one, or `None` when they rate someone.
pub fn idle_reason(event: &crate::model::Event, o: &Observer) -> Option<Reason> {
    if !o.coverage.is_empty() {
        return None;
    }
    Some(match (&o.group, o.role) {
        (None, crate::model::Role::Lead) => Reason::LeadWithoutGroup,
        (Some(g), _) => match event.group(g) {
            None => Reason::UnknownGroup(g.clone()),
            Some(group) if group.seats.is_empty() => Reason::EmptyGroup(group.name.clone()),
            Some(_) => Reason::NoCoverage,
        },
        (None, _) => Reason::NoCoverage,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::demo_event;
    use crate::setup::{Targets, audit};

    #[test]
    fn lgd_check_names_the_observers_who_rate_no_one_when_someone_is_short() {
        let mut event = demo_event().expect("demo");
        let rater = event
            .observers
            .iter_mut()
            .find(|o| !o.coverage.is_empty())
            .expect("a rater");
        rater.coverage.clear();
        let id = rater.id.clone();
        let a = audit(&event, Targets::of(&event));
        assert!(!a.under.is_empty(), "someone is now short of observers");
        let idle: Vec<(&str, &Reason)> =
            a.idle.iter().map(|l| (l.id.as_str(), &l.reason)).collect();
        assert!(
            idle.contains(&(id.as_str(), &Reason::NoCoverage)),
            "{idle:?}"
        );
        let lines = a.lines().join("\n");
        assert!(lines.contains(&format!("rates no one: {id} ")), "{lines}");
    }
}
