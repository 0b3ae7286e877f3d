//! The participant x competency grid: every observer's rating and evidence put in its cell.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::cells::{CellInput, cell, independent};
use super::digest::FileDigest;
use super::format::{Cell, CellEvidence, CellRating, Problem, ProblemKind};
use crate::model::{Framework, MidpointPolicy};

/// The grid's rows, columns and rater order.
pub struct Axes<'a> {
    /// Participant ids, in row order.
    pub participants: &'a [String],
    /// Competency codes, in column order.
    pub competencies: &'a [String],
    /// Observer ids, in the order their ratings are listed.
    pub observers: &'a [String],
    /// For the target levels.
    pub framework: &'a Framework,
    /// How a mean exactly halfway between two steps is settled.
    pub midpoint: MidpointPolicy,
}

/// Evidence per (participant, competency), as taken out of one file's digest.
pub type FileEvidence = BTreeMap<(String, String), CellEvidence>;

/// One cell's ratings by observer rank, each with the file it came from.
type ByObserver<'a> = BTreeMap<usize, (CellRating, &'a str)>;

/// Builds every cell. `digests` must be in (day, changes) order, `evidence` holding each one's
/// evidence in the same order: when one observer rated a cell in two files, the later file wins
/// and the clash is reported.
pub fn grid(
    digests: &[FileDigest],
    evidence_of: Vec<FileEvidence>,
    axes: &Axes<'_>,
    spread: f64,
    step: f64,
    include_unsubmitted: bool,
) -> (Vec<Cell>, Vec<Problem>) {
    let order: FxHashMap<&str, usize> = axes
        .observers
        .iter()
        .enumerate()
        .map(|(i, o)| (o.as_str(), i))
        .collect();
    let rank = |o: &str| order.get(o).copied().unwrap_or(usize::MAX);
    let mut problems = Vec::new();
    // (participant, competency) -> observer rank -> (rating, file); keys and paths are borrowed
    // from the digests, so a rating costs no copies of them.
    let mut rated: FxHashMap<(&str, &str), ByObserver<'_>> = FxHashMap::default();
    let mut evidence: FxHashMap<(String, String), Vec<(usize, CellEvidence)>> =
        FxHashMap::default();
    for (f, file_evidence) in digests.iter().zip(evidence_of) {
        let submissions = f.submissions;
        let who = rank(&f.observer.id);
        for r in &f.ratings {
            let value = independent(&f.observer.id, r, submissions, include_unsubmitted);
            let slot = rated.entry((&r.participant, &r.competency)).or_default();
            if let Some((_, earlier)) = slot.insert(who, (value, &f.path)) {
                let why = super::why::Why::Conflict {
                    observer: f.observer.id.clone(),
                    participant: r.participant.clone(),
                    competency: r.competency.clone(),
                    used: f.path.clone(),
                };
                let files = vec![earlier.to_string(), f.path.clone()];
                problems.push(Problem::of(ProblemKind::Conflict, files, why));
            }
        }
        for (key, ev) in file_evidence {
            evidence.entry(key).or_default().push((who, ev));
        }
    }
    let mut cells = Vec::with_capacity(axes.participants.len() * axes.competencies.len());
    for p in axes.participants {
        for c in axes.competencies {
            let ratings = rated
                .remove(&(p.as_str(), c.as_str()))
                .map(|by| by.into_values().map(|(r, _)| r).collect())
                .unwrap_or_default();
            let key = (p.clone(), c.clone());
            let mut ev = evidence.remove(&key).unwrap_or_default();
            // Stable: one observer's files stay in day order.
            ev.sort_by_key(|(who, _)| *who);
            let (participant, competency) = key;
            cells.push(cell(
                CellInput {
                    participant,
                    competency,
                    target: axes.framework.competency(c).map_or(3, |x| x.target),
                    ratings,
                    evidence: ev.into_iter().map(|(_, e)| e).collect(),
                },
                spread,
                step,
                axes.midpoint,
            ));
        }
    }
    (cells, problems)
}
