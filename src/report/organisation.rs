//! What the organisation commissioned the assessment for: candidates and means by unit (OPD), the
//! distribution of categories per unit, and the groups' missions side by side by motto pillar.

use std::collections::BTreeMap;

use serde::Serialize;

use super::context::Index;
use super::fmt::{self, NONE};
use super::pillars::{by_pillar, shared_themes};
use super::ranking::candidacy_of;

/// The organisation's summary.
#[derive(Debug, Serialize)]
pub struct OrganisationView {
    /// Competency codes, the columns of the means.
    pub competencies: Vec<String>,
    /// Category labels, the columns of the distribution.
    pub categories: Vec<String>,
    /// One row per unit, by name.
    pub units: Vec<UnitRow>,
    /// The motto's pillars, the columns of the missions.
    pub pillars: Vec<String>,
    /// One row per group with a mission.
    pub missions: Vec<MissionRow>,
    /// Words several groups' missions share.
    pub themes: Vec<ThemeRow>,
}

/// One unit (OPD).
#[derive(Debug, Serialize)]
pub struct UnitRow {
    /// Unit name, or a dash.
    pub unit: String,
    /// Participants from it.
    pub participants: usize,
    /// Participants per category, in `categories` order.
    pub by_category: Vec<usize>,
    /// Candidates' names with their anchors.
    pub candidates: Vec<(String, String)>,
    /// Mean final level per competency, in `competencies` order.
    pub means: Vec<String>,
}

/// One group's mission by pillar.
#[derive(Debug, Serialize)]
pub struct MissionRow {
    /// Group name.
    pub group: String,
    /// Clauses per pillar.
    pub pillars: Vec<String>,
    /// Clauses that fit no pillar.
    pub other: String,
}

/// A shared theme.
#[derive(Debug, Serialize)]
pub struct ThemeRow {
    /// The word.
    pub theme: String,
    /// Groups using it.
    pub groups: String,
    /// How many.
    pub count: usize,
}

pub(super) fn organisation(ix: &Index) -> OrganisationView {
    let c = ix.c;
    let cats = ix.categories_sorted();
    let mut units: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for p in &c.participants {
        let unit = p.person.unit.trim();
        let unit = if unit.is_empty() { NONE } else { unit };
        units
            .entry(unit.to_string())
            .or_default()
            .push(&p.person.id);
    }
    let units = units
        .into_iter()
        .map(|(unit, ids)| {
            let mut by_category = vec![0; cats.len()];
            for id in &ids {
                if let Some((_, k)) = ix.result(id).and_then(|r| ix.category(r))
                    && let Some(n) = by_category.get_mut(k)
                {
                    *n += 1;
                }
            }
            let candidates = ids
                .iter()
                .filter(|id| {
                    ix.result(id).and_then(|r| r.jpm).is_some()
                        && candidacy_of(ix, id).is_candidate()
                })
                .map(|id| (ix.name(id), ix.anchor(id)))
                .collect();
            let means = c
                .competencies
                .iter()
                .map(|code| {
                    let levels: Vec<f64> = ids
                        .iter()
                        .filter_map(|id| ix.cell(id, code)?.final_level)
                        .collect();
                    if levels.is_empty() {
                        NONE.to_string()
                    } else {
                        fmt::fixed(levels.iter().sum::<f64>() / levels.len() as f64, 2, ix.lang)
                    }
                })
                .collect();
            UnitRow {
                unit,
                participants: ids.len(),
                by_category,
                candidates,
                means,
            }
        })
        .collect();

    let pillars = c.settings.motto_pillars();
    let texts: Vec<(String, String)> = c
        .groups
        .iter()
        .filter_map(|g| {
            // The longest record of the product: observers may have typed it in part.
            let text = g
                .products
                .iter()
                .map(|p| p.text.trim())
                .filter(|t| !t.is_empty())
                .max_by_key(|t| t.len())?;
            Some((g.group.name.clone(), text.to_string()))
        })
        .collect();
    let missions = texts
        .iter()
        .map(|(group, text)| {
            let (per, other) = by_pillar(text, &pillars);
            MissionRow {
                group: group.clone(),
                pillars: per.into_iter().map(|c| c.join("; ")).collect(),
                other: other.join("; "),
            }
        })
        .collect();
    let themes = shared_themes(&texts, &pillars)
        .into_iter()
        .take(15)
        .map(|(theme, groups)| ThemeRow {
            theme,
            count: groups.len(),
            groups: groups.join(", "),
        })
        .collect();
    OrganisationView {
        competencies: c.competencies.clone(),
        categories: cats
            .iter()
            .map(|k| k.label.get(ix.lang).to_string())
            .collect(),
        units,
        pillars,
        missions,
        themes,
    }
}
