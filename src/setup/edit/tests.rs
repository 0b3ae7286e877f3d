use std::collections::BTreeMap;

use super::*;
use crate::catalog::demo_event;
use crate::model::{Gender, MAX_SEATS, NipError, Role};
use crate::setup::{Balance, Targets, audit};

pub(super) fn rules() -> Rules<'static> {
    Rules::builtin(Targets::default())
}

pub(super) fn demo() -> Event {
    demo_event().expect("demo")
}

pub(super) fn covering(event: &Event, participant: &str) -> Vec<String> {
    event
        .observers_of(participant)
        .map(|o| o.id.clone())
        .collect()
}

fn group_of(event: &Event, participant: &str) -> Option<(String, u8)> {
    let g = event.group_of(participant)?;
    Some((g.id.clone(), g.seat_of(participant)?))
}

pub(super) fn first_of(event: &Event, group: &str) -> String {
    event.group(group).expect("group").seats[&1].clone()
}

pub(super) fn mv(participant: &str, group: &str, seat: Option<u8>) -> Edit {
    Edit::Move {
        participant: participant.into(),
        group: group.into(),
        seat,
    }
}

pub(super) fn set(participant: &str, field: Field, value: &str) -> Edit {
    Edit::SetField {
        participant: participant.into(),
        field,
        value: value.into(),
    }
}

#[test]
fn a_move_to_another_group_takes_a_free_seat_and_coverage_follows() {
    let ev = demo();
    let who = first_of(&ev, "G1");
    let before_g1: Vec<String> = covering(&ev, &who);
    assert!(!before_g1.is_empty());
    let out = apply(&ev, &mv(&who, "G4", None), &rules()).expect("moved");
    // G4 had 9 seats taken (1-9): the first free seat is 10.
    assert_eq!(group_of(&out, &who), Some(("G4".into(), 10)));
    assert_eq!(out.group("G1").expect("G1").seats.len(), 9);
    let now = covering(&out, &who);
    assert_eq!(now.len(), 2, "two observers as the targets ask: {now:?}");
    for o in &now {
        assert_eq!(out.observer(o).and_then(|o| o.group.as_deref()), Some("G4"));
    }
    for o in before_g1 {
        assert!(!out.observer(&o).expect("obs").coverage.contains(&who));
    }
    let a = audit(&out, Targets::default());
    assert!(a.under.is_empty() && a.over.is_empty(), "{a:?}");
    assert!(a.outside_group.is_empty(), "{a:?}");
    // Groups not involved keep their observers' lists exactly.
    for (o, was) in out.observers.iter().zip(&ev.observers) {
        if !matches!(o.group.as_deref(), Some("G1" | "G4")) {
            assert_eq!(o, was);
        }
    }
}

#[test]
fn a_move_within_the_group_changes_the_seat_only() {
    let ev = demo();
    let who = first_of(&ev, "G4");
    let out = apply(&ev, &mv(&who, "G4", Some(12)), &rules()).expect("moved");
    assert_eq!(group_of(&out, &who), Some(("G4".into(), 12)));
    assert_eq!(out.observers, ev.observers);
}

#[test]
fn moves_that_cannot_be_are_refused_and_say_why() {
    let ev = demo();
    let who = first_of(&ev, "G1");
    let other = first_of(&ev, "G2");
    let r = rules();
    match apply(&ev, &mv(&who, "G2", Some(1)), &r) {
        Err(EditError::SeatTaken { seat: 1, id, .. }) => assert_eq!(id, other),
        other => panic!("{other:?}"),
    }
    let taken = apply(&ev, &mv(&who, "G2", Some(1)), &r).unwrap_err();
    assert!(taken.to_string().contains("swap"), "{taken}");
    assert_eq!(
        apply(&ev, &mv(&who, "G2", Some(MAX_SEATS + 1)), &r),
        Err(EditError::NoSuchSeat(MAX_SEATS + 1))
    );
    assert_eq!(
        apply(&ev, &mv(&who, "G1", Some(1)), &r),
        Err(EditError::NoChange)
    );
    assert_eq!(
        apply(&ev, &mv(&who, "G1", None), &r),
        Err(EditError::NoChange)
    );
    assert_eq!(
        apply(&ev, &mv("P99", "G1", None), &r),
        Err(EditError::UnknownParticipant("P99".into()))
    );
    assert_eq!(
        apply(&ev, &mv(&who, "G9", None), &r),
        Err(EditError::UnknownGroup("G9".into()))
    );
    // Fill G4 to 12 seats, then one more is refused.
    let mut full = ev.clone();
    for (i, p) in ["G5", "G6", "G7"]
        .iter()
        .map(|g| first_of(&ev, g))
        .enumerate()
    {
        full = apply(&full, &mv(&p, "G4", None), &r).expect("fits");
        assert_eq!(full.group("G4").expect("G4").seats.len(), 10 + i);
    }
    let more = first_of(&ev, "G8");
    assert!(matches!(
        apply(&full, &mv(&more, "G4", None), &r),
        Err(EditError::GroupFull(g)) if g == "Kelompok 4"
    ));
}

