//! A BORIS project (JSON project format "7.0") made from day files, so BORIS's analyses and plots
//! work on lgd data.
//!
//! One LIVE observation per day file. Participants are subjects (key: their seat's digit), behaviour
//! codes are point events with the target as a modifier and the note as the comment, retracted acts
//! are left out, and speaking turns are the state event `floor`, started and stopped per subject.
//! Empty values are `""` or `{}`, never null, as BORIS writes them. Names, notes and descriptions
//! are neutralised as in our own spreadsheets, since BORIS writes them to XLSX and CSV as they are.

use std::collections::{BTreeMap, BTreeSet};

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::model::{DayRecord, Lang, Localized};

use super::cell::neutralise;
use super::tidy::seconds;

/// The project format version BORIS 7 and later read.
pub const BORIS_FORMAT_VERSION: &str = "7.0";
/// The state event that marks who holds the floor.
pub const FLOOR_CODE: &str = "floor";
/// Characters BORIS refuses inside modifier values.
const FORBIDDEN_IN_MODIFIERS: &[char] = &['(', '|', ')', ',', '`', '~'];

/// A BORIS project, serialised in BORIS's key order.
#[derive(Debug, serde::Serialize)]
pub struct Project {
    project_name: String,
    project_date: String,
    project_description: String,
    project_format_version: &'static str,
    time_format: &'static str,
    subjects_conf: Keyed<Subject>,
    behaviors_conf: Keyed<Behavior>,
    behavioral_categories: Vec<String>,
    independent_variables: EmptyObject,
    coding_map: EmptyObject,
    behaviors_coding_map: Vec<String>,
    converters: EmptyObject,
    observations: Named<Observation>,
}

#[derive(Debug, serde::Serialize)]
struct Subject {
    key: String,
    name: String,
    description: String,
}

#[derive(Debug, serde::Serialize)]
struct Behavior {
    #[serde(rename = "type")]
    kind: &'static str,
    key: String,
    code: String,
    description: String,
    color: String,
    category: String,
    modifiers: Keyed<ModifierSet>,
    excluded: String,
    #[serde(rename = "coding map")]
    coding_map: String,
}

#[derive(Debug, serde::Serialize)]
struct ModifierSet {
    name: String,
    #[serde(rename = "type")]
    kind: u8,
    values: Vec<String>,
}

#[derive(Debug, serde::Serialize)]
struct Observation {
    #[serde(rename = "type")]
    kind: &'static str,
    date: String,
    description: String,
    #[serde(rename = "time offset")]
    time_offset: f64,
    independent_variables: EmptyObject,
    file: EmptyObject,
    media_info: EmptyObject,
    events: Vec<(f64, String, String, String, String)>,
}

/// `{}`.
#[derive(Debug, Default)]
struct EmptyObject;

impl Serialize for EmptyObject {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_map(Some(0))?.end()
    }
}

/// A list written as an object keyed "0", "1", ... in order, as BORIS keeps its collections.
#[derive(Debug, Default)]
struct Keyed<T>(Vec<T>);

impl<T: Serialize> Serialize for Keyed<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (i, v) in self.0.iter().enumerate() {
            map.serialize_entry(&i.to_string(), v)?;
        }
        map.end()
    }
}

/// Named entries written as an object in insertion order.
#[derive(Debug, Default)]
struct Named<T>(Vec<(String, T)>);

impl<T: Serialize> Serialize for Named<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Project {
    /// Number of observations (one per day file).
    pub fn observations(&self) -> usize {
        self.observations.0.len()
    }

    /// Number of subjects.
    pub fn subjects(&self) -> usize {
        self.subjects_conf.0.len()
    }

    /// Number of behaviours, `floor` included.
    pub fn behaviors(&self) -> usize {
        self.behaviors_conf.0.len()
    }

    /// Number of events over all observations.
    pub fn events(&self) -> usize {
        self.observations
            .0
            .iter()
            .map(|(_, o)| o.events.len())
            .sum()
    }
}

/// Builds the BORIS project for `days`; descriptions and labels in `lang`.
pub fn boris_project(days: &[DayRecord], lang: Lang) -> Project {
    let subjects = Subjects::of(days);
    let mut observations = Named(Vec::new());
    let mut used = BTreeSet::new();
    for day in days {
        let base = format!(
            "{}_{}_{}_{}",
            day.event.id, day.date, day.observer.id, day.group
        );
        let mut id = base.clone();
        let mut n = 1;
        while !used.insert(id.clone()) {
            n += 1;
            id = format!("{base}_{n}");
        }
        observations.0.push((id, observation(day, &subjects)));
    }
    let mut names: Vec<&str> = Vec::new();
    for d in days {
        if !names.contains(&d.event.name.as_str()) {
            names.push(&d.event.name);
        }
    }
    let events: BTreeSet<String> = days
        .iter()
        .map(|d| format!("{} (definition {})", d.event.id, short(&d.event.digest)))
        .collect();
    Project {
        project_name: neutralise(&names.join(" + ")).into_owned(),
        project_date: days
            .iter()
            .map(|d| d.started_at)
            .min()
            .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
            .unwrap_or_default(),
        project_description: format!(
            "Exported by lgd from {} day file(s) of {}. Subjects are participants (key: seat digit); \
             '{FLOOR_CODE}' marks speaking turns; retracted acts are left out.",
            days.len(),
            events.into_iter().collect::<Vec<_>>().join(", ")
        ),
        project_format_version: BORIS_FORMAT_VERSION,
        time_format: "hh:mm:ss",
        subjects_conf: Keyed(subjects.list),
        behaviors_conf: Keyed(behaviors(days, &subjects.modifier_values, lang)),
        behavioral_categories: Vec::new(),
        independent_variables: EmptyObject,
        coding_map: EmptyObject,
        behaviors_coding_map: Vec::new(),
        converters: EmptyObject,
        observations,
    }
}

