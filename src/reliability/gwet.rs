//! Gwet's AC1 and weighted AC2 for any number of raters with missing ratings
//! (Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed.), following R irrCAC's
//! `gwet.ac1.raw`.

use serde::Serialize;

use super::bands::kappa_band;
use super::stat::{Estimate, Reason, Stat, Weighting, guarded_ratio};
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
    // Units nobody rated are dropped, as irrCAC does; each unit is kept as the category
    // positions of its ratings, so the work is O(sum m_u^2) however fine the scale.
    let units: Vec<Vec<usize>> = (0..table.n_units())
        .map(|u| table.ratings_of(u).into_iter().map(index).collect())
        .filter(|unit: &Vec<usize>| !unit.is_empty())
        .collect();
    if !units.iter().any(|unit| unit.len() >= 2) {
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

    let n = units.len() as f64;
    let mut pa_sum = 0.0;
    let mut n2 = 0.0;
    let mut pi = vec![0.0; q];
    for unit in &units {
        let r = unit.len() as f64;
        for &k in unit {
            pi[k] += 1.0 / (r * n);
        }
        if unit.len() >= 2 {
            // sum_k r_k (sum_l w_kl r_l - 1) is the weight summed over ordered pairs of
            // distinct ratings, because w_kk = 1.
            let mut agreeing = 0.0;
            for (a, &k) in unit.iter().enumerate() {
                for (b, &l) in unit.iter().enumerate() {
                    if a != b {
                        agreeing += weight(k, l);
                    }
                }
            }
            pa_sum += agreeing / (r * (r - 1.0));
            n2 += 1.0;
        }
    }
    let pa = pa_sum / n2;
    let total_weight = total_weight(&categories, weighting);
    let qf = q as f64;
    let pe = total_weight / (qf * (qf - 1.0)) * pi.iter().map(|p| p * (1.0 - p)).sum::<f64>();
    match guarded_ratio(pa - pe, pa.abs() + pe.abs(), 1.0 - pe, 1.0) {
        Some(ac) if pe < 1.0 => Stat::from_raw(ac, kappa_band, Reason::Undefined),
        _ => Stat::unavailable(Reason::Undefined),
    }
}

/// Sum of the q x q weight matrix, in closed form over the sorted categories.
fn total_weight(categories: &[f64], weighting: Weighting) -> f64 {
    let q = categories.len() as f64;
    let (Some(&lo), Some(&hi)) = (categories.first(), categories.last()) else {
        return 0.0;
    };
    let span = hi - lo;
    match weighting {
        Weighting::Unweighted => q,
        Weighting::Linear => {
            // sum_{k,l} |c_k - c_l| = 2 sum_k (2k - q + 1) c_k for ascending c.
            let spread: f64 = categories
                .iter()
                .enumerate()
                .map(|(k, c)| (2.0 * k as f64 - q + 1.0) * (c - lo))
                .sum();
            q * q - 2.0 * spread / span
        }
        Weighting::Quadratic => {
            let mean = categories.iter().sum::<f64>() / q;
            let ss: f64 = categories.iter().map(|c| (c - mean).powi(2)).sum();
            q * q - 2.0 * q * ss / (span * span)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_form_total_weight_matches_the_matrix_sum() {
        let categories = [1.0, 2.0, 2.5, 4.0, 7.0];
        let span = 6.0;
        for w in [
            Weighting::Unweighted,
            Weighting::Linear,
            Weighting::Quadratic,
        ] {
            let mut brute = 0.0;
            for (k, a) in categories.iter().enumerate() {
                for (l, b) in categories.iter().enumerate() {
                    let d: f64 = (a - b) / span;
                    brute += match w {
                        Weighting::Unweighted => f64::from(u8::from(k == l)),
                        Weighting::Linear => 1.0 - d.abs(),
                        Weighting::Quadratic => 1.0 - d * d,
                    };
                }
            }
            let fast = total_weight(&categories, w);
            assert!((fast - brute).abs() < 1e-9, "{w:?}: {fast} vs {brute}");
        }
    }

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
