//! `lgd check` on a day file: who, when, what was recorded, what the journal holds, and anything wrong.

use std::path::Path;

use rustc_hash::FxHashSet;

use super::check::{FileReport, Kind};
use crate::model::validate::{Issue, Problem, Problems};
use crate::model::{DayRecord, Lang};
use crate::store::{DayPaths, Recovery, StoreError, read_day};
use crate::text::Words;
use crate::text::check::{self as say, CheckWords, Stray};
use crate::text::errors;
use crate::text::store::store_error;

/// Whether a file that failed to parse may still be readable as a day file through its backup.
pub fn has_backup(path: &Path) -> bool {
    DayPaths::of(path).bak.exists()
}

/// Reads a day file as the app would (backup and journal included) and reports on it.
pub fn day_report(path: &Path, lang: Lang) -> FileReport {
    match read_day(path) {
        Ok((record, recovery)) => {
            let r = report(path, &record, &recovery, lang);
            super::memory::keep_until_exit(record);
            r
        }
        // Without a backup, a day file that does not read is reported as any unreadable file is.
        Err(StoreError::Load(e)) if !has_backup(path) => {
            FileReport::unreadable(crate::text::path(path).to_string(), errors::load(lang, &e))
        }
        Err(StoreError::Unreadable {
            snapshot,
            backup: None,
        }) if !has_backup(path) => FileReport::unreadable(
            crate::text::path(path).to_string(),
            errors::load(lang, &snapshot),
        ),
        Err(e) => {
            FileReport::unreadable(crate::text::path(path).to_string(), store_error(lang, &e))
        }
    }
}

fn report(path: &Path, d: &DayRecord, rec: &Recovery, lang: Lang) -> FileReport {
    let file = crate::text::path(path).to_string();
    let live = d.acts.iter().filter(|a| !a.retracted).count();
    let retracted = d.acts.len() - live;
    let mut lines = vec![
        format!("{}: {}", d.event.id, d.event.name),
        say::observer_line(
            lang,
            &d.observer.id,
            &d.observer.name,
            d.observer.role.label(lang),
            &format!("{} {}", d.date, d.utc_offset),
            &d.group,
        ),
        say::day_counts(
            lang,
            [
                live,
                retracted,
                d.turns.len(),
                d.ratings.len(),
                d.evidence.len(),
            ],
        ),
    ];
    if rec.replayed > 0 {
        lines.push(say::pending(lang, rec.replayed));
    }
    if let Some(at) = d.submitted_at {
        lines.push(say::submitted(lang, &at.to_string()));
    }
    FileReport {
        file,
        kind: Kind::Day,
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
        problems: problems(path, d, rec, lang),
        error: None,
    }
}

fn problems(path: &Path, d: &DayRecord, rec: &Recovery, lang: Lang) -> Vec<Problem> {
    let mut p = Problems::default();
    let journal = DayPaths::of(path)
        .journal
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(why) = &rec.snapshot_problem {
        p.add(
            CheckWords::DayFile.get(lang),
            said(why.clone(), CheckWords::RebuildDayFile.get(lang)),
        );
    }
    for s in &rec.skipped {
        let fix = if s.last {
            CheckWords::TornLine
        } else {
            CheckWords::DamagedLine
        }
        .get(lang);
        p.add(journal.clone(), said(skipped(lang, s), fix));
    }
    let people: FxHashSet<&str> = d.participants.iter().map(|x| x.id.as_str()).collect();
    let codes: FxHashSet<&str> = d.scheme.codes.iter().map(|c| c.code.as_str()).collect();
    let competencies: FxHashSet<&str> = d
        .framework
        .competencies
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    for (i, a) in d.acts.iter().enumerate() {
        if !people.contains(a.participant.as_str()) {
            p.add(
                format!("acts[{i}].participant"),
                said(
                    say::stray(lang, Stray::Participant, &a.participant, ""),
                    CheckWords::EditedByHand.get(lang),
                ),
            );
        }
        if !codes.contains(a.code.as_str()) {
            p.add(
                format!("acts[{i}].code"),
                said(
                    say::stray(lang, Stray::Code, &a.code, &d.scheme.id),
                    CheckWords::EditedByHand.get(lang),
                ),
            );
        }
    }
    let named = crate::store::DayName::of(path).map(|n| n.date);
    for issue in crate::model::validate::validate_day_values(d, named) {
        p.add(
            issue.at(),
            said(
                crate::text::validate::day_issue(lang, &issue),
                CheckWords::EditedByHand.get(lang),
            ),
        );
    }
    for (i, r) in d.ratings.iter().enumerate() {
        if !competencies.contains(r.competency.as_str()) {
            p.add(
                format!("ratings[{i}].competency"),
                said(
                    say::stray(lang, Stray::Competency, &r.competency, &d.framework.id),
                    CheckWords::EditedByHand.get(lang),
                ),
            );
        }
    }
    p.0
}

/// A problem already worded in `lang` by the check of a day file.
fn said(what: impl Into<String>, fix: &str) -> Issue {
    Issue::Said {
        what: what.into(),
        fix: fix.to_string(),
    }
}

/// A skipped journal line: in English the reader's own line, which scripts and the tests match;
/// in Bahasa Indonesia the sentence the app shows.
fn skipped(lang: Lang, s: &crate::store::SkippedLine) -> String {
    match lang {
        Lang::En => s.to_string(),
        Lang::Id => crate::text::store::skipped(lang, s),
    }
}
