//! Per participant results (JPM, category, self-evaluation gap) and coverage shortfalls.

use std::collections::{BTreeMap, BTreeSet};

use super::format::{
    Cell, Consolidated, Coverage, ParticipantResult, RatingStatus, SelfGap, ThinCoverage,
};
use crate::model::Category;
use crate::scoring::{category_for, jpm_with};

/// JPM over the final levels, the category it earns and the self-evaluation gap, per participant.
/// JPM waits until every competency has a final level: a partial sum would understate it.
pub fn results(
    participants: &[String],
    cells: &[Cell],
    categories: &[Category],
    self_levels: &BTreeMap<(String, String), f64>,
    capped: bool,
) -> Vec<ParticipantResult> {
    let mut by_participant: BTreeMap<&str, Vec<&Cell>> = BTreeMap::new();
    for c in cells {
        by_participant.entry(&c.participant).or_default().push(c);
    }
    participants
        .iter()
        .map(|p| {
            let pc = by_participant.remove(p.as_str()).unwrap_or_default();
            let missing: Vec<String> = pc
                .iter()
                .filter(|c| c.final_level.is_none())
                .map(|c| c.competency.clone())
                .collect();
            let value = if missing.is_empty() {
                jpm_with(
                    pc.iter()
                        .filter_map(|c| Some((c.final_level?, f64::from(c.target)))),
                    capped,
                )
            } else {
                None
            };
            let self_gap = pc
                .iter()
                .filter_map(|c| {
                    let own = *self_levels.get(&(p.clone(), c.competency.clone()))?;
                    Some(SelfGap {
                        competency: c.competency.clone(),
                        self_level: own,
                        final_level: c.final_level,
                        gap: c.final_level.map(|f| own - f),
                    })
                })
                .collect();
            ParticipantResult {
                participant: p.clone(),
                jpm: value,
                category: value
                    .and_then(|v| category_for(v, categories))
                    .map(|c| c.label.clone()),
                missing,
                decided: pc.iter().filter(|c| c.consensus.is_some()).count(),
                self_gap,
            }
        })
        .collect()
}

/// Recomputes every cell's final level and every participant's result, e.g. after a wash-up
/// decision or a change of categories; self ratings already in the file are kept.
pub fn refresh(c: &mut Consolidated) {
    for cell in &mut c.cells {
        super::cells::settle(cell);
    }
    let self_levels: BTreeMap<(String, String), f64> = c
        .results
        .iter()
        .flat_map(|r| {
            r.self_gap
                .iter()
                .map(|g| ((r.participant.clone(), g.competency.clone()), g.self_level))
        })
        .collect();
    let ids: Vec<String> = c.participants.iter().map(|p| p.person.id.clone()).collect();
    c.results = results(
        &ids,
        &c.cells,
        &c.settings.categories,
        &self_levels,
        c.settings.jpm_capped(),
    );
}

/// Participants with fewer than two observers whose submitted ratings include them, and
/// observers who have not submitted.
pub fn coverage(
    participants: &[String],
    cells: &[Cell],
    planned: &BTreeMap<String, Vec<String>>,
    unsubmitted: Vec<String>,
) -> Coverage {
    let mut submitted: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for c in cells {
        for r in &c.ratings {
            if r.status == RatingStatus::Submitted && r.score.level().is_some() {
                submitted
                    .entry(&c.participant)
                    .or_default()
                    .insert(&r.observer);
            }
        }
    }
    let thin = participants
        .iter()
        .filter_map(|p| {
            let by: Vec<String> = submitted
                .get(p.as_str())
                .map(|s| s.iter().map(|o| o.to_string()).collect())
                .unwrap_or_default();
            (by.len() < 2).then(|| ThinCoverage {
                participant: p.clone(),
                submitted_by: by,
                planned: planned.get(p).cloned().unwrap_or_default(),
            })
        })
        .collect();
    Coverage {
        thin,
        unsubmitted,
        never_coded: Vec::new(),
    }
}
