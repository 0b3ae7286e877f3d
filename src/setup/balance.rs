//! How balanced the groups are: sizes, units, shared units and gender mix, as data and as a table.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::unit_key;
use crate::model::{Gender, Group, Participant};

/// The balance of every group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Balance {
    /// One line per group, in event order.
    pub groups: Vec<GroupBalance>,
    /// Units with more members in one group than an even spread needs.
    pub avoidable: Vec<SharedUnit>,
}

/// One group's balance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupBalance {
    /// Group id.
    pub id: String,
    /// Group name.
    pub name: String,
    /// Seated participants.
    pub size: usize,
    /// Different units among them.
    pub units: usize,
    /// Most members of one unit in this group.
    pub max_same_unit: usize,
    /// Units with two or more members here.
    pub shared: Vec<SharedUnit>,
    /// Men (L).
    pub men: usize,
    /// Women (P).
    pub women: usize,
    /// Gender not given.
    pub unknown_gender: usize,
}

/// A unit with several members in one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedUnit {
    /// Group id.
    pub group: String,
    /// The unit as first written in the roster.
    pub unit: String,
    /// Its members in this group.
    pub count: usize,
    /// The most an even spread needs: ceil(unit size / number of groups).
    pub unavoidable: usize,
}

impl Balance {
    /// Measures the groups; participants not found in the roster are skipped.
    pub fn of(groups: &[Group], participants: &[Participant]) -> Balance {
        let find = |id: &str| participants.iter().find(|p| p.id == id);
        let mut unit_total: BTreeMap<String, (String, usize)> = BTreeMap::new();
        for p in participants.iter().filter(|p| !p.unit.trim().is_empty()) {
            let e = unit_total
                .entry(unit_key(&p.unit))
                .or_insert_with(|| (p.unit.clone(), 0));
            e.1 += 1;
        }
        let fair = |key: &str| {
            unit_total
                .get(key)
                .map_or(1, |(_, n)| n.div_ceil(groups.len().max(1)))
        };
        let mut avoidable = Vec::new();
        let lines = groups
            .iter()
            .map(|g| {
                let members: Vec<&Participant> =
                    g.seats.values().filter_map(|id| find(id)).collect();
                let mut per_unit: BTreeMap<String, usize> = BTreeMap::new();
                for p in members.iter().filter(|p| !p.unit.trim().is_empty()) {
                    *per_unit.entry(unit_key(&p.unit)).or_default() += 1;
                }
                let shared: Vec<SharedUnit> = per_unit
                    .iter()
                    .filter(|(_, n)| **n >= 2)
                    .map(|(key, n)| SharedUnit {
                        group: g.id.clone(),
                        unit: unit_total.get(key).map_or(key.clone(), |(u, _)| u.clone()),
                        count: *n,
                        unavoidable: fair(key),
                    })
                    .collect();
                avoidable.extend(shared.iter().filter(|s| s.count > s.unavoidable).cloned());
                let gender = |g: Option<Gender>| members.iter().filter(|p| p.gender == g).count();
                GroupBalance {
                    id: g.id.clone(),
                    name: g.name.clone(),
                    size: members.len(),
                    units: per_unit.len()
                        + members.iter().filter(|p| p.unit.trim().is_empty()).count(),
                    max_same_unit: per_unit
                        .values()
                        .copied()
                        .max()
                        .unwrap_or(0)
                        .max(usize::from(!members.is_empty())),
                    shared,
                    men: gender(Some(Gender::L)),
                    women: gender(Some(Gender::P)),
                    unknown_gender: gender(None),
                }
            })
            .collect();
        Balance {
            groups: lines,
            avoidable,
        }
    }

    /// Largest group size minus smallest.
    pub fn size_spread(&self) -> usize {
        let sizes = self.groups.iter().map(|g| g.size);
        sizes.clone().max().unwrap_or(0) - sizes.min().unwrap_or(0)
    }

    /// The width of the group column: the longest group name, at least 5.
    pub fn name_width(&self) -> usize {
        self.groups
            .iter()
            .map(|g| g.name.chars().count())
            .max()
            .unwrap_or(5)
            .max(5)
    }

    /// The balance table for the terminal.
    pub fn render(&self) -> String {
        let width = self.name_width();
        let mut out = format!(
            "{:<width$}  size  units  max/unit   L   P   ?  shared units\n",
            "group"
        );
        for g in &self.groups {
            let shared: Vec<String> = g
                .shared
                .iter()
                .map(|s| format!("{} ({})", s.unit, s.count))
                .collect();
            let _ = writeln!(
                out,
                "{:<width$}  {:>4}  {:>5}  {:>8}  {:>2}  {:>2}  {:>2}  {}",
                g.name,
                g.size,
                g.units,
                g.max_same_unit,
                g.men,
                g.women,
                g.unknown_gender,
                shared.join(", ")
            );
        }
        out
    }

    /// Short lines for `lgd check`: sizes, and units sharing a group that an even spread would avoid.
    pub fn summary_lines(&self) -> Vec<String> {
        let sizes: Vec<String> = self.groups.iter().map(|g| g.size.to_string()).collect();
        let shared: usize = self.groups.iter().map(|g| g.shared.len()).sum();
        let mut lines = vec![format!(
            "balance: sizes {} (differ by {}); {shared} unit(s) share a group, {} avoidably",
            sizes.join(", "),
            self.size_spread(),
            self.avoidable.len()
        )];
        lines.extend(self.avoidable.iter().map(|s| {
            format!(
                "warning: {} has {} people from {} where {} would do",
                s.group, s.count, s.unit, s.unavoidable
            )
        }));
        lines
    }
}
