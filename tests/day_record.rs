//! Folding changes into a day record: every kind of change lands where the file promises.

mod common;

use lgd_observer::catalog::demo_event;
use lgd_observer::model::{Act, ApplyError, Change, DayRecord, Entry, EvidenceKind, Score, Stamp};

use common::day::t0 as at;

fn day() -> DayRecord {
    common::day::begin(&demo_event().expect("demo"), "A01", None)
}

fn stamp(s: f64) -> Stamp {
    Stamp {
        at: at(),
        elapsed_s: s,
    }
}

fn act(id: &str, who: &str, code: &str) -> Act {
    Act {
        seq: 1,
        id: id.into(),
        stamp: stamp(1.0),
        group: "G1".into(),
        participant: who.into(),
        code: code.into(),
        target: None,
        note: None,
        retracted: false,
        floor: true,
        marks: Default::default(),
    }
}

fn apply(d: &mut DayRecord, change: Change) -> Result<(), ApplyError> {
    let seq = d.last_seq + 1;
    d.apply(&Entry { seq, change })
}

#[test]
fn retract_restore_and_note_keep_the_act_in_the_file() {
    let mut d = day();
    apply(
        &mut d,
        Change::ActCoded {
            act: act("a1", "P74", "PROP").into(),
        },
    )
    .expect("code");
    apply(&mut d, Change::ActRetracted { id: "a1".into() }).expect("retract");
    assert!(d.acts[0].retracted);
    apply(&mut d, Change::ActRestored { id: "a1".into() }).expect("restore");
    assert!(!d.acts[0].retracted);
    apply(
        &mut d,
        Change::ActNoted {
            id: "a1".into(),
            note: "  usul smart city ".into(),
        },
    )
    .expect("note");
    assert_eq!(d.acts[0].note.as_deref(), Some("usul smart city"));
    assert_eq!(d.last_seq, 4);
    let before = d.clone();
    let err = apply(&mut d, Change::ActRetracted { id: "zz".into() }).unwrap_err();
    assert!(matches!(err, ApplyError::UnknownAct { .. }));
    assert_eq!(d, before, "a rejected change leaves the record untouched");
    let dup = apply(
        &mut d,
        Change::ActCoded {
            act: act("a1", "P74", "PROP").into(),
        },
    )
    .unwrap_err();
    assert!(matches!(dup, ApplyError::DuplicateAct { .. }));
}

#[test]
fn taking_the_floor_ends_the_previous_turn() {
    let mut d = day();
    apply(
        &mut d,
        Change::FloorTaken {
            group: "G1".into(),
            participant: "P74".into(),
            stamp: stamp(10.0),
        },
    )
    .expect("a");
    apply(
        &mut d,
        Change::FloorTaken {
            group: "G1".into(),
            participant: "P10".into(),
            stamp: stamp(25.0),
        },
    )
    .expect("b");
    apply(&mut d, Change::FloorReleased { stamp: stamp(40.0) }).expect("c");
    assert_eq!(d.turns.len(), 2);
    assert_eq!(d.turns[0].seconds(99.0), 15.0);
    assert_eq!(d.turns[1].seconds(99.0), 15.0);
    assert!(d.turns.iter().all(|t| t.end.is_some()));
}

#[test]
fn phases_run_pause_and_hand_over() {
    let mut d = day();
    apply(
        &mut d,
        Change::PhaseStarted {
            phase: "discuss".into(),
            stamp: stamp(0.0),
        },
    )
    .expect("start");
    apply(&mut d, Change::PhasePaused { stamp: stamp(60.0) }).expect("pause");
    apply(
        &mut d,
        Change::PhaseStarted {
            phase: "discuss".into(),
            stamp: stamp(100.0),
        },
    )
    .expect("resume");
    apply(
        &mut d,
        Change::PhaseStarted {
            phase: "mission".into(),
            stamp: stamp(130.0),
        },
    )
    .expect("next");
    let discuss = d.phases.iter().find(|p| p.id == "discuss").expect("phase");
    assert_eq!(discuss.elapsed_s(500.0), 90.0);
    assert_eq!(d.running_phase().map(|p| p.id.as_str()), Some("mission"));
    assert!(matches!(
        apply(
            &mut d,
            Change::PhaseStarted {
                phase: "nope".into(),
                stamp: stamp(1.0)
            }
        ),
        Err(ApplyError::UnknownPhase { .. })
    ));
}

#[test]
fn ratings_keep_history_and_mark_post_submission_edits() {
    let mut d = day();
    let set = |level: f64, reason: Option<&str>| Change::RatingSet {
        participant: "P74".into(),
        competency: "M.2".into(),
        score: Score::Level { level },
        note: String::new(),
        reason: reason.map(str::to_string),
        at: at(),
    };
    apply(&mut d, set(2.0, None)).expect("first");
    apply(&mut d, set(3.0, None)).expect("second");
    apply(&mut d, Change::RatingsSubmitted { at: at() }).expect("submit");
    apply(&mut d, set(4.0, Some("salah ketik"))).expect("after");
    let r = d.rating("P74", "M.2").expect("cell");
    assert_eq!(r.score, Score::Level { level: 4.0 });
    assert_eq!(r.history.len(), 3);
    assert!(!r.history[1].after_submission);
    assert!(r.history[2].after_submission);
    assert_eq!(r.history[2].reason.as_deref(), Some("salah ketik"));
    apply(
        &mut d,
        Change::EvidenceAdded {
            participant: "P74".into(),
            competency: "M.2".into(),
            kind: EvidenceKind::Strength,
            text: "mengajak yang diam".into(),
            reason: None,
            at: at(),
        },
    )
    .expect("evidence");
    assert_eq!(d.evidence.len(), 1);
}

#[test]
fn a_day_record_survives_a_json_round_trip() {
    let mut d = day();
    apply(
        &mut d,
        Change::ActCoded {
            act: act("a1", "P74", "BUILD").into(),
        },
    )
    .expect("code");
    apply(
        &mut d,
        Change::GroupOutputSet {
            group: "G1".into(),
            text: "Misi: ...".into(),
            at: at(),
        },
    )
    .expect("out");
    let text = serde_json::to_string_pretty(&d).expect("ser");
    let back: DayRecord = serde_json::from_str(&text).expect("de");
    assert_eq!(back, d);
}
