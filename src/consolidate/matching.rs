//! Two observers' act streams matched act by act: same participant, within a tolerance window.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::agreement::coefficient;
use super::behaviour::GroupFiles;
use super::format::{Alignment, PairMatching};
use crate::reliability::{Weighting, cohen_kappa};

/// A coded act as matching sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimedAct<'a> {
    /// Participant id.
    pub participant: &'a str,
    /// Behaviour code.
    pub code: &'a str,
    /// Seconds on a time line both streams share.
    pub t: f64,
}

/// Matches acts of `a` and `b` on the same participant at most `tolerance_s` apart, closest
/// pairs first (ties: earlier act of `a` first); each act is matched at most once.
/// Returns (index in `a`, index in `b`) pairs in the order of `a`.
pub fn match_streams(
    a: &[TimedAct<'_>],
    b: &[TimedAct<'_>],
    tolerance_s: f64,
) -> Vec<(usize, usize)> {
    // Participants become small numbers once, so the per-act work compares integers.
    let mut person: HashMap<&str, usize> = HashMap::new();
    let mut b_by_person: Vec<Vec<usize>> = Vec::new();
    for (j, act) in b.iter().enumerate() {
        let next = person.len();
        let p = *person.entry(act.participant).or_insert(next);
        if p == b_by_person.len() {
            b_by_person.push(Vec::new());
        }
        b_by_person[p].push(j);
    }
    for list in &mut b_by_person {
        list.sort_by(|&x, &y| b[x].t.total_cmp(&b[y].t));
    }
    // A hair of slack so an act exactly at the tolerance matches despite float noise.
    let tol = tolerance_s + 1e-9;
    let mut candidates: Vec<(f64, f64, usize, usize)> = Vec::new();
    for (i, act) in a.iter().enumerate() {
        let Some(list) = person.get(act.participant).map(|&p| &b_by_person[p]) else {
            continue;
        };
        let start = list.partition_point(|&j| b[j].t < act.t - tol);
        for &j in &list[start..] {
            if b[j].t > act.t + tol {
                break;
            }
            candidates.push(((b[j].t - act.t).abs(), act.t, i, j));
        }
    }
    candidates.sort_by(|x, y| {
        x.0.total_cmp(&y.0)
            .then(x.1.total_cmp(&y.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    let (mut used_a, mut used_b) = (vec![false; a.len()], vec![false; b.len()]);
    let mut pairs = Vec::new();
    for (_, _, i, j) in candidates {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Kappa over matched codes and percent agreement counting unmatched acts as disagreements.
pub fn pair_figures(
    a: &[TimedAct<'_>],
    b: &[TimedAct<'_>],
    pairs: &[(usize, usize)],
) -> (usize, crate::consolidate::Coefficient, Option<f64>) {
    let mut labels: Vec<&str> = pairs
        .iter()
        .flat_map(|&(i, j)| [a[i].code, b[j].code])
        .collect();
    labels.sort_unstable();
    labels.dedup();
    let index = |c: &str| labels.binary_search(&c).unwrap_or(0) as f64;
    let (xs, ys): (Vec<f64>, Vec<f64>) = pairs
        .iter()
        .map(|&(i, j)| (index(a[i].code), index(b[j].code)))
        .unzip();
    let same = pairs
        .iter()
        .filter(|&&(i, j)| a[i].code == b[j].code)
        .count();
    let all = a.len() + b.len() - pairs.len();
    let percent = (all > 0).then(|| same as f64 / all as f64);
    (
        same,
        coefficient(&cohen_kappa(&xs, &ys, Weighting::Unweighted)),
        percent,
    )
}

/// Every pair of observers of one session (group and day), matched.
pub fn match_group(g: &GroupFiles<'_>, date: NaiveDate, tolerance_s: f64) -> Vec<PairMatching> {
    let aligned = g
        .observers
        .iter()
        .flat_map(|(_, files)| files)
        .all(|f| f.phase_aligned);
    let streams: Vec<Vec<TimedAct<'_>>> = g
        .observers
        .iter()
        .map(|(_, files)| {
            files
                .iter()
                .flat_map(|f| {
                    f.stream.iter().map(move |s| TimedAct {
                        participant: f.participant_id(s.participant),
                        code: f
                            .scheme
                            .codes
                            .get(s.code as usize)
                            .map_or("", |c| c.code.as_str()),
                        t: if aligned { s.phase_t } else { s.wall_t },
                    })
                })
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    for x in 0..streams.len() {
        for y in x + 1..streams.len() {
            let (a, b) = (&streams[x], &streams[y]);
            let pairs = match_streams(a, b, tolerance_s);
            let (same_code, kappa, percent_agreement) = pair_figures(a, b, &pairs);
            out.push(PairMatching {
                group: g.group.clone(),
                date,
                observer_a: g.observers[x].0.clone(),
                observer_b: g.observers[y].0.clone(),
                acts_a: a.len(),
                acts_b: b.len(),
                matched: pairs.len(),
                same_code,
                aligned_on: if aligned {
                    Alignment::PhaseStart
                } else {
                    Alignment::WallClock
                },
                kappa,
                percent_agreement,
            });
        }
    }
    out
}
