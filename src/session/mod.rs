//! The observation session: the keystroke grammar, undo and redo, and statistics kept current as acts are coded.
//!
//! Every change goes through [`DayRecord::apply`] and comes back to the caller as an [`Entry`] to persist.
//! Nothing here touches a terminal or a disk.

mod amend;
mod chord;
mod coding;
mod draft;
mod group;
mod notice;
mod phase;
mod rating;
mod seats;
mod stats;
mod timebase;
mod undo;

#[cfg(test)]
mod amend_tests;
#[cfg(test)]
mod record_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod undo_tests;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

pub use chord::{Chord, Stroke};
pub use draft::{Draft, DraftError, parse_clock};
pub use notice::Notice;
pub use seats::{SEAT_KEYS, key_for_seat, seat_for_key};
pub use stats::{PersonStats, Stats};
pub use timebase::Timebase;

use crate::clock::Clock;
use crate::model::{Act, ActIndex, Change, DayRecord, Entry, MAX_SEATS, Participant, PhaseRecord};

/// What a keystroke did: changes to persist, in order, and something to tell the observer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// Changes already folded into the record; the caller must persist them.
    pub entries: Vec<Entry>,
    /// What to tell the observer.
    pub notice: Option<Notice>,
}

impl Outcome {
    fn notice(n: Notice) -> Outcome {
        Outcome {
            entries: Vec::new(),
            notice: Some(n),
        }
    }
}

/// One observer's live session over a day record.
#[derive(Debug)]
pub struct Session {
    record: DayRecord,
    time: Timebase,
    stats: Stats,
    chord: Chord,
    /// Indices of live acts in coding order; Backspace takes from the end.
    live: Vec<usize>,
    /// What Backspace takes back, newest last: acts, floor and phase changes.
    history: Vec<undo::Step>,
    /// What was taken back in this session, newest last; any new input clears it.
    redo: Vec<undo::Step>,
    flagged: HashSet<usize>,
    person_of: HashMap<String, usize>,
    code_of: HashMap<String, usize>,
    seats: [Option<usize>; MAX_SEATS as usize + 1],
    covered: Vec<bool>,
    /// When a coded phase first started; a participant never coded is nudged from here.
    coding_since: Option<f64>,
    /// Finds acts by id without scanning the day, so a keystroke costs the same at act 20,000.
    index: ActIndex,
}

impl Session {
    /// Opens a session over a record (new or reopened); the one pass over all acts happens here.
    pub fn open(record: DayRecord, clock: Arc<dyn Clock>) -> Session {
        let person_of: HashMap<String, usize> = record
            .participants
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        let code_of: HashMap<String, usize> = record
            .scheme
            .codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        let mut seats = [None; MAX_SEATS as usize + 1];
        if let Some(g) = record.observed_group() {
            for (seat, pid) in &g.seats {
                if let Some(slot) = seats.get_mut(usize::from(*seat)) {
                    *slot = person_of.get(pid).copied();
                }
            }
        }
        let covered = record
            .participants
            .iter()
            .map(|p| record.observer.coverage.contains(&p.id))
            .collect();
        let stats = Stats::from_record(&record, &person_of, &code_of);
        let live: Vec<usize> = (0..record.acts.len())
            .filter(|&i| !record.acts[i].retracted)
            .collect();
        let coding_since = record
            .phases
            .iter()
            .filter(|p| p.coded)
            .filter_map(|p| p.segments.first().map(|s| s.start.elapsed_s))
            .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.min(x))));
        let time = Timebase::new(&record, clock);
        let record_history = |live: &[usize]| live.iter().map(|&i| undo::Step::Act(i)).collect();
        let history = record_history(&live);
        let mut session = Session {
            record,
            time,
            stats,
            chord: Chord::Idle,
            live,
            // After reopening, Backspace goes on retracting the acts, newest first.
            history,
            redo: Vec::new(),
            flagged: HashSet::new(),
            person_of,
            code_of,
            seats,
            covered,
            coding_since,
            index: ActIndex::default(),
        };
        for k in 0..session.live.len() {
            if session.repeats_earlier(k) {
                session.flagged.insert(session.live[k]);
            }
        }
        session
    }

    /// The day record with every change so far.
    pub fn record(&self) -> &DayRecord {
        &self.record
    }

    /// The figures per participant.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// The chord waiting for its next key.
    pub fn chord(&self) -> Chord {
        self.chord
    }

    /// Seconds since the session started.
    pub fn now_s(&self) -> f64 {
        self.time.elapsed_s()
    }

    /// Index of a participant by id.
    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.person_of.get(id).copied()
    }

    /// Index of a code by its short name.
    pub fn code_index(&self, code: &str) -> Option<usize> {
        self.code_of.get(code).copied()
    }

    /// The participant index in a seat of the observed group.
    pub fn seat(&self, seat: u8) -> Option<usize> {
        self.seats.get(usize::from(seat)).copied().flatten()
    }

    /// The seat of a participant in the observed group.
    pub fn seat_of(&self, person: usize) -> Option<u8> {
        (1..=MAX_SEATS).find(|&s| self.seat(s) == Some(person))
    }

    /// The seat key of a participant (by id) of the observed group.
    pub fn seat_key_of(&self, participant: &str) -> Option<char> {
        self.person_index(participant)
            .and_then(|p| self.seat_of(p))
            .and_then(key_for_seat)
    }

    /// A participant by index.
    pub fn person(&self, person: usize) -> Option<&Participant> {
        self.record.participants.get(person)
    }

    /// Whether this observer rates the participant.
    pub fn covers(&self, person: usize) -> bool {
        self.covered.get(person).copied().unwrap_or(false)
    }

    /// Who holds the floor.
    pub fn floor(&self) -> Option<usize> {
        self.stats.floor.map(|(p, _)| p)
    }

    /// Whether an act repeats one coded just before it.
    pub fn is_flagged(&self, act: usize) -> bool {
        self.flagged.contains(&act)
    }

    /// The newest live act (what Backspace retracts and Enter annotates).
    pub fn last_live_act(&self) -> Option<(usize, &Act)> {
        let i = *self.live.last()?;
        Some((i, &self.record.acts[i]))
    }

    /// How many acts count (not retracted).
    pub fn live_count(&self) -> usize {
        self.live.len()
    }

    /// How many inputs taken back Redo can bring back.
    pub fn redo_depth(&self) -> usize {
        self.redo.len()
    }

    /// Whether a covered participant has gone uncoded for the event's nudge time while a coded phase runs.
    pub fn needs_nudge(&self, person: usize, now_s: f64) -> bool {
        if !self.covers(person) || !self.record.running_phase().is_some_and(|p| p.coded) {
            return false;
        }
        let since = self.stats.people[person]
            .last_coded_s()
            .or(self.coding_since);
        let limit = f64::from(self.record.settings.nudge_minutes) * 60.0;
        since.is_some_and(|s| limit > 0.0 && now_s - s >= limit)
    }

    /// The phase on the clock: the running one, else the one Start would resume.
    pub fn current_phase(&self) -> Option<(usize, &PhaseRecord)> {
        let i = self.phase_cursor();
        self.record.phases.get(i).map(|p| (i, p))
    }

    /// Folds one change into the record with the next sequence number.
    fn commit(&mut self, change: Change) -> Result<Entry, Notice> {
        let entry = Entry {
            seq: self.record.last_seq + 1,
            change,
        };
        self.record
            .apply_indexed(&entry, &mut self.index)
            .map_err(|e| Notice::Rejected(e.to_string()))?;
        Ok(entry)
    }
}
