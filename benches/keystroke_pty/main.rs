//! What an observer gets per key: the real `lgd` in a 120x40 pseudo-terminal, a day of 20,000 (and of
//! 100) acts with the discussion running, keys typed 25 ms apart as people type. Each key's cost is
//! the CPU time of lgd's main thread (the run loop: the key, the writer's reply, every redraw they
//! cause, the escape codes written to the terminal) over the 25 ms that follow it, read from
//! `/proc/<pid>/task/<pid>/schedstat` (nanoseconds). The limit it is held against is an empty frame:
//! ratatui drawing a bordered 120x40 frame with one changed cell through the crossterm backend.
//!
//! Runs alternate between the two days so the shared machine's noise falls on both. Peak RSS is read
//! after two snapshots of the 20,000-act day. Linux only (it reads /proc).
//!
//! `cargo bench --bench keystroke_pty`; `LGD_BENCH_RUNS` (default 3), `LGD_BENCH_KEYS` (600), and
//! `LGD_BENCH_BIN` to measure another build of lgd (the one before a change).

#[cfg(target_os = "linux")]
mod day;
#[cfg(target_os = "linux")]
mod real;

fn main() {
    #[cfg(target_os = "linux")]
    real::main();
    #[cfg(not(target_os = "linux"))]
    println!("keystroke_pty reads /proc and runs on Linux only");
}
