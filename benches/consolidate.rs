//! Consolidating 1,000 day files (75 participants, 6 competencies, ~2,000 acts each) against a bare
//! serde_json parse of the same files, in the same run; target: within 2x.
//! Four observers per group and day, so 1,000 files are about 31 days of the 8 groups. Peak memory (VmHWM) of
//! each is printed too. The files are generated once into a temp folder.
//!
//! `cargo bench --bench consolidate` (LGD_BENCH_FILES=N for a smaller run, LGD_BENCH_DIR=DIR to
//! keep the files).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta};
use criterion::{Criterion, criterion_group};
use lgd_observer::catalog::{Catalog, demo_event};
use lgd_observer::consolidate::{ConsolidateOptions, consolidate};
use lgd_observer::model::{
    Act, Change, DayRecord, Entry, Event, EvidenceKind, Observer, Role, Score, Stamp, Turn,
};

const ACTS: usize = 2_000;
const TURNS: usize = 400;

/// A small deterministic generator (xorshift64*), so every run writes the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn files() -> usize {
    std::env::var("LGD_BENCH_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000)
}

/// Observers per group and day, as in practice (two per half group).
const PER_GROUP: usize = 4;

/// The demo event (75 participants, 8 groups) with `n` observers: four per group and day, two
/// on each half of the group, so 1,000 files span about 31 days of 32 files each.
fn event(n: usize) -> Event {
    let mut ev = demo_event().expect("demo");
    let groups: Vec<(String, Vec<String>)> = ev
        .groups
        .iter()
        .map(|g| (g.id.clone(), g.seats.values().cloned().collect()))
        .collect();
    ev.observers = (0..n)
        .map(|i| {
            let (g, members) = &groups[(i / PER_GROUP) % groups.len()];
            let half = members.len() / 2;
            let coverage = if i % PER_GROUP < PER_GROUP / 2 {
                members[..half].to_vec()
            } else {
                members[half..].to_vec()
            };
            Observer {
                id: format!("O{i:04}"),
                name: format!("Observer {i}"),
                role: Role::Primary,
                group: Some(g.clone()),
                coverage,
            }
        })
        .collect();
    ev
}

fn day(ev: &Event, observer: &str, rng: &mut Rng, t0: DateTime<FixedOffset>) -> DayRecord {
    let mut d = DayRecord::begin(
        ev,
        Catalog::builtin().resolver(),
        observer,
        None,
        t0.date_naive(),
        t0,
    )
    .expect("begin");
    let stamp = |s: f64| Stamp {
        at: t0 + TimeDelta::milliseconds((s * 1000.0) as i64),
        elapsed_s: s,
    };
    let mut seq = 0;
    let mut apply = |d: &mut DayRecord, change: Change| {
        seq += 1;
        d.apply(&Entry { seq, change }).expect("apply");
    };
    apply(
        &mut d,
        Change::PhaseStarted {
            phase: "discuss".into(),
            stamp: stamp(30.0 + rng.below(60) as f64),
        },
    );
    let members: Vec<String> = d.groups[0].seats.values().cloned().collect();
    let codes: Vec<(String, bool)> = d
        .scheme
        .codes
        .iter()
        .map(|c| (c.code.clone(), c.targeted))
        .collect();
    let length = 45.0 * 60.0;
    for i in 0..ACTS {
        let (code, targeted) = &codes[rng.below(codes.len())];
        let who = &members[rng.below(members.len())];
        let t = 100.0 + length * i as f64 / ACTS as f64 + rng.below(100) as f64 / 100.0;
        d.acts.push(Act {
            seq: i as u64 + 1,
            id: format!("{observer}-{}-{}", d.date, i + 1),
            stamp: stamp(t),
            group: d.group.clone(),
            participant: who.clone(),
            code: code.clone(),
            target: targeted.then(|| members[rng.below(members.len())].clone()),
            note: (rng.below(50) == 0).then(|| "menyampaikan usulan konkret".to_string()),
            retracted: rng.below(40) == 0,
            floor: true,
        });
    }
    for i in 0..TURNS {
        let start = 100.0 + length * i as f64 / TURNS as f64;
        d.turns.push(Turn {
            group: d.group.clone(),
            participant: members[rng.below(members.len())].clone(),
            start: stamp(start),
            end: Some(stamp(start + 2.0 + rng.below(4) as f64)),
        });
    }
    let covered = d.observer.coverage.clone();
    let comps = d.scheme.rated_competencies.clone();
    for p in &covered {
        for c in &comps {
            for _ in 0..1 + rng.below(2) {
                let level = 2.0 + rng.below(3) as f64;
                apply(
                    &mut d,
                    Change::RatingSet {
                        participant: p.clone(),
                        competency: c.clone(),
                        score: Score::Level { level },
                        note: "bukti cukup".into(),
                        reason: None,
                        at: t0 + TimeDelta::hours(1),
                    },
                );
            }
            apply(
                &mut d,
                Change::EvidenceAdded {
                    participant: p.clone(),
                    competency: c.clone(),
                    kind: EvidenceKind::Strength,
                    text: "membangun ide rekan".into(),
                    at: t0 + TimeDelta::hours(1),
                },
            );
        }
    }
    apply(
        &mut d,
        Change::RatingsSubmitted {
            at: t0 + TimeDelta::hours(2),
        },
    );
    d.last_seq += ACTS as u64;
    d
}

