//! The keystroke grammar: seat keys move the floor, letters code acts, `.` picks without the floor,
//! targeted codes wait for a seat; Backspace and Redo are in `undo`.

use super::undo::Step;
use super::{Chord, Notice, Outcome, Session, Stroke, seat_for_key};
use crate::model::{Act, Change, Marks};

impl Session {
    /// Applies one keystroke of the grammar.
    pub fn press(&mut self, stroke: Stroke) -> Outcome {
        match stroke {
            Stroke::Char('.') => self.pick_prefix(),
            Stroke::Char(c) => match seat_for_key(c) {
                Some(seat) => self.seat_key(seat),
                None => self.code_key(c),
            },
            Stroke::Space => match self.chord {
                Chord::Target { actor, code, floor } => self.code_act(actor, code, None, floor),
                _ => {
                    self.chord = Chord::Idle;
                    self.release_floor()
                }
            },
            Stroke::Esc => self.cancel(),
            Stroke::Backspace if self.chord.pending() => self.cancel(),
            Stroke::Backspace => self.undo(),
            Stroke::Redo => self.redo_step(),
        }
    }

    /// Attaches a note to the newest live act (an empty note removes it).
    pub fn note_last(&mut self, note: &str) -> Outcome {
        let Some((i, act)) = self.last_live_act() else {
            return Outcome::notice(Notice::NothingToNote);
        };
        let change = Change::ActNoted {
            id: act.id.clone(),
            note: note.trim().to_string(),
        };
        self.finish(change, Notice::Noted(i))
    }

    fn cancel(&mut self) -> Outcome {
        let was = self.chord;
        self.chord = Chord::Idle;
        if was.pending() {
            Outcome::notice(Notice::Cancelled)
        } else {
            Outcome::default()
        }
    }

    fn pick_prefix(&mut self) -> Outcome {
        if let Chord::Target { .. } = self.chord {
            return Outcome::notice(Notice::ChooseTarget);
        }
        self.chord = Chord::Pick;
        Outcome::default()
    }

    fn seat_key(&mut self, seat: u8) -> Outcome {
        let Some(person) = self.seat(seat) else {
            return Outcome::notice(Notice::EmptySeat(seat));
        };
        match self.chord {
            Chord::Pick | Chord::Picked { .. } => {
                self.chord = Chord::Picked { person };
                Outcome::default()
            }
            Chord::Target { actor, .. } if actor == person => Outcome::notice(Notice::SelfTarget),
            Chord::Target { actor, code, floor } => self.code_act(actor, code, Some(person), floor),
            // Observers re-press the speaker's key by habit: the floor stays (silence is Space).
            Chord::Idle if self.floor() == Some(person) => {
                Outcome::notice(Notice::StillSpeaking(seat))
            }
            // A break is nobody's airtime: a turn begun in it would run on into the resumed phase
            // and count the break (acts can still be coded outside the phase with `.` and a seat).
            Chord::Idle if self.paused() => Outcome::notice(Notice::PausedNoTurn(seat)),
            Chord::Idle => self.take_floor(person),
        }
    }

    /// Whether the discussion has started and no phase runs now (a pause, or after the last phase).
    fn paused(&self) -> bool {
        self.record.running_phase().is_none()
            && self.record.phases.iter().any(|p| !p.segments.is_empty())
    }

    fn code_key(&mut self, key: char) -> Outcome {
        let (actor, floor) = match self.chord {
            Chord::Idle => match self.floor() {
                Some(p) => (p, true),
                None => return Outcome::notice(Notice::NoFloor),
            },
            Chord::Picked { person } => (person, self.floor() == Some(person)),
            Chord::Pick => return Outcome::notice(Notice::PickSeat),
            Chord::Target { .. } => return Outcome::notice(Notice::ChooseTarget),
        };
        let Some(code) = self.record.scheme.codes.iter().position(|c| c.key == key) else {
            return Outcome::notice(Notice::UnknownKey(key));
        };
        if self.record.scheme.codes[code].targeted {
            self.chord = Chord::Target { actor, code, floor };
            return Outcome::default();
        }
        self.code_act(actor, code, None, floor)
    }

