//! The clock seam: the app asks for time here so tests can drive it.

use std::sync::Mutex;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, Local, TimeDelta};

/// Where the app gets the time.
pub trait Clock: Send + Sync {
    /// Wall-clock time with the local UTC offset.
    fn now(&self) -> DateTime<FixedOffset>;
    /// A monotonic reading in seconds from an arbitrary origin; differences never go backwards.
    fn monotonic_s(&self) -> f64;
}

/// The laptop's clock.
#[derive(Debug)]
pub struct SystemClock {
    origin: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock {
            origin: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }

    fn monotonic_s(&self) -> f64 {
        self.origin.elapsed().as_secs_f64()
    }
}

/// A clock that only moves when told to, for tests.
#[derive(Debug)]
pub struct ManualClock {
    state: Mutex<(DateTime<FixedOffset>, f64)>,
}

impl ManualClock {
    /// Starts at `at`.
    pub fn new(at: DateTime<FixedOffset>) -> Self {
        ManualClock {
            state: Mutex::new((at, 0.0)),
        }
    }

    /// Starts at 2026-12-03 09:00 in Jakarta (UTC+7).
    pub fn jakarta() -> Self {
        let at = DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00")
            .unwrap_or_else(|_| Local::now().fixed_offset());
        ManualClock::new(at)
    }

    /// Moves both readings forward by `secs`.
    pub fn advance(&self, secs: f64) {
        if let Ok(mut s) = self.state.lock() {
            s.0 += TimeDelta::milliseconds((secs * 1000.0).round() as i64);
            s.1 += secs;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<FixedOffset> {
        self.state
            .lock()
            .map(|s| s.0)
            .unwrap_or_else(|e| e.into_inner().0)
    }

    fn monotonic_s(&self) -> f64 {
        self.state
            .lock()
            .map(|s| s.1)
            .unwrap_or_else(|e| e.into_inner().1)
    }
}
