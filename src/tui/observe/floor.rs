//! Who held the floor when, in steps of [`STEP_S`] seconds, for the turns that have ended: kept up
//! to date by `update` (turns only ever end or are added), so drawing the timeline walks a few
//! numbers per column instead of a day's thousands of turns, and the view stays a pure function.

use crate::model::{MAX_SEATS, Turn};
use crate::session::Session;

/// The finest column the timeline draws; every wider one is a whole number of these.
pub const STEP_S: u32 = 15;

/// Seconds each seated participant held the floor in each step, for the ended turns.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FloorHistory {
    /// Ended turns counted so far.
    counted: usize,
    /// Per seat: (seat, participant index, seconds per step).
    rows: Vec<(u8, usize, Vec<f64>)>,
    /// Session seconds where step 0 starts (session time 0:00); floor time before it is not drawn.
    origin: f64,
}

impl FloorHistory {
    /// Counts the turns that ended since the last call; starts again if turns were taken back.
    pub fn catch_up(&mut self, s: &Session) {
        let turns = &s.record().turns;
        let open = turns.last().is_some_and(|t| t.end.is_none());
        let ended = turns.len() - usize::from(open);
        let origin = -s.record().session_s(0.0);
        if ended < self.counted || self.rows.is_empty() || origin != self.origin {
            self.counted = 0;
            self.origin = origin;
            self.rows = (1..=MAX_SEATS)
                .filter_map(|seat| s.seat(seat).map(|p| (seat, p, Vec::new())))
                .collect();
        }
        for turn in &turns[self.counted..ended] {
            add(s, &mut self.rows, turn, s.now_s(), self.origin);
        }
        self.counted = ended;
    }

    /// Per seat, the seconds held in each step, the running turn (if any) added up to `now`.
    pub fn with_running(&self, s: &Session) -> Vec<(u8, usize, Vec<f64>)> {
        let mut rows = self.rows.clone();
        let turns = &s.record().turns;
        if let Some(turn) = turns.last().filter(|t| t.end.is_none()) {
            add(s, &mut rows, turn, s.now_s(), self.origin);
        }
        rows
    }
}

/// Adds one turn's floor time from `origin` on to its seat's steps.
fn add(s: &Session, rows: &mut [(u8, usize, Vec<f64>)], turn: &Turn, now: f64, origin: f64) {
    let Some(row) = s
        .person_index(&turn.participant)
        .and_then(|p| rows.iter_mut().find(|r| r.1 == p))
    else {
        return;
    };
    let step = f64::from(STEP_S);
    let start = (turn.start.elapsed_s - origin).max(0.0);
    let end = turn.end.map_or(now, |e| e.elapsed_s).min(now) - origin;
    let mut t = start;
    while t < end {
        let i = (t / step) as usize;
        if row.2.len() <= i {
            row.2.resize(i + 1, 0.0);
        }
        let step_end = ((i + 1) as f64 * step).min(end);
        row.2[i] += step_end - t;
        t = step_end;
    }
}
