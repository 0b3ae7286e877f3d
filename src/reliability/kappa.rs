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
    // Marginals and the observed disagreement are gathered in one pass, and the expected
    // disagreement from closed forms, so finely graded scores (q close to n) cost O(n + q)
    // rather than a q x q matrix.
    let mut rows = vec![0.0; q];
    let mut cols = vec![0.0; q];
    let mut disagree_obs = 0.0;
    for (&x, &y) in a.iter().zip(b) {
        let (i, j) = (index(x), index(y));
        rows[i] += 1.0;
        cols[j] += 1.0;
        disagree_obs += weight(i, j, weights);
    }
    let disagree_exp = expected_disagreement(&rows, &cols, weights) / n as f64;
    if disagree_exp <= 0.0 {
        return Stat::unavailable(Reason::OneCategory);
    }
    Stat::from_raw(
        1.0 - disagree_obs / disagree_exp,
        kappa_band,
        Reason::Undefined,
    )
}

/// Disagreement weight between category positions `i` and `j`.
fn weight(i: usize, j: usize, weights: Weighting) -> f64 {
    let d = i.abs_diff(j) as f64;
    match weights {
        Weighting::Unweighted => f64::from(u8::from(i != j)),
        Weighting::Linear => d,
        Weighting::Quadratic => d * d,
    }
}

/// sum over i, j of w(i, j) * rows[i] * cols[j], in O(q).
fn expected_disagreement(rows: &[f64], cols: &[f64], weights: Weighting) -> f64 {
    let total_r: f64 = rows.iter().sum();
    let total_c: f64 = cols.iter().sum();
    match weights {
        Weighting::Unweighted => {
            total_r * total_c - rows.iter().zip(cols).map(|(r, c)| r * c).sum::<f64>()
        }
        Weighting::Quadratic => {
            // Positions are centred first; the sum is shift-invariant and this keeps the
            // subtraction below well conditioned.
            let mid = (rows.len() as f64 - 1.0) / 2.0;
            let moments = |m: &[f64]| {
                m.iter().enumerate().fold((0.0, 0.0), |(s1, s2), (i, &x)| {
                    let p = i as f64 - mid;
                    (s1 + x * p, s2 + x * p * p)
                })
            };
            let (r1, r2) = moments(rows);
            let (c1, c2) = moments(cols);
            total_c * r2 + total_r * c2 - 2.0 * r1 * c1
        }
        Weighting::Linear => {
            let moment_r: f64 = rows.iter().enumerate().map(|(i, r)| i as f64 * r).sum();
            // below: count and first moment of rows[i] for i < j.
            let (mut below, mut below_moment) = (0.0, 0.0);
            let mut sum = 0.0;
            for (j, (&r, &c)) in rows.iter().zip(cols).enumerate() {
                let jf = j as f64;
                let left = jf * below - below_moment;
                let right = (moment_r - below_moment - jf * r) - jf * (total_r - below - r);
                sum += c * (left + right);
                below += r;
                below_moment += jf * r;
            }
            sum
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_form_expected_disagreement_matches_the_double_sum() {
        let rows = [3.0, 0.0, 2.0, 5.0, 1.0];
        let cols = [1.0, 4.0, 0.0, 2.0, 4.0];
        for w in [
            Weighting::Unweighted,
            Weighting::Linear,
            Weighting::Quadratic,
        ] {
            let mut brute = 0.0;
            for (i, r) in rows.iter().enumerate() {
                for (j, c) in cols.iter().enumerate() {
                    brute += weight(i, j, w) * r * c;
                }
            }
            let fast = expected_disagreement(&rows, &cols, w);
            assert!((fast - brute).abs() < 1e-9, "{w:?}: {fast} vs {brute}");
        }
    }

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
