//! `lgd check` on a day file: who, when, what was recorded, what the journal holds, and anything wrong.

use std::collections::HashSet;
use std::path::Path;

use super::check::FileReport;
use crate::model::validate::{Problem, Problems};
use crate::model::{DayRecord, Lang};
use crate::store::{DayPaths, Recovery, read_day};

/// Whether a file that failed to parse may still be readable as a day file through its backup.
pub fn has_backup(path: &Path) -> bool {
    DayPaths::of(path).bak.exists()
}

/// Reads a day file as the app would (backup and journal included) and reports on it.
pub fn day_report(path: &Path) -> FileReport {
    match read_day(path) {
        Ok((record, recovery)) => report(path, &record, &recovery),
        Err(e) => FileReport {
            file: path.display().to_string(),
            kind: "unreadable",
            summary: serde_json::Value::Null,
            problems: Vec::new(),
            error: Some(e.to_string()),
        },
    }
}

fn report(path: &Path, d: &DayRecord, rec: &Recovery) -> FileReport {
    let file = path.display().to_string();
    let live = d.acts.iter().filter(|a| !a.retracted).count();
    let retracted = d.acts.len() - live;
    let mut lines = vec![
        format!("{}: {}", d.event.id, d.event.name),
        format!(
            "observer {} ({}, {}), {} {}, group {}",
            d.observer.id,
            d.observer.name,
            d.observer.role.label(Lang::En),
            d.date,
            d.utc_offset,
            d.group
        ),
        format!(
            "{live} acts coded ({retracted} retracted), {} speaking turns, {} ratings, {} evidence notes",
            d.turns.len(),
            d.ratings.len(),
            d.evidence.len()
        ),
    ];
    if rec.replayed > 0 {
        lines.push(format!(
            "journal: {} change(s) not yet in the day file; lgd replays them when it opens it",
            rec.replayed
        ));
    }
    if let Some(at) = d.submitted_at {
        lines.push(format!("ratings submitted at {at}"));
    }
    FileReport {
        file,
        kind: "day",
        summary: serde_json::json!({
            "event": d.event.id,
            "observer": d.observer.id,
            "observer_name": d.observer.name,
            "role": d.observer.role,
            "date": d.date,
            "group": d.group,
            "acts": { "live": live, "retracted": retracted },
            "turns": d.turns.len(),
            "ratings": d.ratings.len(),
            "evidence": d.evidence.len(),
            "notes": d.notes.len(),
            "last_seq": d.last_seq,
            "submitted": d.submitted_at.is_some(),
            "journal": {
                "pending": rec.replayed,
                "already_in_day_file": rec.stale,
                "skipped": rec.skipped,
            },
            "used_backup": rec.used_backup,
            "lines": lines,
        }),
        problems: problems(path, d, rec),
        error: None,
    }
}

fn problems(path: &Path, d: &DayRecord, rec: &Recovery) -> Vec<Problem> {
    let mut p = Problems::default();
    let journal = DayPaths::of(path)
        .journal
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(why) = &rec.snapshot_problem {
        p.add(
            "day file",
            why.clone(),
            "open the day in lgd: it keeps the damaged file aside and rewrites it from the backup and journal",
        );
    }
    for s in &rec.skipped {
        let fix = if s.last {
            "nothing to do: a write cut short by a crash; it was never confirmed as saved"
        } else {
            "the line is kept aside as .journal.damaged-* when lgd opens the day; tell the lead assessor"
        };
        p.add(journal.clone(), s.to_string(), fix);
    }
    let people: HashSet<&str> = d.participants.iter().map(|x| x.id.as_str()).collect();
    let codes: HashSet<&str> = d.scheme.codes.iter().map(|c| c.code.as_str()).collect();
    let competencies: HashSet<&str> = d
        .framework
        .competencies
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    for (i, a) in d.acts.iter().enumerate() {
        if !people.contains(a.participant.as_str()) {
            p.add(
                format!("acts[{i}].participant"),
                format!(
                    "{:?} is not among the day file's participants",
                    a.participant
                ),
                "the file was edited by hand or made from another event",
            );
        }
        if !codes.contains(a.code.as_str()) {
            p.add(
                format!("acts[{i}].code"),
                format!("{:?} is not a code of scheme {}", a.code, d.scheme.id),
                "the file was edited by hand or made from another scheme",
            );
        }
    }
    for (i, r) in d.ratings.iter().enumerate() {
        if !competencies.contains(r.competency.as_str()) {
            p.add(
                format!("ratings[{i}].competency"),
                format!("{:?} is not in framework {}", r.competency, d.framework.id),
                "the file was edited by hand or made from another framework",
            );
        }
    }
    p.0
}
