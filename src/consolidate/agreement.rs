//! Agreement of the competency ratings: Krippendorff's alpha over the incomplete design, and ICCs
//! within the complete blocks it contains.

use rustc_hash::FxHashMap;

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

/// Counted levels as a dense cells x observers matrix (row-major, one allocation), built once so
/// every table below is a cheap selection of rows and columns.
struct Levels {
    observers: usize,
    levels: Vec<Option<f64>>,
}

impl Levels {
    fn new(cells: &[Cell], observers: &[String]) -> Levels {
        let index: FxHashMap<&str, usize> = observers
            .iter()
            .enumerate()
            .map(|(j, o)| (o.as_str(), j))
            .collect();
        let k = observers.len();
        let mut levels = vec![None; cells.len() * k];
        for (i, c) in cells.iter().enumerate() {
            for r in c.ratings.iter().filter(|r| r.counted) {
                if let Some(&j) = index.get(r.observer.as_str()) {
                    levels[i * k + j] = r.score.level();
                }
            }
        }
        Levels {
            observers: k,
            levels,
        }
    }

    fn get(&self, cell: usize, observer: usize) -> Option<f64> {
        self.levels[cell * self.observers + observer]
    }

    /// Units are the cells `units`, raters the observers `raters` (indices).
    fn table(&self, units: impl Iterator<Item = usize> + Clone, raters: &[usize]) -> Table {
        let n = units.clone().count();
        // A table of no units has no raters either, as one built from no rows has: the reason an
        // alpha is unavailable (too few raters before too few units) stays what it was.
        let k = if n == 0 { 0 } else { raters.len() };
        let cells = units.flat_map(|i| raters.iter().map(move |&j| self.get(i, j)));
        Table::from_cells(n, k, cells)
    }
}

/// Alpha overall and per competency, and ICCs per complete block.
pub fn agreement(
    cells: &[Cell],
    competencies: &[String],
    observers: &[String],
    groups: &[(String, Vec<String>)],
) -> Agreement {
    let levels = Levels::new(cells, observers);
    let everyone: Vec<usize> = (0..observers.len()).collect();
    let all = levels.table(0..cells.len(), &everyone);
    let pairable: Vec<usize> = all
        .rows()
        .map(|row| row.iter().flatten().count())
        .filter(|&n| n >= 2)
        .collect();
    let of_competency = |c: &String| {
        let c = c.clone();
        (0..cells.len()).filter(move |&i| cells[i].competency == c)
    };
    let per_competency = competencies
        .iter()
        .map(|c| CompetencyAlpha {
            competency: c.clone(),
            alpha: coefficient(&krippendorff_alpha(
                &levels.table(of_competency(c), &everyone),
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
        icc_blocks: blocks(cells, &levels, competencies, observers, groups),
    }
}

/// Complete blocks: within a group, the participants rated by exactly the same observers (two or
/// more), when there are at least two such participants. An ICC needs every rater to rate every
/// unit, which an LGD design meets only inside such blocks.
fn blocks(
    cells: &[Cell],
    levels: &Levels,
    competencies: &[String],
    observers: &[String],
    groups: &[(String, Vec<String>)],
) -> Vec<IccBlock> {
    let mut by_participant: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, c) in cells.iter().enumerate() {
        by_participant.entry(&c.participant).or_default().push(i);
    }
    let mut out = Vec::new();
    for (group, members) in groups {
        let mut by_raters: Vec<(Vec<usize>, Vec<String>)> = Vec::new();
        for p in members {
            let Some(pc) = by_participant.get(p.as_str()) else {
                continue;
            };
            let raters: Vec<usize> = (0..observers.len())
                .filter(|&j| pc.iter().any(|&i| levels.get(i, j).is_some()))
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
            let units: Vec<usize> = participants
                .iter()
                .filter_map(|p| by_participant.get(p.as_str()))
                .flatten()
                .copied()
                .collect();
            let overall = icc_forms(&levels.table(units.iter().copied(), &raters));
            let per_competency = competencies
                .iter()
                .map(|comp| CompetencyIcc {
                    competency: comp.clone(),
                    icc: icc_forms(
                        &levels.table(
                            units
                                .iter()
                                .copied()
                                .filter(|&i| &cells[i].competency == comp),
                            &raters,
                        ),
                    ),
                })
                .collect();
            out.push(IccBlock {
                group: group.clone(),
                observers: raters.iter().map(|&j| observers[j].clone()).collect(),
                participants,
                overall,
                per_competency,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reliability::Stat;

    /// No cells (no participants, or nothing rated): the alphas say why they are missing as a
    /// table built from no rows would, whatever the number of observers.
    #[test]
    fn no_cells_give_the_reasons_of_a_table_of_no_rows() {
        let observers = ["A01".to_string(), "A03".to_string()];
        let a = agreement(&[], &["M.1".to_string()], &observers, &[]);
        let Stat::Unavailable { reason } =
            krippendorff_alpha(&Table::from_rows(&[]), Level::Ordinal)
        else {
            panic!("no rows, no alpha");
        };
        assert_eq!(a.alpha.overall.unavailable, Some(reason));
        assert_eq!(a.alpha.per_competency[0].alpha.unavailable, Some(reason));
        assert_eq!(a.alpha.pairable_units, 0);
    }
}
