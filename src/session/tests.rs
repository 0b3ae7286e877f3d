//! The grammar, undo/redo, notes, duplicates, phases and statistics, key by key with a manual clock.

use std::sync::Arc;

use super::*;
use crate::catalog::{demo_day, demo_event};
use crate::clock::ManualClock;
use crate::model::{Change, DayRecord};

/// Demo group G1 seen by A01 (covers seats 1-5): 1 P74, 2 P10, 3 P48, 4 P12, 5 P17 ... 10 P64.
fn record(clock: &ManualClock) -> DayRecord {
    let event = demo_event().expect("demo event");
    demo_day(&event, clock.now())
}

pub(super) fn session() -> (Session, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::jakarta());
    let rec = record(&clock);
    (Session::open(rec, clock.clone()), clock)
}

pub(super) fn keys(s: &mut Session, text: &str) -> Vec<Outcome> {
    text.chars()
        .map(|c| {
            s.press(match c {
                ' ' => Stroke::Space,
                c => Stroke::Char(c),
            })
        })
        .collect()
}

pub(super) fn live_codes(s: &Session) -> Vec<String> {
    s.record()
        .acts
        .iter()
        .filter(|a| !a.retracted)
        .map(|a| format!("{}:{}", a.participant, a.code))
        .collect()
}

#[test]
fn seat_digit_takes_the_floor_and_ends_the_running_turn() {
    let (mut s, clock) = session();
    let out = s.press(Stroke::Char('1'));
    assert!(
        matches!(&out.entries[0].change, Change::FloorTaken { participant, .. } if participant == "P74")
    );
    assert_eq!(s.floor(), s.seat(1));
    clock.advance(10.0);
    s.press(Stroke::Char('2'));
    assert_eq!(s.floor(), s.seat(2));
    let turns = &s.record().turns;
    assert_eq!(turns.len(), 2);
    assert_eq!(turns[0].end.map(|e| e.elapsed_s), Some(10.0));
    let p1 = s.seat(1).expect("seat 1");
    assert_eq!(s.stats().people[p1].turns, 1);
    assert_eq!(s.stats().airtime_s(p1, s.now_s()), 10.0);
}

#[test]
fn same_digit_again_keeps_the_floor_and_space_is_silence() {
    let (mut s, _) = session();
    let out = keys(&mut s, "33");
    assert!(
        out[1].entries.is_empty(),
        "the same seat again records nothing"
    );
    assert_eq!(out[1].notice, Some(Notice::StillSpeaking(3)));
    assert_eq!(s.floor(), s.seat(3));
    assert!(s.record().turns[0].end.is_none());
    // A code after the habitual re-press still goes to the speaker.
    let out = keys(&mut s, "a");
    assert!(matches!(&out[0].entries[0].change, Change::ActCoded { act } if act.floor));
    let out = keys(&mut s, "4 ");
    assert!(matches!(
        out[1].entries[0].change,
        Change::FloorReleased { .. }
    ));
    assert_eq!(s.floor(), None);
    // Silence when already silent records nothing.
    assert!(s.press(Stroke::Space).entries.is_empty());
}

#[test]
fn minus_and_equals_reach_seats_eleven_and_twelve() {
    let clock = Arc::new(ManualClock::jakarta());
    let mut rec = record(&clock);
    let event = demo_event().expect("demo");
    for (seat, id) in [(11u8, "P01"), (12, "P02")] {
        rec.participants
            .push(event.participant(id).expect("participant").clone());
        rec.groups[0].seats.insert(seat, id.to_string());
    }
    let mut s = Session::open(rec, clock);
    s.press(Stroke::Char('-'));
    assert_eq!(s.floor(), s.person_index("P01"));
    s.press(Stroke::Char('='));
    assert_eq!(s.floor(), s.person_index("P02"));
}

#[test]
fn an_empty_seat_says_so_and_records_nothing() {
    let (mut s, _) = session();
    let out = s.press(Stroke::Char('-'));
    assert_eq!(out.notice, Some(Notice::EmptySeat(11)));
    assert!(out.entries.is_empty());
    assert!(s.record().turns.is_empty());
}

#[test]
fn a_letter_codes_the_floor_holder() {
    let (mut s, _) = session();
    let out = keys(&mut s, "1p");
    let act = &s.record().acts[0];
    assert_eq!(act.participant, "P74");
    assert_eq!(act.code, "PROP");
    assert!(act.floor);
    assert_eq!(act.id, "A01-20261203-1");
    // Before any phase: allowed, but marked and said.
    assert!(act.marks.outside);
    assert_eq!(out[1].notice, Some(Notice::CodedOutside(0)));
    assert!(
        matches!(&out[1].entries[0].change, Change::ActCoded { act } if act.id == "A01-20261203-1")
    );
}

