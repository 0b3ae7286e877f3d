//! One observer's day file of a simulated discussion: what they caught, a little late and now and
//! then miscoded, their ratings with their own leniency, notes, the group's product and submission.

use chrono::{DateTime, FixedOffset, TimeDelta};
use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use super::RehearsalError;
use super::discussion::{Discussion, Profile, weighted};
use crate::model::{Act, Change, DayRecord, Entry, EvidenceKind, Score, Stamp};

/// The scheduled phases: (phase id, start, end) in seconds since the session began.
pub type Schedule = [(String, f64, f64)];

/// What the group produced, the same for every observer of it.
pub struct Product<'a> {
    /// The mission text the group wrote.
    pub text: &'a str,
    /// How good it is, 1 to 4, before each observer's own judgement.
    pub quality: u8,
}

/// A change waiting for its place in time.
enum Pending {
    Phase(String),
    Pause,
    Floor(usize),
    Release,
    Act(usize, usize, Option<usize>, bool),
}

/// Everything one observer needs to write their day.
pub struct Recording<'a> {
    /// The day as begun for this observer.
    pub record: DayRecord,
    /// The group's members, in seat order.
    pub profiles: &'a [Profile],
    /// What happened.
    pub discussion: &'a Discussion,
    /// The phases.
    pub schedule: &'a Schedule,
    /// The group's product.
    pub product: Product<'a>,
}

const STRENGTHS: [&str; 4] = [
    "Mengaitkan usulan dengan visi Cerdas, Modern, Religius secara konkret.",
    "Mengembangkan gagasan rekan dan mengajak yang pasif berbicara.",
    "Merangkum kesepakatan kelompok dengan jelas.",
    "Mengusulkan langkah yang dapat dilaksanakan dengan data dari kasus.",
];
const DEVELOPMENTS: [&str; 4] = [
    "Sering memotong pembicaraan rekan.",
    "Usulan masih umum, belum terukur.",
    "Jarang berbicara; menunggu diminta.",
    "Mempertahankan pendapat tanpa alasan yang kuat.",
];

/// Writes the observer's day through [`DayRecord::apply`], as the app would have.
pub fn record(r: Recording<'_>, rng: &mut ChaCha8Rng) -> Result<DayRecord, RehearsalError> {
    let Recording {
        mut record,
        profiles,
        discussion,
        schedule,
        product,
    } = r;
    let t0 = record.started_at;
    let diligence = rng.random_range(0.85..0.96);
    let leniency = rng.random_range(-0.3..0.3);
    let positions: Vec<Option<usize>> = profiles
        .iter()
        .map(|p| {
            record
                .participants
                .iter()
                .position(|q| q.id == p.participant)
        })
        .collect();

    let mut pending: Vec<(f64, Pending)> = Vec::new();
    for (phase, start, _) in schedule {
        pending.push((*start, Pending::Phase(phase.clone())));
    }
    if let Some((_, _, end)) = schedule.last() {
        pending.push((*end, Pending::Pause));
    }
    for (i, turn) in discussion.turns.iter().enumerate() {
        pending.push((
            turn.start + rng.random_range(0.3..1.2),
            Pending::Floor(turn.speaker),
        ));
        let next = discussion.turns.get(i + 1).map_or(f64::MAX, |n| n.start);
        if next - turn.end > 3.0 {
            pending.push((turn.end + rng.random_range(0.3..1.0), Pending::Release));
        }
    }
    let codes = record.scheme.codes.clone();
    for act in &discussion.acts {
        if !rng.random_bool(diligence) {
            continue;
        }
        let mut code = act.code;
        if rng.random_bool(0.08) {
            // A slip to another code of the same kind, as tired observers do.
            let same: Vec<f64> = codes
                .iter()
                .map(|c| f64::from(u8::from(c.valence == codes[code].valence)))
                .collect();
            code = weighted(&same, rng);
        }
        let target = match (codes[code].targeted, act.target) {
            (false, _) => None,
            (true, Some(t)) => Some(t),
            (true, None) => Some((act.actor + 1) % profiles.len()),
        };
        pending.push((
            act.at + rng.random_range(0.3..2.5),
            Pending::Act(act.actor, code, target, act.floor),
        ));
    }
    pending.sort_by(|a, b| a.0.total_cmp(&b.0));

    let mut seq = record.last_seq;
    let mut apply = |record: &mut DayRecord, change: Change| {
        seq += 1;
        record.apply(&Entry { seq, change })
    };
    // Whole milliseconds, as the clock gives them, so wall time and elapsed time agree exactly.
    let stamp = |s: f64| {
        let ms = (s * 1000.0).round() as i64;
        Stamp {
            at: t0 + TimeDelta::milliseconds(ms),
            elapsed_s: ms as f64 / 1000.0,
        }
    };
    let id_of = |i: usize| profiles[i].participant.clone();
    for (at, p) in pending {
        let change = match p {
            Pending::Phase(phase) => Change::PhaseStarted {
                phase,
                stamp: stamp(at),
            },
            Pending::Pause => Change::PhasePaused { stamp: stamp(at) },
            Pending::Floor(who) => Change::FloorTaken {
                group: record.group.clone(),
                participant: id_of(who),
                stamp: stamp(at),
            },
            Pending::Release => Change::FloorReleased { stamp: stamp(at) },
            Pending::Act(actor, code, target, floor) => {
                let n = record.acts.len() as u64 + 1;
                Change::ActCoded {
                    act: std::sync::Arc::new(Act {
                        seq: n,
                        id: format!(
                            "{}-{}-{n}",
                            record.observer.id,
                            record.date.format("%Y%m%d")
                        ),
                        stamp: stamp(at),
                        group: record.group.clone(),
                        participant: id_of(actor),
                        code: codes[code].code.clone(),
                        target: target.map(id_of),
                        note: None,
                        retracted: false,
                        floor,
                        marks: Default::default(),
                    }),
                }
            }
        };
        apply(&mut record, change)?;
    }

    let end = schedule.last().map_or(0.0, |s| s.2);
    let mut clock = t0 + TimeDelta::seconds(end as i64 + 120);
    let mut tick = || {
        clock += TimeDelta::seconds(20);
        clock
    };
    let group = record.group.clone();
    apply(
        &mut record,
        Change::GroupOutputSet {
            group: group.clone(),
            text: product.text.to_string(),
            at: tick(),
        },
    )?;
    for item in record.scheme.rubric.clone() {
        let score = i16::from(product.quality) + rng.random_range(-1..=1);
        apply(
            &mut record,
            Change::RubricScored {
                group: group.clone(),
                item: item.id.clone(),
                score: score.clamp(1, i16::from(item.max.max(1))) as u8,
                note: String::new(),
                reason: None,
                at: tick(),
            },
        )?;
    }
    let rated = record.scheme.rated_competencies.clone();
    let half = record.settings.half_levels;
    for (i, profile) in profiles.iter().enumerate() {
        if positions[i].is_none() || !record.observer.coverage.contains(&profile.participant) {
            continue;
        }
        for (c, competency) in rated.iter().enumerate() {
            let level = rate(profile.levels[c] + leniency, half, rng);
            let note = justification(&record, &profile.participant, competency);
            apply(
                &mut record,
                Change::RatingSet {
                    participant: profile.participant.clone(),
                    competency: competency.clone(),
                    score: Score::Level { level },
                    note,
                    reason: None,
                    at: tick(),
                },
            )?;
        }
        if rated.is_empty() {
            continue;
        }
        let (best, worst) = extremes(&profile.levels);
        for (c, kind, bank) in [
            (best, EvidenceKind::Strength, &STRENGTHS),
            (worst, EvidenceKind::Development, &DEVELOPMENTS),
        ] {
            apply(
                &mut record,
                Change::EvidenceAdded {
                    participant: profile.participant.clone(),
                    competency: rated[c].clone(),
                    kind,
                    text: bank[rng.random_range(0..bank.len())].to_string(),
                    reason: None,
                    at: tick(),
                },
            )?;
        }
    }
    apply(&mut record, Change::RatingsSubmitted { at: tick() })?;
    Ok(record)
}

