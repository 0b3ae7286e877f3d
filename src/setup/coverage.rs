//! Which observers rate which participants: at least `min_observers` each, at most
//! `max_per_observer` per observer, preferably in complete blocks (the same observers rating the
//! same participants), which is what ICC needs.

use std::fmt;

use serde::Serialize;

use super::left_out::{LeftOut, Reason};
use crate::model::{Event, Group, Lang, Observer, Participant, Role, Settings};

/// Coverage targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Targets {
    /// Observers each participant needs.
    pub min_observers: usize,
    /// Participants one observer can follow.
    pub max_per_observer: usize,
}

impl Default for Targets {
    fn default() -> Self {
        Targets {
            min_observers: 2,
            max_per_observer: 5,
        }
    }
}

impl Targets {
    /// The targets the event was planned with (its settings), the defaults where it does not say.
    pub fn of(event: &Event) -> Targets {
        let default = Targets::default();
        let or = |v: Option<u32>, d: usize| v.map_or(d, |v| v as usize);
        Targets {
            min_observers: or(event.settings.min_observers, default.min_observers),
            max_per_observer: or(event.settings.max_per_observer, default.max_per_observer),
        }
    }

    /// These targets written into `settings`, so later tools plan and audit with them.
    pub fn store_in(self, settings: &mut Settings) {
        let to = |v: usize| Some(u32::try_from(v).unwrap_or(u32::MAX));
        settings.min_observers = to(self.min_observers);
        settings.max_per_observer = to(self.max_per_observer);
    }

    /// Fewest observers a group of `size` needs at all (each observer rates distinct people).
    pub fn minimum_for(self, size: usize) -> usize {
        let per = self.max_per_observer.min(size).max(1);
        (size * self.min_observers).div_ceil(per)
    }

    /// Observers a group of `size` needs for complete blocks of at most `max_per_observer`.
    pub fn blocks_for(self, size: usize) -> usize {
        size.div_ceil(self.max_per_observer.max(1)) * self.min_observers
    }
}

/// The result of assigning coverage.
#[derive(Debug, Clone, PartialEq)]
pub struct CoveragePlan {
    /// Every observer, with group and coverage filled in.
    pub observers: Vec<Observer>,
    /// Groups where the targets could not be met.
    pub shortfalls: Vec<Shortfall>,
    /// Observers given no one to rate, and why.
    pub left_out: Vec<LeftOut>,
}

impl CoveragePlan {
    /// Every line a coverage error shows: each short group with the observers beside it, then the
    /// observers the plan left out and why.
    pub fn explain(&self, lang: Lang) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for s in &self.shortfalls {
            lines.push(crate::text::setup::shortfall(lang, s));
            let beside: Vec<String> = self
                .observers
                .iter()
                .filter(|o| {
                    o.group.as_deref() == Some(s.group_id.as_str()) && !o.coverage.is_empty()
                })
                .map(|o| format!("{} {}", o.id, o.name))
                .collect();
            let who = if beside.is_empty() {
                "-".to_string()
            } else {
                beside.join(", ")
            };
            lines.push(crate::text::import::short_group_observers(
                lang, &s.group, &who,
            ));
        }
        lines.extend(self.left_out.iter().map(|l| l.line(lang)));
        lines
    }
}

/// A group whose participants cannot all get enough observers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shortfall {
    /// Group name.
    pub group: String,
    /// Group id.
    pub group_id: String,
    /// Participants short of observers: id, name, observers they have.
    pub participants: Vec<(String, String, usize)>,
    /// Observers needed.
    pub needed: usize,
    /// Observers more than the group has.
    pub missing: usize,
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who: Vec<String> = self
            .participants
            .iter()
            .map(|(id, name, n)| format!("{id} {name} ({n})"))
            .collect();
        write!(
            f,
            "{}: {} more observer(s) needed ({} in all); short of observers: {}",
            self.group,
            self.missing,
            self.needed,
            who.join(", ")
        )
    }
}

