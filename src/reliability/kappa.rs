//! Cohen's kappa for every pair of raters, unweighted and linearly / quadratically weighted.
//!
//! Weights are taken over the positions of the sorted union of categories the pair used,
//! exactly as scikit-learn's `cohen_kappa_score(weights=...)` does, so a gap in the
//! scale (e.g. only 1, 2 and 5 used) counts as one step, not three.

use serde::Serialize;

use super::bands::kappa_band;
use super::stat::{Estimate, Reason, Stat, Weighting};
use super::table::{Table, sorted_unique};

/// Kappa for one pair of raters, on the units both of them rated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KappaPair {
    /// First rater's label.
    pub rater_a: String,
    /// Second rater's label.
    pub rater_b: String,
    /// Units rated by both.
    pub units: usize,
    /// Cohen's (1960) unweighted kappa.
    pub unweighted: Stat<Estimate>,
    /// Weighted kappa with linear disagreement weights |i - j|.
    pub linear: Stat<Estimate>,
    /// Weighted kappa with quadratic disagreement weights (i - j)^2.
    pub quadratic: Stat<Estimate>,
}

/// Kappa for every rater pair (a before b in table order).
pub fn pairwise_kappa(table: &Table) -> Vec<KappaPair> {
    let k = table.n_raters();
    let mut pairs = Vec::new();
    for a in 0..k {
        for b in a + 1..k {
            let (xs, ys): (Vec<f64>, Vec<f64>) = (0..table.n_units())
                .filter_map(|u| Some((table.get(u, a)?, table.get(u, b)?)))
                .unzip();
            pairs.push(KappaPair {
                rater_a: table.raters()[a].clone(),
                rater_b: table.raters()[b].clone(),
                units: xs.len(),
                unweighted: cohen_kappa(&xs, &ys, Weighting::Unweighted),
                linear: cohen_kappa(&xs, &ys, Weighting::Linear),
                quadratic: cohen_kappa(&xs, &ys, Weighting::Quadratic),
            });
        }
    }
    pairs
}

/// Cohen's kappa of two aligned rating vectors (the shorter length is used).
pub fn cohen_kappa(a: &[f64], b: &[f64], weights: Weighting) -> Stat<Estimate> {
    let n = a.len().min(b.len());
    if n < 2 {
        return Stat::unavailable(Reason::TooFewUnits);
    }
    let (a, b) = (&a[..n], &b[..n]);
    let labels = sorted_unique(a.iter().chain(b).copied());
    let q = labels.len();
    if q < 2 {
        return Stat::unavailable(Reason::OneCategory);
    }
    let index = |x: f64| labels.partition_point(|&c| c < x);
    let mut observed = vec![0.0; q * q];
    for (&x, &y) in a.iter().zip(b) {
        observed[index(x) * q + index(y)] += 1.0;
    }
    let row_sums: Vec<f64> = (0..q)
        .map(|i| observed[i * q..(i + 1) * q].iter().sum())
        .collect();
    let col_sums: Vec<f64> = (0..q)
        .map(|j| (0..q).map(|i| observed[i * q + j]).sum())
        .collect();
    let total = n as f64;
    let (mut disagree_obs, mut disagree_exp) = (0.0, 0.0);
    for i in 0..q {
        for j in 0..q {
            let d = i.abs_diff(j) as f64;
            let w = match weights {
                Weighting::Unweighted => f64::from(u8::from(i != j)),
                Weighting::Linear => d,
                Weighting::Quadratic => d * d,
            };
            disagree_obs += w * observed[i * q + j];
            disagree_exp += w * row_sums[i] * col_sums[j] / total;
        }
    }
    if disagree_exp <= 0.0 {
        return Stat::unavailable(Reason::OneCategory);
    }
    Stat::from_raw(
        1.0 - disagree_obs / disagree_exp,
        kappa_band,
        Reason::Undefined,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sklearn_treats_a_gap_in_the_scale_as_one_step() {
        // sklearn.metrics.cohen_kappa_score([1,2,5,5,1,2], [1,5,5,2,1,2], weights=...)
        let a = [1.0, 2.0, 5.0, 5.0, 1.0, 2.0];
        let b = [1.0, 5.0, 5.0, 2.0, 1.0, 2.0];
        let k = |w| cohen_kappa(&a, &b, w).number().unwrap();
        assert!((k(Weighting::Unweighted) - 0.5).abs() < 1e-12);
        assert!((k(Weighting::Linear) - 0.625).abs() < 1e-12);
        assert!((k(Weighting::Quadratic) - 0.75).abs() < 1e-12);
    }

    #[test]
    fn degenerate_pairs_are_unavailable() {
        let same = [3.0, 3.0, 3.0];
        assert_eq!(
            cohen_kappa(&same, &same, Weighting::Linear).reason(),
            Some(Reason::OneCategory)
        );
        assert_eq!(
            cohen_kappa(&[1.0], &[2.0], Weighting::Unweighted).reason(),
            Some(Reason::TooFewUnits)
        );
    }

    #[test]
    fn pairs_use_only_units_both_rated() {
        let t = Table::from_rows(&[
            vec![Some(1.0), Some(1.0), None],
            vec![Some(2.0), Some(2.0), Some(1.0)],
            vec![Some(1.0), None, Some(1.0)],
            vec![Some(2.0), Some(1.0), Some(2.0)],
        ]);
        let pairs = pairwise_kappa(&t);
        assert_eq!(pairs.len(), 3);
        assert_eq!(
            (pairs[0].rater_a.as_str(), pairs[0].rater_b.as_str()),
            ("R1", "R2")
        );
        assert_eq!(pairs.iter().map(|p| p.units).collect::<Vec<_>>(), [3, 3, 2]);
        // R1 vs R3 on units 2-4: (2,1) (1,1) (2,2); po = 2/3, pe = 4/9, kappa = 0.4.
        let k13 = pairs[1].unweighted.number().unwrap();
        assert!((k13 - 0.4).abs() < 1e-12, "{k13}");
    }
}
