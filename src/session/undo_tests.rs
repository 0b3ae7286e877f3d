//! Backspace over floor and phase changes (issue 14 item 4).

use super::tests::{keys, live_codes, session};
use super::{Notice, Stroke};
use crate::model::Change;

#[test]
fn backspace_takes_back_a_wrong_seat_key_and_its_airtime() {
    let (mut s, clock) = session();
    keys(&mut s, "1p");
    clock.advance(30.0);
    keys(&mut s, "6");
    clock.advance(2.0);
    // The slip is undone, not the correct act before it.
    assert_eq!(
        s.press(Stroke::Backspace).notice,
        Some(Notice::FloorBack(true))
    );
    assert_eq!(live_codes(&s), ["P74:PROP"]);
    assert_eq!(s.floor(), s.seat(1));
    let turns = &s.record().turns;
    assert_eq!(turns.len(), 1, "the bogus turn is gone");
    assert!(
        turns[0].end.is_none(),
        "seat 1 still speaking, uninterrupted"
    );
    let six = s.seat(6).expect("seat 6");
    assert_eq!(s.stats().people[six].turns, 0);
    // Redo makes the change again with its own time: seat 6 from 30 s on.
    clock.advance(3.0);
    assert_eq!(s.press(Stroke::Redo).notice, Some(Notice::FloorBack(false)));
    let turns = &s.record().turns;
    assert_eq!(turns.len(), 2);
    assert_eq!(turns[0].end.map(|e| e.elapsed_s), Some(30.0));
    assert_eq!(s.floor(), Some(six));
    // Silence is undone too: the turn it ended runs on.
    keys(&mut s, " ");
    assert_eq!(s.floor(), None);
    s.press(Stroke::Backspace);
    assert_eq!(s.floor(), Some(six));
    assert!(s.record().turns[1].end.is_none());
}

#[test]
fn a_phase_change_is_taken_back_newest_first() {
    let (mut s, _) = session();
    s.next_phase();
    s.next_phase();
    assert_eq!(s.current_phase().map(|(i, _)| i), Some(1));
    assert_eq!(
        s.press(Stroke::Backspace).notice,
        Some(Notice::PhaseBack(true, Some(0)))
    );
    assert_eq!(
        s.record().running_phase().map(|p| p.id.as_str()),
        Some("read")
    );
    assert_eq!(
        s.press(Stroke::Redo).notice,
        Some(Notice::PhaseBack(false, Some(1)))
    );
}

#[test]
fn a_pause_ends_the_running_turn_and_a_break_is_nobodys_airtime() {
    let (mut s, clock) = session();
    s.next_phase();
    s.next_phase();
    keys(&mut s, "5");
    let five = s.seat(5).expect("seat 5");
    clock.advance(20.0);
    let out = s.pause_phase();
    assert!(
        matches!(out.entries[0].change, Change::FloorReleased { .. }),
        "the turn ends in the same step, written first: {:?}",
        out.entries
    );
    assert_eq!(s.floor(), None);
    clock.advance(600.0);
    assert_eq!(s.stats().airtime_s(five, s.now_s()), 20.0);
    // Taking the pause back lets the turn run on, as if the phase had never stopped.
    s.press(Stroke::Backspace);
    assert_eq!(s.floor(), Some(five));
    assert!(s.record().turns[0].end.is_none());
    // Then the floor change itself comes back: nobody spoke.
    s.press(Stroke::Backspace);
    assert_eq!(s.floor(), None);
    assert!(s.record().turns.is_empty());
    // Redo both, newest-last: the turn, then the pause that ends it again.
    s.press(Stroke::Redo);
    assert_eq!(s.floor(), Some(five));
    s.press(Stroke::Redo);
    assert_eq!(s.floor(), None);
    assert!(s.record().running_phase().is_none());
}

#[test]
fn the_next_phase_ends_the_running_turn() {
    let (mut s, clock) = session();
    s.next_phase();
    s.next_phase();
    keys(&mut s, "3");
    clock.advance(12.0);
    s.next_phase();
    assert_eq!(s.floor(), None);
    assert_eq!(s.record().turns[0].end.map(|e| e.elapsed_s), Some(12.0));
    s.press(Stroke::Backspace);
    assert_eq!(s.floor(), s.seat(3));
    assert_eq!(s.current_phase().map(|(i, _)| i), Some(1));
}

#[test]
fn a_phase_change_without_a_speaker_takes_back_only_the_phase() {
    let (mut s, _) = session();
    s.next_phase();
    s.next_phase();
    keys(&mut s, "4 ");
    s.pause_phase();
    s.press(Stroke::Backspace);
    assert_eq!(s.floor(), None, "silence before the pause stays silence");
    assert!(s.record().turns[0].end.is_some());
}

#[test]
fn a_seat_key_in_a_pause_starts_no_turn_and_says_how_to_resume() {
    let (mut s, clock) = session();
    // Before the discussion starts, the floor can be followed as always.
    keys(&mut s, "2 ");
    s.next_phase();
    s.next_phase();
    clock.advance(30.0);
    s.pause_phase();
    let turns = s.record().turns.len();
    let out = s.press(Stroke::Char('3'));
    assert_eq!(out.notice, Some(Notice::PausedNoTurn(3)));
    assert!(out.entries.is_empty(), "nothing written");
    assert_eq!(s.floor(), None);
    clock.advance(300.0);
    s.start_phase();
    clock.advance(10.0);
    // After resuming, the same key takes the floor and the break is in nobody's airtime.
    keys(&mut s, "3");
    clock.advance(5.0);
    let three = s.seat(3).expect("seat 3");
    assert_eq!(s.floor(), Some(three));
    assert_eq!(s.record().turns.len(), turns + 1);
    assert_eq!(s.stats().airtime_s(three, s.now_s()), 5.0);
    // A code in the pause can still be recorded outside the phase, by picking the seat.
    s.pause_phase();
    let out = keys(&mut s, ".3p");
    assert!(matches!(
        out.last().and_then(|o| o.notice.clone()),
        Some(Notice::CodedOutside(_))
    ));
}
