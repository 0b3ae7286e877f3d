//! Late arrivals: a roster change after day files exist (someone added to a group, a name
//! corrected) changes the event's digest, but a day file recorded before it is still good. Each day
//! file is checked against what it depends on: the event, the scheme, the framework, the settings,
//! its own group's seats and its participants' ids. A later definition that keeps all of these only
//! adds to the file; one that changes any of them makes the file a mismatch, with the reason.

use std::collections::BTreeMap;

use super::build::EventFile;
use super::digest::FileDigest;
use super::format::ParticipantInfo;
use super::format::{Problem, ProblemKind};
use super::order::natural;
use super::why::{Departure, Why};
use crate::model::{Event, Group, Participant, Settings};

/// What a day file depends on, as a later definition (another day file, or the event file) has it.
pub struct Definition<'a> {
    /// Event id.
    pub id: &'a str,
    /// Event name.
    pub name: &'a str,
    /// Scheme id, its codes and rated competencies.
    pub scheme: (String, Vec<String>, Vec<String>),
    /// Framework id.
    pub framework: &'a str,
    /// The settings.
    pub settings: &'a Settings,
    /// The groups.
    pub groups: &'a [Group],
    /// The participants.
    pub participants: &'a [Participant],
    /// Observer ids, when known (an event file).
    pub observers: Option<Vec<&'a str>>,
}

fn scheme_key(s: &crate::model::Scheme) -> (String, Vec<String>, Vec<String>) {
    (
        s.id.clone(),
        s.codes.iter().map(|c| c.code.clone()).collect(),
        s.rated_competencies.clone(),
    )
}

impl<'a> Definition<'a> {
    /// The definition a day file was recorded with.
    pub fn of_file(f: &'a FileDigest) -> Self {
        Definition {
            id: &f.stamp.id,
            name: &f.stamp.name,
            scheme: scheme_key(&f.scheme),
            framework: &f.framework.id,
            settings: &f.settings,
            groups: &f.groups,
            participants: &f.participants,
            observers: None,
        }
    }

    /// The definition in an event file (its scheme as the day files carry it).
    pub fn of_event(e: &'a Event, scheme_of_files: &FileDigest) -> Self {
        let scheme = e
            .schemes
            .iter()
            .find(|s| s.id == e.scheme)
            .map_or_else(|| scheme_key(&scheme_of_files.scheme), scheme_key);
        let scheme = if scheme.0 == e.scheme {
            scheme
        } else {
            (e.scheme.clone(), scheme.1, scheme.2)
        };
        Definition {
            id: &e.id,
            name: &e.name,
            scheme,
            framework: &e.framework,
            settings: &e.settings,
            groups: &e.groups,
            participants: &e.participants,
            observers: Some(e.observers.iter().map(|o| o.id.as_str()).collect()),
        }
    }
}

/// Why `file` does not fit `later`; `None` when `later` only adds to what the file depends on.
pub fn departs(file: &FileDigest, later: &Definition<'_>) -> Option<Departure> {
    if file.stamp.id != later.id {
        return Some(Departure::OtherEvent {
            file: file.stamp.id.clone(),
            later: later.id.to_string(),
        });
    }
    if file.stamp.name != later.name {
        return Some(Departure::Renamed);
    }
    if scheme_key(&file.scheme) != later.scheme {
        return Some(Departure::Scheme);
    }
    if file.framework.id != later.framework {
        return Some(Departure::Framework);
    }
    let bare = |s: &Settings| {
        let mut s = s.clone();
        s.take_report_settings(&Settings::default());
        s
    };
    if bare(&file.settings) != bare(later.settings) {
        return Some(Departure::Settings);
    }
    if let Some(observers) = &later.observers
        && !observers.contains(&file.observer.id.as_str())
    {
        return Some(Departure::ObserverGone(file.observer.id.clone()));
    }
    if let Some(gone) = file
        .participants
        .iter()
        .find(|p| !later.participants.iter().any(|q| q.id == p.id))
    {
        return Some(Departure::ParticipantRemoved(gone.id.clone()));
    }
    let mine = file.groups.iter().find(|g| g.id == file.group)?;
    let now = later.groups.iter().find(|g| g.id == mine.id);
    for (seat, id) in &mine.seats {
        if now.and_then(|g| g.seats.get(seat)) != Some(id) {
            return Some(Departure::Moved {
                id: id.clone(),
                seat: *seat,
                group: mine.id.clone(),
            });
        }
    }
    None
}

/// Groups and participants with the event file's roster laid over the day files': in the groups
/// the day files cover, newcomers are included and corrected names used. Groups no day file covers
/// stay out, as before.
pub fn with_roster(
    groups: Vec<Group>,
    participants: Vec<ParticipantInfo>,
    event: &Event,
) -> (Vec<Group>, Vec<ParticipantInfo>) {
    let groups: Vec<Group> = groups
        .into_iter()
        .map(|g| event.group(&g.id).cloned().unwrap_or(g))
        .collect();
    let mut people: BTreeMap<String, Participant> = participants
        .into_iter()
        .map(|p| (p.person.id.clone(), p.person))
        .collect();
    for p in &event.participants {
        let seated = groups
            .iter()
            .any(|g| g.seats.values().any(|id| *id == p.id));
        if seated || people.contains_key(&p.id) {
            people.insert(p.id.clone(), p.clone());
        }
    }
    let mut out = Vec::new();
    for g in &groups {
        for (seat, id) in &g.seats {
            if let Some(p) = people.remove(id) {
                out.push(ParticipantInfo {
                    person: p,
                    group: Some(g.id.clone()),
                    seat: Some(*seat),
                });
            }
        }
    }
    let mut rest: Vec<Participant> = people.into_values().collect();
    rest.sort_by(|a, b| natural(&a.id, &b.id));
    out.extend(rest.into_iter().map(|p| ParticipantInfo {
        person: p,
        group: None,
        seat: None,
    }));
    (groups, out)
}

/// The event file must be the definition the day files were made from (imports aside), or one that
/// only adds to what each of them depends on (a late arrival, a corrected name).
pub(super) fn check_event(
    ev: &EventFile,
    reference: &FileDigest,
    files: &[FileDigest],
) -> Option<Problem> {
    let digest = ev.event.digest();
    let later = Definition::of_event(&ev.event, reference);
    let departed: Vec<(&str, Departure)> = files
        .iter()
        .filter(|f| f.stamp.digest != digest)
        .filter_map(|f| Some((f.path.as_str(), departs(f, &later)?)))
        .collect();
    if ev.event.id == reference.stamp.id && departed.is_empty() {
        return None;
    }
    if let Some((path, why)) = departed
        .first()
        .filter(|_| ev.event.id == reference.stamp.id)
    {
        let why = Why::NoLongerFit {
            count: departed.len(),
            event_file: ev.path.clone(),
            example: path.to_string(),
            departure: why.clone(),
        };
        return Some(Problem::of(
            ProblemKind::Mismatch,
            vec![ev.path.clone()],
            why,
        ));
    }
    (ev.event.id != reference.stamp.id || digest != reference.stamp.digest).then(|| {
        let short = |d: &str| d.get(..12).unwrap_or(d).to_string();
        let why = Why::OtherEventFile {
            event_file: ev.path.clone(),
            event: ev.event.id.clone(),
            version: short(&digest),
            made_from: reference.stamp.id.clone(),
            made_from_version: short(&reference.stamp.digest),
        };
        Problem::of(ProblemKind::Mismatch, vec![ev.path.clone()], why)
    })
}