#[test]
fn a_letter_with_nobody_on_the_floor_records_nothing() {
    let (mut s, _) = session();
    let out = s.press(Stroke::Char('p'));
    assert_eq!(out.notice, Some(Notice::NoFloor));
    assert!(out.entries.is_empty());
    assert!(s.record().acts.is_empty());
    let out = keys(&mut s, "1q");
    assert_eq!(out[1].notice, Some(Notice::UnknownKey('q')));
    assert!(s.record().acts.is_empty());
}

#[test]
fn dot_and_seat_pick_someone_without_the_floor() {
    let (mut s, _) = session();
    keys(&mut s, "1.3");
    assert_eq!(
        s.chord(),
        Chord::Picked {
            person: s.seat(3).expect("seat")
        }
    );
    let out = s.press(Stroke::Char('d'));
    assert!(out.entries.is_empty(), "SUPP is targeted and waits");
    s.press(Stroke::Char('1'));
    let act = &s.record().acts[0];
    assert_eq!(
        (act.participant.as_str(), act.code.as_str()),
        ("P48", "SUPP")
    );
    assert_eq!(act.target.as_deref(), Some("P74"));
    assert!(!act.floor);
    assert_eq!(s.floor(), s.seat(1), "the floor stays with seat 1");
    assert_eq!(s.record().turns.len(), 1);
    // A dot then a letter asks for the seat first.
    let out = keys(&mut s, ".p");
    assert_eq!(out[1].notice, Some(Notice::PickSeat));
    assert_eq!(s.record().acts.len(), 1);
}

#[test]
fn a_targeted_code_waits_for_one_more_seat() {
    let (mut s, _) = session();
    keys(&mut s, "2b");
    assert!(matches!(s.chord(), Chord::Target { .. }));
    assert!(s.record().acts.is_empty());
    assert_eq!(
        s.press(Stroke::Char('p')).notice,
        Some(Notice::ChooseTarget)
    );
    assert_eq!(s.press(Stroke::Char('2')).notice, Some(Notice::SelfTarget));
    s.press(Stroke::Char('5'));
    let act = &s.record().acts[0];
    assert_eq!(
        (act.code.as_str(), act.target.as_deref()),
        ("BUILD", Some("P17"))
    );
    assert_eq!(s.chord(), Chord::Idle);
    assert_eq!(s.floor(), s.seat(2), "a target key never moves the floor");
    // Space while a target is awaited codes it with no particular target.
    keys(&mut s, "d ");
    assert_eq!(s.record().acts[1].target, None);
    assert_eq!(s.floor(), s.seat(2));
}

#[test]
fn esc_and_backspace_cancel_a_pending_chord_without_undoing() {
    let (mut s, _) = session();
    keys(&mut s, "1p.");
    assert_eq!(s.press(Stroke::Esc).notice, Some(Notice::Cancelled));
    assert_eq!(s.chord(), Chord::Idle);
    keys(&mut s, "b");
    assert_eq!(s.press(Stroke::Backspace).notice, Some(Notice::Cancelled));
    assert_eq!(live_codes(&s), ["P74:PROP"]);
}

#[test]
fn backspace_retracts_and_redo_restores_without_limit() {
    let (mut s, _) = session();
    keys(&mut s, "1pfa");
    for _ in 0..3 {
        assert!(matches!(
            s.press(Stroke::Backspace).notice,
            Some(Notice::Retracted(_))
        ));
    }
    assert!(live_codes(&s).is_empty());
    assert_eq!(s.record().acts.len(), 3, "retracted acts stay in the file");
    // Then the floor change that came first.
    assert_eq!(
        s.press(Stroke::Backspace).notice,
        Some(Notice::FloorBack(true))
    );
    assert!(s.record().turns.is_empty() && s.floor().is_none());
    assert_eq!(
        s.press(Stroke::Backspace).notice,
        Some(Notice::NothingToUndo)
    );
    assert_eq!(s.press(Stroke::Redo).notice, Some(Notice::FloorBack(false)));
    assert_eq!(s.floor(), s.seat(1));
    assert_eq!(s.press(Stroke::Redo).notice, Some(Notice::Restored(0)));
    assert_eq!(s.press(Stroke::Redo).notice, Some(Notice::Restored(1)));
    assert_eq!(live_codes(&s), ["P74:PROP", "P74:FACT"]);
    let p = s.seat(1).expect("seat");
    assert_eq!(s.stats().people[p].total(), 2);
    // A new act clears what is left to redo, as editors do.
    keys(&mut s, "s");
    assert_eq!(s.press(Stroke::Redo).notice, Some(Notice::NothingToRedo));
    assert_eq!(live_codes(&s), ["P74:PROP", "P74:FACT", "P74:SUM"]);
}

