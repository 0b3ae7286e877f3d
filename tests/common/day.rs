//! A day of the demo event on disk: opened as the app opens it, acts coded into it, its path.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use lgd_observer::catalog;
use lgd_observer::clock::{Clock, ManualClock};
use lgd_observer::model::{Act, Change, DayRecord, Entry, Event, Stamp};
use lgd_observer::store::{DataDir, OpenedDay, StoreError, StoreOptions, open_day, open_day_with};

/// The observer every set-up day belongs to.
pub const OBSERVER: &str = "A01";
/// The demo event's id.
pub const EVENT_ID: &str = "tangsel-2026";

/// The built-in demo event.
pub fn event() -> Event {
    catalog::demo_event().expect("demo")
}

/// The day every set-up day is on.
pub fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).expect("date")
}

/// Opens (or starts) observer A01's demo day under the data folder `dir`.
pub fn open(dir: &Path) -> Result<OpenedDay, StoreError> {
    open_with(dir, StoreOptions::default())
}

/// [`open`] with a chosen disk, reply hook or retry interval.
pub fn open_with(dir: &Path, options: StoreOptions) -> Result<OpenedDay, StoreError> {
    open_day_with(
        &DataDir::at(dir),
        &event(),
        OBSERVER,
        None,
        date(),
        &ManualClock::jakarta(),
        options,
    )
}

/// Opens as [`open`] does, through the plain entry point.
pub fn open_plain(dir: &Path) -> Result<OpenedDay, StoreError> {
    open_day(
        &DataDir::at(dir),
        &event(),
        OBSERVER,
        None,
        date(),
        &ManualClock::jakarta(),
    )
}

/// Change `seq`: P74 initiates, `seq` seconds in.
pub fn act(seq: u64) -> Entry {
    let clock = ManualClock::jakarta();
    clock.advance(seq as f64);
    Entry {
        seq,
        change: Change::ActCoded {
            act: Act {
                seq,
                id: format!("{OBSERVER}-2026-12-03-{seq}"),
                stamp: Stamp {
                    at: clock.now(),
                    elapsed_s: seq as f64,
                },
                group: "G1".into(),
                participant: "P74".into(),
                code: "INIT".into(),
                target: None,
                note: None,
                retracted: false,
                floor: true,
            },
        },
    }
}

/// Appends changes `from..=to` to the writer and to the record, as the app does.
pub fn code(day: &mut OpenedDay, from: u64, to: u64) {
    for seq in from..=to {
        let e = act(seq);
        day.record.apply(&e).expect("applies");
        day.writer.append(e);
    }
}

/// Where observer A01's demo day lives under `dir`.
pub fn day_file(dir: &Path) -> PathBuf {
    DataDir::at(dir)
        .day_path(EVENT_ID, date(), OBSERVER)
        .expect("path")
}

/// The sequence numbers of a record's acts.
pub fn seqs(r: &DayRecord) -> Vec<u64> {
    r.acts.iter().map(|a| a.seq).collect()
}

/// The one day file the demo wrote under `dir` (whatever its date).
pub fn demo_day_file(dir: &Path) -> PathBuf {
    let folder = dir.join(EVENT_ID);
    std::fs::read_dir(&folder)
        .expect("event folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("a day file")
}
