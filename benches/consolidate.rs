//! What the lead waits for, against the floor of a bare serde_json parse measured in the same run:
//!
//! - `lgd consolidate` as the lead runs it (the real binary: starting, reading, merging, writing
//!   `consolidated.json`, exiting) on 10, 100 and 1,000 day files shaped like a real day (written
//!   by the rehearsal `lgd demo --rehearse` uses, one rehearsed day per date), against a
//!   single-threaded bare parse of the same files in this process (target: 1.5x); its progress
//!   bar is not drawn (standard error is not a terminal here), and what starting a process
//!   costs is printed beside it;
//! - `lgd check` (the real binary) on one day file of 20,000 acts, against a bare parse of it
//!   (target: 1.5x), with its peak memory.
//!
//! Each comparison runs in interleaved pairs, since the machine is shared and load that comes and
//! goes would otherwise fall on one side; medians and the spread (min-max) of the ratios are printed.
//! Wall ratios show what the lead waits; CPU ratios (all threads) the work done.
//!
//! `cargo bench --bench consolidate` (LGD_BENCH_SIZES=10,100 for fewer, LGD_BENCH_RUNS=N pairs,
//! LGD_BENCH_DIR=DIR to keep the files, e.g. for the pandas peer).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeDelta};
use cpu_time::ProcessTime;
use lgd_observer::catalog::{Catalog, demo_event};
use lgd_observer::model::{DayRecord, Event};
use lgd_observer::rehearsal::rehearse;
use lgd_observer::store::DayName;

fn env_list(name: &str, default: &[usize]) -> Vec<usize> {
    std::env::var(name)
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| default.to_vec())
}

/// Writes `n` rehearsed day files (as the store writes them: pretty JSON) into `dir`, one
/// rehearsed day per date with its own seed, as a multi-day event runs: the same observers every
/// day, each day its own participants and groups; returns their paths, sorted.
fn generate(ev: &Event, dir: &Path, n: usize) -> Vec<PathBuf> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("bench folder");
    let first = ev.dates.first().copied().expect("the demo event is dated");
    let mut paths = Vec::new();
    let mut stamp = None;
    for k in 0u64.. {
        let date = first + TimeDelta::days(k as i64);
        let days = rehearse(
            &day_of(ev, k),
            Catalog::builtin().resolver(),
            date,
            2026 + k,
        )
        .expect("rehearse");
        for mut d in days {
            if paths.len() == n {
                paths.sort();
                return paths;
            }
            // One event definition for every day, as the day files of one event share.
            d.event = stamp.get_or_insert_with(|| d.event.clone()).clone();
            paths.push(write_day(dir, &d));
        }
    }
    unreachable!("the loop returns once n files are written")
}

/// The event as on its `k`-th day: participant and group ids of that day's cohort.
fn day_of(ev: &Event, k: u64) -> Event {
    let mut day = ev.clone();
    let renamed = |id: &mut String| *id = format!("{id}D{k:02}");
    day.participants.iter_mut().for_each(|p| renamed(&mut p.id));
    for g in &mut day.groups {
        renamed(&mut g.id);
        g.seats.values_mut().for_each(renamed);
    }
    for o in &mut day.observers {
        o.group.iter_mut().for_each(renamed);
        o.coverage.iter_mut().for_each(renamed);
    }
    day
}

fn write_day(dir: &Path, d: &DayRecord) -> PathBuf {
    let name = DayName {
        date: d.date,
        observer: d.observer.id.clone(),
    };
    let path = dir.join(name.file_name());
    let mut bytes = serde_json::to_vec_pretty(d).expect("json");
    bytes.push(b'\n');
    std::fs::write(&path, bytes).expect("write");
    path
}

