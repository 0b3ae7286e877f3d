//! Agreement of the competency ratings: Krippendorff's alpha over the incomplete design, and ICCs
//! within the complete blocks it contains.

use std::collections::BTreeMap;

use super::format::{
    Agreement, AlphaSummary, Cell, Coefficient, CompetencyAlpha, CompetencyIcc, IccBlock, IccForms,
};
use crate::reliability::{
    Estimate, IccReport, IccValue, Level, Stat, Table, icc, krippendorff_alpha,
};

/// A reliability estimate as stored in the consolidated file.
pub fn coefficient(stat: &Stat<Estimate>) -> Coefficient {
    match stat {
        Stat::Value(e) => Coefficient {
            value: Some(e.value),
            band: e.band,
            ci95: None,
            unavailable: None,
        },
        Stat::Unavailable { reason } => unavailable(*reason),
    }
}

fn icc_coefficient(stat: &Stat<IccValue>) -> Coefficient {
    match stat {
        Stat::Value(v) => Coefficient {
            value: Some(v.icc),
            band: Some(v.band),
            ci95: v.ci95,
            unavailable: None,
        },
        Stat::Unavailable { reason } => unavailable(*reason),
    }
}

fn unavailable(reason: crate::reliability::Reason) -> Coefficient {
    Coefficient {
        value: None,
        band: None,
        ci95: None,
        unavailable: Some(reason),
    }
}

/// The six ICC forms as stored.
pub fn icc_forms(table: &Table) -> IccForms {
    let r: IccReport = icc(table);
    IccForms {
        units: r.complete_units,
        raters: r.raters,
        icc1: icc_coefficient(&r.icc1),
        icc2: icc_coefficient(&r.icc2),
        icc3: icc_coefficient(&r.icc3),
        icc1k: icc_coefficient(&r.icc1k),
        icc2k: icc_coefficient(&r.icc2k),
        icc3k: icc_coefficient(&r.icc3k),
    }
}

/// The counted level of `observer` in `cell`.
fn level_of(cell: &Cell, observer: &str) -> Option<f64> {
    cell.ratings
        .iter()
        .find(|r| r.observer == observer && r.counted)
        .and_then(|r| r.score.level())
}

/// Units are cells, raters are `observers`: the table alpha is computed on.
pub fn rating_table<'a>(cells: impl Iterator<Item = &'a Cell>, observers: &[String]) -> Table {
    let rows: Vec<Vec<Option<f64>>> = cells
        .map(|c| observers.iter().map(|o| level_of(c, o)).collect())
        .collect();
    Table::from_rows(&rows)
}

/// Alpha overall and per competency, and ICCs per complete block.
pub fn agreement(
    cells: &[Cell],
    competencies: &[String],
    observers: &[String],
    groups: &[(String, Vec<String>)],
) -> Agreement {
    let all = rating_table(cells.iter(), observers);
    let pairable: Vec<usize> = (0..all.n_units())
        .map(|u| all.ratings_of(u).len())
        .filter(|&n| n >= 2)
        .collect();
    let per_competency = competencies
        .iter()
        .map(|c| CompetencyAlpha {
            competency: c.clone(),
            alpha: coefficient(&krippendorff_alpha(
                &rating_table(cells.iter().filter(|x| &x.competency == c), observers),
                Level::Ordinal,
            )),
        })
        .collect();
    Agreement {
        alpha: AlphaSummary {
            overall: coefficient(&krippendorff_alpha(&all, Level::Ordinal)),
            pairable_units: pairable.len(),
            pairable_values: pairable.iter().sum(),
            per_competency,
        },
        icc_blocks: blocks(cells, competencies, observers, groups),
    }
}

/// Complete blocks: within a group, the participants rated by exactly the same observers (two or
/// more), when there are at least two such participants. An ICC needs every rater to rate every
/// unit, which an LGD design meets only inside such blocks.
fn blocks(
    cells: &[Cell],
    competencies: &[String],
    observers: &[String],
    groups: &[(String, Vec<String>)],
) -> Vec<IccBlock> {
    let mut by_participant: BTreeMap<&str, Vec<&Cell>> = BTreeMap::new();
    for c in cells {
        by_participant.entry(&c.participant).or_default().push(c);
    }
    let mut out = Vec::new();
    for (group, members) in groups {
        let mut by_raters: Vec<(Vec<String>, Vec<String>)> = Vec::new();
        for p in members {
            let Some(pc) = by_participant.get(p.as_str()) else {
                continue;
            };
            let raters: Vec<String> = observers
                .iter()
                .filter(|o| pc.iter().any(|c| level_of(c, o).is_some()))
                .cloned()
                .collect();
            if raters.len() < 2 {
                continue;
            }
            match by_raters.iter_mut().find(|(r, _)| *r == raters) {
                Some((_, ps)) => ps.push(p.clone()),
                None => by_raters.push((raters, vec![p.clone()])),
            }
        }
        for (raters, participants) in by_raters.into_iter().filter(|(_, ps)| ps.len() >= 2) {
            let in_block = |c: &&Cell| participants.contains(&c.participant);
            let overall = icc_forms(&rating_table(cells.iter().filter(in_block), &raters));
            let per_competency = competencies
                .iter()
                .map(|comp| CompetencyIcc {
                    competency: comp.clone(),
                    icc: icc_forms(&rating_table(
                        cells
                            .iter()
                            .filter(in_block)
                            .filter(|c| &c.competency == comp),
                        &raters,
                    )),
                })
                .collect();
            out.push(IccBlock {
                group: group.clone(),
                observers: raters,
                participants,
                overall,
                per_competency,
            });
        }
    }
    out
}
