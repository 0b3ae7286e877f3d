//! Rules for an event: ids, roster, groups, seats, observers, and the scheme and framework it names.

use std::collections::HashMap;

use super::{Issue, NamedIn, Problem, Problems, Unique, validate_framework, validate_scheme};
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
            Issue::Format {
                found: event.format.clone(),
            },
        );
    }
    if event.format_version > EVENT_FORMAT_VERSION {
        p.add(
            "format_version",
            Issue::NewerVersion {
                found: event.format_version,
                reads: EVENT_FORMAT_VERSION,
            },
        );
    }
    p.check_id("id", &event.id);
    if event.name.trim().is_empty() {
        p.add("name", Issue::EventUnnamed);
    }
    roster(event, &mut p);
    groups(event, &mut p);
    observers(event, &mut p);
    p.unique(
        Unique::Phase,
        event
            .phases
            .iter()
            .enumerate()
            .map(|(i, ph)| (format!("phases[{i}].id"), ph.id.as_str())),
    );
    for (i, ph) in event.phases.iter().enumerate() {
        if ph.minutes == 0 {
            p.add(format!("phases[{i}].minutes"), Issue::ZeroMinutes);
        }
    }
    for (at, value) in [
        ("settings.min_observers", event.settings.min_observers),
        ("settings.max_per_observer", event.settings.max_per_observer),
    ] {
        if value == Some(0) {
            p.add(at, Issue::ZeroSetting);
        }
    }
    definitions(event, resolver, &mut p);
    super::results::results(event, resolver.framework(event), &mut p);
    p.0
}

fn roster(event: &Event, p: &mut Problems) {
    p.unique(
        Unique::Participant,
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
            p.add(&at, Issue::ParticipantUnnamed);
        }
        if let Some(nip) = &x.nip {
            match normalize_nip(nip) {
                Ok(n) => {
                    if let Some(first) = nips.insert(n, i) {
                        p.add(
                            format!("{at}.nip"),
                            Issue::NipTwice {
                                nip: nip.clone(),
                                first,
                            },
                        );
                    }
                }
                Err(e) => p.add(format!("{at}.nip"), Issue::Nip(e)),
            }
        }
    }
}

fn groups(event: &Event, p: &mut Problems) {
    p.unique(
        Unique::Group,
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
                    Issue::SeatOutside {
                        seat: *seat,
                        max: MAX_SEATS,
                    },
                );
            }
            if event.participant(pid).is_none() {
                p.add(
                    format!("{at}.seats.{seat}"),
                    Issue::NotInRoster {
                        id: pid.clone(),
                        named_in: NamedIn::Seat,
                    },
                );
            }
            if let Some(other) = seated.insert(pid, &g.id) {
                p.add(
                    format!("{at}.seats.{seat}"),
                    Issue::SeatedTwice {
                        id: pid.clone(),
                        other: other.to_string(),
                    },
                );
            }
        }
    }
}

fn observers(event: &Event, p: &mut Problems) {
    p.unique(
        Unique::Observer,
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
                Issue::NoSuchGroup { group: g.clone() },
            );
        }
        for pid in &o.coverage {
            if event.participant(pid).is_none() {
                p.add(
                    format!("{at}.coverage"),
                    Issue::NotInRoster {
                        id: pid.clone(),
                        named_in: NamedIn::Coverage,
                    },
                );
            }
        }
        p.unique(
            Unique::Covered,
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
            Issue::UnknownScheme {
                id: event.scheme.clone(),
            },
        );
    }
    match framework {
        None => p.add(
            "framework",
            Issue::UnknownFramework {
                id: event.framework.clone(),
            },
        ),
        Some(fw) => {
            for x in validate_framework(fw) {
                p.add(format!("framework {}: {}", fw.id, x.at), x.issue);
            }
            if let Some(s) = scheme {
                for x in validate_scheme(s, fw) {
                    p.add(format!("scheme {}: {}", s.id, x.at), x.issue);
                }
            }
        }
    }
}
