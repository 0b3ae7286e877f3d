//! The runs: the real binary in a pty, keys paced, the main thread's CPU time between keys.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::day;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const COLS: u16 = 120;
const ROWS: u16 = 40;
const PACE: Duration = Duration::from_millis(25);
/// A realistic stretch of coding: floor changes, codes, a targeted code.
const SCRIPT: [u8; 9] = *b"1pf2b1a3s";
const F1: &[u8] = b"\x1bOP";
const F3: &[u8] = b"\x1bOR";
const CTRL_Q: &[u8] = &[0x11];

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub fn main() {
    let runs = env_or("LGD_BENCH_RUNS", 3);
    let keys = env_or("LGD_BENCH_KEYS", 600);
    let days: Vec<(usize, tempfile::TempDir)> = [20_000usize, 100]
        .into_iter()
        .map(|n| {
            let dir = tempfile::tempdir().expect("temp dir");
            day::write(dir.path(), n);
            (n, dir)
        })
        .collect();
    let mut table: Vec<(String, Vec<f64>)> = Vec::new();
    let mut put = |what: String, v: f64| match table.iter_mut().find(|(w, _)| *w == what) {
        Some((_, all)) => all.push(v),
        None => table.push((what, vec![v])),
    };
    for run in 1..=runs {
        let empty = empty_frame_us(keys);
        put("empty frame, median µs".into(), empty.0);
        put("empty frame, p99 µs".into(), empty.1);
        let mut medians = Vec::new();
        for (n, dir) in &days {
            // A copy per run, so every run starts from the same day.
            let work = tempfile::tempdir().expect("temp dir");
            copy_dir(dir.path(), work.path());
            let got = measure(work.path(), keys, *n == 20_000);
            println!(
                "run {run}, {n} acts: per key median {:.0} µs, p99 {:.0} µs, mean {:.0} µs; \
                 whole process median {:.0} µs; peak RSS {:.1} MB after opening, {:.1} MB at the \
                 end (RSS then {:.1} MB); empty frame {:.0} µs",
                got.median,
                got.p99,
                got.mean,
                got.process_median,
                got.opened_mb,
                got.peak_mb,
                got.rss_mb,
                empty.0
            );
            put(format!("{n} acts, median µs"), got.median);
            put(format!("{n} acts, p99 µs"), got.p99);
            put(
                format!("{n} acts, median / empty frame"),
                got.median / empty.0,
            );
            put(format!("{n} acts, p99 / empty frame"), got.p99 / empty.0);
            put(
                format!("{n} acts, whole process median µs"),
                got.process_median,
            );
            if *n == 20_000 {
                put(
                    format!("{n} acts, peak RSS MB (two snapshots)"),
                    got.peak_mb,
                );
            }
            medians.push(got.median);
        }
        put("median 20,000 / median 100".into(), medians[0] / medians[1]);
    }
    println!("\nacross {runs} interleaved runs: median (spread)");
    for (what, mut all) in table {
        all.sort_by(f64::total_cmp);
        println!(
            "  {what}: {:.2} ({:.2}-{:.2})",
            all[all.len() / 2],
            all[0],
            all[all.len() - 1]
        );
    }
}

struct Got {
    median: f64,
    p99: f64,
    mean: f64,
    process_median: f64,
    peak_mb: f64,
    opened_mb: f64,
    rss_mb: f64,
}

/// Starts lgd on the day in `dir`, types `keys` keys 25 ms apart and returns the per-key figures;
/// with `snapshots`, then writes two snapshots (leaving the Observe pane does) before reading the
/// peak RSS.
fn measure(dir: &std::path::Path, keys: usize, snapshots: bool) -> Got {
    let mut tui = Tui::start(dir);
    let pid = tui.child.process_id().expect("pid");
    let before = tui.acts_shown();
    let main_thread = format!("/proc/{pid}/task/{pid}/schedstat");
    // Let the first frame and the opening settle.
    std::thread::sleep(Duration::from_millis(500));
    let opened_mb = peak_rss_mb(pid);
    let mut per_key = Vec::with_capacity(keys);
    let mut per_key_all = Vec::with_capacity(keys);
    let mut last = cpu_ns(&main_thread);
    let mut last_all = threads_ns(pid);
    let start = Instant::now();
    for i in 0..keys {
        tui.send(&[SCRIPT[i % SCRIPT.len()]]);
        let next = start + PACE * (i as u32 + 1);
        std::thread::sleep(next.saturating_duration_since(Instant::now()));
        let now = cpu_ns(&main_thread);
        let now_all = threads_ns(pid);
        per_key.push((now - last) as f64 / 1000.0);
        per_key_all.push((now_all - last_all) as f64 / 1000.0);
        last = now;
        last_all = now_all;
    }
    if std::env::var_os("LGD_BENCH_DEBUG").is_some() {
        // Which keys fill the slow windows: each script position's median and worst.
        for (k, key) in SCRIPT.iter().enumerate() {
            let mut own: Vec<f64> = per_key
                .iter()
                .skip(k)
                .step_by(SCRIPT.len())
                .copied()
                .collect();
            own.sort_by(f64::total_cmp);
            eprintln!(
                "key {:?} (position {k}): median {:.0} µs, worst {:.0} µs",
                *key as char,
                quantile(&own, 0.5),
                own.last().copied().unwrap_or(0.0)
            );
        }
        let mut slow: Vec<(f64, usize)> = per_key.iter().copied().zip(0..).collect();
        slow.sort_by(|a, b| b.0.total_cmp(&a.0));
        eprintln!(
            "slowest windows (µs, key number): {:?}",
            &slow[..slow.len().min(8)]
        );
    }
    let after = tui.wait_acts_above(before);
    assert!(after > before, "no act was coded: {}", tui.text());
    let mut peak_mb = 0.0;
    if snapshots {
        if std::env::var_os("LGD_BENCH_DEBUG").is_some() {
            eprintln!(
                "before snapshots: RSS {:.1} MB, peak {:.1} MB",
                rss_now_mb(pid),
                peak_rss_mb(pid)
            );
        }
        for _ in 0..2 {
            tui.send(F1);
            std::thread::sleep(Duration::from_millis(400));
            tui.send(F3);
            tui.send(b"1p");
            std::thread::sleep(Duration::from_millis(400));
            if std::env::var_os("LGD_BENCH_DEBUG").is_some() {
                eprintln!(
                    "after a snapshot: RSS {:.1} MB, peak {:.1} MB",
                    rss_now_mb(pid),
                    peak_rss_mb(pid)
                );
            }
        }
        peak_mb = peak_rss_mb(pid);
    }
    let rss_mb = rss_now_mb(pid);
    tui.send(CTRL_Q);
    assert!(tui.wait_exit(), "lgd did not quit cleanly: {}", tui.text());
    let mean = per_key.iter().sum::<f64>() / per_key.len() as f64;
    per_key.sort_by(f64::total_cmp);
    per_key_all.sort_by(f64::total_cmp);
    Got {
        median: quantile(&per_key, 0.5),
        p99: quantile(&per_key, 0.99),
        mean,
        process_median: quantile(&per_key_all, 0.5),
        peak_mb,
        opened_mb,
        rss_mb,
    }
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() as f64 * q) as usize).min(sorted.len() - 1)]
}

