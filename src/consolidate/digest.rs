//! What consolidation keeps of one day file, so the file itself can be dropped as soon as it is read.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rustc_hash::FxHashMap;

use super::evidence::cell_evidence;
use super::format::{CellEvidence, CodeCount};
use crate::model::{
    DayRecord, EventStamp, Framework, Group, GroupNote, Observer, Participant, Rating, RubricScore,
    Scheme, Settings, Withdrawal,
};
use crate::store::DayFile;

/// One day file, summarised.
#[derive(Debug, Clone)]
pub struct FileDigest {
    /// Path as found.
    pub path: String,
    /// Event stamp.
    pub stamp: EventStamp,
    /// Who recorded it.
    pub observer: Observer,
    /// Event day.
    pub date: NaiveDate,
    /// Group observed.
    pub group: String,
    /// Groups in the file.
    pub groups: Vec<Group>,
    /// Participants in the file.
    pub participants: Vec<Participant>,
    /// The scheme.
    pub scheme: Scheme,
    /// The framework.
    pub framework: Framework,
    /// The settings.
    pub settings: Settings,
    /// When the ratings were last submitted.
    pub submitted_at: Option<DateTime<FixedOffset>>,
    /// How many times they were submitted (the last submission counts).
    pub submissions: u32,
    /// Withdrawals and re-submissions, with their reasons.
    pub withdrawals: Vec<Withdrawal>,
    /// Last sequence number.
    pub last_seq: u64,
    /// Live acts.
    pub live_acts: usize,
    /// Rating cells with history (taken out for the grid when merging).
    pub ratings: Vec<Rating>,
    /// How many rating cells the file has.
    pub rating_cells: usize,
    /// Group products by group id.
    pub outputs: BTreeMap<String, String>,
    /// Rubric scores.
    pub rubric: Vec<RubricScore>,
    /// Group notes.
    pub notes: Vec<GroupNote>,
    /// Coded behaviour per participant id.
    pub people: BTreeMap<String, PersonTally>,
    /// (from, to) participant ids of targeted acts, counted.
    pub links: BTreeMap<(String, String), usize>,
    /// Live acts, compact, in coding order, for act-by-act matching.
    pub stream: Vec<StreamAct>,
    /// Floor changes (turn starts), in the same time bases, for lining observers' clocks up.
    pub floor: Vec<StreamFloor>,
    /// Whether `StreamAct::phase_t` is measured from a recorded coded-phase start.
    pub phase_aligned: bool,
    /// Per (participant, competency) the evidence of this file.
    pub cell_evidence: BTreeMap<(String, String), CellEvidence>,
}

/// One participant's coded behaviour in one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonTally {
    /// Seconds holding the floor.
    pub airtime_s: f64,
    /// Turns.
    pub turns: usize,
    /// Live acts.
    pub acts: usize,
    /// Live acts by code.
    pub codes: CodeCount,
}

/// A live act reduced to what matching needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StreamAct {
    /// Index into the file's participants.
    pub participant: u32,
    /// Index into the file's scheme codes.
    pub code: u32,
    /// Seconds since the first coded phase started (or since the session started).
    pub phase_t: f64,
    /// Wall-clock seconds since the Unix epoch.
    pub wall_t: f64,
}

/// A turn start reduced to what clock alignment needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StreamFloor {
    /// Index into the file's participants.
    pub participant: u32,
    /// Seconds since the first coded phase started (or since the session started).
    pub phase_t: f64,
    /// Wall-clock seconds since the Unix epoch.
    pub wall_t: f64,
}

