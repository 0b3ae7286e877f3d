//! Two observers' act streams matched act by act, by the Observer XT / INTERACT procedure: acts
//! of the same participant and code within the tolerance window are paired first, then the rest
//! of the same participant within the window; acts left over count as disagreements.

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use super::agreement::coefficient;
use super::behaviour::GroupFiles;
use super::clock::{Mark, estimate_offset};
use super::digest::FileDigest;
use super::format::{Alignment, Coefficient, MatchProcedure, PairMatching};
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

/// Pairs acts of `a` and `b` on the same participant at most `tolerance_s` apart; each act is
/// paired at most once. With [`MatchProcedure::SameCodeFirst`] acts with the same code are
/// paired before any others. Within a pass the closest pairs go first (ties: the earlier act
/// of `a`). Returns (index in `a`, index in `b`) pairs in the order of `a`.
pub fn match_streams(
    a: &[TimedAct<'_>],
    b: &[TimedAct<'_>],
    tolerance_s: f64,
    procedure: MatchProcedure,
) -> Vec<(usize, usize)> {
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let mut pairs = Vec::new();
    if procedure == MatchProcedure::SameCodeFirst {
        let same_code = |i: usize, j: usize| a[i].code == b[j].code;
        pass(
            a,
            b,
            tolerance_s,
            &same_code,
            &mut used_a,
            &mut used_b,
            &mut pairs,
        );
    }
    pass(
        a,
        b,
        tolerance_s,
        &|_, _| true,
        &mut used_a,
        &mut used_b,
        &mut pairs,
    );
    pairs.sort_unstable();
    pairs
}

/// One greedy pass over the acts not yet paired, closest candidates first.
fn pass(
    a: &[TimedAct<'_>],
    b: &[TimedAct<'_>],
    tolerance_s: f64,
    allowed: &dyn Fn(usize, usize) -> bool,
    used_a: &mut [bool],
    used_b: &mut [bool],
    pairs: &mut Vec<(usize, usize)>,
) {
    let mut b_by_person: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (j, act) in b.iter().enumerate().filter(|(j, _)| !used_b[*j]) {
        b_by_person.entry(act.participant).or_default().push(j);
    }
    for list in b_by_person.values_mut() {
        list.sort_by(|&x, &y| b[x].t.total_cmp(&b[y].t));
    }
    // A hair of slack so an act exactly at the tolerance matches despite float noise.
    let tol = tolerance_s + 1e-9;
    let mut candidates: Vec<(f64, f64, usize, usize)> = Vec::new();
    for (i, act) in a.iter().enumerate().filter(|(i, _)| !used_a[*i]) {
        let Some(list) = b_by_person.get(act.participant) else {
            continue;
        };
        let start = list.partition_point(|&j| b[j].t < act.t - tol);
        for &j in &list[start..] {
            if b[j].t > act.t + tol {
                break;
            }
            if allowed(i, j) {
                candidates.push(((b[j].t - act.t).abs(), act.t, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| {
        x.0.total_cmp(&y.0)
            .then(x.1.total_cmp(&y.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    for (_, _, i, j) in candidates {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((i, j));
        }
    }
}

/// The agreement of two matched streams.
#[derive(Debug, Clone, PartialEq)]
pub struct PairFigures {
    /// Matched pairs with the same code.
    pub same_code: usize,
    /// Cohen's kappa over every act: pairs by their codes, unmatched acts against "none".
    pub kappa: Coefficient,
    /// Same-code pairs over matched pairs plus unmatched acts of either observer.
    pub percent_agreement: Option<f64>,
}

/// Percent agreement and kappa with unmatched acts counted as disagreements: an act only one
/// observer coded is tallied against a "none" category in the agreement matrix (Bakeman, Quera
/// & Gnisci 2009), whose none-none cell stays empty.
pub fn pair_figures(
    a: &[TimedAct<'_>],
    b: &[TimedAct<'_>],
    pairs: &[(usize, usize)],
) -> PairFigures {
    // A session uses a few dozen codes over hundreds of acts: the distinct ones are sorted.
    let distinct: FxHashSet<&str> = a.iter().chain(b).map(|x| x.code).collect();
    let mut labels: Vec<&str> = distinct.into_iter().collect();
    labels.sort_unstable();
    let position: FxHashMap<&str, f64> = labels
        .iter()
        .enumerate()
        .map(|(i, &c)| (c, i as f64))
        .collect();
    // Codes become 0, 1, 2...; "none" is -1, below every code.
    let index = |c: &str| position.get(c).copied().unwrap_or(-1.0);
    const NONE: f64 = -1.0;
    let (mut used_a, mut used_b) = (vec![false; a.len()], vec![false; b.len()]);
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for &(i, j) in pairs {
        used_a[i] = true;
        used_b[j] = true;
        xs.push(index(a[i].code));
        ys.push(index(b[j].code));
    }
    for (act, _) in a.iter().zip(&used_a).filter(|(_, u)| !**u) {
        xs.push(index(act.code));
        ys.push(NONE);
    }
    for (act, _) in b.iter().zip(&used_b).filter(|(_, u)| !**u) {
        xs.push(NONE);
        ys.push(index(act.code));
    }
    let same_code = pairs
        .iter()
        .filter(|&&(i, j)| a[i].code == b[j].code)
        .count();
    let all = xs.len();
    PairFigures {
        same_code,
        kappa: coefficient(&cohen_kappa(&xs, &ys, Weighting::Unweighted)),
        percent_agreement: (all > 0).then(|| same_code as f64 / all as f64),
    }
}

/// One observer's acts and floor changes in the two time bases.
struct Recorded<'a> {
    acts: Vec<(TimedAct<'a>, f64)>,
    floor: Vec<(&'a str, f64, f64)>,
    phase_aligned: bool,
}

fn recorded<'a>(files: &[&'a FileDigest]) -> Recorded<'a> {
    let mut acts = Vec::new();
    let mut floor = Vec::new();
    for f in files {
        acts.extend(f.stream.iter().map(|s| {
            let act = TimedAct {
                participant: f.participant_id(s.participant),
                code: f
                    .scheme
                    .codes
                    .get(s.code as usize)
                    .map_or("", |c| c.code.as_str()),
                t: s.phase_t,
            };
            (act, s.wall_t)
        }));
        floor.extend(
            f.floor
                .iter()
                .map(|s| (f.participant_id(s.participant), s.phase_t, s.wall_t)),
        );
    }
    Recorded {
        acts,
        floor,
        phase_aligned: files.iter().all(|f| f.phase_aligned),
    }
}

impl<'a> Recorded<'a> {
    fn acts(&self, wall: bool, shift: f64) -> Vec<TimedAct<'a>> {
        self.acts
            .iter()
            .map(|&(act, wall_t)| TimedAct {
                t: if wall { wall_t } else { act.t } - shift,
                ..act
            })
            .collect()
    }

    fn marks(&self, wall: bool) -> Vec<Mark<'a>> {
        let acts = self.acts(wall, 0.0).into_iter().map(|a| Mark {
            participant: a.participant,
            code: a.code,
            t: a.t,
        });
        let floor = self.floor.iter().map(|&(p, phase_t, wall_t)| Mark {
            participant: p,
            code: "",
            t: if wall { wall_t } else { phase_t },
        });
        acts.chain(floor).collect()
    }
}

/// Every pair of observers of one session (group and day): clocks lined up, then matched.
pub fn match_group(g: &GroupFiles<'_>, date: NaiveDate, tolerance_s: f64) -> Vec<PairMatching> {
    let observers: Vec<Recorded<'_>> = g.observers.iter().map(|(_, f)| recorded(f)).collect();
    let mut out = Vec::new();
    for x in 0..observers.len() {
        for y in x + 1..observers.len() {
            let (ox, oy) = (&observers[x], &observers[y]);
            // Phase starts are the starting guess when both recorded one, else the wall clock.
            let wall = !(ox.phase_aligned && oy.phase_aligned);
            let clock = estimate_offset(&ox.marks(wall), &oy.marks(wall), tolerance_s);
            let a = ox.acts(wall, 0.0);
            let b = oy.acts(wall, clock.seconds);
            let procedure = MatchProcedure::SameCodeFirst;
            let pairs = match_streams(&a, &b, tolerance_s, procedure);
            let figures = pair_figures(&a, &b, &pairs);
            out.push(PairMatching {
                group: g.group.clone(),
                date,
                observer_a: g.observers[x].0.clone(),
                observer_b: g.observers[y].0.clone(),
                acts_a: a.len(),
                acts_b: b.len(),
                matched: pairs.len(),
                same_code: figures.same_code,
                procedure,
                aligned_on: if wall {
                    Alignment::WallClock
                } else {
                    Alignment::PhaseStart
                },
                clock: Some(clock),
                kappa: figures.kappa,
                percent_agreement: figures.percent_agreement,
            });
        }
    }
    out
}
