//! A BORIS project (JSON project format "7.0") made from day files, so BORIS's analyses and plots
//! work on lgd data.
//!
//! One LIVE observation per day file. Participants are subjects (key: their seat's digit), behaviour
//! codes are point events with the target as a modifier and the note as the comment, retracted acts
//! are left out, and speaking turns are the state event `floor`, started and stopped per subject.
//! Empty values are `""` or `{}`, never null, as BORIS writes them. Names, notes and descriptions
//! are neutralised as in our own spreadsheets, since BORIS writes them to XLSX and CSV as they are.

mod shape;
mod subjects;

use std::collections::BTreeSet;

use crate::model::{DayRecord, Lang, Localized};

use super::cell::neutralise;
use super::tidy::seconds;
pub use shape::Project;
use shape::{Behavior, EmptyObject, Keyed, ModifierSet, Named, Observation};
use subjects::{Subjects, modifier_value};

/// The project format version BORIS 7 and later read.
pub const BORIS_FORMAT_VERSION: &str = "7.0";
/// The state event that marks who holds the floor.
pub const FLOOR_CODE: &str = "floor";

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
