//! Gwet's AC1 and weighted AC2 for any number of raters with missing ratings
//! (Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed.), following R irrCAC's
//! `gwet.ac1.raw`.

use serde::Serialize;

use super::bands::kappa_band;
use super::stat::{Estimate, Reason, Stat, Weighting};
use super::table::Table;

/// AC1 and the two weighted AC2 variants.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GwetReport {
    /// Unweighted coefficient.
    #[serde(rename = "AC1")]
    pub ac1: Stat<Estimate>,
    /// AC2 with linear weights 1 - |c - l| / (max - min).
    #[serde(rename = "AC2 (linear)")]
    pub ac2_linear: Stat<Estimate>,
    /// AC2 with quadratic weights 1 - ((c - l) / (max - min))^2.
    #[serde(rename = "AC2 (quadratic)")]
    pub ac2_quadratic: Stat<Estimate>,
}

/// AC1, linear AC2 and quadratic AC2.
pub fn gwet_report(table: &Table) -> GwetReport {
    GwetReport {
        ac1: gwet_ac(table, Weighting::Unweighted),
        ac2_linear: gwet_ac(table, Weighting::Linear),
        ac2_quadratic: gwet_ac(table, Weighting::Quadratic),
    }
}

/// Gwet's agreement coefficient; weights act on category values, as in irrCAC.
pub fn gwet_ac(table: &Table, weighting: Weighting) -> Stat<Estimate> {
    if table.n_raters() < 2 {
        return Stat::unavailable(Reason::SingleRater);
    }
    let categories = table.categories();
    let q = categories.len();
    let index = |x: f64| categories.partition_point(|&c| c < x);
    // r_ik: per unit counts by category; units nobody rated are dropped, as irrCAC does.
    let counts: Vec<Vec<f64>> = (0..table.n_units())
        .map(|u| {
            let mut row = vec![0.0; q];
            for x in table.ratings_of(u) {
                row[index(x)] += 1.0;
            }
            row
        })
        .filter(|row| row.iter().sum::<f64>() > 0.0)
        .collect();
    if !counts.iter().any(|row| row.iter().sum::<f64>() >= 2.0) {
        return Stat::unavailable(Reason::TooFewUnits);
    }
    if q < 2 {
        return Stat::unavailable(Reason::OneCategory);
    }
    let span = categories[q - 1] - categories[0];
    let weight = |k: usize, l: usize| -> f64 {
        let d = (categories[k] - categories[l]).abs() / span;
        match weighting {
            Weighting::Unweighted => f64::from(u8::from(k == l)),
            Weighting::Linear => 1.0 - d,
            Weighting::Quadratic => 1.0 - d * d,
        }
    };

    let n = counts.len() as f64;
    let mut pa_sum = 0.0;
    let mut n2 = 0.0;
    let mut pi = vec![0.0; q];
    for row in &counts {
        let r: f64 = row.iter().sum();
        for (k, &r_k) in row.iter().enumerate() {
            pi[k] += r_k / r / n;
        }
        if r >= 2.0 {
            let agreeing: f64 = (0..q)
                .map(|k| {
                    let weighted: f64 = (0..q).map(|l| weight(k, l) * row[l]).sum();
                    row[k] * (weighted - 1.0)
                })
                .sum();
            pa_sum += agreeing / (r * (r - 1.0));
            n2 += 1.0;
        }
    }
    let pa = pa_sum / n2;
    let total_weight: f64 = (0..q)
        .flat_map(|k| (0..q).map(move |l| (k, l)))
        .map(|(k, l)| weight(k, l))
        .sum();
    let qf = q as f64;
    let pe = total_weight / (qf * (qf - 1.0)) * pi.iter().map(|p| p * (1.0 - p)).sum::<f64>();
    if pe >= 1.0 {
        return Stat::unavailable(Reason::Undefined);
    }
    Stat::from_raw((pa - pe) / (1.0 - pe), kappa_band, Reason::Undefined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degenerate_tables_are_unavailable() {
        let one_value = Table::from_rows(&[vec![Some(2.0), Some(2.0)], vec![Some(2.0), None]]);
        assert_eq!(
            gwet_ac(&one_value, Weighting::Unweighted).reason(),
            Some(Reason::OneCategory)
        );
        let singletons = Table::from_rows(&[vec![Some(1.0), None], vec![None, Some(2.0)]]);
        assert_eq!(
            gwet_ac(&singletons, Weighting::Quadratic).reason(),
            Some(Reason::TooFewUnits)
        );
        let one_rater = Table::from_rows(&[vec![Some(1.0)], vec![Some(2.0)]]);
        assert_eq!(
            gwet_ac(&one_rater, Weighting::Linear).reason(),
            Some(Reason::SingleRater)
        );
    }

    #[test]
    fn with_two_categories_linear_and_quadratic_equal_ac1() {
        let t = Table::from_rows(&[
            vec![Some(1.0), Some(1.0), Some(2.0)],
            vec![Some(2.0), Some(2.0), None],
            vec![Some(1.0), Some(2.0), Some(1.0)],
        ]);
        let ac1 = gwet_ac(&t, Weighting::Unweighted).number().unwrap();
        assert!((gwet_ac(&t, Weighting::Linear).number().unwrap() - ac1).abs() < 1e-12);
        assert!((gwet_ac(&t, Weighting::Quadratic).number().unwrap() - ac1).abs() < 1e-12);
    }
}