#[test]
fn swapping_across_groups_exchanges_seats_and_observers() {
    let ev = demo();
    let a = first_of(&ev, "G1");
    let b = first_of(&ev, "G2");
    let swap = Edit::SwapSeats {
        a: a.clone(),
        b: b.clone(),
    };
    let out = apply(&ev, &swap, &rules()).expect("swapped");
    assert_eq!(group_of(&out, &a), Some(("G2".into(), 1)));
    assert_eq!(group_of(&out, &b), Some(("G1".into(), 1)));
    assert_eq!(covering(&out, &a), covering(&ev, &b));
    assert_eq!(covering(&out, &b), covering(&ev, &a));
    assert!(audit(&out, Targets::default()).outside_group.is_empty());
    assert_eq!(
        apply(&ev, &Edit::SwapSeats { a: a.clone(), b: a }, &rules()),
        Err(EditError::NoChange)
    );
}

#[test]
fn fields_are_tidied_and_checked() {
    let ev = demo();
    let r = rules();
    let p = ev.participants[0].id.clone();
    let other_nip = ev.participants[1].nip.clone().expect("nip");
    let out = apply(
        &ev,
        &set(&p, Field::Name, "  Drs. H. Ahmad  Nur'aini,  M.Si. "),
        &r,
    )
    .expect("name");
    assert_eq!(out.participants[0].name, "Drs. H. Ahmad Nur'aini, M.Si.");
    // NFC: "e" + combining acute is stored as "é".
    let out = apply(&ev, &set(&p, Field::Name, "Se\u{301}tiawan"), &r).expect("nfc");
    assert_eq!(out.participants[0].name, "S\u{e9}tiawan");
    assert_eq!(
        apply(&ev, &set(&p, Field::Name, "   "), &r),
        Err(EditError::EmptyName)
    );
    let out = apply(&ev, &set(&p, Field::Nip, "19780512 200312 1 004"), &r).expect("nip");
    assert_eq!(
        out.participants[0].nip.as_deref(),
        Some("197805122003121004")
    );
    assert!(matches!(
        apply(&ev, &set(&p, Field::Nip, "1.97805E+17"), &r),
        Err(EditError::Nip(NipError::Scientific(_)))
    ));
    match apply(&ev, &set(&p, Field::Nip, &other_nip), &r) {
        Err(EditError::NipTaken { id, .. }) => assert_eq!(id, ev.participants[1].id),
        other => panic!("{other:?}"),
    }
    let out = apply(&ev, &set(&p, Field::Nip, ""), &r).expect("cleared");
    assert_eq!(out.participants[0].nip, None);
    let out = apply(&ev, &set(&p, Field::Gender, "perempuan"), &r).expect("gender");
    assert_eq!(out.participants[0].gender, Some(Gender::P));
    assert_eq!(
        apply(&ev, &set(&p, Field::Gender, "x"), &r),
        Err(EditError::Gender("x".into()))
    );
    let out = apply(&ev, &set(&p, Field::Unit, " Dinas  Kesehatan "), &r).expect("unit");
    assert_eq!(out.participants[0].unit, "Dinas Kesehatan");
    let golongan = Field::Extra("Golongan".into());
    let out = apply(&ev, &set(&p, golongan.clone(), "III/c"), &r).expect("extra");
    assert_eq!(out.participants[0].extra["Golongan"], "III/c");
    let out = apply(&out, &set(&p, golongan, ""), &r).expect("removed");
    assert!(!out.participants[0].extra.contains_key("Golongan"));
    assert_eq!(
        apply(&ev, &set(&p, Field::Extra(" ".into()), "x"), &r),
        Err(EditError::EmptyExtraName)
    );
    let same = ev.participants[0].name.clone();
    assert_eq!(
        apply(&ev, &set(&p, Field::Name, &same), &r),
        Err(EditError::NoChange)
    );
}

pub(super) fn newcomer(name: &str, nip: Option<&str>) -> Participant {
    Participant {
        id: String::new(),
        nip: nip.map(str::to_string),
        name: name.into(),
        position: "Kepala Seksi".into(),
        unit: "Dinas Baru".into(),
        gender: Some(Gender::P),
        extra: BTreeMap::new(),
    }
}