/// One rehearsed day file with its acts repeated (ids and sequence numbers renewed) to `acts`.
fn big_day(ev: &Event, dir: &Path, acts: usize) -> PathBuf {
    let date: NaiveDate = ev.dates.first().copied().expect("dated");
    let days = rehearse(ev, Catalog::builtin().resolver(), date, 7).expect("rehearse");
    let mut d = days.into_iter().next().expect("a day");
    let base = d.acts.clone();
    d.acts.clear();
    for i in 0..acts {
        let mut a = (*base[i % base.len()]).clone();
        a.seq = i as u64 + 1;
        a.id = format!("{}-{}-{}", d.observer.id, d.date, i + 1);
        d.acts.push(a.into());
    }
    d.last_seq = d.last_seq.max(acts as u64 + 1_000);
    std::fs::create_dir_all(dir).expect("folder");
    write_day(dir, &d)
}

fn bare_parse(paths: &[PathBuf]) -> usize {
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("read");
            let d: DayRecord = serde_json::from_slice(&bytes).expect("parse");
            d.acts.len()
        })
        .sum()
}

/// `lgd consolidate` as the lead runs it: the real binary, its output written, its exit.
fn run_consolidate(dir: &Path, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_lgd"))
        .args([
            "consolidate".as_ref(),
            dir.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ])
        .args(["--lang", "en"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("lgd runs");
    assert!(
        status.success(),
        "lgd consolidate failed on {}",
        dir.display()
    );
}

/// Children's CPU time so far and their peak RSS in MiB (Linux).
#[cfg(unix)]
fn children() -> (Duration, f64) {
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage only writes the struct it is given.
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut u) };
    let t = |v: libc::timeval| Duration::new(v.tv_sec as u64, v.tv_usec as u32 * 1000);
    (t(u.ru_utime) + t(u.ru_stime), u.ru_maxrss as f64 / 1024.0)
}

/// Windows has no getrusage; the `lgd check` figures are measured on Linux.
#[cfg(not(unix))]
fn children() -> (Duration, f64) {
    (Duration::ZERO, 0.0)
}

/// CPU time of `lgd ARGS`, less that of `lgd --version` run just before: what the command
/// costs beyond starting the process.
fn run_lgd(args: &[&std::ffi::OsStr]) -> f64 {
    let lgd = Path::new(env!("CARGO_BIN_EXE_lgd"));
    child_cpu(lgd, args, true) - child_cpu(lgd, &["--version".as_ref()], true)
}

/// CPU time of a bare parse of `file` in a process of its own (this bench, started again), less
/// that of the same process starting and ending at once.
fn fresh_bare_parse(file: &Path) -> f64 {
    let me = std::env::current_exe().expect("the bench's own path");
    child_cpu(&me, &["--bare-parse".as_ref(), file.as_os_str()], true)
        - child_cpu(&me, &["--started".as_ref()], false)
}

/// CPU time of running `program ARGS` to its end; `says` when it must print something.
fn child_cpu(program: &Path, args: &[&std::ffi::OsStr], says: bool) -> f64 {
    let before = children().0;
    let out = Command::new(program)
        .args(args)
        .output()
        .expect("the program runs");
    assert!(out.status.success(), "{} failed", program.display());
    assert!(!says || !out.stdout.is_empty(), "it said nothing");
    (children().0 - before).as_secs_f64()
}

/// A side of a comparison: its wall and CPU time per run.
#[derive(Default)]
struct Side {
    wall: Vec<f64>,
    cpu: Vec<f64>,
}

fn timed(side: &mut Side, f: impl FnOnce()) {
    let (w, c, k) = (Instant::now(), ProcessTime::now(), children().0);
    f();
    side.wall.push(w.elapsed().as_secs_f64());
    // The bench's own threads and any child it waited for (the real `lgd`).
    side.cpu
        .push(c.elapsed().as_secs_f64() + (children().0 - k).as_secs_f64());
}

