//! Who and what the day files cover: groups, participants and observers, each once, in the order
//! people expect, with each observer's files and each group's products.

use std::collections::{BTreeMap, BTreeSet};

use super::behaviour::GroupFiles;
use super::digest::FileDigest;
use super::format::{
    GroupInfo, GroupProduct, ObserverGroupNote, ObserverInfo, ParticipantInfo, SourceFile,
};
use super::order::natural;
use crate::model::{Group, Participant};

/// Every group in the files, in natural id order.
pub fn union_groups(digests: &[FileDigest]) -> Vec<Group> {
    let mut by_id: BTreeMap<String, Group> = BTreeMap::new();
    for g in digests.iter().flat_map(|f| &f.groups) {
        let group = by_id.entry(g.id.clone()).or_insert_with(|| g.clone());
        // A late arrival's seat is in the files recorded after the roster changed.
        for (seat, id) in &g.seats {
            group.seats.entry(*seat).or_insert_with(|| id.clone());
        }
    }
    let mut groups: Vec<Group> = by_id.into_values().collect();
    groups.sort_by(|a, b| natural(&a.id, &b.id));
    groups
}

/// Every participant in the files: by group and seat, then the rest by id.
pub fn union_participants(digests: &[FileDigest], groups: &[Group]) -> Vec<ParticipantInfo> {
    let mut by_id: BTreeMap<&str, &Participant> = BTreeMap::new();
    for p in digests.iter().flat_map(|f| &f.participants) {
        by_id.entry(&p.id).or_insert(p);
    }
    let mut out = Vec::new();
    for g in groups {
        for (seat, id) in &g.seats {
            if let Some(p) = by_id.remove(id.as_str()) {
                out.push(ParticipantInfo {
                    person: p.clone(),
                    group: Some(g.id.clone()),
                    seat: Some(*seat),
                });
            }
        }
    }
    let mut rest: Vec<&Participant> = by_id.into_values().collect();
    rest.sort_by(|a, b| natural(&a.id, &b.id));
    out.extend(rest.into_iter().map(|p| ParticipantInfo {
        person: p.clone(),
        group: None,
        seat: None,
    }));
    out
}

/// Every observer id in the files, in natural order.
pub fn union_observers(digests: &[FileDigest]) -> Vec<String> {
    let mut ids: Vec<String> = digests
        .iter()
        .map(|f| f.observer.id.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    ids.sort_by(|a, b| natural(a, b));
    ids
}

/// Each observer with their files and whether they submitted.
pub fn observer_infos(
    files_of: &BTreeMap<&str, Vec<&FileDigest>>,
    ids: &[String],
) -> Vec<ObserverInfo> {
    ids.iter()
        .filter_map(|id| {
            let files = files_of.get(id.as_str())?;
            let first = files.first()?;
            Some(ObserverInfo {
                observer: first.observer.clone(),
                submitted: files.iter().all(|f| f.submitted_at.is_some()),
                files: files
                    .iter()
                    .map(|f| SourceFile {
                        path: f.path.clone(),
                        date: f.date,
                        group: f.group.clone(),
                        submitted_at: f.submitted_at,
                        withdrawals: f.withdrawals.clone(),
                        last_seq: f.last_seq,
                        acts: f.live_acts,
                        ratings: f.rating_cells,
                        never_coded: !f.phase_aligned,
                    })
                    .collect(),
            })
        })
        .collect()
}

/// Each group with its observers, products and notes.
pub fn group_infos(groups: Vec<Group>, files: &[GroupFiles<'_>]) -> Vec<GroupInfo> {
    groups
        .into_iter()
        .map(|g| {
            let of_group = files.iter().find(|x| x.group == g.id);
            let observers: Vec<(String, Vec<&FileDigest>)> =
                of_group.map(|x| x.observers.clone()).unwrap_or_default();
            let products = observers
                .iter()
                .flat_map(|(o, fs)| fs.iter().map(move |f| (o, f)))
                .map(|(o, f)| GroupProduct {
                    observer: o.clone(),
                    text: f.outputs.get(&g.id).cloned().unwrap_or_default(),
                    rubric: f
                        .rubric
                        .iter()
                        .filter(|r| r.group == g.id)
                        .map(|r| r.independent(f.submissions))
                        .collect(),
                })
                .collect();
            let notes = observers
                .iter()
                .flat_map(|(o, fs)| fs.iter().map(move |f| (o, f)))
                .flat_map(|(o, f)| {
                    f.notes
                        .iter()
                        .filter(|n| n.group == g.id)
                        .map(move |n| ObserverGroupNote {
                            observer: o.clone(),
                            note: n.clone(),
                        })
                })
                .collect();
            GroupInfo {
                observers: observers.into_iter().map(|(o, _)| o).collect(),
                group: g,
                products,
                notes,
            }
        })
        .collect()
}
