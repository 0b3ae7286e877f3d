//! Phase controls: start or resume, pause, and move to the next phase.

use super::{Notice, Outcome, Session};
use crate::model::Change;

impl Session {
    /// Starts or resumes the current phase.
    pub fn start_phase(&mut self) -> Outcome {
        if self.record.running_phase().is_some() {
            return Outcome::notice(Notice::PhaseAlreadyRunning);
        }
        self.start_at(self.phase_cursor())
    }

    /// Pauses the running phase.
    pub fn pause_phase(&mut self) -> Outcome {
        let Some(i) = self.record.phases.iter().position(|p| p.running()) else {
            return Outcome::notice(Notice::PhaseNotRunning);
        };
        let stamp = self.time.now();
        let before = Some(self.record.phases[i].id.clone());
        let released = self.release_for_phase(stamp);
        let mut out = self.finish(Change::PhasePaused { stamp }, Notice::PhasePaused(i));
        self.phase_done(before, released.is_some(), &out);
        out.entries.splice(0..0, released);
        out
    }

    /// A pause or a move to the next phase ends the running turn at the same moment: a break is
    /// nobody's airtime, and a speaker's turn does not run on into a phase that is not coded.
    pub(super) fn release_for_phase(
        &mut self,
        stamp: crate::model::Stamp,
    ) -> Option<crate::session::Entry> {
        self.floor()?;
        let entry = self.commit(Change::FloorReleased { stamp }).ok()?;
        self.stats.floor_released(stamp.elapsed_s);
        Some(entry)
    }

    /// Starts when paused, pauses when running.
    pub fn toggle_phase(&mut self) -> Outcome {
        if self.record.running_phase().is_some() {
            self.pause_phase()
        } else {
            self.start_phase()
        }
    }

    /// Quitting: ends the running turn and pauses the running phase now, in one change, so the
    /// time the app is closed is nobody's airtime and no phase's time. Not undoable input.
    pub fn close(&mut self) -> Outcome {
        let participant = self
            .floor()
            .and_then(|p| self.person(p))
            .map(|p| p.id.clone());
        let phase = self.record.running_phase().map(|p| p.id.clone());
        if participant.is_none() && phase.is_none() {
            return Outcome::default();
        }
        let stamp = self.time.now();
        let change = Change::Closed {
            stamp,
            participant,
            phase,
        };
        match self.commit(change) {
            Ok(entry) => {
                self.stats.floor_released(stamp.elapsed_s);
                Outcome {
                    entries: vec![entry],
                    notice: None,
                }
            }
            Err(n) => Outcome::notice(n),
        }
    }

    /// Ends the current phase and starts the next one.
    pub fn next_phase(&mut self) -> Outcome {
        let next = if self.record.phases.iter().any(|p| !p.segments.is_empty()) {
            self.phase_cursor() + 1
        } else {
            0
        };
        if next >= self.record.phases.len() {
            return Outcome::notice(Notice::NoNextPhase);
        }
        self.start_at(next)
    }

    /// The running phase, else the last one that ever ran, else the first.
    pub(super) fn phase_cursor(&self) -> usize {
        let phases = &self.record.phases;
        phases
            .iter()
            .position(|p| p.running())
            .or_else(|| phases.iter().rposition(|p| !p.segments.is_empty()))
            .unwrap_or(0)
    }

    fn start_at(&mut self, i: usize) -> Outcome {
        let Some(phase) = self.record.phases.get(i) else {
            return Outcome::notice(Notice::NoNextPhase);
        };
        let stamp = self.time.now();
        let coded = phase.coded;
        // A phase that ran before is resumed, and the observer is told so.
        let notice = if phase.segments.is_empty() {
            Notice::PhaseStarted(i)
        } else {
            Notice::PhaseResumed(i)
        };
        let change = Change::PhaseStarted {
            phase: phase.id.clone(),
            stamp,
        };
        let before = self.record.running_phase().map(|p| p.id.clone());
        let released = if before.is_some() {
            self.release_for_phase(stamp)
        } else {
            None
        };
        let mut out = self.finish(change, notice);
        self.phase_done(before, released.is_some(), &out);
        out.entries.splice(0..0, released);
        if coded && !out.entries.is_empty() && self.coding_since.is_none() {
            self.coding_since = Some(stamp.elapsed_s);
        }
        out
    }
}
