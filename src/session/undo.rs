//! Backspace takes back the last input of any kind, newest first: an act is retracted, a floor
//! change withdrawn (the turn it cut short runs on, so no airtime goes to a slip), a phase change
//! reversed. Redo brings them back in reverse order; any new input clears what Redo holds.

use super::{Notice, Outcome, Session};
use crate::model::Change;

/// One input Backspace can take back.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Step {
    /// An act coded (index into `record.acts`).
    Act(usize),
    /// A floor change, kept to make again with its own time on Redo. Boxed, like the phase's
    /// change, so a step is a few words: the history holds one per act coded, and a whole
    /// `Change` apiece (an act's size) doubled to 8 MB with the first key on a day of 20,000 acts.
    Floor(Box<Change>),
    /// A phase change, with the phase that ran before it (none: nothing ran).
    Phase {
        /// Id of the phase running before the change.
        before: Option<String>,
        /// The change made.
        change: Box<Change>,
        /// Whether the change ended the running turn (taking it back lets that turn run on).
        released: bool,
    },
}

impl Session {
    /// Remembers a new input for Backspace; what Redo held no longer applies.
    pub(super) fn done(&mut self, step: Step) {
        crate::model::grow::push_sparingly(&mut self.history, step);
        self.redo.clear();
    }

    /// Remembers a phase change that went through.
    pub(super) fn phase_done(&mut self, before: Option<String>, released: bool, out: &Outcome) {
        if let Some(e) = out.entries.last() {
            self.done(Step::Phase {
                before,
                change: Box::new(e.change.clone()),
                released,
            });
        }
    }

    /// Takes back the newest input.
    pub(super) fn undo(&mut self) -> Outcome {
        let Some(step) = self.history.pop() else {
            return Outcome::notice(Notice::NothingToUndo);
        };
        let out = match &step {
            Step::Act(i) => self.retract(*i),
            Step::Floor(_) => {
                let stamp = self.time.now();
                let out = self.finish(Change::FloorUndone { stamp }, Notice::FloorBack(true));
                self.recount();
                out
            }
            Step::Phase {
                before, released, ..
            } => {
                let stamp = self.time.now();
                let change = match before {
                    Some(phase) => Change::PhaseStarted {
                        phase: phase.clone(),
                        stamp,
                    },
                    None => Change::PhasePaused { stamp },
                };
                let mut out = self.phase_back(change, true);
                // As if the phase had never stopped: the turn it ended runs on.
                if *released && !out.entries.is_empty() {
                    let back = self.finish(Change::FloorUndone { stamp }, Notice::FloorBack(true));
                    out.entries.extend(back.entries);
                    self.recount();
                }
                out
            }
        };
        if out.entries.is_empty() {
            self.history.push(step);
        } else {
            self.redo.push(step);
        }
        out
    }

    /// Brings back the input taken back most recently.
    pub(super) fn redo_step(&mut self) -> Outcome {
        let Some(step) = self.redo.pop() else {
            return Outcome::notice(Notice::NothingToRedo);
        };
        let out = match &step {
            Step::Act(i) => self.restore(*i),
            // The same change with its own time: the turns read as before the slip was undone.
            Step::Floor(change) => {
                let out = self.finish(Change::clone(change), Notice::FloorBack(false));
                self.recount();
                out
            }
            Step::Phase {
                change, released, ..
            } => {
                let stamp = self.time.now();
                let again = match &**change {
                    Change::PhaseStarted { phase, .. } => Change::PhaseStarted {
                        phase: phase.clone(),
                        stamp,
                    },
                    _ => Change::PhasePaused { stamp },
                };
                let ended = if *released {
                    self.release_for_phase(stamp)
                } else {
                    None
                };
                let mut out = self.phase_back(again, false);
                out.entries.splice(0..0, ended);
                out
            }
        };
        if out.entries.is_empty() {
            self.redo.push(step);
        } else {
            self.history.push(step);
        }
        out
    }

    fn phase_back(&mut self, change: Change, undone: bool) -> Outcome {
        let mut out = self.finish(change, Notice::PhaseBack(undone, None));
        let now = self.record.phases.iter().position(|p| p.running());
        out.notice = out.notice.map(|n| match n {
            Notice::PhaseBack(u, _) => Notice::PhaseBack(u, now),
            n => n,
        });
        out
    }

    fn retract(&mut self, i: usize) -> Outcome {
        let id = self.record.acts[i].id.clone();
        let out = self.finish(Change::ActRetracted { id }, Notice::Retracted(i));
        if !out.entries.is_empty() {
            self.live.retain(|&j| j != i);
            if let Some((p, c)) = self.act_keys(i) {
                self.stats.act_removed(p, c);
            }
        }
        out
    }

    fn restore(&mut self, i: usize) -> Outcome {
        let id = self.record.acts[i].id.clone();
        let out = self.finish(Change::ActRestored { id }, Notice::Restored(i));
        if !out.entries.is_empty() {
            self.live.push(i);
            if let Some((p, c)) = self.act_keys(i) {
                self.stats.act_added(p, c, &self.record.acts[i]);
            }
        }
        out
    }
}
