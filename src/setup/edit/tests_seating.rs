//! Who gets a seat and an id: ids never reused in a session, full groups, a taken seat for
//! someone without one, and observers who roam left alone.

use super::tests::{covering, demo, first_of, mv, newcomer, rules, set};
use super::*;
use crate::model::{MAX_SEATS, Role};

#[test]
fn a_new_id_is_never_one_the_session_has_seen_and_never_overflows() {
    let ev = demo();
    let mut ed = Editor::new(ev.clone(), rules());
    let add = |name: &str| Edit::Add {
        participant: newcomer(name, None),
        group: None,
    };
    // P75 removed: the event alone would give P75 again; the editor gives P76.
    ed.apply(Edit::Remove {
        participant: "P75".into(),
    })
    .expect("removed");
    assert_eq!(next_participant_id(ed.event()), "P75", "the event alone");
    assert_eq!(ed.next_participant_id(), "P76", "the session remembers P75");
    ed.apply(add("Rina")).expect("added");
    assert_eq!(
        ed.event().participants.last().map(|p| p.id.as_str()),
        Some("P76")
    );
    // Undone, P76 is still in the history (the redo step): the next one is P77.
    ed.undo().expect("undo");
    ed.apply(add("Dewi")).expect("added");
    assert_eq!(
        ed.event().participants.last().map(|p| p.id.as_str()),
        Some("P77")
    );
    // Beyond the history kept for undo, ids are still remembered.
    let mut long = Editor::new(ev.clone(), rules());
    long.apply(Edit::Remove {
        participant: "P75".into(),
    })
    .expect("removed");
    let p = first_of(&ev, "G1");
    for i in 0..=HISTORY_LIMIT {
        long.apply(set(&p, Field::Position, &format!("Jabatan {i}")))
            .expect("edit");
    }
    assert_eq!(long.next_participant_id(), "P76");

    // The highest number possible cannot grow: the lowest free one is used, no overflow.
    let mut huge = ev.clone();
    huge.participants[0].id = format!("P{}", u64::MAX);
    let old = ev.participants[0].id.clone();
    for g in &mut huge.groups {
        for s in g.seats.values_mut() {
            if *s == old {
                *s = huge.participants[0].id.clone();
            }
        }
    }
    for o in &mut huge.observers {
        for c in &mut o.coverage {
            if *c == old {
                *c = huge.participants[0].id.clone();
            }
        }
    }
    let id = next_participant_id(&huge);
    assert!(huge.participant(&id).is_none(), "{id}");
    let out = apply(&huge, &add("Rina"), &rules()).expect("added");
    assert_eq!(out.participants.len(), huge.participants.len() + 1);
}

#[test]
fn adding_when_every_group_is_full_says_so_and_naming_no_group() {
    let mut ev = demo();
    let r = rules();
    let seats = ev.groups.len() * usize::from(MAX_SEATS);
    for i in ev.participants.len()..seats {
        let add = Edit::Add {
            participant: newcomer(&format!("Peserta {i}"), None),
            group: None,
        };
        ev = apply(&ev, &add, &r).expect("a seat is free");
    }
    let more = Edit::Add {
        participant: newcomer("Satu Lagi", None),
        group: None,
    };
    let refused = apply(&ev, &more, &r).expect_err("full");
    assert_eq!(refused, EditError::AllGroupsFull);
    assert!(!refused.to_string().contains("Kelompok 1"), "{refused}");
}

#[test]
fn a_taken_seat_offers_a_swap_only_to_someone_with_a_seat() {
    let mut ev = demo();
    let who = first_of(&ev, "G1");
    for g in &mut ev.groups {
        g.seats.retain(|_, p| *p != who);
    }
    for o in &mut ev.observers {
        o.coverage.retain(|p| *p != who);
    }
    match apply(&ev, &mv(&who, "G2", Some(1)), &rules()) {
        Err(
            e @ EditError::SeatTaken {
                can_swap: false, ..
            },
        ) => assert!(!e.to_string().contains("swap"), "{e}"),
        other => panic!("{other:?}"),
    }
}

/// An observer with no group who follows two people by hand.
fn roaming(event: &Event, follows: &[&str]) -> crate::model::Observer {
    let r = crate::model::Observer {
        id: "R01".into(),
        name: "Asesor Keliling".into(),
        role: Role::Reliability,
        group: None,
        coverage: follows.iter().map(|p| p.to_string()).collect(),
    };
    assert!(event.observer("R01").is_none());
    r
}

#[test]
fn a_roaming_observer_is_left_alone_by_moves_adds_and_rebalancing() {
    let mut ev = demo();
    let (a, b) = (first_of(&ev, "G1"), first_of(&ev, "G5"));
    let r = roaming(&ev, &[&a, &b]);
    ev.observers.push(r.clone());
    let rules = rules();
    let moved = apply(&ev, &mv(&a, "G4", None), &rules).expect("moved");
    assert_eq!(moved.observer("R01"), Some(&r), "follows {a} into G4");
    let added = add_rina(&ev, &rules);
    assert_eq!(added.observer("R01"), Some(&r));
    let balanced = apply(&ev, &Edit::Rebalance { seed: 7 }, &rules).expect("balanced");
    assert_eq!(
        balanced.observer("R01"),
        Some(&r),
        "not seated by a re-balance"
    );
}

#[test]
fn in_a_one_group_event_an_add_re_plans_only_the_group_s_own_observers() {
    let demo = demo();
    let g4 = demo.group("G4").expect("G4").clone();
    let mut ev = demo.clone();
    ev.participants
        .retain(|p| g4.seats.values().any(|s| *s == p.id));
    ev.groups = vec![g4.clone()];
    ev.observers
        .retain(|o| o.group.as_deref() == Some("G4") || o.role == Role::Lead);
    let r = roaming(&ev, &[&g4.seats[&1], &g4.seats[&2]]);
    ev.observers.push(r.clone());
    let rules = rules();
    let added = add_rina(&ev, &rules);
    assert_eq!(
        added.observer("R01"),
        Some(&r),
        "an add is not a re-balance"
    );
    let newcomer_id = &added.participants.last().expect("added").id;
    assert_eq!(covering(&added, newcomer_id).len(), 2);
    let moved = apply(&ev, &mv(&g4.seats[&1], "G4", Some(12)), &rules).expect("moved");
    assert_eq!(moved.observer("R01"), Some(&r));
    let balanced = apply(&ev, &Edit::Rebalance { seed: 3 }, &rules).expect("balanced");
    assert_eq!(balanced.observer("R01"), Some(&r));
}

/// Rina added with no group named: the roster edit every add-test makes.
fn add_rina(ev: &Event, rules: &Rules) -> Event {
    apply(
        ev,
        &Edit::Add {
            participant: newcomer("Rina", None),
            group: None,
        },
        rules,
    )
    .expect("added")
}