    fn take_floor(&mut self, person: usize) -> Outcome {
        let stamp = self.time.now();
        let change = Change::FloorTaken {
            group: self.record.group.clone(),
            participant: self.record.participants[person].id.clone(),
            stamp,
        };
        match self.commit(change) {
            Ok(entry) => {
                self.stats.floor_taken(person, stamp.elapsed_s);
                self.done(Step::Floor(Box::new(entry.change.clone())));
                Outcome {
                    entries: vec![entry],
                    notice: None,
                }
            }
            Err(n) => Outcome::notice(n),
        }
    }

    fn release_floor(&mut self) -> Outcome {
        if self.floor().is_none() {
            return Outcome::default();
        }
        let stamp = self.time.now();
        match self.commit(Change::FloorReleased { stamp }) {
            Ok(entry) => {
                self.stats.floor_released(stamp.elapsed_s);
                self.done(Step::Floor(Box::new(entry.change.clone())));
                Outcome {
                    entries: vec![entry],
                    notice: None,
                }
            }
            Err(n) => Outcome::notice(n),
        }
    }

    fn code_act(
        &mut self,
        actor: usize,
        code: usize,
        target: Option<usize>,
        floor: bool,
    ) -> Outcome {
        self.chord = Chord::Idle;
        let (seq, id) = self.next_act_id();
        let act = Act {
            seq,
            id,
            stamp: self.time.now(),
            group: self.record.group.clone(),
            participant: self.record.participants[actor].id.clone(),
            code: self.record.scheme.codes[code].code.clone(),
            target: target.map(|t| self.record.participants[t].id.clone()),
            note: None,
            retracted: false,
            floor,
            marks: Box::new(Marks {
                outside: !self.record.running_phase().is_some_and(|p| p.coded),
                ..Marks::default()
            }),
        };
        let entry = match self.commit(Change::ActCoded { act: act.into() }) {
            Ok(e) => e,
            Err(n) => return Outcome::notice(n),
        };
        let i = self.record.acts.len() - 1;
        self.stats.act_added(actor, code, &self.record.acts[i]);
        self.live.push(i);
        self.done(Step::Act(i));
        let notice = if self.record.acts[i].marks.outside {
            Notice::CodedOutside(i)
        } else if self.repeats_earlier(self.live.len() - 1) {
            self.flagged.insert(i);
            Notice::Duplicate(i)
        } else {
            Notice::Coded(i)
        };
        Outcome {
            entries: vec![entry],
            notice: Some(notice),
        }
    }

    /// The next act's sequence number and id, `<observer>-<date>-<seq>`.
    pub(super) fn next_act_id(&self) -> (u64, String) {
        use chrono::Datelike;
        let n = self.record.acts.len() as u64 + 1;
        // The date as "%Y%m%d" would print it, without parsing a format string on every act.
        let d = self.record.date;
        let id = format!(
            "{}-{:04}{:02}{:02}-{n}",
            self.record.observer.id,
            d.year(),
            d.month(),
            d.day()
        );
        (n, id)
    }

    pub(super) fn finish(&mut self, change: Change, notice: Notice) -> Outcome {
        match self.commit(change) {
            Ok(entry) => Outcome {
                entries: vec![entry],
                notice: Some(notice),
            },
            Err(n) => Outcome::notice(n),
        }
    }

    pub(super) fn act_keys(&self, i: usize) -> Option<(usize, usize)> {
        let act = &self.record.acts[i];
        Some((
            self.person_index(&act.participant)?,
            self.code_index(&act.code)?,
        ))
    }

    /// Whether the live act at position `k` of the live list repeats an earlier live act within the window.
    /// Only acts inside the window are looked at, so the cost does not grow with the session.
    pub(super) fn repeats_earlier(&self, k: usize) -> bool {
        let acts = &self.record.acts;
        let a = &acts[self.live[k]];
        let window = f64::from(self.record.settings.duplicate_window_secs);
        self.live[..k]
            .iter()
            .rev()
            .map(|&j| &acts[j])
            .take_while(|b| a.stamp.elapsed_s - b.stamp.elapsed_s <= window)
            .any(|b| b.participant == a.participant && b.code == a.code && b.target == a.target)
    }
}
