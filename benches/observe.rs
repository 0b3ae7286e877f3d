//! Key press + full redraw of the Observe pane at 120x40, with 100 and with 20,000 acts in the session.
//! The work per keystroke must not grow with the session.

use std::hint::black_box;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;
use criterion::{Criterion, criterion_group, criterion_main};
use lgd_observer::catalog::{Catalog, demo_event};
use lgd_observer::clock::{Clock, ManualClock};
use lgd_observer::model::{Act, DayRecord, Lang, Stamp, Turn};
use lgd_observer::session::Session;
use lgd_observer::tui::{App, on_key, render};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::crossterm::event::KeyCode;

/// A day with `n` acts two seconds apart, spread over the group, ending now.
fn app_with(n: usize) -> (App, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::jakarta());
    let event = Arc::new(demo_event().expect("demo"));
    let mut record = DayRecord::begin(
        &event,
        Catalog::builtin().resolver(),
        "A01",
        None,
        clock.now().date_naive(),
        clock.now(),
    )
    .expect("begin");
    let seats: Vec<String> = record.groups[0].seats.values().cloned().collect();
    let codes: Vec<String> = record.scheme.codes.iter().map(|c| c.code.clone()).collect();
    let start = clock.now();
    for i in 0..n {
        let secs = 2.0 * i as f64;
        let stamp = Stamp {
            at: start + chrono::TimeDelta::milliseconds((secs * 1000.0) as i64),
            elapsed_s: secs,
        };
        let who = seats[(i / 3) % seats.len()].clone();
        if i % 3 == 0 {
            record.turns.push(Turn {
                group: record.group.clone(),
                participant: who.clone(),
                start: stamp,
                end: None,
            });
            let len = record.turns.len();
            if len > 1 {
                record.turns[len - 2].end = Some(stamp);
            }
        }
        record.acts.push(std::sync::Arc::new(Act {
            seq: i as u64 + 1,
            id: format!("A01-20261203-{}", i + 1),
            stamp,
            group: record.group.clone(),
            participant: who,
            code: codes[i % codes.len()].clone(),
            target: None,
            note: (i % 50 == 0).then(|| "catatan".to_string()),
            retracted: i % 40 == 0,
            floor: true,
            marks: Default::default(),
        }));
    }
    record.last_seq = n as u64;
    clock.advance(2.0 * n as f64);
    let session = Session::open(record, clock.clone());
    (App::new(session, event, Lang::Id), clock)
}

/// A realistic stretch of coding: floor changes, codes, a targeted code.
const SCRIPT: [char; 9] = ['1', 'p', 'f', '2', 'b', '1', 'a', '3', 's'];

/// Per keystroke: wall-clock time, and CPU time of this thread (the work itself, whatever else the
/// machine is doing).
static TIMES: Mutex<Vec<(Duration, Duration)>> = Mutex::new(Vec::new());

/// Times `keys` keystrokes, each followed by a redraw on `term`, and returns (wall, CPU) per key.
fn run_keys<B: Backend>(
    app: &mut App,
    clock: &ManualClock,
    term: &mut Terminal<B>,
    keys: u64,
) -> Vec<(Duration, Duration)> {
    term.draw(|f| render(app, f)).expect("draw");
    let mut times = Vec::with_capacity(keys as usize);
    for i in 0..keys {
        clock.advance(0.7);
        let key = SCRIPT[i as usize % SCRIPT.len()];
        let t = Instant::now();
        let cpu = ThreadTime::now();
        black_box(on_key(app, KeyCode::Char(key).into()));
        term.draw(|f| render(app, f)).expect("draw");
        times.push((t.elapsed(), cpu.elapsed()));
    }
    times
}

fn report(what: &str, all: &[(Duration, Duration)]) {
    let quantiles = |mut v: Vec<Duration>| {
        v.sort();
        let at = |q: f64| v[((v.len() as f64 * q) as usize).min(v.len() - 1)];
        (at(0.5), at(0.99))
    };
    if !all.is_empty() {
        let (wall50, wall99) = quantiles(all.iter().map(|t| t.0).collect());
        let (cpu50, cpu99) = quantiles(all.iter().map(|t| t.1).collect());
        println!(
            "{what}, {} keystrokes: wall median {wall50:?} p99 {wall99:?}; CPU median {cpu50:?} p99 {cpu99:?}",
            all.len()
        );
    }
}

fn keystrokes(c: &mut Criterion) {
    let mut group = c.benchmark_group("observe_key_and_redraw_120x40");
    for n in [100usize, 20_000] {
        TIMES.lock().expect("times").clear();
        group.bench_function(format!("{n}_acts"), |b| {
            b.iter_custom(|iters| {
                // A fresh session per sample, so the small case stays small while it is measured.
                let (mut app, clock) = app_with(n);
                let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
                let times = run_keys(&mut app, &clock, &mut term, iters);
                let total = times.iter().map(|t| t.0).sum();
                TIMES.lock().expect("times").extend(times);
                total
            })
        });
        report(&format!("{n} acts"), &TIMES.lock().expect("times"));
    }
    // The path a real terminal takes: crossterm turning the changed cells into escape sequences
    // (written to a sink here), rather than the test backend's cell copies.
    for n in [100usize, 20_000] {
        let mut all = Vec::new();
        for _ in 0..5 {
            let (mut app, clock) = app_with(n);
            let backend = CrosstermBackend::new(std::io::sink());
            let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 120, 40));
            let mut term = Terminal::with_options(backend, ratatui::TerminalOptions { viewport })
                .expect("terminal");
            all.extend(run_keys(&mut app, &clock, &mut term, 400));
        }
        report(&format!("{n} acts, crossterm backend to a sink"), &all);
    }
    // The floor under every figure above: ratatui clearing, diffing and copying a 120x40 frame.
    group.bench_function("baseline_empty_frame", |b| {
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        b.iter(|| {
            term.draw(|f| f.render_widget(ratatui::widgets::Block::bordered(), f.area()))
                .expect("draw");
        })
    });
    group.finish();
}

criterion_group!(benches, keystrokes);
criterion_main!(benches);
