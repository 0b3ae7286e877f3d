//! The groups as indices while a fewest-moves re-balance is planned: who sits where, the counts
//! the balance measures need, and what a move or swap would change.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use super::Shift;
use crate::model::{Gender, Group, MAX_SEATS, Participant};
use crate::setup::unit_key;

/// How much a step changes the balance: lower is better, compared in this order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Delta {
    /// Units sharing a group avoidably (what `Balance::avoidable` counts).
    pub(super) entries: i64,
    /// Members beyond the even spread, summed.
    pub(super) excess: i64,
    /// Sum over groups of (men - women) squared.
    pub(super) gender: i64,
}

impl std::ops::Add for Delta {
    type Output = Delta;
    fn add(self, o: Delta) -> Delta {
        Delta {
            entries: self.entries + o.entries,
            excess: self.excess + o.excess,
            gender: self.gender + o.gender,
        }
    }
}

/// The groups as indices, with the counts the measures need kept up to date.
pub(super) struct Plan<'a> {
    /// The groups as they were.
    pub(super) groups: &'a [Group],
    /// The roster.
    pub(super) participants: &'a [Participant],
    /// Each participant's unit; `None` for no unit, which never shares.
    pub(super) unit: Vec<Option<usize>>,
    /// Each unit's most members in one group that an even spread needs.
    fair: Vec<usize>,
    /// +1 for a man, -1 for a woman, 0 when not known.
    sign: Vec<i64>,
    /// Seat to participant, per group.
    pub(super) seats: Vec<BTreeMap<u8, usize>>,
    /// Each participant's group now.
    pub(super) now: Vec<Option<usize>>,
    /// Each participant's group when planning began.
    home: Vec<Option<usize>>,
    /// Members of each unit in each group.
    count: Vec<Vec<usize>>,
    /// Men minus women in each group.
    tilt: Vec<i64>,
    /// The steps planned so far.
    pub(super) shifts: Vec<Shift>,
}

