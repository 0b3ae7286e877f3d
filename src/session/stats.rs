//! Per-participant figures kept up to date change by change, so a keystroke never rescans the session.

use std::collections::HashMap;

use crate::model::{Act, DayRecord, Scheme, Valence};

/// One participant's figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonStats {
    /// Speaking turns taken (a running turn counts).
    pub turns: u32,
    /// Seconds of finished turns.
    pub closed_airtime_s: f64,
    /// Live acts per code, in scheme order.
    pub tallies: Vec<u32>,
    /// Live acts with a positive code.
    pub plus: u32,
    /// Live acts with a negative code.
    pub minus: u32,
    /// Elapsed seconds of each live act, oldest first; undo always removes the newest.
    coded_at: Vec<f64>,
}

impl PersonStats {
    /// Live acts in all codes.
    pub fn total(&self) -> u32 {
        self.tallies.iter().sum()
    }

    /// When the newest live act was coded.
    pub fn last_coded_s(&self) -> Option<f64> {
        self.coded_at.last().copied()
    }
}

/// Figures for everyone in the day record, indexed like `record.participants`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    /// Per participant.
    pub people: Vec<PersonStats>,
    /// Who holds the floor and since when (elapsed seconds).
    pub floor: Option<(usize, f64)>,
    /// Seconds of all finished turns.
    pub closed_total_s: f64,
    valence: Vec<Valence>,
}

impl Stats {
    /// Builds the figures once from a whole record (on opening a day).
    pub fn from_record(
        record: &DayRecord,
        person_of: &HashMap<String, usize>,
        code_of: &HashMap<String, usize>,
    ) -> Stats {
        let mut stats = Stats::empty(record.participants.len(), &record.scheme);
        for turn in &record.turns {
            let Some(&p) = person_of.get(&turn.participant) else {
                continue;
            };
            stats.floor_taken(p, turn.start.elapsed_s);
            if let Some(end) = turn.end {
                stats.floor_released(end.elapsed_s);
            }
        }
        for act in record.acts.iter().filter(|a| !a.retracted) {
            if let (Some(&p), Some(&c)) = (person_of.get(&act.participant), code_of.get(&act.code))
            {
                stats.act_added(p, c, act);
            }
        }
        stats
    }

    /// No figures yet, for `people` participants and the scheme's codes.
    pub fn empty(people: usize, scheme: &Scheme) -> Stats {
        let codes = scheme.codes.len();
        Stats {
            people: vec![
                PersonStats {
                    tallies: vec![0; codes],
                    ..PersonStats::default()
                };
                people
            ],
            floor: None,
            closed_total_s: 0.0,
            valence: scheme.codes.iter().map(|c| c.valence).collect(),
        }
    }

    /// A participant took the floor; the running turn, if any, ends at the same moment.
    pub fn floor_taken(&mut self, person: usize, at_s: f64) {
        self.floor_released(at_s);
        if let Some(p) = self.people.get_mut(person) {
            p.turns += 1;
            self.floor = Some((person, at_s));
        }
    }

    /// The floor fell silent.
    pub fn floor_released(&mut self, at_s: f64) {
        if let Some((person, start)) = self.floor.take() {
            let secs = (at_s - start).max(0.0);
            self.people[person].closed_airtime_s += secs;
            self.closed_total_s += secs;
        }
    }

    /// A live act counts.
    pub fn act_added(&mut self, person: usize, code: usize, act: &Act) {
        let valence = self.valence.get(code).copied();
        let Some(p) = self.people.get_mut(person) else {
            return;
        };
        if let Some(t) = p.tallies.get_mut(code) {
            *t += 1;
        }
        match valence {
            Some(Valence::Positive) => p.plus += 1,
            Some(Valence::Negative) => p.minus += 1,
            _ => {}
        }
        p.coded_at.push(act.stamp.elapsed_s);
    }

    /// The newest live act stops counting (it was retracted).
    pub fn act_removed(&mut self, person: usize, code: usize) {
        let valence = self.valence.get(code).copied();
        let Some(p) = self.people.get_mut(person) else {
            return;
        };
        if let Some(t) = p.tallies.get_mut(code) {
            *t = t.saturating_sub(1);
        }
        match valence {
            Some(Valence::Positive) => p.plus = p.plus.saturating_sub(1),
            Some(Valence::Negative) => p.minus = p.minus.saturating_sub(1),
            _ => {}
        }
        p.coded_at.pop();
    }

    /// Seconds a participant has spoken, counting the running turn up to `now_s`.
    pub fn airtime_s(&self, person: usize, now_s: f64) -> f64 {
        let closed = self.people.get(person).map_or(0.0, |p| p.closed_airtime_s);
        match self.floor {
            Some((p, start)) if p == person => closed + (now_s - start).max(0.0),
            _ => closed,
        }
    }

    /// Seconds anyone has spoken.
    pub fn total_airtime_s(&self, now_s: f64) -> f64 {
        self.closed_total_s + self.floor.map_or(0.0, |(_, s)| (now_s - s).max(0.0))
    }

    /// A participant's share of all speaking time, 0.0-1.0.
    pub fn share(&self, person: usize, now_s: f64) -> f64 {
        let total = self.total_airtime_s(now_s);
        if total > 0.0 {
            self.airtime_s(person, now_s) / total
        } else {
            0.0
        }
    }
}
