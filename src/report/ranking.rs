//! The ranking by JPM, the result categories, and who is a change-agent candidate.

use serde::Serialize;

use super::CHANGE_COMPETENCY;
use super::context::Index;
use super::fmt::{self, NONE};
use crate::consolidate::{ParticipantInfo, ParticipantResult};
use crate::model::Lang;

/// A result category.
#[derive(Debug, Serialize)]
pub struct CategoryView {
    /// Label.
    pub label: String,
    /// "≥ 90" / "78 – < 90".
    pub range: String,
    /// 0 for the highest category, for its colour.
    pub rank: usize,
    /// Participants in it.
    pub count: usize,
}

/// A row of the ranking.
#[derive(Debug, Serialize)]
pub struct RankRow {
    /// 1, 2, ...; a dash without JPM.
    pub rank: String,
    /// Link target.
    pub anchor: String,
    /// Name.
    pub name: String,
    /// Position.
    pub position: String,
    /// Group name.
    pub group: String,
    /// JPM.
    pub jpm: String,
    /// Category label, empty without one.
    pub category: String,
    /// The category's rank, for its colour.
    pub category_rank: usize,
    /// Competencies still missing, when there is no JPM.
    pub missing: String,
    /// Final level on the change competency.
    pub change_level: String,
    /// JPM complete and the change competency at or above target.
    pub candidate: bool,
}

pub(super) fn categories(ix: &Index) -> Vec<CategoryView> {
    let sorted = ix.categories_sorted();
    sorted
        .iter()
        .enumerate()
        .map(|(rank, cat)| {
            let low = fmt::num(cat.min_jpm, 1, ix.lang);
            let range = match rank.checked_sub(1).and_then(|i| sorted.get(i)) {
                None => format!("≥ {low}"),
                Some(above) => format!("{low} – < {}", fmt::num(above.min_jpm, 1, ix.lang)),
            };
            let count =
                ix.c.results
                    .iter()
                    .filter(|r| ix.category(r).is_some_and(|(_, k)| k == rank))
                    .count();
            CategoryView {
                label: cat.label.get(ix.lang).to_string(),
                range,
                rank,
                count,
            }
        })
        .collect()
}

pub(super) fn ranking_note(ix: &Index) -> String {
    let change = ix.change();
    match (ix.lang, change) {
        (Lang::Id, Some(c)) => format!(
            "Diurutkan menurut JPM, tertinggi lebih dulu. ★ dan latar kuning: kandidat agen perubahan, yaitu JPM lengkap dan {} {} pada atau di atas standar.",
            c.code, c.name
        ),
        (Lang::En, Some(c)) => format!(
            "Ordered by JPM, highest first. ★ and a yellow background: change-agent candidates, whose JPM is complete and whose {} {} is at or above the target.",
            c.code, c.name
        ),
        (Lang::Id, None) => "Diurutkan menurut JPM, tertinggi lebih dulu.".to_string(),
        (Lang::En, None) => "Ordered by JPM, highest first.".to_string(),
    }
}

/// The final level on the change competency and whether it reaches the target.
pub(super) fn change_level(ix: &Index, participant: &str) -> (Option<f64>, bool) {
    let Some(cell) = ix.cell(participant, CHANGE_COMPETENCY) else {
        return (None, false);
    };
    let level = cell.final_level;
    (level, level.is_some_and(|l| l >= f64::from(cell.target)))
}

pub(super) fn ranking(ix: &Index) -> Vec<RankRow> {
    let mut rows: Vec<(
        &ParticipantInfo,
        Option<&ParticipantResult>,
        Option<f64>,
        bool,
    )> =
        ix.c.participants
            .iter()
            .map(|p| {
                let id = p.person.id.as_str();
                let (level, reaches) = change_level(ix, id);
                (p, ix.result(id), level, reaches)
            })
            .collect();
    let jpm = |r: Option<&ParticipantResult>| r.and_then(|r| r.jpm).filter(|j| j.is_finite());
    // Highest JPM first; ties by the change competency, then by name; no JPM last.
    rows.sort_by(|a, b| {
        let (ja, jb) = (jpm(a.1), jpm(b.1));
        jb.is_some()
            .cmp(&ja.is_some())
            .then_with(|| jb.unwrap_or(0.0).total_cmp(&ja.unwrap_or(0.0)))
            .then_with(|| b.2.unwrap_or(0.0).total_cmp(&a.2.unwrap_or(0.0)))
            .then_with(|| a.0.person.name.cmp(&b.0.person.name))
    });
    rows.into_iter()
        .enumerate()
        .map(|(i, (p, result, level, reaches))| {
            let id = p.person.id.as_str();
            let jpm_value = jpm(result);
            let (category, category_rank) = result
                .and_then(|r| ix.category(r))
                .unwrap_or((String::new(), 0));
            RankRow {
                rank: if jpm_value.is_some() {
                    (i + 1).to_string()
                } else {
                    NONE.to_string()
                },
                anchor: ix.anchor(id),
                name: p.person.name.clone(),
                position: p.person.position.clone(),
                group: ix.group_name(p.group.as_deref()),
                jpm: fmt::opt(jpm_value, 1, ix.lang),
                category,
                category_rank,
                missing: result.map(|r| r.missing.join(", ")).unwrap_or_default(),
                change_level: fmt::opt(level, 1, ix.lang),
                candidate: jpm_value.is_some() && reaches,
            }
        })
        .collect()
}
