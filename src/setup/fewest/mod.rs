//! Re-balancing with the fewest moves: people already know their group and seat, so after someone
//! is removed or added only as many move as the sizes need, and then only a move or swap that
//! separates a unit sharing a group avoidably.
//!
//! The measures are [`Balance`](super::Balance)'s: a unit shares a group avoidably when it has more
//! members there than ceil(unit size / groups); genders are mixed when each group's men and women
//! are close in number.

mod plan;

use std::cmp::Reverse;

use super::GroupingError;
use crate::model::{Group, MAX_SEATS, Participant};
use plan::{Delta, Plan, Who};

/// One step of a fewest-moves re-balance, in the order they are made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shift {
    /// The participant takes the first free seat of the group.
    Move {
        /// Participant id.
        participant: String,
        /// Group id.
        group: String,
    },
    /// Two participants of different groups exchange seats.
    Swap {
        /// Participant id.
        a: String,
        /// Participant id.
        b: String,
    },
}

/// The moves and swaps that bring group sizes within one of each other, moving as few people as
/// that needs, then lower the number of units sharing a group avoidably; empty when nothing helps.
///
/// Whom to move is chosen so that units are not shared avoidably and genders stay mixed; among
/// equals, whoever sits in the highest seat (the most recently seated), then the latest in the
/// roster. Participants without a seat are seated first, in the smallest groups. The same groups
/// and participants always give the same steps.
pub fn fewest_moves(
    groups: &[Group],
    participants: &[Participant],
) -> Result<Vec<Shift>, GroupingError> {
    let (n, k) = (participants.len(), groups.len());
    if k == 0 {
        return Err(GroupingError::NoGroups);
    }
    if k > n {
        return Err(GroupingError::TooManyGroups {
            groups: k,
            participants: n,
        });
    }
    let max = usize::from(MAX_SEATS);
    if n.div_ceil(k) > max {
        return Err(GroupingError::TooLarge {
            groups: k,
            participants: n,
            size: n.div_ceil(k),
            needed: n.div_ceil(max),
        });
    }
    let mut plan = Plan::new(groups, participants);
    even_sizes(&mut plan);
    separate_units(&mut plan);
    Ok(plan.shifts)
}

/// Seats whoever has no seat in a smallest group, then moves one person at a time from a
/// largest group to a smallest until sizes differ by at most one. A group that gives never
/// receives and one that receives never gives, so no one moves who need not.
fn even_sizes(plan: &mut Plan<'_>) {
    let unseated: Vec<usize> = (0..plan.participants.len())
        .filter(|p| plan.now[*p].is_none())
        .collect();
    for p in unseated {
        let (_, min) = plan.sizes();
        let best = plan
            .with_size(min)
            .into_iter()
            .min_by_key(|h| (plan.move_delta(p, *h), *h));
        if let Some(h) = best {
            plan.move_to(p, h);
        }
    }
    loop {
        let (max, min) = plan.sizes();
        if max <= min + 1 {
            return;
        }
        let receivers = plan.with_size(min);
        let best = plan
            .with_size(max)
            .into_iter()
            .flat_map(|g| plan.seats[g].values().copied().collect::<Vec<_>>())
            .flat_map(|p| receivers.iter().map(move |h| (p, *h)))
            .min_by_key(|(p, h)| (plan.move_delta(*p, *h), plan.preference(*p), *h));
        match best {
            Some((p, h)) => plan.move_to(p, h),
            None => return,
        }
    }
}

/// While some single move (from a larger group to a smaller one, sizes staying within one)
/// or swap lowers the units sharing a group avoidably, or their members beyond an even spread
/// (three colleagues in a group take two steps), without raising the other, makes the one that
/// lowers the first most, moving the fewest people who have not moved yet. Each step lowers
/// their sum, so there are at most as many steps as it was.
fn separate_units(plan: &mut Plan<'_>) {
    loop {
        let (max, min) = plan.sizes();
        let mut best: Option<(Candidate, Step)> = None;
        let mut offer = |c: Candidate, s: Step| {
            let (e, x) = (c.delta.entries, c.delta.excess);
            let better = e <= 0 && x <= 0 && (e < 0 || x < 0);
            if better && best.as_ref().is_none_or(|(b, _)| c < *b) {
                best = Some((c, s));
            }
        };
        if max == min + 1 {
            for g in plan.with_size(max) {
                for &p in plan.seats[g].values() {
                    for h in plan.with_size(min) {
                        let delta = plan.move_delta(p, h);
                        offer(
                            Candidate {
                                entries: delta.entries,
                                delta,
                                displaced: plan.displaced(p, h),
                                people: 1,
                                who: (plan.preference(p), (Reverse(0), Reverse(0))),
                            },
                            Step::Move(p, h),
                        );
                    }
                }
            }
        }
        let k = plan.groups.len();
        for g in 0..k {
            for h in g + 1..k {
                for &x in plan.seats[g].values() {
                    for &y in plan.seats[h].values() {
                        if plan.unit[x] == plan.unit[y] {
                            continue;
                        }
                        let delta = plan.swap_delta(x, g, y, h);
                        offer(
                            Candidate {
                                entries: delta.entries,
                                delta,
                                displaced: plan.displaced(x, h) + plan.displaced(y, g),
                                people: 2,
                                who: (plan.preference(x), plan.preference(y)),
                            },
                            Step::Swap(x, g, y, h),
                        );
                    }
                }
            }
        }
        match best {
            Some((_, Step::Move(p, h))) => plan.move_to(p, h),
            Some((_, Step::Swap(x, g, y, h))) => plan.swap(x, g, y, h),
            None => return,
        }
    }
}

/// A step of [`separate_units`] and how good it is: the most units separated, then the
/// fewest people newly out of their group, then the measures, then fewer people, then whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Candidate {
    entries: i64,
    displaced: i64,
    delta: Delta,
    people: u8,
    who: (Who, Who),
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Move(usize, usize),
    Swap(usize, usize, usize, usize),
}

#[cfg(test)]
mod tests;
