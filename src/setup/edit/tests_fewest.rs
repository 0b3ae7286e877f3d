//! The fewest-moves re-balance as an edit: who moves, where they sit, coverage following them,
//! and the refusal when there is nothing to do.

use super::tests::{covering, demo, rules, set};
use super::*;
use crate::setup::{Balance, Targets, audit};

fn changed_group(before: &Event, after: &Event) -> Vec<String> {
    after
        .participants
        .iter()
        .filter(|p| before.group_of(&p.id).map(|g| &g.id) != after.group_of(&p.id).map(|g| &g.id))
        .map(|p| p.id.clone())
        .collect()
}

/// The demo with two people of G1 removed: G1 has 8, G2 and G3 have 10, the rest 9.
fn two_left_g1() -> Event {
    let mut ev = demo();
    let gone: Vec<String> = ev.groups[0].seats.values().take(2).cloned().collect();
    for p in gone {
        ev = apply(&ev, &Edit::Remove { participant: p }, &rules()).expect("removed");
    }
    ev
}

#[test]
fn after_two_leave_one_group_one_person_moves_into_it_and_coverage_follows() {
    let ev = two_left_g1();
    let out = apply(&ev, &Edit::FewestMoves, &rules()).expect("balanced");
    assert_eq!(
        out,
        apply(&ev, &Edit::FewestMoves, &rules()).expect("again")
    );
    let moved = changed_group(&ev, &out);
    assert_eq!(moved.len(), 1, "{moved:?}");
    let who = &moved[0];
    let from = ev.group_of(who).expect("seated").id.clone();
    let g1 = out.group("G1").expect("G1");
    // Seats 1 and 2 were freed: the first free seat is 1.
    assert_eq!(g1.seat_of(who), Some(1));
    assert!(Balance::of(&out.groups, &out.participants).size_spread() <= 1);
    // Their observers now are G1's, and only G1's.
    let now = covering(&out, who);
    assert!(now.len() >= 2, "{now:?}");
    for o in &now {
        let o = out.observers.iter().find(|x| x.id == *o).expect("observer");
        assert_eq!(o.group.as_deref(), Some("G1"));
    }
    // Observers of groups nobody joined keep their lists, less whoever left.
    for (o, was) in out.observers.iter().zip(&ev.observers) {
        if o.group.as_deref() != Some("G1") {
            let kept: Vec<&String> = was.coverage.iter().filter(|p| *p != who).collect();
            assert_eq!(o.coverage.iter().collect::<Vec<_>>(), kept, "{}", o.id);
        }
    }
    let cover = audit(&out, Targets::default());
    assert!(cover.under.is_empty() && cover.over.is_empty() && cover.outside_group.is_empty());
    assert_ne!(from, "G1");
    // A new arrangement moves most people for the same sizes.
    let anew = apply(&ev, &Edit::Rebalance { seed: 1 }, &rules()).expect("arranged");
    assert!(changed_group(&ev, &anew).len() > 50);
}

#[test]
fn balanced_groups_are_refused_as_nothing_to_do_and_leave_no_step() {
    let ev = demo();
    assert_eq!(Balance::of(&ev.groups, &ev.participants).size_spread(), 1);
    let refused = apply(&ev, &Edit::FewestMoves, &rules());
    assert_eq!(refused, Err(EditError::Balanced { avoidable: 0 }));
    let said = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(said.contains("balanced already") && said.contains("nothing to do"));
    let mut editor = Editor::new(ev.clone(), rules());
    assert!(editor.apply(Edit::FewestMoves).is_err());
    assert_eq!(editor.undo_depth(), 0);
    assert_eq!(*editor.event(), ev);
    let mut none = ev;
    none.groups.clear();
    for o in &mut none.observers {
        o.group = None;
        o.coverage.clear();
    }
    assert_eq!(
        apply(&none, &Edit::FewestMoves, &rules()),
        Err(EditError::NoGroups)
    );
}

#[test]
fn two_colleagues_in_one_group_are_parted_by_moving_one_of_them() {
    let ev = demo();
    let g1 = ev.group("G1").expect("G1");
    let (a, b) = (g1.seats[&1].clone(), g1.seats[&2].clone());
    let unit = ev.participant(&a).expect("a").unit.clone();
    let ev = apply(&ev, &set(&b, Field::Unit, &unit), &rules()).expect("same unit");
    assert_eq!(Balance::of(&ev.groups, &ev.participants).avoidable.len(), 1);
    let out = apply(&ev, &Edit::FewestMoves, &rules()).expect("parted");
    let moved = changed_group(&ev, &out);
    // G1 has ten and other groups nine: one of the two moves, sizes staying within one.
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert!(moved[0] == a || moved[0] == b);
    let balance = Balance::of(&out.groups, &out.participants);
    assert!(balance.avoidable.is_empty(), "{}", balance.render());
    assert!(balance.size_spread() <= 1);
    // Undone in one step.
    let mut editor = Editor::new(ev.clone(), rules());
    editor.apply(Edit::FewestMoves).expect("parted");
    editor.undo();
    assert_eq!(*editor.event(), ev);
}
