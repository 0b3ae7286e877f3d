//! One group's page: members, the mission text it wrote and its rubric rating, airtime, and who
//! addressed whom.

use serde::Serialize;

use super::behaviour::{MatrixView, group_airtime_chart, matrix};
use super::charts::Bars;
use super::context::Index;
use super::fmt::{self, NONE};
use crate::consolidate::GroupInfo;

/// One group's section.
#[derive(Debug, Serialize)]
pub struct GroupView {
    /// Link target.
    pub anchor: String,
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// "A01 Name" per observer.
    pub observers: Vec<String>,
    /// Members in seat order.
    pub members: Vec<MemberRow>,
    /// Distinct mission texts with who recorded each.
    pub missions: Vec<MissionView>,
    /// The rubric rating, when any observer scored it.
    pub rubric: Option<RubricView>,
    /// Airtime shares.
    pub airtime_chart: Option<Bars>,
    /// Who addressed whom.
    pub matrix: Option<MatrixView>,
    /// Observers' notes.
    pub notes: Vec<GroupNoteView>,
}

/// A member.
#[derive(Debug, Serialize)]
pub struct MemberRow {
    /// Seat.
    pub seat: u8,
    /// Link target.
    pub anchor: String,
    /// Name.
    pub name: String,
    /// Position.
    pub position: String,
    /// Unit.
    pub unit: String,
    /// Airtime share.
    pub share: String,
    /// Mean turns.
    pub turns: String,
    /// JPM.
    pub jpm: String,
}

/// A mission text.
#[derive(Debug, Serialize)]
pub struct MissionView {
    /// The text.
    pub text: String,
    /// Observer ids who recorded it.
    pub observers: String,
}

/// The rubric table.
#[derive(Debug, Serialize)]
pub struct RubricView {
    /// Observer ids, the columns.
    pub observers: Vec<String>,
    /// One row per rubric item.
    pub rows: Vec<RubricRow>,
    /// Sum of the item means; empty unless every item was scored.
    pub total: String,
    /// Sum of the item maxima.
    pub total_max: String,
}

/// One rubric item.
#[derive(Debug, Serialize)]
pub struct RubricRow {
    /// What is judged.
    pub label: String,
    /// Each observer's score, or a dash.
    pub scores: Vec<String>,
    /// Mean of the scores given.
    pub mean: String,
    /// Highest score.
    pub max: u8,
}

/// A note on the group.
#[derive(Debug, Serialize)]
pub struct GroupNoteView {
    /// Observer id.
    pub observer: String,
    /// The note.
    pub text: String,
}

pub(super) fn group_views(ix: &Index) -> Vec<GroupView> {
    ix.c.groups
        .iter()
        .enumerate()
        .map(|(i, g)| view(ix, g, i))
        .collect()
}

fn view(ix: &Index, g: &GroupInfo, i: usize) -> GroupView {
    let lang = ix.lang;
    let members = g
        .group
        .seats
        .iter()
        .map(|(seat, pid)| {
            let person = ix.person(pid);
            let air = ix.airtime(pid);
            MemberRow {
                seat: *seat,
                anchor: ix.anchor(pid),
                name: ix.name(pid),
                position: person
                    .map(|p| p.person.position.clone())
                    .unwrap_or_default(),
                unit: person.map(|p| p.person.unit.clone()).unwrap_or_default(),
                share: air
                    .and_then(|a| a.share)
                    .map_or_else(|| NONE.to_string(), |s| fmt::percent(s, lang)),
                turns: air.map_or_else(|| NONE.to_string(), |a| fmt::num(a.turns, 1, lang)),
                jpm: fmt::opt(ix.result(pid).and_then(|r| r.jpm), 1, lang),
            }
        })
        .collect();
    GroupView {
        anchor: format!("g-{}", i + 1),
        id: g.group.id.clone(),
        name: g.group.name.clone(),
        observers: g
            .observers
            .iter()
            .map(|o| format!("{o} {}", ix.observer_name(o)))
            .collect(),
        members,
        missions: missions(g),
        rubric: rubric(ix, g),
        airtime_chart: group_airtime_chart(ix, g),
        matrix: matrix(ix, g),
        notes: g
            .notes
            .iter()
            .map(|n| GroupNoteView {
                observer: n.observer.clone(),
                text: n.note.text.clone(),
            })
            .collect(),
    }
}

/// Each distinct mission text once, with every observer who recorded it; the event's own text first.
fn missions(g: &GroupInfo) -> Vec<MissionView> {
    let mut texts: Vec<(String, Vec<String>)> = Vec::new();
    if !g.group.output.trim().is_empty() {
        texts.push((g.group.output.trim().to_string(), Vec::new()));
    }
    for p in &g.products {
        let text = p.text.trim();
        if text.is_empty() {
            continue;
        }
        match texts.iter_mut().find(|(t, _)| t == text) {
            Some((_, who)) => who.push(p.observer.clone()),
            None => texts.push((text.to_string(), vec![p.observer.clone()])),
        }
    }
    texts
        .into_iter()
        .map(|(text, who)| MissionView {
            text,
            observers: if who.is_empty() {
                NONE.to_string()
            } else {
                who.join(", ")
            },
        })
        .collect()
}

fn rubric(ix: &Index, g: &GroupInfo) -> Option<RubricView> {
    let items = &ix.c.scheme.rubric;
    let scorers: Vec<_> = g.products.iter().filter(|p| !p.rubric.is_empty()).collect();
    if items.is_empty() || scorers.is_empty() {
        return None;
    }
    let mut total = Some(0.0);
    let mut total_max = 0u32;
    let rows = items
        .iter()
        .map(|item| {
            let given: Vec<Option<u8>> = scorers
                .iter()
                .map(|p| {
                    p.rubric
                        .iter()
                        .rfind(|s| s.item == item.id)
                        .map(|s| s.score)
                })
                .collect();
            let values: Vec<f64> = given.iter().flatten().map(|s| f64::from(*s)).collect();
            let mean =
                (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
            // A total over some items only would read as a low score, so it needs every item.
            total = total.zip(mean).map(|(t, m)| t + m);
            total_max += u32::from(item.max);
            RubricRow {
                label: item.label.get(ix.lang).to_string(),
                scores: given
                    .iter()
                    .map(|s| s.map_or_else(|| NONE.to_string(), |s| s.to_string()))
                    .collect(),
                mean: fmt::opt(mean, 1, ix.lang),
                max: item.max,
            }
        })
        .collect();
    Some(RubricView {
        observers: scorers.iter().map(|p| p.observer.clone()).collect(),
        rows,
        total: total.map(|t| fmt::num(t, 1, ix.lang)).unwrap_or_default(),
        total_max: total_max.to_string(),
    })
}
