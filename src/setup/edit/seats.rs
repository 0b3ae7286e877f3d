//! Who sits where: moving, swapping, adding, removing and re-balancing, with coverage following.

use super::{EditError, Field, fields};
use crate::model::{Event, Group, MAX_SEATS, Participant, check_id};
use crate::setup::{Balance, Shift, Targets, fewest_moves, form_groups, plan_coverage};

/// Seats `participant` in `group` at `seat` (or the first free seat).
pub(super) fn move_to(
    event: &mut Event,
    participant: &str,
    group: &str,
    seat: Option<u8>,
    targets: Targets,
) -> Result<(), EditError> {
    known(event, participant)?;
    let to = group_index(event, group)?;
    let from = event
        .groups
        .iter()
        .position(|g| g.seat_of(participant).is_some());
    let seat = match seat {
        Some(s) => {
            if !(1..=MAX_SEATS).contains(&s) {
                return Err(EditError::NoSuchSeat(s));
            }
            match event.groups[to].at_seat(s) {
                Some(p) if p == participant => return Err(EditError::NoChange),
                Some(p) => return Err(taken(event, to, s, p, from.is_some())),
                None => s,
            }
        }
        None if from == Some(to) => return Err(EditError::NoChange),
        None => free_seat(&event.groups[to])?,
    };
    if let Some(f) = from {
        event.groups[f].seats.retain(|_, p| p != participant);
    }
    event.groups[to].seats.insert(seat, participant.to_string());
    if from != Some(to) {
        // Observers beside other groups let them go; observers who roam keep following them.
        let here = event.groups[to].id.clone();
        for o in &mut event.observers {
            if o.group.as_ref().is_some_and(|g| *g != here) {
                o.coverage.retain(|p| p != participant);
            }
        }
        replan(event, &[to], targets);
    }
    Ok(())
}

/// `a` and `b` exchange seats; across groups, each takes over the other's place in coverage.
pub(super) fn swap(event: &mut Event, a: &str, b: &str) -> Result<(), EditError> {
    let (ga, sa) = seat_of(event, a)?;
    let (gb, sb) = seat_of(event, b)?;
    if a == b {
        return Err(EditError::NoChange);
    }
    event.groups[ga].seats.insert(sa, b.to_string());
    event.groups[gb].seats.insert(sb, a.to_string());
    if ga != gb {
        let ids = [event.groups[ga].id.clone(), event.groups[gb].id.clone()];
        for o in &mut event.observers {
            if !o.group.as_ref().is_some_and(|g| ids.contains(g)) {
                continue;
            }
            for p in &mut o.coverage {
                if p == a {
                    *p = b.to_string();
                } else if p == b {
                    *p = a.to_string();
                }
            }
        }
    }
    Ok(())
}

/// Adds `participant` with its fields checked, seated in `group` or the smallest group.
pub(super) fn add(
    event: &mut Event,
    participant: Participant,
    group: Option<&str>,
    targets: Targets,
) -> Result<(), EditError> {
    let id = if participant.id.is_empty() {
        next_participant_id(event)
    } else {
        participant.id.clone()
    };
    check_id(&id).map_err(|source| EditError::BadId {
        id: id.clone(),
        source,
    })?;
    if event.participant(&id).is_some() {
        return Err(EditError::IdTaken(id));
    }
    // The fields go through the same tidying and checks as editing them later.
    let typed = participant;
    event.participants.push(Participant {
        id: id.clone(),
        nip: None,
        name: String::new(),
        position: String::new(),
        unit: String::new(),
        gender: typed.gender,
        extra: Default::default(),
    });
    let set = |event: &mut Event, field: Field, value: &str| fields::set(event, &id, &field, value);
    set(event, Field::Name, &typed.name)?;
    set(event, Field::Nip, typed.nip.as_deref().unwrap_or(""))?;
    set(event, Field::Position, &typed.position)?;
    set(event, Field::Unit, &typed.unit)?;
    for (k, v) in &typed.extra {
        set(event, Field::Extra(k.clone()), v)?;
    }
    let to = match group {
        Some(g) => Some(group_index(event, g)?),
        None => event
            .groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.seats.len() < usize::from(MAX_SEATS))
            .min_by_key(|(i, g)| (g.seats.len(), *i))
            .map(|(i, _)| i),
    };
    if let Some(to) = to {
        let seat = free_seat(&event.groups[to])?;
        event.groups[to].seats.insert(seat, id);
        replan(event, &[to], targets);
    } else if !event.groups.is_empty() {
        return Err(EditError::AllGroupsFull);
    }
    Ok(())
}

/// Removes a participant: their seat, their place in every observer's list, their imported results.
pub(super) fn remove(event: &mut Event, participant: &str) -> Result<(), EditError> {
    known(event, participant)?;
    event.participants.retain(|p| p.id != participant);
    for g in &mut event.groups {
        g.seats.retain(|_, p| p != participant);
    }
    for o in &mut event.observers {
        o.coverage.retain(|p| p != participant);
    }
    event.self_ratings.retain(|r| r.participant != participant);
    event.online_scores.retain(|s| s.participant != participant);
    Ok(())
}

