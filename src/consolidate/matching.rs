//! Two observers' act streams matched act by act, by the Observer XT / INTERACT procedure: acts
//! of the same participant and code within the tolerance window are paired first, then the rest
//! of the same participant within the window; acts left over count as disagreements.

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use super::agreement::coefficient;
use super::behaviour::GroupFiles;
use super::clock::{Key, Mark, estimate_offset};
use super::digest::FileDigest;
use super::format::{Alignment, Coefficient, MatchProcedure, PairMatching};
use crate::reliability::{Weighting, cohen_kappa};

/// A coded act as matching sees it; `K` names participants and codes (see [`Key`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimedAct<K> {
    /// Participant id.
    pub participant: K,
    /// Behaviour code.
    pub code: K,
    /// Seconds on a time line both streams share.
    pub t: f64,
}

/// Pairs acts of `a` and `b` on the same participant at most `tolerance_s` apart; each act is
/// paired at most once. With [`MatchProcedure::SameCodeFirst`] acts with the same code are
/// paired before any others. Within a pass the closest pairs go first (ties: the earlier act
/// of `a`). Returns (index in `a`, index in `b`) pairs in the order of `a`.
pub fn match_streams<K: Key>(
    a: &[TimedAct<K>],
    b: &[TimedAct<K>],
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
fn pass<K: Key>(
    a: &[TimedAct<K>],
    b: &[TimedAct<K>],
    tolerance_s: f64,
    allowed: &dyn Fn(usize, usize) -> bool,
    used_a: &mut [bool],
    used_b: &mut [bool],
    pairs: &mut Vec<(usize, usize)>,
) {
    let mut b_by_person: FxHashMap<K, Vec<usize>> = FxHashMap::default();
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
        let Some(list) = b_by_person.get(&act.participant) else {
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
pub fn pair_figures<K: Key>(
    a: &[TimedAct<K>],
    b: &[TimedAct<K>],
    pairs: &[(usize, usize)],
) -> PairFigures {
    // A session uses a few dozen codes over hundreds of acts: the distinct ones are sorted.
    let distinct: FxHashSet<K> = a.iter().chain(b).map(|x| x.code).collect();
    let mut labels: Vec<K> = distinct.into_iter().collect();
    labels.sort_unstable();
    let position: FxHashMap<K, f64> = labels
        .iter()
        .enumerate()
        .map(|(i, &c)| (c, i as f64))
        .collect();
    // Codes become 0, 1, 2...; "none" is -1, below every code.
    let index = |c: K| position.get(&c).copied().unwrap_or(-1.0);
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

/// One observer's acts and floor changes in the two time bases, participants and codes as the
/// session's numbers.
struct Recorded {
    acts: Vec<(TimedAct<u32>, f64)>,
    floor: Vec<(u32, f64, f64)>,
    phase_aligned: bool,
}

/// The session's numbers for participant ids and codes, each id looked up once per file rather
/// than compared once per act. Codes are numbered in the order of their text, so anything
/// sorted by code (the agreement matrix) comes out as it would for the text.
struct Numbers<'a> {
    participants: FxHashMap<&'a str, u32>,
    codes: Vec<&'a str>,
}

impl<'a> Numbers<'a> {
    fn of(g: &GroupFiles<'a>) -> Numbers<'a> {
        let files = g.observers.iter().flat_map(|(_, files)| files.iter());
        Numbers::with_codes(files.flat_map(|f| f.scheme.codes.iter().map(|c| c.code.as_str())))
    }

    /// Numbers for these codes (and the empty code floor changes carry), none for participants yet.
    fn with_codes(codes: impl Iterator<Item = &'a str>) -> Numbers<'a> {
        let mut codes: Vec<&str> = codes.chain([""]).collect();
        codes.sort_unstable();
        codes.dedup();
        Numbers {
            participants: FxHashMap::default(),
            codes,
        }
    }

    fn participant(&mut self, id: &'a str) -> u32 {
        let next = self.participants.len() as u32;
        *self.participants.entry(id).or_insert(next)
    }

    fn code(&self, code: &str) -> u32 {
        // Every code of every file was numbered in `of`.
        self.codes.binary_search(&code).unwrap_or(0) as u32
    }
}

fn recorded<'a>(files: &[&'a FileDigest], numbers: &mut Numbers<'a>) -> Recorded {
    let mut acts = Vec::new();
    let mut floor = Vec::new();
    for f in files {
        let people: Vec<u32> = f
            .participants
            .iter()
            .map(|p| numbers.participant(&p.id))
            .collect();
        let nobody = numbers.participant("");
        let person = |i: u32| people.get(i as usize).copied().unwrap_or(nobody);
        let codes: Vec<u32> = f
            .scheme
            .codes
            .iter()
            .map(|c| numbers.code(&c.code))
            .collect();
        let no_code = numbers.code("");
        acts.extend(f.stream.iter().map(|s| {
            let act = TimedAct {
                participant: person(s.participant),
                code: codes.get(s.code as usize).copied().unwrap_or(no_code),
                t: s.phase_t,
            };
            (act, s.wall_t)
        }));
        floor.extend(
            f.floor
                .iter()
                .map(|s| (person(s.participant), s.phase_t, s.wall_t)),
        );
    }
    Recorded {
        acts,
        floor,
        phase_aligned: files.iter().all(|f| f.phase_aligned),
    }
}

impl Recorded {
    fn acts(&self, wall: bool, shift: f64) -> Vec<TimedAct<u32>> {
        self.acts
            .iter()
            .map(|&(act, wall_t)| TimedAct {
                t: if wall { wall_t } else { act.t } - shift,
                ..act
            })
            .collect()
    }

    /// Acts and floor changes; a floor change carries the empty code's number.
    fn marks(&self, wall: bool, no_code: u32) -> Vec<Mark<u32>> {
        let acts = self.acts(wall, 0.0).into_iter().map(|a| Mark {
            participant: a.participant,
            code: a.code,
            t: a.t,
        });
        let floor = self.floor.iter().map(|&(p, phase_t, wall_t)| Mark {
            participant: p,
            code: no_code,
            t: if wall { wall_t } else { phase_t },
        });
        acts.chain(floor).collect()
    }
}

/// Every pair of observers of one session (group and day): clocks lined up, then matched.
pub fn match_group(g: &GroupFiles<'_>, date: NaiveDate, tolerance_s: f64) -> Vec<PairMatching> {
    let mut numbers = Numbers::of(g);
    let observers: Vec<Recorded> = g
        .observers
        .iter()
        .map(|(_, f)| recorded(f, &mut numbers))
        .collect();
    let no_code = numbers.code("");
    let mut out = Vec::new();
    for x in 0..observers.len() {
        for y in x + 1..observers.len() {
            let (ox, oy) = (&observers[x], &observers[y]);
            // Phase starts are the starting guess when both recorded one, else the wall clock.
            let wall = !(ox.phase_aligned && oy.phase_aligned);
            let clock = estimate_offset(
                &ox.marks(wall, no_code),
                &oy.marks(wall, no_code),
                tolerance_s,
            );
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Numbering ids (as a session's files are, codes in text order) changes no figure: the
    /// same pairs, the same kappa, the same agreement as matching the ids themselves.
    #[test]
    fn numbered_ids_match_and_agree_as_the_ids_do() {
        let text = |v: &[(&'static str, &'static str, f64)]| -> Vec<TimedAct<&'static str>> {
            v.iter()
                .map(|&(participant, code, t)| TimedAct {
                    participant,
                    code,
                    t,
                })
                .collect()
        };
        let a = text(&[
            ("P2", "SU", 10.0),
            ("P1", "IN", 12.0),
            ("P1", "KR", 20.0),
            ("P3", "SU", 31.0),
            ("P2", "IN", 40.0),
        ]);
        let b = text(&[
            ("P2", "SU", 11.0),
            ("P1", "KR", 12.5),
            ("P1", "IN", 19.0),
            ("P3", "IN", 33.0),
            ("P1", "SU", 50.0),
        ]);
        let mut codes: Vec<&str> = a.iter().chain(&b).map(|x| x.code).collect();
        codes.sort_unstable();
        codes.dedup();
        let mut people: Vec<&str> = Vec::new();
        let mut number = |x: &TimedAct<&'static str>| {
            let p = match people.iter().position(|&p| p == x.participant) {
                Some(i) => i,
                None => {
                    people.push(x.participant);
                    people.len() - 1
                }
            };
            let c = codes.binary_search(&x.code).expect("numbered");
            TimedAct {
                participant: p as u32,
                code: c as u32,
                t: x.t,
            }
        };
        let (na, nb): (Vec<_>, Vec<_>) = (
            a.iter().map(&mut number).collect(),
            b.iter().map(&mut number).collect(),
        );
        let procedure = MatchProcedure::SameCodeFirst;
        let pairs = match_streams(&a, &b, 3.0, procedure);
        assert_eq!(match_streams(&na, &nb, 3.0, procedure), pairs);
        assert!(!pairs.is_empty());
        assert_eq!(pair_figures(&na, &nb, &pairs), pair_figures(&a, &b, &pairs));
    }

    #[test]
    fn codes_are_numbered_in_text_order_and_participants_as_met() {
        let mut n = Numbers::with_codes(["SU", "IN", "KR", "IN"].into_iter());
        let codes: Vec<u32> = ["", "IN", "KR", "SU"].iter().map(|c| n.code(c)).collect();
        assert_eq!(codes, vec![0, 1, 2, 3]);
        assert_eq!((n.participant("P9"), n.participant("P1")), (0, 1));
        assert_eq!(n.participant("P9"), 0, "the same id keeps its number");
    }
}
