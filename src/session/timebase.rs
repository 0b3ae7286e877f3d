//! Session time: wall-clock time for people, and elapsed seconds that never go backwards for arithmetic.

use std::sync::Arc;

use crate::clock::Clock;
use crate::model::{DayRecord, Stamp};

/// Turns clock readings into stamps measured from the day's `started_at`.
#[derive(Clone)]
pub struct Timebase {
    clock: Arc<dyn Clock>,
    base_s: f64,
    mono0: f64,
}

impl std::fmt::Debug for Timebase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Timebase")
            .field("base_s", &self.base_s)
            .finish()
    }
}

impl Timebase {
    /// Anchors the monotonic clock to the record: a reopened day continues after everything already in it,
    /// even if the laptop's wall clock was set back in between.
    pub fn new(record: &DayRecord, clock: Arc<dyn Clock>) -> Timebase {
        let wall = (clock.now() - record.started_at).as_seconds_f64();
        let base_s = wall.max(latest_elapsed(record)).max(0.0);
        let mono0 = clock.monotonic_s();
        Timebase {
            clock,
            base_s,
            mono0,
        }
    }

    /// Seconds since the session started, to the millisecond.
    pub fn elapsed_s(&self) -> f64 {
        let s = self.base_s + (self.clock.monotonic_s() - self.mono0).max(0.0);
        (s * 1000.0).round() / 1000.0
    }

    /// Now, as a stamp.
    pub fn now(&self) -> Stamp {
        Stamp {
            at: self.clock.now(),
            elapsed_s: self.elapsed_s(),
        }
    }
}

/// The latest moment the record mentions; only the last items of each list can hold it.
fn latest_elapsed(record: &DayRecord) -> f64 {
    let act = record.acts.last().map(|a| a.stamp.elapsed_s);
    let turn = record
        .turns
        .last()
        .map(|t| t.end.unwrap_or(t.start).elapsed_s);
    let phase = record
        .phases
        .iter()
        .filter_map(|p| p.segments.last())
        .map(|s| s.end.unwrap_or(s.start).elapsed_s)
        .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))));
    [act, turn, phase].into_iter().flatten().fold(0.0, f64::max)
}
