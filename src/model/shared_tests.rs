//! The session's and the writer's records share each act instead of holding a copy apiece.

use std::sync::Arc;

use chrono::DateTime;

use super::{Change, Correction, DayRecord, Entry, Stamp, coded};
use crate::catalog::{demo_day, demo_event};

fn day() -> DayRecord {
    let ev = demo_event().expect("demo");
    let at = DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("time");
    demo_day(&ev, at)
}

fn stamp(elapsed_s: f64) -> Stamp {
    let at = DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("time");
    Stamp { at, elapsed_s }
}

#[test]
fn both_records_fed_one_change_hold_one_act_and_a_later_change_copies_that_act_alone() {
    let (mut session, mut writer) = (day(), day());
    for seq in 1..=3 {
        let e = coded(seq, format!("a{seq}"), stamp(seq as f64));
        session.apply(&e).expect("applies");
        writer.apply(&e).expect("applies");
    }
    for (s, w) in session.acts.iter().zip(&writer.acts) {
        assert!(Arc::ptr_eq(s, w), "{} is held twice", s.id);
    }
    let changes = [
        Change::ActRetracted { id: "a2".into() },
        Change::ActNoted {
            id: "a3".into(),
            note: "catatan".into(),
        },
        Change::ActCorrected {
            id: "a1".into(),
            fix: Correction {
                participant: "P10".into(),
                code: "ASK".into(),
                target: None,
                time: stamp(1.5),
            },
            stamp: stamp(9.0),
        },
    ];
    // Only the session has seen these: the writer's acts must be as they were.
    for (seq, change) in (4..).zip(changes) {
        session.apply(&Entry { seq, change }).expect("applies");
    }
    assert!(session.acts[1].retracted && !writer.acts[1].retracted);
    assert_eq!(session.acts[2].note.as_deref(), Some("catatan"));
    assert_eq!(writer.acts[2].note, None);
    assert_eq!(
        (
            session.acts[0].participant.as_str(),
            writer.acts[0].participant.as_str()
        ),
        ("P10", "P74")
    );
    assert!(
        session
            .acts
            .iter()
            .zip(&writer.acts)
            .all(|(s, w)| !Arc::ptr_eq(s, w))
    );
}

#[test]
fn a_read_day_gives_each_act_its_own_box_in_file_order() {
    let mut d = day();
    for seq in 1..=3 {
        d.apply(&coded(seq, format!("a{seq}"), stamp(seq as f64)))
            .expect("applies");
    }
    let read: DayRecord =
        serde_json::from_slice(&serde_json::to_vec(&d).expect("json")).expect("parses");
    assert_eq!(read, d);
    assert!(!Arc::ptr_eq(&read.acts[0], &d.acts[0]));
}
