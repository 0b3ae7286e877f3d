//! Coded behaviour in the report: airtime charts, acts by code and the who-to-whom matrix.

use std::collections::BTreeMap;

use serde::Serialize;

use super::charts::{BarInput, Bars, bars};
use super::context::Index;
use super::fmt::{self, NONE};
use crate::consolidate::{GroupInfo, ParticipantInfo};
use crate::model::Valence;

/// The interaction matrix.
#[derive(Debug, Serialize)]
pub struct MatrixView {
    /// Column heads.
    pub heads: Vec<MatrixHead>,
    /// Rows.
    pub rows: Vec<MatrixRow>,
    /// Column sums.
    pub received: Vec<String>,
}

/// A column head.
#[derive(Debug, Serialize)]
pub struct MatrixHead {
    /// Seat.
    pub seat: u8,
    /// Name, for the tooltip.
    pub name: String,
}

/// A row of the matrix.
#[derive(Debug, Serialize)]
pub struct MatrixRow {
    /// Seat.
    pub seat: u8,
    /// Name.
    pub name: String,
    /// Cells.
    pub cells: Vec<MatrixCell>,
    /// Row sum.
    pub total: String,
}

/// A matrix cell.
#[derive(Debug, Serialize)]
pub struct MatrixCell {
    /// The mean, empty for zero.
    pub text: String,
    /// Shade 0-4 relative to the largest cell.
    pub heat: u8,
    /// From a member to themselves.
    pub diagonal: bool,
}

/// The group's members by airtime share, in seat order, with this participant highlighted.
pub(super) fn member_airtime_chart(ix: &Index, p: &ParticipantInfo) -> Option<Bars> {
    let group = p.group.as_deref()?;
    let members: Vec<_> =
        ix.c.behaviour
            .airtime
            .iter()
            .filter(|a| a.group == group)
            .collect();
    if members.is_empty() || members.iter().all(|a| a.share.is_none()) {
        return None;
    }
    let rows = members
        .iter()
        .map(|a| BarInput {
            label: ix.name(&a.participant),
            value: a.share.unwrap_or(0.0) * 100.0,
            text: a
                .share
                .map_or_else(|| NONE.to_string(), |s| fmt::percent(s, ix.lang)),
            class: if a.participant == p.person.id {
                "me"
            } else {
                "other"
            },
        })
        .collect();
    let equal = 100.0 / members.len() as f64;
    Some(bars(
        rows,
        Some((equal, ix.t.equal_share.to_string())),
        format!("{}: {}", ix.t.airtime_in_group, ix.group_name(Some(group))),
    ))
}

/// Mean live acts per observer for every code of the scheme, so charts compare across participants.
pub(super) fn acts_chart(ix: &Index, id: &str) -> Option<Bars> {
    let b = ix.behaviour(id)?;
    if b.by_observer.is_empty() {
        return None;
    }
    let n = b.by_observer.len() as f64;
    let rows =
        ix.c.scheme
            .codes
            .iter()
            .map(|code| {
                let total: usize = b
                    .by_observer
                    .iter()
                    .filter_map(|o| o.codes.get(&code.code))
                    .sum();
                let mean = total as f64 / n;
                BarInput {
                    label: format!("{} {}", code.code, code.label.get(ix.lang)),
                    value: mean,
                    text: fmt::num(mean, 1, ix.lang),
                    class: match code.valence {
                        Valence::Positive => "pos",
                        Valence::Negative => "neg",
                        Valence::Neutral => "neu",
                    },
                }
            })
            .collect();
    Some(bars(
        rows,
        None,
        format!("{}: {}", ix.t.acts_title, ix.name(id)),
    ))
}

pub(super) fn group_airtime_chart(ix: &Index, g: &GroupInfo) -> Option<Bars> {
    let members: Vec<_> = g
        .group
        .seats
        .iter()
        .filter_map(|(seat, pid)| ix.airtime(pid).map(|a| (seat, pid, a)))
        .collect();
    if members.is_empty() || members.iter().all(|(_, _, a)| a.share.is_none()) {
        return None;
    }
    let equal = 100.0 / members.len() as f64;
    let rows = members
        .iter()
        .map(|(seat, pid, a)| BarInput {
            label: format!("{seat}. {}", ix.name(pid)),
            value: a.share.unwrap_or(0.0) * 100.0,
            text: a
                .share
                .map_or_else(|| NONE.to_string(), |s| fmt::percent(s, ix.lang)),
            class: "other",
        })
        .collect();
    Some(bars(
        rows,
        Some((equal, ix.t.equal_share.to_string())),
        format!("{}: {}", ix.t.airtime_distribution, g.group.name),
    ))
}

pub(super) fn matrix(ix: &Index, g: &GroupInfo) -> Option<MatrixView> {
    let links =
        ix.c.behaviour
            .interactions
            .iter()
            .find(|i| i.group == g.group.id)?;
    if links.links.is_empty() {
        return None;
    }
    let mut mean: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for l in &links.links {
        *mean.entry((l.from.as_str(), l.to.as_str())).or_default() += l.mean;
    }
    let max = mean.values().copied().fold(0.0_f64, f64::max);
    let seats: Vec<(u8, &str)> = g
        .group
        .seats
        .iter()
        .map(|(s, p)| (*s, p.as_str()))
        .collect();
    let lang = ix.lang;
    let value = |from: &str, to: &str| mean.get(&(from, to)).copied().unwrap_or(0.0);
    let rows = seats
        .iter()
        .map(|(seat, from)| {
            let cells = seats
                .iter()
                .map(|(_, to)| {
                    let v = value(from, to);
                    MatrixCell {
                        text: if v > 0.0 {
                            fmt::num(v, 1, lang)
                        } else {
                            String::new()
                        },
                        heat: heat(v, max),
                        diagonal: from == to,
                    }
                })
                .collect();
            let total: f64 = seats.iter().map(|(_, to)| value(from, to)).sum();
            MatrixRow {
                seat: *seat,
                name: ix.name(from),
                cells,
                total: fmt::num(total, 1, lang),
            }
        })
        .collect();
    let received = seats
        .iter()
        .map(|(_, to)| fmt::num(seats.iter().map(|(_, from)| value(from, to)).sum(), 1, lang))
        .collect();
    Some(MatrixView {
        heads: seats
            .iter()
            .map(|(seat, pid)| MatrixHead {
                seat: *seat,
                name: ix.name(pid),
            })
            .collect(),
        rows,
        received,
    })
}

/// Shade 1-4 in quarters of the largest cell; 0 for nothing.
fn heat(v: f64, max: f64) -> u8 {
    if v <= 0.0 || max <= 0.0 {
        return 0;
    }
    ((v / max * 4.0).ceil() as u8).clamp(1, 4)
}
