//! What "really" happened in one group: who spoke when and what they did, before any observer
//! records it. Every observer of the group records this same discussion, so their files agree as
//! much as real observers' would, and no more.

use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use crate::model::{Code, Valence};

/// One participant's hidden profile: how much they talk and how good they are.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Participant id.
    pub participant: String,
    /// Relative share of the floor.
    pub talk: f64,
    /// True level per rated competency, in the scheme's order.
    pub levels: Vec<f64>,
}

/// A behaviour as it happened.
#[derive(Debug, Clone)]
pub struct Happening {
    /// Seconds since the observers' sessions began.
    pub at: f64,
    /// Index into the profiles.
    pub actor: usize,
    /// Index into the scheme's codes.
    pub code: usize,
    /// Index into the profiles, for targeted codes.
    pub target: Option<usize>,
    /// Whether the actor held the floor (false for a remark from the side).
    pub floor: bool,
}

/// A speaking turn as it happened.
#[derive(Debug, Clone)]
pub struct Utterance {
    /// Index into the profiles.
    pub speaker: usize,
    /// Start, seconds since the sessions began.
    pub start: f64,
    /// End.
    pub end: f64,
}

/// The whole discussion of one group.
#[derive(Debug, Clone, Default)]
pub struct Discussion {
    /// Turns in time order.
    pub turns: Vec<Utterance>,
    /// Behaviours in time order.
    pub acts: Vec<Happening>,
}

/// Draws a profile per member: levels around the target, a few strong and a few weak, talk
/// loosely following ability as it tends to in an LGD.
pub fn profiles(members: &[String], competencies: usize, rng: &mut ChaCha8Rng) -> Vec<Profile> {
    members
        .iter()
        .map(|p| {
            // Section heads against a target of 3: mostly 2 and 3, some 4, a 5 only now and then.
            let overall = [2.0, 2.0, 3.0, 3.0, 3.0, 3.0, 4.0][rng.random_range(0..7)];
            let levels = (0..competencies)
                .map(|_| {
                    let offset = [-1.0, 0.0, 0.0, 0.0, 0.0, 1.0][rng.random_range(0..6)];
                    f64::clamp(overall + offset, 1.0, 5.0)
                })
                .collect();
            Profile {
                participant: p.clone(),
                talk: 0.3 + overall * 0.25 + rng.random::<f64>() * 0.9,
                levels,
            }
        })
        .collect()
}

/// How likely each code is for this profile: positive codes follow the competencies they evidence,
/// negative ones are for the weaker members.
fn code_weights(profile: &Profile, codes: &[Code], rated: &[String]) -> Vec<f64> {
    let level_of = |c: &str| rated.iter().position(|r| r == c).map(|i| profile.levels[i]);
    let mean = profile.levels.iter().sum::<f64>() / profile.levels.len().max(1) as f64;
    codes
        .iter()
        .map(|code| match code.valence {
            Valence::Positive => {
                0.2 + code
                    .competencies
                    .iter()
                    .filter_map(|c| level_of(c))
                    .map(|l| (l - 1.5).max(0.0))
                    .sum::<f64>()
            }
            Valence::Negative => ((3.6 - mean).max(0.1)) * 0.5,
            Valence::Neutral => 0.3,
        })
        .collect()
}

/// Picks an index with probability proportional to its weight.
pub fn weighted(weights: &[f64], rng: &mut ChaCha8Rng) -> usize {
    let total: f64 = weights.iter().sum();
    let mut x = rng.random::<f64>() * total;
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    weights.len().saturating_sub(1)
}

/// Simulates the group talking from `from` to `to` seconds.
pub fn discuss(
    profiles: &[Profile],
    codes: &[Code],
    rated: &[String],
    (from, to): (f64, f64),
    rng: &mut ChaCha8Rng,
    out: &mut Discussion,
) {
    if profiles.len() < 2 || codes.is_empty() {
        return;
    }
    let styles: Vec<Vec<f64>> = profiles
        .iter()
        .map(|p| code_weights(p, codes, rated))
        .collect();
    let talk: Vec<f64> = profiles.iter().map(|p| p.talk).collect();
    let mut t = from + rng.random_range(3.0..10.0);
    let mut previous: Option<usize> = None;
    while t < to - 10.0 {
        let mut weights = talk.clone();
        if let Some(p) = previous {
            weights[p] = 0.0;
        }
        let speaker = weighted(&weights, rng);
        let length = 4.0 + rng.random::<f64>() * 30.0 * talk[speaker];
        let end = (t + length).min(to - 5.0);
        out.turns.push(Utterance {
            speaker,
            start: t,
            end,
        });
        let mut act_at = t + rng.random_range(1.0..3.0);
        for _ in 0..1 + usize::from(rng.random_bool(0.3)) {
            if act_at >= end {
                break;
            }
            let code = weighted(&styles[speaker], rng);
            out.acts.push(Happening {
                at: act_at,
                actor: speaker,
                code,
                target: codes[code]
                    .targeted
                    .then(|| target(previous, speaker, profiles.len(), rng)),
                floor: true,
            });
            act_at += rng.random_range(6.0..15.0);
        }
        // Now and then someone agrees or objects from the side without taking the floor.
        if rng.random_bool(0.08) {
            let mut others = talk.clone();
            others[speaker] = 0.0;
            let actor = weighted(&others, rng);
            let aimed: Vec<f64> = codes
                .iter()
                .zip(&styles[actor])
                .map(|(c, w)| if c.targeted { *w } else { 0.0 })
                .collect();
            if aimed.iter().any(|w| *w > 0.0) {
                let code = weighted(&aimed, rng);
                out.acts.push(Happening {
                    at: (t + end) / 2.0,
                    actor,
                    code,
                    target: Some(speaker),
                    floor: false,
                });
            }
        }
        previous = Some(speaker);
        t = end
            + if rng.random_bool(0.05) {
                rng.random_range(5.0..15.0)
            } else {
                rng.random_range(0.3..2.5)
            };
    }
    out.acts.sort_by(|a, b| a.at.total_cmp(&b.at));
}

/// Whom a targeted act is aimed at: usually the one who spoke before.
fn target(previous: Option<usize>, actor: usize, n: usize, rng: &mut ChaCha8Rng) -> usize {
    match previous {
        Some(p) if p != actor && rng.random_bool(0.8) => p,
        _ => (actor + rng.random_range(1..n)) % n,
    }
}