/// One auto-generated observer per slot a group needs for complete blocks, plus a lead (`LEAD`).
/// The first observer of each block is primary, the others reliability raters.
pub fn generate_observers(groups: &[Group], targets: Targets) -> Vec<Observer> {
    let total: usize = groups
        .iter()
        .map(|g| targets.blocks_for(g.seats.len()))
        .sum();
    let width = total.to_string().len().max(2);
    let mut out = Vec::with_capacity(total + 1);
    for g in groups {
        let blocks = g.seats.len().div_ceil(targets.max_per_observer.max(1));
        for i in 0..targets.blocks_for(g.seats.len()) {
            let n = out.len() + 1;
            out.push(Observer {
                id: format!("A{n:0width$}"),
                name: format!("Asesor {n}"),
                role: if i < blocks {
                    Role::Primary
                } else {
                    Role::Reliability
                },
                group: Some(g.id.clone()),
                coverage: Vec::new(),
            });
        }
    }
    out.push(Observer {
        id: "LEAD".into(),
        name: "Ketua tim".into(),
        role: Role::Lead,
        group: None,
        coverage: Vec::new(),
    });
    out
}

/// Seats observers beside groups and gives each the participants to rate.
///
/// Observers with a group stay there; the others go first where the minimum is not met, then where
/// complete blocks are not, then where observers are scarcest. A lead seated beside a group rates
/// there like any observer; a lead with no group rates no one (they run the wash-up). Observers
/// given no one to rate are listed with why. With enough
/// observers a group is cut into blocks of at most `max_per_observer`, each rated by the same
/// observers; with fewer, observers take overlapping turns round the table.
pub fn plan_coverage(
    groups: &[Group],
    participants: &[Participant],
    mut observers: Vec<Observer>,
    targets: Targets,
) -> CoveragePlan {
    let sizes: Vec<usize> = groups.iter().map(|g| g.seats.len()).collect();
    let mut at: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    let mut floating = Vec::new();
    let mut left_out = Vec::new();
    for (i, o) in observers.iter_mut().enumerate() {
        o.coverage.clear();
        let seat = o
            .group
            .as_ref()
            .and_then(|g| groups.iter().position(|x| &x.id == g));
        match (seat, o.role) {
            (Some(g), _) => at[g].push(i),
            (None, Role::Lead) if o.group.is_none() => {
                left_out.push(LeftOut::new(o, Reason::LeadWithoutGroup));
            }
            (None, Role::Lead) => {
                let g = o.group.clone().unwrap_or_default();
                left_out.push(LeftOut::new(o, Reason::UnknownGroup(g)));
            }
            (None, _) => floating.push(i),
        }
    }
    for o in floating {
        let short_of = |need: &dyn Fn(usize) -> usize| {
            (0..groups.len())
                .filter(|g| at[*g].len() < need(sizes[*g]))
                .max_by_key(|g| (need(sizes[*g]) - at[*g].len(), std::cmp::Reverse(*g)))
        };
        let target = short_of(&|s| targets.minimum_for(s))
            .or_else(|| short_of(&|s| targets.blocks_for(s)))
            .or_else(|| {
                (0..groups.len())
                    .filter(|g| sizes[*g] > 0)
                    .min_by(|a, b| (at[*a].len() * sizes[*b]).cmp(&(at[*b].len() * sizes[*a])))
            });
        if let Some(g) = target {
            observers[o].group = Some(groups[g].id.clone());
            at[g].push(o);
        }
    }
    let mut shortfalls = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let seated: Vec<&String> = group.seats.values().collect();
        let covers = cover_group(seated.len(), at[g].len(), targets);
        if seated.is_empty() {
            left_out.extend(
                at[g]
                    .iter()
                    .map(|&o| LeftOut::new(&observers[o], Reason::EmptyGroup(group.name.clone()))),
            );
        }
        for (slot, people) in covers.iter().enumerate() {
            observers[at[g][slot]].coverage = people.iter().map(|p| seated[*p].clone()).collect();
        }
        let mut count = vec![0usize; seated.len()];
        covers.iter().flatten().for_each(|p| count[*p] += 1);
        let short: Vec<(String, String, usize)> = (0..seated.len())
            .filter(|p| count[*p] < targets.min_observers)
            .map(|p| {
                let name = participants
                    .iter()
                    .find(|x| &x.id == seated[p])
                    .map_or(String::new(), |x| x.name.clone());
                (seated[p].clone(), name, count[p])
            })
            .collect();
        if !short.is_empty() {
            let needed = targets.minimum_for(seated.len());
            shortfalls.push(Shortfall {
                group: group.name.clone(),
                group_id: group.id.clone(),
                participants: short,
                needed,
                missing: needed.saturating_sub(at[g].len()),
            });
        }
    }
    CoveragePlan {
        observers,
        shortfalls,
        left_out,
    }
}