#[test]
fn enter_notes_the_last_live_act() {
    let (mut s, _) = session();
    assert_eq!(s.note_last("x").notice, Some(Notice::NothingToNote));
    keys(&mut s, "1pf");
    s.press(Stroke::Backspace);
    let out = s.note_last("  data BPS 2024 ");
    assert!(
        matches!(&out.entries[0].change, Change::ActNoted { id, .. } if id == "A01-20261203-1")
    );
    assert_eq!(s.record().acts[0].note.as_deref(), Some("data BPS 2024"));
    s.note_last("");
    assert_eq!(s.record().acts[0].note, None);
}

#[test]
fn a_repeat_within_the_window_is_kept_and_flagged() {
    let (mut s, clock) = session();
    s.next_phase();
    s.next_phase();
    keys(&mut s, "1p");
    clock.advance(2.0);
    let out = s.press(Stroke::Char('p'));
    assert_eq!(out.notice, Some(Notice::Duplicate(1)));
    assert!(s.is_flagged(1) && !s.is_flagged(0));
    assert_eq!(live_codes(&s).len(), 2, "kept, not dropped");
    clock.advance(3.5);
    assert_eq!(s.press(Stroke::Char('p')).notice, Some(Notice::Coded(2)));
    // Same code, other target: not a repeat.
    keys(&mut s, "b2");
    assert_eq!(keys(&mut s, "b3")[1].notice, Some(Notice::Coded(4)));
    assert_eq!(keys(&mut s, "b3")[1].notice, Some(Notice::Duplicate(5)));
    // Flags survive reopening.
    let reopened = Session::open(s.record().clone(), clock);
    assert!(reopened.is_flagged(1) && reopened.is_flagged(5) && !reopened.is_flagged(4));
}

#[test]
fn phases_start_pause_resume_and_advance() {
    let (mut s, clock) = session();
    assert_eq!(s.pause_phase().notice, Some(Notice::PhaseNotRunning));
    assert_eq!(s.start_phase().notice, Some(Notice::PhaseStarted(0)));
    assert_eq!(s.start_phase().notice, Some(Notice::PhaseAlreadyRunning));
    clock.advance(60.0);
    assert_eq!(s.toggle_phase().notice, Some(Notice::PhasePaused(0)));
    clock.advance(30.0);
    assert_eq!(
        s.toggle_phase().notice,
        Some(Notice::PhaseResumed(0)),
        "a paused phase resumes, and says so"
    );
    clock.advance(15.0);
    let (_, p) = s.current_phase().expect("phase");
    assert_eq!(p.elapsed_s(s.now_s()), 75.0);
    assert_eq!(s.next_phase().notice, Some(Notice::PhaseStarted(1)));
    assert!(!s.record().phases[0].running());
    assert_eq!(s.current_phase().map(|(i, _)| i), Some(1));
    s.next_phase();
    s.next_phase();
    assert_eq!(s.next_phase().notice, Some(Notice::NoNextPhase));
}

#[test]
fn statistics_follow_every_change() {
    let (mut s, clock) = session();
    keys(&mut s, "1p");
    clock.advance(30.0);
    keys(&mut s, "2x1y");
    clock.advance(10.0);
    let (p1, p2) = (s.seat(1).expect("1"), s.seat(2).expect("2"));
    let now = s.now_s();
    assert_eq!(s.stats().airtime_s(p1, now), 30.0);
    assert_eq!(
        s.stats().airtime_s(p2, now),
        10.0,
        "the running turn counts"
    );
    assert!((s.stats().share(p1, now) - 0.75).abs() < 1e-9);
    let st = &s.stats().people[p2];
    assert_eq!((st.plus, st.minus), (0, 2));
    let intr = s.code_index("INTR").expect("INTR");
    assert_eq!(st.tallies[intr], 1);
    assert_eq!(st.last_coded_s(), Some(30.0));
    s.press(Stroke::Backspace);
    let st = &s.stats().people[p2];
    assert_eq!((st.plus, st.minus, st.total()), (0, 1, 1));
    // Incremental figures equal figures rebuilt from the record.
    let rebuilt = Session::open(s.record().clone(), clock);
    assert_eq!(rebuilt.stats(), s.stats());
}

#[test]
fn a_covered_participant_left_uncoded_is_nudged() {
    let (mut s, clock) = session();
    let (p1, p6) = (s.seat(1).expect("1"), s.seat(6).expect("6"));
    clock.advance(600.0);
    assert!(
        !s.needs_nudge(p1, s.now_s()),
        "no nudge before coding starts"
    );
    s.next_phase();
    s.next_phase(); // discussion, a coded phase
    keys(&mut s, "1p");
    clock.advance(299.0);
    assert!(!s.needs_nudge(p1, s.now_s()));
    clock.advance(1.0);
    assert!(s.needs_nudge(p1, s.now_s()));
    assert!(
        s.needs_nudge(s.seat(2).expect("2"), s.now_s()),
        "never coded since the phase began"
    );
    assert!(
        !s.needs_nudge(p6, s.now_s()),
        "seat 6 is another observer's"
    );
    s.pause_phase();
    assert!(!s.needs_nudge(p1, s.now_s()), "no nudge while paused");
}