/// Writes the files as the store does (pretty JSON); returns their paths.
fn generate(dir: &Path, n: usize) -> Vec<PathBuf> {
    let ev = event(n);
    let t0 = DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("t0");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            let day_of = (i / (PER_GROUP * ev.groups.len())) as i64;
            let d = day(
                &ev,
                &format!("O{i:04}"),
                &mut rng,
                t0 + TimeDelta::days(day_of),
            );
            let path = dir.join(format!("{}_{}.json", d.date, d.observer.id));
            let mut bytes = serde_json::to_vec_pretty(&d).expect("json");
            bytes.push(b'\n');
            std::fs::write(&path, bytes).expect("write");
            path
        })
        .collect()
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

fn run_consolidate(dir: &Path) -> usize {
    let options = ConsolidateOptions::at(
        DateTime::parse_from_rfc3339("2026-12-03T18:00:00+07:00").expect("now"),
    );
    let c = consolidate(&[dir.to_path_buf()], &options, &mut |_, _| {}).expect("consolidates");
    c.cells.len()
}

/// Peak resident memory so far (VmHWM), in MiB; Linux only.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Resets VmHWM to the current RSS, so each measurement's peak is its own (Linux >= 4.0).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn benches(c: &mut Criterion) {
    let n = files();
    let tmp = tempfile::tempdir().expect("tmp");
    // LGD_BENCH_DIR keeps the files, e.g. to time `lgd consolidate` on them with /usr/bin/time -v.
    let kept = std::env::var_os("LGD_BENCH_DIR").map(PathBuf::from);
    let dir = kept.as_deref().unwrap_or(tmp.path());
    std::fs::create_dir_all(dir).expect("bench folder");
    let started = Instant::now();
    let paths = generate(dir, n);
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .sum();
    eprintln!(
        "generated {n} day files, {:.0} MiB, in {:.1} s",
        bytes as f64 / 1048576.0,
        started.elapsed().as_secs_f64()
    );

    // Memory first, each run from a reset peak; the parse first, so its peak is not the heap a
    // consolidation left behind (the allocator keeps freed memory resident).
    reset_peak();
    std::hint::black_box(bare_parse(&paths));
    let parse_peak = peak_mib().unwrap_or(0.0);
    reset_peak();
    std::hint::black_box(run_consolidate(dir));
    let merge_peak = peak_mib().unwrap_or(0.0);
    // Then time in interleaved pairs: the machine is shared, and load that comes and goes would
    // otherwise fall on one side of the comparison.
    let runs = 5;
    let (mut parse, mut merge, mut ratio) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(bare_parse(&paths));
        let p = t.elapsed();
        let t = Instant::now();
        std::hint::black_box(run_consolidate(dir));
        let m = t.elapsed();
        ratio.push(m.as_secs_f64() / p.as_secs_f64());
        parse.push(p);
        merge.push(m);
    }
    ratio.sort_by(f64::total_cmp);
    eprintln!(
        "median of {runs} interleaved pairs: bare parse {:.2} s, consolidate {:.2} s, ratio {:.2} \
         (target <= 2); peak RSS: parse {parse_peak:.0} MiB, consolidate {merge_peak:.0} MiB",
        median(parse).as_secs_f64(),
        median(merge).as_secs_f64(),
        ratio[runs / 2]
    );

    let mut g = c.benchmark_group(format!("{n}_day_files"));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(20));
    g.bench_function("bare_serde_parse", |b| b.iter(|| bare_parse(&paths)));
    g.bench_function("consolidate", |b| b.iter(|| run_consolidate(dir)));
    g.finish();
}

criterion_group!(consolidation, benches);

fn main() {
    consolidation();
    Criterion::default().configure_from_args().final_summary();
}