fn short(digest: &str) -> &str {
    digest.get(..12).unwrap_or(digest)
}

/// The subjects of all day files, and how events name them.
struct Subjects {
    list: Vec<Subject>,
    /// Participant id to subject name.
    names: BTreeMap<String, String>,
    modifier_values: Vec<String>,
}

impl Subjects {
    fn of(days: &[DayRecord]) -> Subjects {
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

    fn name(&self, id: &str) -> String {
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
fn modifier_value(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c| FORBIDDEN_IN_MODIFIERS.contains(&c))
        .flat_map(str::split_whitespace)
        .collect();
    neutralise(&words.join(" ")).into_owned()
}

fn behaviors(days: &[DayRecord], targets: &[String], lang: Lang) -> Vec<Behavior> {
    let mut out: Vec<Behavior> = Vec::new();
    for code in days.iter().flat_map(|d| &d.scheme.codes) {
        if out.iter().any(|b| b.code == code.code) {
            continue;
        }
        let key = code.key.to_string();
        let key = if out.iter().any(|b| b.key == key) {
            String::new()
        } else {
            key
        };
        let competencies = if code.competencies.is_empty() {
            String::new()
        } else {
            format!("; {}", code.competencies.join(", "))
        };
        let modifiers = if code.targeted {
            vec![ModifierSet {
                name: Localized::new("sasaran", "target").get(lang).to_string(),
                kind: 0,
                values: targets.to_vec(),
            }]
        } else {
            Vec::new()
        };
        out.push(Behavior {
            kind: "Point event",
            key,
            code: code.code.clone(),
            description: format!(
                "{} ({}{competencies})",
                code.label.get(lang),
                code.valence.sign()
            ),
            color: String::new(),
            category: String::new(),
            modifiers: Keyed(modifiers),
            excluded: String::new(),
            coding_map: String::new(),
        });
    }
    out.push(Behavior {
        kind: "State event",
        key: String::new(),
        code: FLOOR_CODE.to_string(),
        description: Localized::new("memegang giliran bicara", "holds the floor (speaking turn)")
            .get(lang)
            .to_string(),
        color: String::new(),
        category: String::new(),
        modifiers: Keyed(Vec::new()),
        excluded: String::new(),
        coding_map: String::new(),
    });
    out
}

fn observation(day: &DayRecord, subjects: &Subjects) -> Observation {
    // An open turn is stopped at the last moment the file knows of, so every state is paired.
    let last = day
        .acts
        .iter()
        .map(|a| a.stamp.elapsed_s)
        .chain(
            day.turns
                .iter()
                .flat_map(|t| std::iter::once(t.start).chain(t.end))
                .map(|s| s.elapsed_s),
        )
        .chain(
            day.phases
                .iter()
                .flat_map(|p| &p.segments)
                .flat_map(|s| std::iter::once(s.start).chain(s.end))
                .map(|s| s.elapsed_s),
        )
        .fold(0.0_f64, f64::max);
    let mut events = Vec::with_capacity(day.turns.len() * 2 + day.acts.len());
    for t in &day.turns {
        let who = subjects.name(&t.participant);
        events.push((
            seconds(t.start.elapsed_s),
            who.clone(),
            FLOOR_CODE.to_string(),
            String::new(),
            String::new(),
        ));
        let (end, comment) = match t.end {
            Some(e) => (e.elapsed_s, String::new()),
            None => (
                last.max(t.start.elapsed_s),
                "turn still open in the day file; stopped at its last recorded moment".into(),
            ),
        };
        events.push((
            seconds(end),
            who,
            FLOOR_CODE.to_string(),
            String::new(),
            comment,
        ));
    }
    for a in day.acts.iter().filter(|a| !a.retracted) {
        events.push((
            seconds(a.stamp.elapsed_s),
            subjects.name(&a.participant),
            a.code.clone(),
            a.target
                .as_deref()
                .map(|t| modifier_value(&subjects.name(t)))
                .unwrap_or_default(),
            a.note
                .as_deref()
                .map(|n| neutralise(n).into_owned())
                .unwrap_or_default(),
        ));
    }
    // Stable: a turn's stop stays before the next start at the same instant.
    events.sort_by(|a, b| a.0.total_cmp(&b.0));
    let group = day
        .observed_group()
        .map_or(day.group.clone(), |g| format!("{} ({})", g.name, g.id));
    Observation {
        kind: "LIVE",
        date: day.started_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        description: neutralise(&format!(
            "{}; observer {} ({}); {group}; started {}",
            day.event.name,
            day.observer.name,
            day.observer.id,
            day.started_at.to_rfc3339()
        ))
        .into_owned(),
        time_offset: 0.0,
        independent_variables: EmptyObject,
        file: EmptyObject,
        media_info: EmptyObject,
        events,
    }
}
