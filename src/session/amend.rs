//! The act list's changes: a past act corrected, a missed act inserted, an act coded outside a
//! coded phase kept as evidence (or not). Each is one change in the file; the figures are counted
//! again since a correction can move an act to another person or code.

use super::draft::Draft;
use super::undo::Step;
use super::{Notice, Outcome, Session, Stats};
use crate::model::{Act, Change, Correction, Stamp};

impl Session {
    /// Corrects act `i` to the draft; a draft without a time keeps the act's time.
    pub fn correct_act(&mut self, i: usize, draft: &Draft) -> Outcome {
        let Some(act) = self.record.acts.get(i) else {
            return Outcome::default();
        };
        // The line shows whole seconds: the time as shown keeps the act's own.
        let shown = self.record.session_s(act.stamp.elapsed_s);
        let time = match draft.time_s {
            Some(t) if (t - shown).abs() >= 1.0 => self.stamp_at(act.stamp, t),
            _ => act.stamp,
        };
        let fix = self.correction(draft, time);
        let same = fix.participant == act.participant
            && fix.code == act.code
            && fix.target == act.target
            && fix.time.elapsed_s == act.stamp.elapsed_s;
        if same {
            return Outcome::notice(Notice::Unchanged(i));
        }
        let change = Change::ActCorrected {
            id: act.id.clone(),
            fix,
            stamp: self.time.now(),
        };
        let out = self.finish(change, Notice::Corrected(i));
        self.recount();
        out
    }

    /// Adds a missed act at the draft's time (else `default_s`, session time); Backspace takes it
    /// back like any act.
    pub fn insert_act(&mut self, draft: &Draft, default_s: f64) -> Outcome {
        self.chord = super::Chord::Idle;
        let now = self.time.now();
        let time = self.stamp_at(now, draft.time_s.unwrap_or(default_s));
        let fix = self.correction(draft, time);
        let (seq, id) = self.next_act_id();
        let act = Act {
            seq,
            id,
            stamp: time,
            group: self.record.group.clone(),
            participant: fix.participant,
            code: fix.code,
            target: fix.target,
            note: None,
            retracted: false,
            floor: true,
            marks: Box::default(),
        };
        let i = self.record.acts.len();
        let out = self.finish(
            Change::ActInserted {
                act: Box::new(act),
                stamp: now,
            },
            Notice::Inserted(i),
        );
        if !out.entries.is_empty() {
            self.live.push(i);
            self.done(Step::Act(i));
            self.recount();
        }
        out
    }

    /// Counts act `i` as evidence although it was coded outside a coded phase, or stops counting it.
    pub fn toggle_keep(&mut self, i: usize) -> Outcome {
        let Some(act) = self.record.acts.get(i) else {
            return Outcome::default();
        };
        if !act.marks.outside {
            return Outcome::notice(Notice::AlwaysCounts(i));
        }
        let kept = !act.marks.kept;
        let change = Change::ActKept {
            id: act.id.clone(),
            kept,
        };
        self.finish(change, Notice::Kept(i, kept))
    }

    /// The figures again from the record.
    pub(super) fn recount(&mut self) {
        self.stats = Stats::from_record(&self.record, &self.person_of, &self.code_of);
    }

    fn correction(&self, draft: &Draft, time: Stamp) -> Correction {
        let id = |p: usize| self.record.participants[p].id.clone();
        Correction {
            participant: id(draft.person),
            code: self.record.scheme.codes[draft.code].code.clone(),
            target: draft.target.map(id),
            time,
        }
    }

    /// A stamp at session time `session_s`, its wall-clock time moved from `from` by the same amount.
    fn stamp_at(&self, from: Stamp, session_s: f64) -> Stamp {
        let elapsed_s = session_s - self.record.session_s(0.0);
        let shift = chrono::Duration::milliseconds(((elapsed_s - from.elapsed_s) * 1000.0) as i64);
        Stamp {
            at: from.at + shift,
            elapsed_s,
        }
    }
}
