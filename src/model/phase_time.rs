//! Where phases stand at a moment: the running phase, whether coding counted then, and the
//! origin of session time.

use super::{DayRecord, PhaseRecord, Stamp};

impl DayRecord {
    /// Session seconds when the first coded phase (the discussion) first started: session time
    /// (`m:ss` on screen) counts from here.
    pub fn session_origin_s(&self) -> Option<f64> {
        self.phases
            .iter()
            .filter(|p| p.coded)
            .filter_map(|p| p.segments.first())
            .map(|s| s.start.elapsed_s)
            .reduce(f64::min)
    }

    /// Session time of a moment: seconds from the start of the coded discussion (negative
    /// before it); until the discussion starts, from the first phase's start, else the day file's.
    pub fn session_s(&self, elapsed_s: f64) -> f64 {
        let first_phase = || {
            self.phases
                .iter()
                .filter_map(|p| p.segments.first())
                .map(|s| s.start.elapsed_s)
                .reduce(f64::min)
        };
        elapsed_s - self.session_origin_s().or_else(first_phase).unwrap_or(0.0)
    }

    /// Ends every open phase stretch at `stamp`.
    pub(super) fn stop_phases(&mut self, stamp: Stamp) {
        for p in &mut self.phases {
            if let Some(s) = p.segments.last_mut().filter(|s| s.end.is_none()) {
                s.end = Some(stamp);
            }
        }
    }

    /// The phase with an open stretch.
    pub fn running_phase(&self) -> Option<&PhaseRecord> {
        self.phases.iter().find(|p| p.running())
    }

    /// Whether a coded phase was running at `elapsed_s`.
    pub fn coded_at(&self, elapsed_s: f64) -> bool {
        self.phases.iter().filter(|p| p.coded).any(|p| {
            p.segments.iter().any(|s| {
                s.start.elapsed_s <= elapsed_s && s.end.is_none_or(|e| elapsed_s < e.elapsed_s)
            })
        })
    }
}
