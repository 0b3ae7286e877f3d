//! A day of the demo event on disk: opened as the app opens it, acts coded into it, its path.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use lgd_observer::catalog;
use lgd_observer::clock::{Clock, ManualClock};
use lgd_observer::model::{Act, Change, DayRecord, Entry, Event, Stamp};
use lgd_observer::store::{DataDir, OpenedDay, StoreError, StoreOptions, open_day_with};

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

/// Change `seq`: P74 initiates, `seq` seconds in.
pub fn act(seq: u64) -> Entry {
    let clock = ManualClock::jakarta();
    clock.advance(seq as f64);
    Entry {
        seq,
        change: Change::ActCoded {
            act: std::sync::Arc::new(Act {
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
                marks: Default::default(),
            }),
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

/// When every set-up day begins: 09:00 in Jakarta on the event day.
pub fn t0() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("time")
}

/// A fresh day record of `observer` on `ev` (group `group`, else the observer's own), begun at [`t0`].
pub fn begin(ev: &Event, observer: &str, group: Option<&str>) -> DayRecord {
    DayRecord::begin(
        ev,
        lgd_observer::catalog::Catalog::builtin().resolver(),
        observer,
        group,
        t0().date_naive(),
        t0(),
    )
    .expect("begin")
}

/// Applies `change` as the next journal entry.
pub fn apply(day: &mut DayRecord, change: Change) {
    let seq = day.last_seq + 1;
    day.apply(&Entry { seq, change }).expect("apply");
}

/// Writes `day` into `dir` under the name lgd gives it (`<date>_<observer>.json`).
pub fn save(dir: &Path, day: &DayRecord) -> PathBuf {
    let name = lgd_observer::store::DayName {
        date: day.date,
        observer: day.observer.id.clone(),
    };
    save_as(dir, day, &name.file_name())
}

/// Writes `day` into `dir` as `name` (pretty JSON, the folder made first).
pub fn save_as(dir: &Path, day: &DayRecord, name: &str) -> PathBuf {
    std::fs::create_dir_all(dir).expect("mkdir");
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(day).expect("json")).expect("write");
    path
}
