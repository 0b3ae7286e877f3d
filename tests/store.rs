//! Day files on a real disk: open, journal, snapshot, recovery, lock, faults and kill -9.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use lgd_observer::catalog;
use lgd_observer::clock::{Clock, ManualClock};
use lgd_observer::model::{Act, Change, DayRecord, Entry, Event, Stamp};
use lgd_observer::store::{DataDir, DayPaths, OpenedDay, Reply, StoreError, open_day, read_day};

const OBSERVER: &str = "A01";

fn event() -> Event {
    catalog::demo_event().expect("demo")
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).expect("date")
}

fn open(dir: &Path) -> Result<OpenedDay, StoreError> {
    open_day(
        &DataDir::at(dir),
        &event(),
        OBSERVER,
        None,
        date(),
        &ManualClock::jakarta(),
    )
}

fn act(seq: u64) -> Entry {
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
fn code(day: &mut OpenedDay, from: u64, to: u64) {
    for seq in from..=to {
        let e = act(seq);
        day.record.apply(&e).expect("applies");
        day.writer.append(e);
    }
}

fn day_file(dir: &Path) -> PathBuf {
    DataDir::at(dir)
        .day_path("tangsel-2026", date(), OBSERVER)
        .expect("path")
}

fn seqs(r: &DayRecord) -> Vec<u64> {
    r.acts.iter().map(|a| a.seq).collect()
}

#[test]
fn a_new_day_is_created_and_every_saved_change_is_there_after_reopening() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut day = open(tmp.path()).expect("opens");
    assert!(day.recovery.created);
    assert!(day.path.exists(), "the day file is written at once");
    code(&mut day, 1, 50);
    assert_eq!(
        day.writer.flush(Duration::from_secs(10)).expect("flush"),
        50
    );
    day.writer.close().expect("close");

    let day = open(tmp.path()).expect("reopens");
    assert!(!day.recovery.created);
    assert_eq!(day.recovery.replayed, 50);
    assert_eq!(seqs(&day.record), (1..=50).collect::<Vec<_>>());
    assert_eq!(day.record.last_seq, 50);
}

#[test]
fn replies_say_saved_with_the_highest_durable_seq() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut day = open(tmp.path()).expect("opens");
    code(&mut day, 1, 3);
    let mut top = 0;
    while top < 3 {
        match day.writer.replies().recv_timeout(Duration::from_secs(10)) {
            Ok(Reply::Saved(s)) => top = s,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(top, 3);
}

#[test]
fn dropping_the_writer_flushes_queued_changes() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut day = open(tmp.path()).expect("opens");
    code(&mut day, 1, 200);
    drop(day);
    let (record, recovery) = read_day(&day_file(tmp.path())).expect("reads");
    assert_eq!(record.acts.len(), 200);
    assert_eq!(recovery.replayed, 200);
}

#[test]
fn a_snapshot_rewrites_the_day_file_keeps_a_backup_and_restarts_the_journal() {
    let tmp = tempfile::tempdir().expect("tmp");
    let paths = DayPaths::of(&day_file(tmp.path()));
    let mut day = open(tmp.path()).expect("opens");
    code(&mut day, 1, 10);
    day.writer.snapshot(day.record.clone());
    code(&mut day, 11, 12);
    day.writer.snapshot(day.record.clone());
    code(&mut day, 13, 15);
    day.writer.flush(Duration::from_secs(10)).expect("flush");
    let replies: Vec<Reply> = day.writer.replies().try_iter().collect();
    assert!(replies.contains(&Reply::Snapshotted(10)), "{replies:?}");
    assert!(replies.contains(&Reply::Snapshotted(12)), "{replies:?}");
    day.writer.close().expect("close");

    let on_disk: DayRecord =
        serde_json::from_slice(&std::fs::read(&paths.json).expect("json")).expect("parses");
    assert_eq!(on_disk.last_seq, 12);
    let bak: DayRecord =
        serde_json::from_slice(&std::fs::read(&paths.bak).expect("bak")).expect("parses");
    assert_eq!(bak.last_seq, 10);
    // The journal keeps what the backup lacks, so the backup alone can rebuild the day.
    let journal = std::fs::read_to_string(&paths.journal).expect("journal");
    let first: Entry =
        serde_json::from_str(journal.lines().next().expect("a line")).expect("entry");
    assert_eq!(first.seq, 11);
    assert_eq!(journal.lines().count(), 5);
    let (record, rec) = read_day(&paths.json).expect("reads");
    assert_eq!(seqs(&record), (1..=15).collect::<Vec<_>>());
    assert_eq!((rec.replayed, rec.stale), (3, 2));
}

#[test]
fn a_second_open_of_the_same_day_file_is_refused_naming_the_file_and_process() {
    let tmp = tempfile::tempdir().expect("tmp");
    let _first = open(tmp.path()).expect("opens");
    let err = open(tmp.path()).expect_err("second is refused");
    let msg = err.to_string();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(msg.contains("2026-12-03_A01.json"), "{msg}");
    assert!(
        msg.contains(&format!("process {}", std::process::id())),
        "{msg}"
    );
}

#[test]
fn the_lock_is_released_when_the_writer_closes() {
    let tmp = tempfile::tempdir().expect("tmp");
    open(tmp.path())
        .expect("opens")
        .writer
        .close()
        .expect("close");
    open(tmp.path()).expect("opens again");
}

#[test]
fn a_file_of_another_event_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().expect("tmp");
    let path = day_file(tmp.path());
    open(tmp.path())
        .expect("opens")
        .writer
        .close()
        .expect("close");
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    v["event"]["id"] = "other-event".into();
    let bytes = serde_json::to_vec_pretty(&v).expect("ser");
    std::fs::write(&path, &bytes).expect("write");
    let err = open(tmp.path()).expect_err("refused");
    assert!(err.to_string().contains("\"other-event\""), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), bytes);
}