/// Median and (min, max) of the pairwise ratios.
fn ratios(top: &[f64], bottom: &[f64]) -> (f64, f64, f64) {
    let mut r: Vec<f64> = top.iter().zip(bottom).map(|(a, b)| a / b).collect();
    r.sort_by(f64::total_cmp);
    (r[r.len() / 2], r[0], r[r.len() - 1])
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn consolidation(ev: &Event, root: &Path, n: usize, runs: usize) {
    let dir = root.join(format!("days_{n}"));
    let out = root.join(format!("out_{n}"));
    let paths = generate(ev, &dir, n);
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .sum();
    // One of each first, so the files are in the page cache for both sides.
    std::hint::black_box(bare_parse(&paths));
    run_consolidate(&dir, &out);
    let (mut parse, mut merge, mut start) = (Side::default(), Side::default(), Side::default());
    for _ in 0..runs {
        timed(&mut start, || {
            Command::new(env!("CARGO_BIN_EXE_lgd"))
                .arg("--version")
                .output()
                .expect("lgd runs");
        });
        timed(&mut parse, || {
            std::hint::black_box(bare_parse(&paths));
        });
        timed(&mut merge, || {
            run_consolidate(&dir, &out);
        });
    }
    let (w, wlo, whi) = ratios(&merge.wall, &parse.wall);
    let (c, clo, chi) = ratios(&merge.cpu, &parse.cpu);
    eprintln!(
        "{n:>5} files ({:.0} MiB): bare parse {:.3} s, consolidate+write {:.3} s; wall ratio {w:.2} \
         ({wlo:.2}-{whi:.2}), CPU ratio {c:.2} ({clo:.2}-{chi:.2}); {runs} pairs, target wall <= 1.5; \
         starting and ending a process (`lgd --version`) {:.1} ms of it",
        bytes as f64 / 1048576.0,
        median(&parse.wall),
        median(&merge.wall),
        median(&start.wall) * 1e3,
    );
}

fn check(ev: &Event, root: &Path, acts: usize, runs: usize) {
    let file = big_day(ev, &root.join("check"), acts);
    let paths = [file.clone()];
    std::hint::black_box(bare_parse(&paths));
    let args = ["check".as_ref(), "--json".as_ref(), file.as_os_str()];
    run_lgd(&args);
    let (mut parse, mut checked, mut fresh) = (Side::default(), Vec::new(), Vec::new());
    for _ in 0..runs {
        timed(&mut parse, || {
            std::hint::black_box(bare_parse(&paths));
        });
        checked.push(run_lgd(&args));
        fresh.push(fresh_bare_parse(&file));
    }
    let (c, lo, hi) = ratios(&checked, &parse.cpu);
    let (f, flo, fhi) = ratios(&checked, &fresh);
    eprintln!(
        "lgd check, {acts} acts: bare parse {:.1} ms CPU, lgd check {:.1} ms CPU (beyond `lgd --version`); CPU ratio {c:.2} ({lo:.2}-{hi:.2}); peak RSS {:.0} MiB; {runs} pairs, target <= 1.5",
        median(&parse.cpu) * 1e3,
        median(&checked) * 1e3,
        children().1,
    );
    // A fresh process pays for the pages the file and its record first touch, which the bare
    // parse above, repeated in a warm process, does not: the same parse as a process of its own.
    eprintln!(
        "  the bare parse as a process of its own: {:.1} ms CPU (beyond starting); lgd check / it {f:.2} ({flo:.2}-{fhi:.2})",
        median(&fresh) * 1e3,
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--list" || a == "--started") {
        return;
    }
    // The bare parse as a process of its own (see `check`).
    if let Some(file) = args
        .iter()
        .position(|a| a == "--bare-parse")
        .and_then(|i| args.get(i + 1))
    {
        println!("{}", bare_parse(&[PathBuf::from(file)]));
        return;
    }
    let ev = demo_event().expect("demo");
    let tmp = tempfile::tempdir().expect("tmp");
    let kept = std::env::var_os("LGD_BENCH_DIR").map(PathBuf::from);
    let root = kept.as_deref().unwrap_or(tmp.path());
    let runs = env_list("LGD_BENCH_RUNS", &[7])[0].max(1);
    check(&ev, root, 20_000, runs);
    for n in env_list("LGD_BENCH_SIZES", &[10, 100, 1_000]) {
        consolidation(&ev, root, n, runs);
    }
}