/// An observer's level: the truth, their leniency, and the usual disagreement of a level now and
/// then, rarely two (which is what the wash-up is for).
fn rate(truth: f64, half: bool, rng: &mut ChaCha8Rng) -> f64 {
    let r = rng.random::<f64>();
    let noise = if r < 0.12 {
        -1.0
    } else if r < 0.24 {
        1.0
    } else if r < 0.27 {
        if rng.random_bool(0.5) { -2.0 } else { 2.0 }
    } else {
        0.0
    };
    let level = truth + noise;
    let rounded = if half {
        (level * 2.0).round() / 2.0
    } else {
        level.round()
    };
    rounded.clamp(1.0, 5.0)
}

/// The justification an observer would type: the coded evidence for the competency.
fn justification(record: &DayRecord, participant: &str, competency: &str) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for act in record
        .acts
        .iter()
        .filter(|a| a.participant == participant && !a.retracted)
    {
        let Some(code) = record.scheme.codes.iter().find(|c| c.code == act.code) else {
            continue;
        };
        if !code.competencies.iter().any(|c| c == competency) {
            continue;
        }
        match counts.iter_mut().find(|(c, _)| *c == code.code) {
            Some((_, n)) => *n += 1,
            None => counts.push((&code.code, 1)),
        }
    }
    if counts.is_empty() {
        return "Sedikit bukti terkode.".to_string();
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let list: Vec<String> = counts
        .iter()
        .take(3)
        .map(|(c, n)| format!("{c} {n}x"))
        .collect();
    format!("Bukti: {}.", list.join(", "))
}

/// Indices of the highest and the lowest level (the first of equals).
fn extremes(levels: &[f64]) -> (usize, usize) {
    let mut best = 0;
    let mut worst = 0;
    for (i, l) in levels.iter().enumerate() {
        if *l > levels[best] {
            best = i;
        }
        if *l < levels[worst] {
            worst = i;
        }
    }
    (best, worst)
}

/// The session's wall-clock start on `date`: 08:30 in the event's time zone offset.
pub fn morning(date: chrono::NaiveDate, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
    date.and_hms_opt(8, 30, 0)?
        .and_local_timezone(offset)
        .single()
}
