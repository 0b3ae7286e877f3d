//! Participants as BORIS subjects: unique keys and names, and names as modifier values.

use std::collections::BTreeMap;

use crate::export::cell::neutralise;
use crate::model::DayRecord;

use super::shape::Subject;

/// Characters BORIS refuses inside modifier values.
const FORBIDDEN_IN_MODIFIERS: &[char] = &['(', '|', ')', ',', '`', '~'];

/// The subjects of all day files, and how events name them.
pub(super) struct Subjects {
    pub(super) list: Vec<Subject>,
    /// Participant id to subject name.
    names: BTreeMap<String, String>,
    pub(super) modifier_values: Vec<String>,
}

impl Subjects {
    pub(super) fn of(days: &[DayRecord]) -> Subjects {
        // (id, name, seat, group) in first-seen order; ids seen only in acts or turns are added
        // so every event names a declared subject.
        let mut found: Vec<(String, String, Option<u8>, String)> = Vec::new();
        let mut add = |id: &str, day: &DayRecord| {
            if found.iter().any(|f| f.0 == id) {
                return;
            }
            let name = day.participant(id).map_or(id, |p| p.name.as_str());
            let place = day
                .groups
                .iter()
                .find_map(|g| g.seat_of(id).map(|s| (s, g.id.clone())));
            found.push((
                id.to_string(),
                name.to_string(),
                place.as_ref().map(|p| p.0),
                place.map(|p| p.1).unwrap_or_default(),
            ));
        };
        for day in days {
            for p in &day.participants {
                add(&p.id, day);
            }
            for id in day.turns.iter().map(|t| &t.participant).chain(
                day.acts
                    .iter()
                    .flat_map(|a| std::iter::once(&a.participant).chain(a.target.as_ref())),
            ) {
                add(id, day);
            }
        }
        let mut key_uses: BTreeMap<String, usize> = BTreeMap::new();
        let mut name_uses: BTreeMap<&str, usize> = BTreeMap::new();
        for x in &found {
            *key_uses.entry(seat_key(x.2)).or_default() += 1;
            *name_uses.entry(&x.1).or_default() += 1;
        }
        let mut list = Vec::new();
        let mut names = BTreeMap::new();
        for x in &found {
            // BORIS needs one subject per key and per name: a shared key is dropped, a shared
            // name gets the participant id added.
            let key = seat_key(x.2);
            let key = if key_uses.get(&key).copied().unwrap_or(0) > 1 {
                String::new()
            } else {
                key
            };
            let name = if name_uses.get(x.1.as_str()).copied().unwrap_or(0) > 1 {
                format!("{} ({})", x.1, x.0)
            } else {
                x.1.clone()
            };
            let name = neutralise(&name).into_owned();
            let seat = x.2.map(|s| format!(", seat {s}")).unwrap_or_default();
            let group = if x.3.is_empty() {
                String::new()
            } else {
                format!(", group {}", x.3)
            };
            names.insert(x.0.clone(), name.clone());
            list.push(Subject {
                key,
                name,
                description: format!("id {}{group}{seat}", x.0),
            });
        }
        let modifier_values = list.iter().map(|s| modifier_value(&s.name)).collect();
        Subjects {
            list,
            names,
            modifier_values,
        }
    }

    pub(super) fn name(&self, id: &str) -> String {
        self.names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }
}

/// Seats 1-9 are keys 1-9 and seat 10 is key 0, as in lgd; seats 11 and 12 have no single key.
fn seat_key(seat: Option<u8>) -> String {
    match seat {
        Some(s @ 1..=9) => s.to_string(),
        Some(10) => "0".to_string(),
        _ => String::new(),
    }
}

/// A subject name as a modifier value: BORIS's forbidden characters become spaces.
pub(super) fn modifier_value(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c| FORBIDDEN_IN_MODIFIERS.contains(&c))
        .flat_map(str::split_whitespace)
        .collect();
    neutralise(&words.join(" ")).into_owned()
}
