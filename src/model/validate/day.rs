//! The values of a day file checked against its own event and scheme: levels on the framework's
//! scale, times finite, ordered and within the day, ids unique and known, the date the file's name
//! gives, a format version lgd writes. A file edited by hand can carry any number; none of these
//! may reach a rating, a JPM or a report.

use std::collections::HashSet;

use chrono::NaiveDate;
use rustc_hash::FxHashSet;

use crate::model::{DAY_FORMAT_VERSION, DayRecord};

/// Seconds in a day: no act or turn of one day's session lies later.
pub const DAY_SECONDS: f64 = 86_400.0;

/// One impossible value in a day file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DayIssue {
    /// A rating's level is not on the competency's scale (1 to the number of levels, in halves).
    LevelOffScale {
        /// Where: `ratings[3].score`.
        at: String,
        /// The level found.
        level: f64,
        /// The top of the scale.
        top: usize,
    },
    /// A time is negative, not a number, or after the end of the day.
    TimeOutOfDay {
        /// Where: `acts[2].elapsed_s`.
        at: String,
        /// The seconds found.
        seconds: f64,
    },
    /// A turn ends before it starts.
    TurnEndsBeforeStart {
        /// Where: `turns[4]`.
        at: String,
    },
    /// An act id used twice.
    DuplicateAct {
        /// Where the second use is.
        at: String,
        /// The id.
        id: String,
    },
    /// A rating or note about someone who is not a participant of the day file.
    UnknownParticipant {
        /// Where.
        at: String,
        /// The id.
        id: String,
    },
    /// The date inside differs from the one in the file's name.
    DateMismatch {
        /// The date inside.
        inside: NaiveDate,
        /// The date in the name.
        named: NaiveDate,
    },
    /// A format version lgd never wrote.
    FormatVersion {
        /// The version found.
        found: u32,
    },
}

impl DayIssue {
    /// Where in the file.
    pub fn at(&self) -> String {
        match self {
            DayIssue::LevelOffScale { at, .. }
            | DayIssue::TimeOutOfDay { at, .. }
            | DayIssue::TurnEndsBeforeStart { at }
            | DayIssue::DuplicateAct { at, .. }
            | DayIssue::UnknownParticipant { at, .. } => at.clone(),
            DayIssue::DateMismatch { .. } => "date".into(),
            DayIssue::FormatVersion { .. } => "format_version".into(),
        }
    }
}

/// Every impossible value in `d`; `named` is the date the file's name gives, when it gives one.
pub fn validate_day_values(d: &DayRecord, named: Option<NaiveDate>) -> Vec<DayIssue> {
    let mut out = Vec::new();
    if d.format_version == 0 || d.format_version > DAY_FORMAT_VERSION {
        out.push(DayIssue::FormatVersion {
            found: d.format_version,
        });
    }
    if let Some(named) = named.filter(|n| *n != d.date) {
        out.push(DayIssue::DateMismatch {
            inside: d.date,
            named,
        });
    }
    // Where a value is, is only spelled out for a value that is wrong: a day has tens of
    // thousands of them, and a string each was a tenth of `lgd check`.
    let mut time = |at: &dyn Fn() -> String, seconds: f64| {
        if !(0.0..=DAY_SECONDS).contains(&seconds) {
            out.push(DayIssue::TimeOutOfDay { at: at(), seconds });
        }
    };
    for (i, a) in d.acts.iter().enumerate() {
        time(&|| format!("acts[{i}].elapsed_s"), a.stamp.elapsed_s);
    }
    for (i, t) in d.turns.iter().enumerate() {
        time(&|| format!("turns[{i}].start.elapsed_s"), t.start.elapsed_s);
        if let Some(end) = &t.end {
            time(&|| format!("turns[{i}].end.elapsed_s"), end.elapsed_s);
        }
    }
    for (i, t) in d.turns.iter().enumerate() {
        if t.end
            .as_ref()
            .is_some_and(|e| e.elapsed_s < t.start.elapsed_s)
        {
            out.push(DayIssue::TurnEndsBeforeStart {
                at: format!("turns[{i}]"),
            });
        }
    }
    let mut ids = FxHashSet::with_capacity_and_hasher(d.acts.len(), Default::default());
    for (i, a) in d.acts.iter().enumerate() {
        if !ids.insert(a.id.as_str()) {
            out.push(DayIssue::DuplicateAct {
                at: format!("acts[{i}].id"),
                id: a.id.clone(),
            });
        }
    }
    let people: FxHashSet<&str> = d.participants.iter().map(|p| p.id.as_str()).collect();
    let mut known = |at: &dyn Fn() -> String, id: &str| {
        if !people.contains(id) {
            out.push(DayIssue::UnknownParticipant {
                at: at(),
                id: id.to_string(),
            });
        }
    };
    for (i, r) in d.ratings.iter().enumerate() {
        known(&|| format!("ratings[{i}].participant"), &r.participant);
    }
    for (i, e) in d.evidence.iter().enumerate() {
        known(&|| format!("evidence[{i}].participant"), &e.participant);
    }
    for (i, r) in d.ratings.iter().enumerate() {
        let Some(level) = r.score.level() else {
            continue;
        };
        let top = d
            .framework
            .competencies
            .iter()
            .find(|c| c.code == r.competency)
            .map_or(5, |c| c.levels.len().max(1));
        if !on_scale(level, top) {
            out.push(DayIssue::LevelOffScale {
                at: format!("ratings[{i}].score"),
                level,
                top,
            });
        }
    }
    out
}

/// Whether `level` lies on 1..=top in steps of a half.
fn on_scale(level: f64, top: usize) -> bool {
    (1.0..=top as f64).contains(&level) && (level * 2.0).fract() == 0.0
}

/// Leaves out of `d` the values `issues` name (levels off the scale, acts and turns at impossible
/// times or with a repeated id, ratings and notes about unknown people), so a consolidation
/// allowed to go on despite them never counts one. The date and format version stay as they are:
/// they are listed, not values to leave out.
pub fn leave_out(d: &mut DayRecord, issues: &[DayIssue]) {
    let at: HashSet<String> = issues.iter().map(DayIssue::at).collect();
    let bad = |prefix: &str, i: usize| {
        let head = format!("{prefix}[{i}]");
        at.iter()
            .any(|a| a == &head || a.starts_with(&format!("{head}.")))
    };
    let keep =
        |prefix: &str, len: usize| -> Vec<bool> { (0..len).map(|i| !bad(prefix, i)).collect() };
    let acts = keep("acts", d.acts.len());
    let turns = keep("turns", d.turns.len());
    let ratings = keep("ratings", d.ratings.len());
    let evidence = keep("evidence", d.evidence.len());
    retain_by(&mut d.acts, &acts);
    retain_by(&mut d.turns, &turns);
    retain_by(&mut d.ratings, &ratings);
    retain_by(&mut d.evidence, &evidence);
}

fn retain_by<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut flags = keep.iter();
    items.retain(|_| flags.next().copied().unwrap_or(true));
}