impl<'a> Plan<'a> {
    pub(super) fn new(groups: &'a [Group], participants: &'a [Participant]) -> Plan<'a> {
        let index: HashMap<&str, usize> = participants
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut keys: Vec<String> = Vec::new();
        let unit: Vec<Option<usize>> = participants
            .iter()
            .map(|p| {
                let key = unit_key(&p.unit);
                if key.is_empty() {
                    return None;
                }
                Some(keys.iter().position(|k| *k == key).unwrap_or_else(|| {
                    keys.push(key);
                    keys.len() - 1
                }))
            })
            .collect();
        let mut total = vec![0usize; keys.len()];
        for u in unit.iter().flatten() {
            total[*u] += 1;
        }
        let fair = total.iter().map(|t| t.div_ceil(groups.len())).collect();
        let sign = participants
            .iter()
            .map(|p| match p.gender {
                Some(Gender::L) => 1,
                Some(Gender::P) => -1,
                None => 0,
            })
            .collect();
        let mut plan = Plan {
            groups,
            participants,
            unit,
            fair,
            sign,
            seats: vec![BTreeMap::new(); groups.len()],
            now: vec![None; participants.len()],
            home: Vec::new(),
            count: vec![vec![0; keys.len()]; groups.len()],
            tilt: vec![0; groups.len()],
            shifts: Vec::new(),
        };
        for (g, group) in groups.iter().enumerate() {
            for (seat, id) in &group.seats {
                // Someone not in the roster is not counted, as in `Balance`; someone seated
                // twice (an invalid event) counts where first found.
                if let Some(&p) = index.get(id.as_str())
                    && plan.now[p].is_none()
                {
                    plan.seats[g].insert(*seat, p);
                    plan.join(p, g);
                }
            }
        }
        plan.home = plan.now.clone();
        plan
    }

    pub(super) fn size(&self, g: usize) -> usize {
        self.seats[g].len()
    }

    pub(super) fn seat(&self, p: usize) -> u8 {
        self.now[p]
            .and_then(|g| self.seats[g].iter().find(|(_, q)| **q == p))
            .map_or(0, |(s, _)| *s)
    }

    pub(super) fn join(&mut self, p: usize, g: usize) {
        self.now[p] = Some(g);
        if let Some(u) = self.unit[p] {
            self.count[g][u] += 1;
        }
        self.tilt[g] += self.sign[p];
    }

    pub(super) fn leave(&mut self, p: usize, g: usize) {
        if let Some(u) = self.unit[p] {
            self.count[g][u] -= 1;
        }
        self.tilt[g] -= self.sign[p];
    }

    /// What moving one member of unit `u` from `from` to `to` does to the unit measures.
    pub(super) fn unit_delta(&self, u: Option<usize>, from: Option<usize>, to: usize) -> Delta {
        let Some(u) = u else {
            return Delta::default();
        };
        let fair = self.fair[u] as i64;
        let over = |n: i64| i64::from(n > fair);
        let beyond = |n: i64| (n - fair).max(0);
        let b = self.count[to][u] as i64;
        let mut d = Delta {
            entries: over(b + 1) - over(b),
            excess: beyond(b + 1) - beyond(b),
            gender: 0,
        };
        if let Some(f) = from {
            let a = self.count[f][u] as i64;
            d.entries += over(a - 1) - over(a);
            d.excess += beyond(a - 1) - beyond(a);
        }
        d
    }

    /// What moving `p` to `to` changes.
    pub(super) fn move_delta(&self, p: usize, to: usize) -> Delta {
        let from = self.now[p];
        let s = self.sign[p];
        let sq = |t: i64| t * t;
        let mut gender = sq(self.tilt[to] + s) - sq(self.tilt[to]);
        if let Some(f) = from {
            gender += sq(self.tilt[f] - s) - sq(self.tilt[f]);
        }
        self.unit_delta(self.unit[p], from, to)
            + Delta {
                gender,
                ..Delta::default()
            }
    }

    /// What exchanging `x` (in `g`) and `y` (in `h`) changes.
    pub(super) fn swap_delta(&self, x: usize, g: usize, y: usize, h: usize) -> Delta {
        let (sx, sy) = (self.sign[x], self.sign[y]);
        let sq = |t: i64| t * t;
        let gender = sq(self.tilt[g] - sx + sy) + sq(self.tilt[h] + sx - sy)
            - sq(self.tilt[g])
            - sq(self.tilt[h]);
        let units = if self.unit[x] == self.unit[y] {
            Delta::default()
        } else {
            self.unit_delta(self.unit[x], Some(g), h) + self.unit_delta(self.unit[y], Some(h), g)
        };
        units
            + Delta {
                gender,
                ..Delta::default()
            }
    }

    /// How many more people would sit outside the group they began in after `p` goes to `to`.
    pub(super) fn displaced(&self, p: usize, to: usize) -> i64 {
        let out = |g: Option<usize>| i64::from(self.home[p] != g);
        out(Some(to)) - out(self.now[p])
    }

    /// Whom to prefer among equals: the highest seat, then the latest in the roster.
    pub(super) fn preference(&self, p: usize) -> Who {
        (Reverse(self.seat(p)), Reverse(p))
    }

    pub(super) fn move_to(&mut self, p: usize, to: usize) {
        if let Some(f) = self.now[p] {
            self.seats[f].retain(|_, q| *q != p);
            self.leave(p, f);
        }
        let seat = (1..=MAX_SEATS)
            .find(|s| !self.seats[to].contains_key(s))
            .unwrap_or(MAX_SEATS);
        self.seats[to].insert(seat, p);
        self.join(p, to);
        self.shifts.push(Shift::Move {
            participant: self.participants[p].id.clone(),
            group: self.groups[to].id.clone(),
        });
    }

    pub(super) fn swap(&mut self, x: usize, g: usize, y: usize, h: usize) {
        let (sx, sy) = (self.seat(x), self.seat(y));
        self.leave(x, g);
        self.leave(y, h);
        self.seats[g].insert(sx, y);
        self.seats[h].insert(sy, x);
        self.join(x, h);
        self.join(y, g);
        self.shifts.push(Shift::Swap {
            a: self.participants[x].id.clone(),
            b: self.participants[y].id.clone(),
        });
    }

    pub(super) fn sizes(&self) -> (usize, usize) {
        let sizes = (0..self.groups.len()).map(|g| self.size(g));
        (sizes.clone().max().unwrap_or(0), sizes.min().unwrap_or(0))
    }

    pub(super) fn with_size(&self, size: usize) -> Vec<usize> {
        (0..self.groups.len())
            .filter(|g| self.size(*g) == size)
            .collect()
    }
}

/// Whom [`Plan::preference`] prefers.
pub(super) type Who = (Reverse<u8>, Reverse<usize>);
