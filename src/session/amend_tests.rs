//! The act list's changes in the record: a correction keeps the act as first coded, an inserted
//! act is marked, an act coded outside a coded phase is marked and counts only when kept; all of
//! it replays from the journal and reads back from the file.

use super::tests::{keys, session};
use super::*;
use crate::scoring::evidence_for;

fn draft(s: &Session, text: &str) -> Draft {
    s.read_draft(text).expect("draft")
}

#[test]
fn corrections_inserts_and_keeps_replay_and_read_back_from_the_file() {
    let (mut s, clock) = session();
    let start = s.record().clone();
    let mut entries = Vec::new();
    let mut take = |outs: Vec<Outcome>| {
        for o in outs {
            entries.extend(o.entries);
        }
    };
    // Coded before any phase: kept in the file, marked, not evidence.
    take(keys(&mut s, "1p"));
    assert!(s.record().acts[0].marks.outside);
    take(vec![s.next_phase()]);
    clock.advance(60.0);
    take(vec![s.next_phase()]);
    clock.advance(30.0);
    take(keys(&mut s, "2f"));
    clock.advance(30.0);
    assert!(!s.record().acts[1].marks.outside);

    // Seat 2's FACT at 0:30 was really seat 3 asking seat 1, at 0:25.
    let d = draft(&s, "3a 0:25");
    let out = s.correct_act(1, &d);
    assert_eq!(out.notice, Some(Notice::Corrected(1)));
    let fixed = &s.record().acts[1];
    assert_eq!(
        (fixed.participant.as_str(), fixed.code.as_str()),
        ("P48", "ASK")
    );
    let first = fixed.marks.original.as_deref().expect("original kept");
    assert_eq!(
        (first.participant.as_str(), first.code.as_str()),
        ("P10", "FACT")
    );
    assert_eq!(s.record().session_s(fixed.stamp.elapsed_s), 25.0);
    assert_eq!(s.record().session_s(first.stamp.elapsed_s), 30.0);
    // The wall clock moves with the time.
    assert_eq!((first.stamp.at - fixed.stamp.at).num_seconds(), 5);
    entries.extend(out.entries);
    // The same line again changes nothing and writes nothing.
    let same = s.correct_act(1, &draft(&s, "3a 0:25"));
    assert!(same.entries.is_empty());

    // A missed act, inserted at 0:05: in the discussion, so it counts.
    let out = s.insert_act(&draft(&s, "4p 0:05"), 0.0);
    let added = s.record().acts.last().expect("inserted");
    assert!(added.marks.inserted.is_some() && !added.marks.outside);
    assert_eq!(s.record().session_s(added.stamp.elapsed_s), 5.0);
    entries.extend(out.entries);

    // The PROP coded before the phase counts only once kept.
    let prop = s.record().scheme.by_code("PROP").expect("PROP");
    let comp = prop.competencies[0].clone();
    assert!(evidence_for(s.record(), "P74", &comp).tallies.is_empty());
    entries.extend(s.toggle_keep(0).entries);
    assert_eq!(evidence_for(s.record(), "P74", &comp).tallies.len(), 1);
    assert_eq!(
        s.toggle_keep(1).notice,
        Some(Notice::AlwaysCounts(1)),
        "an act of the coded phase always counts"
    );

    let mut replay = start;
    for e in &entries {
        replay.apply(e).expect("apply");
    }
    assert_eq!(&replay, s.record());
    let json = serde_json::to_string(s.record()).expect("write");
    let back: crate::model::DayRecord = serde_json::from_str(&json).expect("read");
    assert_eq!(&back, s.record());
    // Reopened, the figures count the corrected values.
    let again = Session::open(back, clock.clone());
    let ask = again.code_index("ASK").expect("ASK");
    let p48 = again.person_index("P48").expect("P48");
    assert_eq!(again.stats().people[p48].tallies[ask], 1);
}

#[test]
fn an_edit_line_that_does_not_read_says_why() {
    let (s, _) = session();
    let err = |t: &str| s.read_draft(t).expect_err(t);
    assert_eq!(err(""), DraftError::Empty);
    assert_eq!(err("xp"), DraftError::NotASeat('x'));
    assert_eq!(err("1"), DraftError::UnknownCode(None));
    assert_eq!(err("1p2"), DraftError::NotTargeted("PROP".into()));
    assert_eq!(err("1b1"), DraftError::SelfTarget);
    assert_eq!(err("1p 5"), DraftError::BadTime("5".into()));
    assert_eq!(err("1p 0:05 x"), DraftError::Extra("x".into()));
    let d = s
        .read_draft("1B2 -0:30")
        .expect("capitals and a time before the discussion");
    assert_eq!((d.target.is_some(), d.time_s), (true, Some(-30.0)));
}
