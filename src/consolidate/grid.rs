//! The participant x competency grid: every observer's rating and evidence put in its cell.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::cells::{CellInput, cell, independent};
use super::digest::FileDigest;
use super::format::{Cell, CellEvidence, CellRating, Problem, ProblemKind};
use crate::model::{Framework, MidpointPolicy, Rating};

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

/// What the grid takes out of one file's digest: its rating cells and their evidence, moved into
/// the cells rather than copied. What the cells do not keep (ids, emptied maps) stays here, to
/// be freed by the caller once no other core is allocating: freed while coded behaviour is
/// matched on the other core, they were most of the traffic on the lock of the allocator's
/// arena that core allocates from (the files were read there).
#[derive(Debug, Default)]
pub struct FileRatings {
    /// The file's rating cells.
    pub ratings: Vec<Rating>,
    /// Their evidence.
    pub evidence: FileEvidence,
}

/// Position of each id (the first, should one repeat).
fn index(ids: &[String]) -> FxHashMap<&str, usize> {
    let mut map: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, id) in ids.iter().enumerate() {
        map.entry(id.as_str()).or_insert(i);
    }
    map
}

/// One cell's ratings by observer rank, each with the file it came from.
type ByObserver<'a> = BTreeMap<usize, (CellRating, &'a str)>;

/// Builds every cell, moving the ratings and evidence out of `taken`. `digests` must be in (day,
/// changes) order, `taken` holding what was taken out of each one in the same order: when one
/// observer rated a cell in two files, the later file wins and the clash is reported.
pub fn grid(
    digests: &[FileDigest],
    taken: &mut [FileRatings],
    axes: &Axes<'_>,
    spread: f64,
    step: f64,
    include_unsubmitted: bool,
) -> (Vec<Cell>, Vec<Problem>) {
    let order = index(axes.observers);
    let rank = |o: &str| order.get(o).copied().unwrap_or(usize::MAX);
    // Cells are laid out participant by competency, so a rating finds its cell by two lookups
    // of ids it only borrows.
    let (rows, cols) = (index(axes.participants), index(axes.competencies));
    let width = axes.competencies.len();
    let slot = |p: &str, c: &str| Some(rows.get(p)? * width + cols.get(c)?);
    let n = axes.participants.len() * width;
    let mut rated: Vec<ByObserver<'_>> = (0..n).map(|_| BTreeMap::new()).collect();
    let mut evidence: Vec<Vec<(usize, CellEvidence)>> = (0..n).map(|_| Vec::new()).collect();
    // Ratings of a cell outside the grid count for nothing, but a clash there is still reported.
    let mut outside: FxHashMap<(String, String), ByObserver<'_>> = FxHashMap::default();
    let mut problems = Vec::new();
    for (f, file) in digests.iter().zip(taken) {
        let who = rank(&f.observer.id);
        for r in &mut file.ratings {
            let by = match slot(&r.participant, &r.competency) {
                Some(i) => &mut rated[i],
                None => outside
                    .entry((r.participant.clone(), r.competency.clone()))
                    .or_default(),
            };
            let clash = by.get(&who).map(|(_, earlier)| {
                let why = super::why::Why::Conflict {
                    observer: f.observer.id.clone(),
                    participant: r.participant.clone(),
                    competency: r.competency.clone(),
                    used: f.path.clone(),
                };
                Problem::of(
                    ProblemKind::Conflict,
                    vec![earlier.to_string(), f.path.clone()],
                    why,
                )
            });
            let value = independent(&f.observer.id, r, f.submissions, include_unsubmitted);
            by.insert(who, (value, &f.path));
            problems.extend(clash);
        }
        for ((p, c), ev) in &mut file.evidence {
            if let Some(i) = slot(p, c) {
                evidence[i].push((who, std::mem::take(ev)));
            }
        }
    }
    let mut cells = Vec::with_capacity(n);
    for (i, p) in axes.participants.iter().enumerate() {
        for (j, c) in axes.competencies.iter().enumerate() {
            let at = i * width + j;
            let ratings = std::mem::take(&mut rated[at])
                .into_values()
                .map(|(r, _)| r)
                .collect();
            let mut ev = std::mem::take(&mut evidence[at]);
            // Stable: one observer's files stay in day order.
            ev.sort_by_key(|(who, _)| *who);
            cells.push(cell(
                CellInput {
                    participant: p.clone(),
                    competency: c.clone(),
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