impl FileDigest {
    /// Summarises a day file read by `store::gather`, consuming it.
    pub fn of(file: DayFile) -> FileDigest {
        let DayFile { path, day, .. } = file;
        let cell_evidence = cell_evidence(&day);
        let (stream, floor, phase_aligned) = stream(&day);
        FileDigest {
            submissions: day.submissions(),
            path: path.display().to_string(),
            people: people(&day),
            links: links(&day),
            live_acts: stream.len(),
            stream,
            floor,
            phase_aligned,
            cell_evidence,
            stamp: day.event,
            observer: day.observer,
            date: day.date,
            group: day.group,
            groups: day.groups,
            participants: day.participants,
            scheme: day.scheme,
            framework: day.framework,
            settings: day.settings,
            submitted_at: day.submitted_at,
            withdrawals: day.withdrawals,
            last_seq: day.last_seq,
            rating_cells: day.ratings.len(),
            ratings: day.ratings,
            outputs: day.outputs,
            rubric: day.rubric,
            notes: day.notes,
        }
    }
}

/// The latest moment the file knows of, to close a turn still open.
fn last_moment(day: &DayRecord) -> f64 {
    let acts = day.acts.iter().map(|a| a.stamp.elapsed_s);
    let turns = day
        .turns
        .iter()
        .flat_map(|t| [Some(t.start.elapsed_s), t.end.map(|e| e.elapsed_s)])
        .flatten();
    let phases = day
        .phases
        .iter()
        .flat_map(|p| &p.segments)
        .flat_map(|s| [Some(s.start.elapsed_s), s.end.map(|e| e.elapsed_s)])
        .flatten();
    acts.chain(turns).chain(phases).fold(0.0, f64::max)
}

fn people(day: &DayRecord) -> BTreeMap<String, PersonTally> {
    // Keys are borrowed while counting so thousands of acts cost no allocation each.
    let mut out: FxHashMap<&str, (PersonTally, FxHashMap<&str, usize>)> = FxHashMap::default();
    let now = last_moment(day);
    for t in &day.turns {
        let p = &mut out.entry(&t.participant).or_default().0;
        p.turns += 1;
        p.airtime_s += t.seconds(now);
    }
    for a in day.acts.iter().filter(|a| !a.retracted) {
        let (p, codes) = out.entry(&a.participant).or_default();
        p.acts += 1;
        *codes.entry(&a.code).or_default() += 1;
    }
    out.into_iter()
        .map(|(id, (mut p, codes))| {
            p.codes = codes.into_iter().map(|(c, n)| (c.to_string(), n)).collect();
            (id.to_string(), p)
        })
        .collect()
}

fn links(day: &DayRecord) -> BTreeMap<(String, String), usize> {
    let mut out = BTreeMap::new();
    for a in day.acts.iter().filter(|a| !a.retracted) {
        if let Some(to) = &a.target {
            *out.entry((a.participant.clone(), to.clone())).or_default() += 1;
        }
    }
    out
}

/// Live acts with their times; observers' laptops start sessions at different moments and
/// their clocks may differ, so times are measured from the first coded phase's start when the
/// file recorded one.
fn stream(day: &DayRecord) -> (Vec<StreamAct>, Vec<StreamFloor>, bool) {
    let origin = day
        .phases
        .iter()
        .filter(|p| p.coded)
        .filter_map(|p| p.segments.first())
        .map(|s| s.start.elapsed_s)
        .reduce(f64::min);
    let person: FxHashMap<&str, u32> = day
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i as u32))
        .collect();
    let code: FxHashMap<&str, u32> = day
        .scheme
        .codes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.as_str(), i as u32))
        .collect();
    let acts = day
        .acts
        .iter()
        .filter(|a| !a.retracted)
        .filter_map(|a| {
            Some(StreamAct {
                participant: *person.get(a.participant.as_str())?,
                code: *code.get(a.code.as_str())?,
                phase_t: a.stamp.elapsed_s - origin.unwrap_or(0.0),
                wall_t: a.stamp.at.timestamp_millis() as f64 / 1000.0,
            })
        })
        .collect();
    let floor = day
        .turns
        .iter()
        .filter_map(|t| {
            Some(StreamFloor {
                participant: *person.get(t.participant.as_str())?,
                phase_t: t.start.elapsed_s - origin.unwrap_or(0.0),
                wall_t: t.start.at.timestamp_millis() as f64 / 1000.0,
            })
        })
        .collect();
    (acts, floor, origin.is_some())
}
