//! Day-file speed: a durable append through the writer against a bare write+fdatasync, and opening
//! a 20,000-act day with a 1,000-line journal against a bare serde_json parse of the same bytes.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use lgd_observer::catalog;
use lgd_observer::clock::{Clock, ManualClock};
use lgd_observer::model::{Act, ActIndex, Change, DayRecord, Entry, Stamp};
use lgd_observer::store::{
    DataDir, DayPaths, Disk, OpenedDay, Reply, StoreOptions, open_day, open_day_with, read_day,
};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

fn open(dir: &Path) -> OpenedDay {
    let event = catalog::demo_event().unwrap();
    open_day(
        &DataDir::at(dir),
        &event,
        "A01",
        None,
        date(),
        &ManualClock::jakarta(),
    )
    .unwrap()
}

fn open_with(dir: &Path, disk: Box<dyn Disk>) -> OpenedDay {
    let event = catalog::demo_event().unwrap();
    let options = StoreOptions {
        disk,
        ..StoreOptions::default()
    };
    let clock = ManualClock::jakarta();
    open_day_with(
        &DataDir::at(dir),
        &event,
        "A01",
        None,
        date(),
        &clock,
        options,
    )
    .unwrap()
}

fn act(clock: &ManualClock, seq: u64) -> Entry {
    Entry {
        seq,
        change: Change::ActCoded {
            act: std::sync::Arc::new(Act {
                seq,
                id: format!("A01-2026-12-03-{seq}"),
                stamp: Stamp {
                    at: clock.now(),
                    elapsed_s: seq as f64 * 0.7,
                },
                group: "G1".into(),
                participant: "P74".into(),
                code: "INIT".into(),
                target: Some("P10".into()),
                note: None,
                retracted: false,
                floor: true,
                marks: Default::default(),
            }),
        },
    }
}

fn code(day: &mut OpenedDay, clock: &ManualClock, from: u64, to: u64) {
    let mut index = ActIndex::default();
    for seq in from..=to {
        let e = act(clock, seq);
        day.record.apply_indexed(&e, &mut index).unwrap();
        day.writer.append(e);
    }
}

/// A scratch folder on the same disk as the build, not a RAM disk, so fdatasync does real work.
fn scratch() -> tempfile::TempDir {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
    tempfile::tempdir_in(base).unwrap()
}

fn durable_append(c: &mut Criterion) {
    let tmp = scratch();
    let clock = ManualClock::jakarta();
    let day = open(tmp.path());
    let line_len = serde_json::to_vec(&act(&clock, 100_000)).unwrap().len() + 1;
    let bare_path = tmp.path().join("bare.jsonl");
    let mut bare = File::options()
        .create(true)
        .append(true)
        .open(&bare_path)
        .unwrap();
    let mut line = vec![b'x'; line_len - 1];
    line.push(b'\n');

    let mut seq = 100_000;
    let mut bare_once = || {
        bare.write_all(&line).unwrap();
        bare.sync_data().unwrap();
    };
    let mut writer_once = || {
        seq += 1;
        day.writer.append(act(&clock, seq));
        loop {
            match day.writer.replies().recv().unwrap() {
                Reply::Saved(s) if s >= seq => break,
                Reply::Failed(_, e) => panic!("{e}"),
                _ => {}
            }
        }
    };
    // The shared disk stalls now and then for milliseconds, and a stall swamps a sample's mean
    // whichever side it hits; per-operation medians of interleaved pairs show the steady cost.
    let (mut bare_t, mut writer_t) = (Vec::new(), Vec::new());
    for _ in 0..600 {
        let t = Instant::now();
        bare_once();
        bare_t.push(t.elapsed());
        let t = Instant::now();
        writer_once();
        writer_t.push(t.elapsed());
    }
    bare_t.sort();
    writer_t.sort();
    let (b50, w50) = (bare_t[300], writer_t[300]);
    eprintln!(
        "paired per-append medians: bare {b50:?}, writer {w50:?}, ratio {:.2}",
        w50.as_secs_f64() / b50.as_secs_f64()
    );
    // Each iteration does both, timing one: the machine's load and the disk's mood then hit
    // both sides alike instead of whichever ran second.
    let mut g = c.benchmark_group("durable append of one change");
    g.bench_function("bare write + fdatasync", |b| {
        b.iter_custom(|iters| {
            let mut times = Vec::with_capacity(iters as usize);
            for _ in 0..iters {
                writer_once();
                let t = Instant::now();
                bare_once();
                times.push(t.elapsed());
            }
            median_total(times)
        })
    });
    g.bench_function("Writer::append until Saved", |b| {
        b.iter_custom(|iters| {
            let mut times = Vec::with_capacity(iters as usize);
            for _ in 0..iters {
                bare_once();
                let t = Instant::now();
                writer_once();
                times.push(t.elapsed());
            }
            median_total(times)
        })
    });
    g.finish();

    // What the thread hand-off alone costs: the same path with a disk that does nothing.
    let null_day = open_with(&tmp.path().join("null"), Box::new(NullDisk));
    let mut seq = 0;
    c.bench_function("Writer::append until Saved, disk that does nothing", |b| {
        b.iter(|| {
            seq += 1;
            null_day.writer.append(act(&clock, seq));
            while !matches!(null_day.writer.replies().recv().unwrap(), Reply::Saved(s) if s >= seq)
            {
            }
        })
    });
}