/// Seat positions (0-based) each of `k` observers rates in a group of `size`.
fn cover_group(size: usize, k: usize, t: Targets) -> Vec<Vec<usize>> {
    if size == 0 || k == 0 {
        return vec![Vec::new(); k];
    }
    if k >= t.blocks_for(size) {
        // Complete blocks: observer i rates block i mod b; blocks differ in size by at most one.
        let b = size.div_ceil(t.max_per_observer.max(1));
        let block = |j: usize| (j * size / b)..((j + 1) * size / b);
        return (0..k).map(|i| block(i % b).collect()).collect();
    }
    // Rotation: observers take consecutive runs round the table, so every seat is covered
    // equally often; when observers are too few, the runs simply end early.
    let per = t.max_per_observer.min(size);
    let total = (size * t.min_observers).min(k * per);
    let mut start = 0;
    (0..k)
        .map(|i| {
            let len = total / k + usize::from(i < total % k);
            let run = (start..start + len).map(|p| p % size).collect();
            start += len;
            run
        })
        .collect()
}

/// Coverage of an existing event against the targets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Audit {
    /// The targets checked against.
    pub targets: Targets,
    /// Participants with fewer observers than the minimum, and how many they have.
    pub under: Vec<(String, usize)>,
    /// Observers rating more participants than the maximum, and how many.
    pub over: Vec<(String, usize)>,
    /// Observers who rate someone outside the group they sit beside: observer, participant.
    pub outside_group: Vec<(String, String)>,
    /// Observers who rate no one, and why.
    pub idle: Vec<LeftOut>,
}

/// Checks an event's coverage.
pub fn audit(event: &Event, targets: Targets) -> Audit {
    let under = event
        .participants
        .iter()
        .map(|p| (p.id.clone(), event.observers_of(&p.id).count()))
        .filter(|(_, n)| *n < targets.min_observers)
        .collect();
    let over = event
        .observers
        .iter()
        .filter(|o| o.coverage.len() > targets.max_per_observer)
        .map(|o| (o.id.clone(), o.coverage.len()))
        .collect();
    let outside_group = event
        .observers
        .iter()
        .filter_map(|o| Some((o, event.group(o.group.as_deref()?)?)))
        .flat_map(|(o, g)| {
            o.coverage
                .iter()
                .filter(|p| g.seat_of(p).is_none())
                .map(|p| (o.id.clone(), p.clone()))
        })
        .collect();
    let idle = event
        .observers
        .iter()
        .filter_map(|o| Some(LeftOut::new(o, super::left_out::idle_reason(event, o)?)))
        .collect();
    Audit {
        targets,
        under,
        over,
        outside_group,
        idle,
    }
}

impl Audit {
    /// Lines for `lgd check`.
    pub fn lines(&self) -> Vec<String> {
        let t = self.targets;
        let mut lines = Vec::new();
        if self.under.is_empty() && self.over.is_empty() {
            lines.push(format!(
                "coverage: every participant has {}+ observers; no observer has more than {}",
                t.min_observers, t.max_per_observer
            ));
        }
        if !self.under.is_empty() {
            let who: Vec<String> = self
                .under
                .iter()
                .map(|(p, n)| format!("{p} ({n})"))
                .collect();
            lines.push(format!(
                "warning: {} participant(s) with fewer than {} observers: {}",
                self.under.len(),
                t.min_observers,
                who.join(", ")
            ));
        }
        if !self.over.is_empty() {
            let who: Vec<String> = self
                .over
                .iter()
                .map(|(o, n)| format!("{o} ({n})"))
                .collect();
            lines.push(format!(
                "warning: observer(s) rating more than {}: {}",
                t.max_per_observer,
                who.join(", ")
            ));
        }
        for (o, p) in &self.outside_group {
            lines.push(format!("warning: {o} rates {p}, who sits in another group"));
        }
        // Who could have rated them: named whenever someone is short of observers.
        if !self.under.is_empty() {
            lines.extend(self.idle.iter().map(|l| format!("  {}", l.line(Lang::En))));
        }
        lines
    }
}
