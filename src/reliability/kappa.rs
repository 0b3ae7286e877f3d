//! Cohen's kappa for every pair of raters, unweighted and linearly / quadratically weighted.
//!
//! Disagreement weights are taken on the rating values, |x - y| and (x - y)^2, as Krippendorff's
//! interval alpha and Gwet's AC2 (irrCAC) do: on a half-level scale 3 -> 3.5 weighs half as much
//! as 2 -> 3, and a gap in the used scale (only 1, 2 and 5) counts as three steps, not one.
//! This equals scikit-learn's `cohen_kappa_score(weights=...)` given every level of the
//! evenly spaced scale as `labels`; without `labels` scikit-learn weighs label positions.

use serde::Serialize;

use super::bands::kappa_band;
use super::stat::{Estimate, Reason, Stat, Weighting, guarded_ratio};
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
    /// What the weighted forms weigh: always "values" (|x - y| and (x - y)^2 on the ratings).
    pub weights_on: &'static str,
    /// Cohen's (1960) unweighted kappa.
    pub unweighted: Stat<Estimate>,
    /// Weighted kappa with linear disagreement weights on the values, |x - y|.
    pub linear: Stat<Estimate>,
    /// Weighted kappa with quadratic disagreement weights on the values, (x - y)^2.
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
                weights_on: "values",
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
        rows[index(x)] += 1.0;
        cols[index(y)] += 1.0;
        disagree_obs += weight(x, y, weights);
    }
    let nf = n as f64;
    let disagree_exp = expected_disagreement(&labels, &rows, &cols, weights) / nf;
    let largest = weight(labels[0], labels[q - 1], weights);
    match guarded_ratio(disagree_obs, disagree_obs, disagree_exp, nf * largest) {
        Some(ratio) => Stat::from_raw(1.0 - ratio, kappa_band, Reason::Undefined),
        None => Stat::unavailable(Reason::OneCategory),
    }
}

/// Disagreement weight between the rating values `x` and `y`.
fn weight(x: f64, y: f64, weights: Weighting) -> f64 {
    let d = (x - y).abs();
    match weights {
        Weighting::Unweighted => f64::from(u8::from(x != y)),
        Weighting::Linear => d,
        Weighting::Quadratic => d * d,
    }
}

/// sum over i, j of w(v_i, v_j) * rows[i] * cols[j] for ascending `values`, in O(q).
fn expected_disagreement(values: &[f64], rows: &[f64], cols: &[f64], weights: Weighting) -> f64 {
    let total_r: f64 = rows.iter().sum();
    let total_c: f64 = cols.iter().sum();
    match weights {
        Weighting::Unweighted => {
            total_r * total_c - rows.iter().zip(cols).map(|(r, c)| r * c).sum::<f64>()
        }
        Weighting::Quadratic => {
            // Positions are centred first; the sum is shift-invariant and this keeps the
            // subtraction below well conditioned.
            let mid = (values[0] + values[values.len() - 1]) / 2.0;
            let moments = |m: &[f64]| {
                m.iter().zip(values).fold((0.0, 0.0), |(s1, s2), (&x, &v)| {
                    let p = v - mid;
                    (s1 + x * p, s2 + x * p * p)
                })
            };
            let (r1, r2) = moments(rows);
            let (c1, c2) = moments(cols);
            total_c * r2 + total_r * c2 - 2.0 * r1 * c1
        }
        Weighting::Linear => {
            // Values are shifted to start at 0, which leaves every difference as it is.
            let lo = values[0];
            let moment_r: f64 = rows.iter().zip(values).map(|(r, v)| (v - lo) * r).sum();
            // below: count and first moment of rows[i] for i < j.
            let (mut below, mut below_moment) = (0.0, 0.0);
            let mut sum = 0.0;
            for ((&r, &c), &v) in rows.iter().zip(cols).zip(values) {
                let vj = v - lo;
                let left = vj * below - below_moment;
                let right = (moment_r - below_moment - vj * r) - vj * (total_r - below - r);
                sum += c * (left + right);
                below += r;
                below_moment += vj * r;
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
        let values = [1.0, 2.0, 2.5, 4.0, 7.0];
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
                    brute += weight(values[i], values[j], w) * r * c;
                }
            }
            let fast = expected_disagreement(&values, &rows, &cols, w);
            assert!((fast - brute).abs() < 1e-9, "{w:?}: {fast} vs {brute}");
        }
    }

    #[test]
    fn weights_are_on_the_values_as_sklearn_gives_them_with_the_full_scale() {
        // sklearn.metrics.cohen_kappa_score([1,2,5,5,1,2], [1,5,5,2,1,2], weights=w,
        // labels=[1,2,3,4,5]): 0.5 unweighted, 0.4375 linear, 0.4807692307692307 quadratic
        // (without `labels`, label positions give 0.625 and 0.75).
        let a = [1.0, 2.0, 5.0, 5.0, 1.0, 2.0];
        let b = [1.0, 5.0, 5.0, 2.0, 1.0, 2.0];
        let k = |w| cohen_kappa(&a, &b, w).number().unwrap();
        assert!((k(Weighting::Unweighted) - 0.5).abs() < 1e-12);
        assert!((k(Weighting::Linear) - 0.4375).abs() < 1e-12);
        assert!((k(Weighting::Quadratic) - 0.4807692307692307).abs() < 1e-12);
    }

    #[test]
    fn half_levels_weigh_half_a_step() {
        // Issue 15: 3 -> 3.5 must weigh half of 2 -> 3. Reference: the doubled ratings in
        // sklearn with labels=range(2, 11): linear 0.5, quadratic 0.6666666666666667 (label
        // positions would give 0.5909 and 0.7907). Linear by hand: observed |x - y| sums to
        // 2.5 over 6 units, expected 5 over 6, kappa = 1 - 2.5/5 = 0.5.
        let a = [2.0, 3.0, 3.5, 4.0, 3.0, 2.0];
        let b = [3.0, 3.5, 3.5, 4.0, 2.0, 2.0];
        let lin = cohen_kappa(&a, &b, Weighting::Linear).number().unwrap();
        let quad = cohen_kappa(&a, &b, Weighting::Quadratic).number().unwrap();
        assert!((lin - 0.5).abs() < 1e-12, "{lin}");
        assert!((quad - 2.0 / 3.0).abs() < 1e-12, "{quad}");
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