/// Nanoseconds a thread has run, from its schedstat.
fn cpu_ns(path: &str) -> u64 {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Nanoseconds every thread of `pid` has run (the writer, the input thread, the tick).
fn threads_ns(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return 0;
    };
    tasks
        .flatten()
        .map(|t| cpu_ns(&t.path().join("schedstat").to_string_lossy()))
        .sum()
}

fn peak_rss_mb(pid: u32) -> f64 {
    status_mb(pid, "VmHWM:")
}

fn rss_now_mb(pid: u32) -> f64 {
    status_mb(pid, "VmRSS:")
}

/// A memory figure of `/proc/<pid>/status`, in MB.
fn status_mb(pid: u32, key: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The floor under a key's cost: ratatui drawing a bordered 120x40 frame with one changed cell and
/// crossterm writing the escape codes (to /dev/null, so the write is a real system call); median and
/// p99 of this thread's CPU time per frame, in µs.
fn empty_frame_us(frames: usize) -> (f64, f64) {
    use cpu_time::ThreadTime;
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::text::Line;
    use ratatui::widgets::Block;
    use ratatui::{Terminal, TerminalOptions, Viewport};

    let null = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/null")
        .expect("/dev/null");
    let viewport = Viewport::Fixed(Rect::new(0, 0, COLS, ROWS));
    let mut term =
        Terminal::with_options(CrosstermBackend::new(null), TerminalOptions { viewport })
            .expect("terminal");
    let mut times = Vec::with_capacity(frames);
    for i in 0..frames {
        let cpu = ThreadTime::now();
        term.draw(|f| {
            f.render_widget(Block::bordered(), f.area());
            let cell = Rect::new(2, 2, 1, 1);
            f.render_widget(Line::raw(if i % 2 == 0 { "a" } else { "b" }), cell);
        })
        .expect("draw");
        times.push(cpu.elapsed().as_secs_f64() * 1e6);
        std::thread::sleep(PACE);
    }
    times.sort_by(f64::total_cmp);
    (quantile(&times, 0.5), quantile(&times, 0.99))
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(from).expect("inside");
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("folder");
        } else if !entry.file_name().to_string_lossy().ends_with(".lock") {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero")
}

/// lgd in a pseudo-terminal, its screen kept by vt100.
struct Tui {
    child: Box<dyn Child + Send + Sync>,
    keys: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn MasterPty + Send>,
}

impl Tui {
    fn start(dir: &std::path::Path) -> Tui {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        // Another build (the one before a change) can be measured with the same bench.
        let bin =
            std::env::var("LGD_BENCH_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_lgd").into());
        let mut cmd = CommandBuilder::new(bin);
        cmd.args(["demo", "--lang", "en", "--dir"]);
        cmd.arg(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C");
        let child = pty.slave.spawn_command(cmd).expect("spawn lgd");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let keys = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(ROWS), nz(COLS), 0)));
        let feed = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().expect("screen").process(&buf[..n]);
            }
        });
        let tui = Tui {
            child,
            keys,
            screen,
            _master: pty.master,
        };
        tui.wait(|t| t.contains("Recent acts ("));
        tui
    }

    fn text(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    fn send(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).expect("send keys");
        self.keys.flush().expect("flush keys");
    }

    fn wait(&self, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !done(&self.text()) {
            assert!(
                Instant::now() < deadline,
                "waited; screen:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The count in "Recent acts (N)".
    fn acts_shown(&self) -> usize {
        let text = self.text();
        text.split("Recent acts (")
            .nth(1)
            .and_then(|t| t.split(')').next()?.parse().ok())
            .unwrap_or(0)
    }

    fn wait_acts_above(&self, before: usize) -> usize {
        self.wait(|_| self.acts_shown() > before);
        self.acts_shown()
    }

    fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.success();
            }
            assert!(
                Instant::now() < deadline,
                "lgd did not exit:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