/// A sample's median operation times its count, so a rare multi-millisecond stall of the shared
/// disk does not decide the comparison.
fn median_total(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2] * times.len() as u32
}

struct NullDisk;

impl Disk for NullDisk {
    fn append(&mut self, _: &Path, _: &[u8]) -> std::io::Result<()> {
        Ok(())
    }
    fn truncate(&mut self, _: &Path, _: u64) -> std::io::Result<()> {
        Ok(())
    }
    fn write_file(&mut self, _: &Path, _: &[u8]) -> std::io::Result<()> {
        Ok(())
    }
    fn rename(&mut self, _: &Path, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn sync_dir(&mut self, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn still_there(&mut self, _: &Path) -> bool {
        true
    }
}

/// A day file with 20,000 acts in the snapshot and 1,000 more in the journal.
fn big_day(dir: &Path) -> PathBuf {
    let clock = ManualClock::jakarta();
    let mut day = open(dir);
    code(&mut day, &clock, 1, 20_000);
    // Twice, so the backup holds the 20,000 too and the journal restarts empty.
    day.writer.snapshot(day.record.clone());
    day.writer.snapshot(day.record.clone());
    code(&mut day, &clock, 20_001, 21_000);
    let path = day.path.clone();
    day.writer.close().unwrap();
    let journal = std::fs::read_to_string(DayPaths::of(&path).journal).unwrap();
    assert_eq!(journal.lines().count(), 1_000);
    path
}

fn open_big_day(c: &mut Criterion) {
    let tmp = scratch();
    let path = big_day(tmp.path());
    let journal = DayPaths::of(&path).journal;
    let mut g = c.benchmark_group("open a 20,000-act day with a 1,000-line journal");
    g.bench_function("bare serde_json parse of the same bytes", |b| {
        b.iter(|| {
            let snap = std::fs::read(&path).unwrap();
            let record: DayRecord = serde_json::from_slice(&snap).unwrap();
            let lines = std::fs::read(&journal).unwrap();
            let entries: Vec<Entry> = lines
                .split(|&b| b == b'\n')
                .filter(|l| !l.is_empty())
                .map(|l| serde_json::from_slice(l).unwrap())
                .collect();
            (record, entries)
        })
    });
    g.bench_function("read_day (parse + replay)", |b| {
        b.iter(|| {
            let (record, rec) = read_day(&path).unwrap();
            assert_eq!((record.acts.len(), rec.replayed), (21_000, 1_000));
            record
        })
    });
    g.bench_function("open_day + close (lock, writer thread)", |b| {
        b.iter(|| {
            let day = open(tmp.path());
            day.writer.close().unwrap();
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = durable_append, open_big_day
}
criterion_main!(benches);
