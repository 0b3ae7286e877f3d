//! A day of the demo event on disk with `n` acts ending now and the discussion still running, as
//! `lgd demo --dir` opens it today.

use std::path::Path;

use lgd_observer::catalog::demo_event;
use lgd_observer::clock::{Clock, SystemClock};
use lgd_observer::model::{Act, Segment, Stamp, Turn};
use lgd_observer::store::{DataDir, open_day};

/// Writes observer A01's day for today under the data folder `dir`.
pub fn write(dir: &Path, n: usize) {
    let event = demo_event().expect("demo event");
    let clock = SystemClock::default();
    let now = clock.now();
    let opened = open_day(
        &DataDir::at(dir),
        &event,
        "A01",
        None,
        now.date_naive(),
        &clock,
    )
    .expect("open the day");
    let mut record = opened.record;
    let seats: Vec<String> = record.groups[0].seats.values().cloned().collect();
    let codes: Vec<String> = record.scheme.codes.iter().map(|c| c.code.clone()).collect();
    // One act a second, the last a few seconds ago.
    let start = now - chrono::TimeDelta::seconds(n as i64 + 5);
    let stamp_at = |secs: f64| Stamp {
        at: start + chrono::TimeDelta::milliseconds((secs * 1000.0) as i64),
        elapsed_s: secs,
    };
    let discussion = record
        .phases
        .iter_mut()
        .find(|p| p.coded)
        .expect("a coded phase");
    discussion.segments.push(Segment {
        start: stamp_at(0.0),
        end: None,
    });
    for i in 0..n {
        let stamp = stamp_at(i as f64);
        let who = seats[(i / 3) % seats.len()].clone();
        if i % 3 == 0 {
            if let Some(last) = record.turns.last_mut() {
                last.end = Some(stamp);
            }
            record.turns.push(Turn {
                group: record.group.clone(),
                participant: who.clone(),
                start: stamp,
                end: None,
            });
        }
        record.acts.push(std::sync::Arc::new(Act {
            seq: i as u64 + 1,
            id: format!("A01-bench-{}", i + 1),
            stamp,
            group: record.group.clone(),
            participant: who,
            code: codes[i % codes.len()].clone(),
            target: None,
            note: (i % 50 == 0).then(|| "catatan".to_string()),
            retracted: i % 40 == 0,
            floor: true,
            marks: Box::default(),
        }));
    }
    record.last_seq = n as u64;
    opened.writer.snapshot(record);
    opened.writer.close().expect("write the day");
}
