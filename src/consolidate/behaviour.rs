//! Coded behaviour across observers: per participant tallies and airtime, who addressed whom,
//! and how well the observers' counts agree.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rayon::prelude::*;

use super::agreement::coefficient;
use super::digest::{FileDigest, PersonTally};
use super::format::{
    Airtime, Behaviour, CodeAgreement, GroupInteractions, Interaction, ObservedBehaviour,
    ParticipantBehaviour,
};
use super::matching::match_group;
use crate::reliability::{Level, Table, krippendorff_alpha};

/// One group's observers, each with the files they recorded for it.
pub struct GroupFiles<'a> {
    /// Group id.
    pub group: String,
    /// Members in seat order.
    pub members: Vec<String>,
    /// (observer id, their files of this group), in observer order.
    pub observers: Vec<(String, Vec<&'a FileDigest>)>,
}

/// Everything about coded behaviour.
pub fn behaviour(groups: &[GroupFiles<'_>], codes: &[String], tolerance_s: f64) -> Behaviour {
    let mut out = Behaviour {
        participants: Vec::new(),
        airtime: Vec::new(),
        interactions: Vec::new(),
        count_agreement: Vec::new(),
        code_agreement: Vec::new(),
        matching: Vec::new(),
    };
    let observers: Vec<&str> = groups
        .iter()
        .flat_map(|g| g.observers.iter().map(|(o, _)| o.as_str()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut counts = CodeCounts::new(codes, &observers);
    // Only observers who watched the same discussion (group and day) can agree or disagree.
    let sessions: Vec<Vec<(NaiveDate, GroupFiles<'_>)>> = groups.iter().map(sessions).collect();
    // Every session of every group is matched on every core (a group usually has one session,
    // so matching group by group left a core idle); collecting keeps group and date order.
    let all: Vec<(NaiveDate, &GroupFiles<'_>)> = sessions
        .iter()
        .flatten()
        .map(|(date, session)| (*date, session))
        .collect();
    let matched: Vec<_> = all
        .par_iter()
        .map(|(date, session)| match_group(session, *date, tolerance_s))
        .collect();
    out.matching.extend(matched.into_iter().flatten());
    for (g, sessions) in groups.iter().zip(&sessions) {
        let tallies: Vec<BTreeMap<&str, PersonTally>> = g
            .observers
            .iter()
            .map(|(_, files)| merged_tallies(files))
            .collect();
        for p in &g.members {
            let by_observer: Vec<ObservedBehaviour> = g
                .observers
                .iter()
                .zip(&tallies)
                .map(|((o, _), t)| {
                    let t = t.get(p.as_str()).cloned().unwrap_or_default();
                    ObservedBehaviour {
                        observer: o.clone(),
                        airtime_s: t.airtime_s,
                        turns: t.turns,
                        acts: t.acts,
                        codes: t.codes,
                    }
                })
                .collect();
            out.participants.push(ParticipantBehaviour {
                participant: p.clone(),
                group: g.group.clone(),
                by_observer,
            });
        }
        out.airtime.extend(airtime(g, &tallies));
        out.interactions.push(interactions(g));
        match sessions.as_slice() {
            // One day's discussion (the usual case): its session holds every file of the group,
            // so the group's tallies are the session's.
            [(_, only)] => counts.add(only, &tallies),
            _ => {
                for (_, session) in sessions {
                    let tallies: Vec<_> = session
                        .observers
                        .iter()
                        .map(|(_, files)| merged_tallies(files))
                        .collect();
                    counts.add(session, &tallies);
                }
            }
        }
    }
    out.code_agreement = counts.agreement();
    out
}

/// Per code, one row per participant and session with two or more observers: each observer's
/// count of that code, in a column per observer of the event.
struct CodeCounts<'a> {
    codes: &'a [String],
    observers: &'a [&'a str],
    rows: Vec<Vec<Vec<Option<f64>>>>,
}

impl<'a> CodeCounts<'a> {
    fn new(codes: &'a [String], observers: &'a [&'a str]) -> CodeCounts<'a> {
        CodeCounts {
            codes,
            observers,
            rows: vec![Vec::new(); codes.len()],
        }
    }

    fn add(&mut self, session: &GroupFiles<'_>, tallies: &[BTreeMap<&str, PersonTally>]) {
        if session.observers.len() < 2 {
            return;
        }
        for p in &session.members {
            for (c, code) in self.codes.iter().enumerate() {
                let mut row = vec![None; self.observers.len()];
                for ((o, _), t) in session.observers.iter().zip(tallies) {
                    if let Ok(j) = self.observers.binary_search(&o.as_str()) {
                        let n = t.get(p.as_str()).and_then(|t| t.codes.get(code));
                        row[j] = Some(n.copied().unwrap_or(0) as f64);
                    }
                }
                self.rows[c].push(row);
            }
        }
    }

    /// Interval alpha per code: a code's counts are compared only with counts of the same code,
    /// so how often one code is used compared with another no longer passes for agreement.
    fn agreement(self) -> Vec<CodeAgreement> {
        self.codes
            .iter()
            .zip(self.rows)
            .map(|(code, rows)| {
                let values: Vec<f64> = rows.iter().flatten().flatten().copied().collect();
                let mean_count = if values.is_empty() {
                    0.0
                } else {
                    values.iter().sum::<f64>() / values.len() as f64
                };
                CodeAgreement {
                    code: code.clone(),
                    units: rows.len(),
                    mean_count,
                    alpha: coefficient(&krippendorff_alpha(
                        &Table::from_rows(&rows),
                        Level::Interval,
                    )),
                }
            })
            .collect()
    }
}

/// The group's files split by day, each day with the observers who have a file for it.
fn sessions<'a>(g: &GroupFiles<'a>) -> Vec<(NaiveDate, GroupFiles<'a>)> {
    let dates: BTreeSet<NaiveDate> = g
        .observers
        .iter()
        .flat_map(|(_, files)| files.iter().map(|f| f.date))
        .collect();
    dates
        .into_iter()
        .map(|date| {
            let observers = g
                .observers
                .iter()
                .map(|(o, files)| {
                    let on_day: Vec<&FileDigest> =
                        files.iter().filter(|f| f.date == date).copied().collect();
                    (o.clone(), on_day)
                })
                .filter(|(_, files)| !files.is_empty())
                .collect();
            let session = GroupFiles {
                group: g.group.clone(),
                members: g.members.clone(),
                observers,
            };
            (date, session)
        })
        .collect()
}

fn merged_tallies<'a>(files: &[&'a FileDigest]) -> BTreeMap<&'a str, PersonTally> {
    let mut out: BTreeMap<&str, PersonTally> = BTreeMap::new();
    for f in files {
        for (p, t) in &f.people {
            let m = out.entry(p.as_str()).or_default();
            m.airtime_s += t.airtime_s;
            m.turns += t.turns;
            m.acts += t.acts;
            for (code, n) in &t.codes {
                *m.codes.entry(code.clone()).or_default() += n;
            }
        }
    }
    out
}

fn airtime(g: &GroupFiles<'_>, tallies: &[BTreeMap<&str, PersonTally>]) -> Vec<Airtime> {
    let k = tallies.len().max(1) as f64;
    let mean = |p: &str, f: fn(&PersonTally) -> f64| {
        tallies.iter().filter_map(|t| t.get(p)).map(f).sum::<f64>() / k
    };
    let seconds: Vec<f64> = g.members.iter().map(|p| mean(p, |t| t.airtime_s)).collect();
    let total: f64 = seconds.iter().sum();
    g.members
        .iter()
        .zip(seconds)
        .map(|(p, s)| Airtime {
            participant: p.clone(),
            group: g.group.clone(),
            seconds: s,
            turns: mean(p, |t| t.turns as f64),
            share: (total > 0.0).then(|| s / total),
        })
        .collect()
}

fn interactions(g: &GroupFiles<'_>) -> GroupInteractions {
    let mut links: BTreeMap<(String, String), BTreeMap<String, usize>> = BTreeMap::new();
    for (o, files) in &g.observers {
        for f in files {
            for (pair, n) in &f.links {
                *links
                    .entry(pair.clone())
                    .or_default()
                    .entry(o.clone())
                    .or_default() += n;
            }
        }
    }
    let k = g.observers.len().max(1) as f64;
    GroupInteractions {
        group: g.group.clone(),
        observers: g.observers.iter().map(|(o, _)| o.clone()).collect(),
        links: links
            .into_iter()
            .map(|((from, to), by_observer)| Interaction {
                mean: by_observer.values().sum::<usize>() as f64 / k,
                from,
                to,
                by_observer,
            })
            .collect(),
    }
}
