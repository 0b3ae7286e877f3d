//! Rules for an event: ids, roster, groups, seats, observers, and the scheme and framework it names.

use std::collections::HashMap;

use super::{Problem, Problems, validate_framework, validate_scheme};
use crate::model::{
    EVENT_FORMAT, EVENT_FORMAT_VERSION, Event, Framework, MAX_SEATS, Scheme, normalize_nip,
};

/// The schemes and frameworks an event may name besides its own (the built-in ones).
#[derive(Debug, Clone, Copy)]
pub struct Resolver<'a> {
    /// Built-in schemes.
    pub schemes: &'a [Scheme],
    /// Built-in frameworks.
    pub frameworks: &'a [Framework],
}

impl<'a> Resolver<'a> {
    /// The scheme an event uses: its own definition first, then a built-in one.
    pub fn scheme(&self, event: &'a Event) -> Option<&'a Scheme> {
        let id = &event.scheme;
        event
            .schemes
            .iter()
            .chain(self.schemes)
            .find(|s| &s.id == id)
    }

    /// The framework an event uses: its own definition first, then a built-in one.
    pub fn framework(&self, event: &'a Event) -> Option<&'a Framework> {
        let id = &event.framework;
        event
            .frameworks
            .iter()
            .chain(self.frameworks)
            .find(|f| &f.id == id)
    }
}

/// Lists every problem of an event.
pub fn validate_event(event: &Event, resolver: Resolver<'_>) -> Vec<Problem> {
    let mut p = Problems::default();
    if event.format != EVENT_FORMAT {
        p.add(
            "format",
            format!("is {:?}, expected {EVENT_FORMAT:?}", event.format),
            "this is not an lgd event file",
        );
    }
    if event.format_version > EVENT_FORMAT_VERSION {
        p.add(
            "format_version",
            format!(
                "version {} was made by a newer lgd (this one reads up to {EVENT_FORMAT_VERSION})",
                event.format_version
            ),
            "update lgd",
        );
    }
    p.check_id("id", &event.id);
    if event.name.trim().is_empty() {
        p.add("name", "the event has no name", "give the event a name");
    }
    roster(event, &mut p);
    groups(event, &mut p);
    observers(event, &mut p);
    p.unique(
        "phase id",
        event
            .phases
            .iter()
            .enumerate()
            .map(|(i, ph)| (format!("phases[{i}].id"), ph.id.as_str())),
    );
    for (i, ph) in event.phases.iter().enumerate() {
        if ph.minutes == 0 {
            p.add(
                format!("phases[{i}].minutes"),
                "planned length is 0 minutes",
                "plan at least 1 minute",
            );
        }
    }
    for (at, value) in [
        ("settings.min_observers", event.settings.min_observers),
        ("settings.max_per_observer", event.settings.max_per_observer),
    ] {
        if value == Some(0) {
            p.add(at, "is 0", "use 1 or more, or leave it out for the default");
        }
    }
    definitions(event, resolver, &mut p);
    super::results::results(event, resolver.framework(event), &mut p);
    p.0
}

fn roster(event: &Event, p: &mut Problems) {
    p.unique(
        "participant id",
        event
            .participants
            .iter()
            .enumerate()
            .map(|(i, x)| (format!("participants[{i}].id"), x.id.as_str())),
    );
    let mut nips: HashMap<String, usize> = HashMap::new();
    for (i, x) in event.participants.iter().enumerate() {
        let at = format!("participants[{i}] ({})", x.id);
        p.check_id(&format!("{at}.id"), &x.id);
        if x.name.trim().is_empty() {
            p.add(&at, "the participant has no name", "fill in the full name");
        }
        if let Some(nip) = &x.nip {
            match normalize_nip(nip) {
                Ok(n) => {
                    if let Some(first) = nips.insert(n, i) {
                        p.add(
                            format!("{at}.nip"),
                            format!("NIP {nip} is also participants[{first}]'s"),
                            "check the roster: one NIP per person",
                        );
                    }
                }
                Err(e) => p.add(
                    format!("{at}.nip"),
                    e.to_string(),
                    "correct the NIP or leave it empty",
                ),
            }
        }
    }
}

fn groups(event: &Event, p: &mut Problems) {
    p.unique(
        "group id",
        event
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (format!("groups[{i}].id"), g.id.as_str())),
    );
    let mut seated: HashMap<&str, &str> = HashMap::new();
    for (i, g) in event.groups.iter().enumerate() {
        let at = format!("groups[{i}] ({})", g.id);
        p.check_id(&format!("{at}.id"), &g.id);
        for (seat, pid) in &g.seats {
            if !(1..=MAX_SEATS).contains(seat) {
                p.add(
                    format!("{at}.seats.{seat}"),
                    format!("seat {seat} is outside 1-{MAX_SEATS}"),
                    format!("number seats 1 to {MAX_SEATS}"),
                );
            }
            if event.participant(pid).is_none() {
                p.add(
                    format!("{at}.seats.{seat}"),
                    format!("participant {pid:?} is not in the roster"),
                    "add them to participants or free the seat",
                );
            }
            if let Some(other) = seated.insert(pid, &g.id) {
                p.add(
                    format!("{at}.seats.{seat}"),
                    format!("participant {pid:?} is seated in group {other:?} and again here"),
                    "seat each participant in one group only",
                );
            }
        }
    }
}

fn observers(event: &Event, p: &mut Problems) {
    p.unique(
        "observer id",
        event
            .observers
            .iter()
            .enumerate()
            .map(|(i, o)| (format!("observers[{i}].id"), o.id.as_str())),
    );
    for (i, o) in event.observers.iter().enumerate() {
        let at = format!("observers[{i}] ({})", o.id);
        p.check_id(&format!("{at}.id"), &o.id);
        if let Some(g) = &o.group
            && event.group(g).is_none()
        {
            p.add(
                format!("{at}.group"),
                format!("group {g:?} does not exist"),
                "name one of the event's groups",
            );
        }
        for pid in &o.coverage {
            if event.participant(pid).is_none() {
                p.add(
                    format!("{at}.coverage"),
                    format!("participant {pid:?} is not in the roster"),
                    "cover only participants of the roster",
                );
            }
        }
        p.unique(
            "covered participant",
            o.coverage
                .iter()
                .map(|c| (format!("{at}.coverage"), c.as_str())),
        );
    }
}

fn definitions(event: &Event, resolver: Resolver<'_>, p: &mut Problems) {
    let scheme = resolver.scheme(event);
    let framework = resolver.framework(event);
    if scheme.is_none() {
        p.add(
            "scheme",
            format!(
                "scheme {:?} is neither built in nor defined in this file",
                event.scheme
            ),
            "use lgd-default or bales-ipa, or add the scheme under \"schemes\"",
        );
    }
    match framework {
        None => p.add(
            "framework",
            format!(
                "framework {:?} is neither built in nor defined in this file",
                event.framework
            ),
            "use asn-permenpanrb-38-2017, or add the framework under \"frameworks\"",
        ),
        Some(fw) => {
            for x in validate_framework(fw) {
                p.add(format!("framework {}: {}", fw.id, x.at), x.what, x.fix);
            }
            if let Some(s) = scheme {
                for x in validate_scheme(s, fw) {
                    p.add(format!("scheme {}: {}", s.id, x.at), x.what, x.fix);
                }
            }
        }
    }
}
