//! What the session leaves in the day record: entries numbered and replayed to the same record,
//! time that never runs backwards on reopening, the mission and group notes, and a day read back
//! from its file going on as before.

use std::sync::Arc;

use super::tests::{keys, session};
use super::*;
use crate::clock::ManualClock;
use crate::model::{Change, DayRecord};

#[test]
fn entries_are_numbered_in_order_and_replay_to_the_same_record() {
    let (mut s, clock) = session();
    let start = s.record().clone();
    let mut entries = Vec::new();
    entries.extend(s.start_phase().entries);
    for text in ["1pf", "2b1", ".3d", "1", "4x", " "] {
        for out in keys(&mut s, text) {
            entries.extend(out.entries);
        }
        clock.advance(1.5);
    }
    entries.extend(s.press(Stroke::Backspace).entries);
    entries.extend(s.press(Stroke::Redo).entries);
    entries.extend(s.note_last("interrupts").entries);
    entries.extend(s.pause_phase().entries);
    let seqs: Vec<u64> = entries.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (1..=seqs.len() as u64).collect::<Vec<_>>());
    let mut replay = start;
    for e in &entries {
        replay.apply(e).expect("apply");
    }
    assert_eq!(&replay, s.record());
}

#[test]
fn time_never_goes_backwards_on_reopening() {
    let (mut s, clock) = session();
    clock.advance(100.0);
    keys(&mut s, "1p");
    // The laptop's clock is set back an hour before reopening.
    let earlier = ManualClock::new(clock.now() - chrono::TimeDelta::hours(1));
    let mut again = Session::open(s.record().clone(), Arc::new(earlier));
    assert!(again.now_s() >= 100.0);
    keys(&mut again, "f");
    assert!(again.record().acts[1].stamp.elapsed_s >= again.record().acts[0].stamp.elapsed_s);
}

#[test]
fn mission_text_and_group_notes_are_recorded_once() {
    let (mut s, _) = session();
    assert!(s.set_group_output("").entries.is_empty());
    let out = s.set_group_output("Mewujudkan layanan cerdas");
    assert!(
        matches!(&out.entries[0].change, Change::GroupOutputSet { group, .. } if group == "G1")
    );
    assert_eq!(s.group_output(), "Mewujudkan layanan cerdas");
    assert!(
        s.set_group_output("Mewujudkan layanan cerdas")
            .entries
            .is_empty(),
        "unchanged"
    );
    assert!(s.add_group_note("   ").entries.is_empty());
    s.add_group_note(" kelompok cepat sepakat ");
    assert_eq!(s.record().notes[0].text, "kelompok cepat sepakat");
}

#[test]
fn a_day_read_back_from_its_file_goes_on_coding_retracting_and_noting() {
    let (mut s, clock) = session();
    keys(&mut s, "1pfa");
    let json = serde_json::to_string(s.record()).expect("json");
    let read: DayRecord = serde_json::from_str(&json).expect("read");
    let mut again = Session::open(read, clock);
    keys(&mut again, "s");
    assert_eq!(again.record().acts[3].id, "A01-20261203-4");
    assert_eq!(
        again.press(Stroke::Backspace).notice,
        Some(Notice::Retracted(3))
    );
    assert_eq!(
        again.press(Stroke::Backspace).notice,
        Some(Notice::Retracted(2))
    );
    let out = again.note_last("fakta BPS");
    assert!(
        matches!(&out.entries[0].change, Change::ActNoted { id, .. } if id == "A01-20261203-2")
    );
    assert_eq!(again.press(Stroke::Redo).notice, Some(Notice::Restored(2)));
}