#[test]
fn an_added_participant_gets_the_next_id_a_seat_in_the_smallest_group_and_observers() {
    let ev = demo();
    let add = Edit::Add {
        participant: newcomer(" Rina  Wati ", Some("198001012005012001")),
        group: None,
    };
    let out = apply(&ev, &add, &rules()).expect("added");
    let p = out.participants.last().expect("added");
    assert_eq!(p.id, "P76");
    assert_eq!(p.name, "Rina Wati");
    // G4 is the first of the smallest groups (9 people).
    assert_eq!(group_of(&out, "P76"), Some(("G4".into(), 10)));
    assert_eq!(covering(&out, "P76").len(), 2);
    let nip = ev.participants[0].nip.clone().expect("nip");
    let dup = Edit::Add {
        participant: newcomer("Dua", Some(&nip)),
        group: Some("G2".into()),
    };
    assert!(matches!(
        apply(&ev, &dup, &rules()),
        Err(EditError::NipTaken { .. })
    ));
    let mut taken = newcomer("Tiga", None);
    taken.id = "P01".into();
    let add = Edit::Add {
        participant: taken,
        group: None,
    };
    assert_eq!(
        apply(&ev, &add, &rules()),
        Err(EditError::IdTaken("P01".into()))
    );
    assert_eq!(next_participant_id(&out), "P77");
}

#[test]
fn removing_takes_the_seat_coverage_and_imported_results_too() {
    let mut ev = demo();
    let who = first_of(&ev, "G1");
    ev.online_scores.push(crate::model::OnlineScore {
        participant: who.clone(),
        name: "Tes Potensi".into(),
        value: 105.0,
        source: "x.csv".into(),
        imported_at: chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00+07:00")
            .expect("time"),
    });
    let out = apply(
        &ev,
        &Edit::Remove {
            participant: who.clone(),
        },
        &rules(),
    )
    .expect("removed");
    assert!(out.participant(&who).is_none());
    assert!(out.group_of(&who).is_none());
    assert_eq!(covering(&out, &who), Vec::<String>::new());
    assert!(out.online_scores.is_empty());
    assert_eq!(out.participants.len(), ev.participants.len() - 1);
}

#[test]
fn rebalancing_keeps_sizes_within_one_is_deterministic_and_keeps_observers_groups() {
    let mut ev = demo();
    let r = rules();
    // Unbalance first: three people into G4.
    for g in ["G1", "G2", "G3"] {
        let p = first_of(&ev, g);
        ev = apply(&ev, &mv(&p, "G4", None), &r).expect("move");
    }
    assert!(Balance::of(&ev.groups, &ev.participants).size_spread() > 1);
    let a = apply(&ev, &Edit::Rebalance { seed: 7 }, &r).expect("balanced");
    let b = apply(&ev, &Edit::Rebalance { seed: 7 }, &r).expect("balanced");
    let c = apply(&ev, &Edit::Rebalance { seed: 8 }, &r).expect("balanced");
    assert_eq!(a, b, "same seed, same groups");
    assert_ne!(a.groups, c.groups, "another seed, another arrangement");
    let balance = Balance::of(&a.groups, &a.participants);
    assert!(balance.size_spread() <= 1, "{}", balance.render());
    assert!(balance.avoidable.is_empty(), "{}", balance.render());
    for (g, was) in a.groups.iter().zip(&ev.groups) {
        assert_eq!(
            (&g.id, &g.name, &g.output),
            (&was.id, &was.name, &was.output)
        );
    }
    for (o, was) in a.observers.iter().zip(&ev.observers) {
        assert_eq!((&o.id, &o.group), (&was.id, &was.group));
    }
    let cover = audit(&a, Targets::default());
    assert!(cover.under.is_empty() && cover.over.is_empty() && cover.outside_group.is_empty());
    assert!(
        a.observers
            .iter()
            .filter(|o| o.role == Role::Lead)
            .all(|o| o.coverage.is_empty())
    );
    let mut none = ev.clone();
    none.groups.clear();
    for o in &mut none.observers {
        o.group = None;
        o.coverage.clear();
    }
    assert_eq!(
        apply(&none, &Edit::Rebalance { seed: 1 }, &r),
        Err(EditError::NoGroups)
    );
}

#[test]
fn an_edit_that_leaves_the_event_invalid_is_refused_with_the_problem() {
    let mut ev = demo();
    ev.scheme = "no-such-scheme".into();
    let p = ev.participants[0].id.clone();
    match apply(&ev, &set(&p, Field::Unit, "Dinas Lain"), &rules()) {
        Err(e @ EditError::Invalid(_)) => assert!(e.to_string().contains("no-such-scheme"), "{e}"),
        other => panic!("{other:?}"),
    }
}