/// Forms the groups again and re-plans the coverage of every observer seated beside a group,
/// observers keeping their groups; roaming observers keep following whom they followed.
pub(super) fn rebalance(event: &mut Event, seed: u64, targets: Targets) -> Result<(), EditError> {
    if event.groups.is_empty() {
        return Err(EditError::NoGroups);
    }
    let formed = form_groups(&event.participants, event.groups.len(), seed)?;
    for (g, f) in event.groups.iter_mut().zip(formed) {
        g.seats = f.seats;
    }
    let all: Vec<usize> = (0..event.groups.len()).collect();
    replan(event, &all, targets);
    Ok(())
}

/// Brings sizes within one and separates units with as few people moving as can be; each step is
/// made as a move (first free seat, coverage following) or a swap would be.
pub(super) fn fewest(event: &mut Event, targets: Targets) -> Result<(), EditError> {
    if event.groups.is_empty() {
        return Err(EditError::NoGroups);
    }
    let shifts = fewest_moves(&event.groups, &event.participants)?;
    if shifts.is_empty() {
        let avoidable = Balance::of(&event.groups, &event.participants)
            .avoidable
            .len();
        return Err(EditError::Balanced { avoidable });
    }
    for shift in shifts {
        match shift {
            Shift::Move { participant, group } => {
                move_to(event, &participant, &group, None, targets)?
            }
            Shift::Swap { a, b } => swap(event, &a, &b)?,
        }
    }
    Ok(())
}

/// The next free id in the event's style: `P76` after `P75`, keeping the width of `P07`.
pub fn next_participant_id(event: &Event) -> String {
    next_id(event.participants.iter().map(|p| p.id.as_str()))
}

/// An id in the style of the highest numbered of `taken`, numbered above it and none of them;
/// when that number cannot grow (`P18446744073709551615`), the lowest free number instead.
pub(super) fn next_id<'a>(taken: impl Iterator<Item = &'a str>) -> String {
    let taken: std::collections::BTreeSet<&str> = taken.collect();
    let split = |id: &str| {
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (prefix, number) = id.split_at(id.len() - digits);
        number
            .parse::<u64>()
            .ok()
            .map(|n| (prefix.to_string(), n, digits))
    };
    let (prefix, highest, width) = taken
        .iter()
        .filter_map(|id| split(id))
        .max_by_key(|(_, n, _)| *n)
        .unwrap_or_else(|| ("P".into(), 0, 2));
    let id = |n: u64| format!("{prefix}{n:0width$}");
    let mut above = std::iter::successors(highest.checked_add(1), |n| n.checked_add(1));
    // Finite `taken` leaves a free number among the first `taken.len() + 1`.
    above
        .find(|n| !taken.contains(id(*n).as_str()))
        .or_else(|| (1..=u64::MAX).find(|n| !taken.contains(id(*n).as_str())))
        .map_or_else(|| format!("{prefix}new"), id)
}

/// Re-plans the coverage of some groups by the observers seated beside them, as `lgd new` plans
/// it; leads and roaming observers are left as they are.
fn replan(event: &mut Event, groups: &[usize], targets: Targets) {
    let chosen: Vec<Group> = groups.iter().map(|g| event.groups[*g].clone()).collect();
    let seated: Vec<usize> = (0..event.observers.len())
        .filter(|i| {
            let o = &event.observers[*i];
            // A lead seated beside a group rates there (see plan_coverage).
            o.group
                .as_ref()
                .is_some_and(|g| chosen.iter().any(|c| &c.id == g))
        })
        .collect();
    // Observers who roam (no group) are never seated or re-planned here, not even by a
    // re-balance: who they follow was set by hand, and plan_coverage would seat them.
    let observers = seated.iter().map(|i| event.observers[*i].clone()).collect();
    let plan = plan_coverage(&chosen, &event.participants, observers, targets);
    for (i, o) in seated.into_iter().zip(plan.observers) {
        event.observers[i] = o;
    }
}

fn known(event: &Event, participant: &str) -> Result<(), EditError> {
    match event.participant(participant) {
        Some(_) => Ok(()),
        None => Err(EditError::UnknownParticipant(participant.to_string())),
    }
}

fn group_index(event: &Event, group: &str) -> Result<usize, EditError> {
    event
        .groups
        .iter()
        .position(|g| g.id == group)
        .ok_or_else(|| EditError::UnknownGroup(group.to_string()))
}

fn seat_of(event: &Event, participant: &str) -> Result<(usize, u8), EditError> {
    known(event, participant)?;
    event
        .groups
        .iter()
        .enumerate()
        .find_map(|(i, g)| g.seat_of(participant).map(|s| (i, s)))
        .ok_or_else(|| EditError::NotSeated(participant.to_string()))
}

fn free_seat(group: &Group) -> Result<u8, EditError> {
    (1..=MAX_SEATS)
        .find(|s| !group.seats.contains_key(s))
        .ok_or_else(|| EditError::GroupFull(group.name.clone()))
}

fn taken(event: &Event, group: usize, seat: u8, by: &str, can_swap: bool) -> EditError {
    EditError::SeatTaken {
        can_swap,
        group: event.groups[group].name.clone(),
        seat,
        id: by.to_string(),
        name: event
            .participant(by)
            .map_or(String::new(), |p| p.name.clone()),
    }
}
