//! Krippendorff's alpha for nominal, ordinal and interval data with missing ratings
//! (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").

use serde::Serialize;

use super::bands::alpha_band;
use super::stat::{Estimate, Reason, Stat, guarded_ratio};
use super::table::{Table, sorted_unique};

/// Metric of the difference function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Any two different values disagree equally.
    Nominal,
    /// Differences grow with how many values lie between two ranks.
    Ordinal,
    /// Squared numeric difference.
    Interval,
}

/// Alpha at the three levels of measurement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlphaReport {
    /// Values in units rated at least twice, the only ones alpha can use.
    pub pairable_values: usize,
    /// Nominal alpha.
    pub nominal: Stat<Estimate>,
    /// Ordinal alpha.
    pub ordinal: Stat<Estimate>,
    /// Interval alpha.
    pub interval: Stat<Estimate>,
}

/// Alpha at every level.
pub fn alpha_report(table: &Table) -> AlphaReport {
    AlphaReport {
        pairable_values: pairable_units(table).iter().map(Vec::len).sum(),
        nominal: krippendorff_alpha(table, Level::Nominal),
        ordinal: krippendorff_alpha(table, Level::Ordinal),
        interval: krippendorff_alpha(table, Level::Interval),
    }
}

fn pairable_units(table: &Table) -> Vec<Vec<f64>> {
    (0..table.n_units())
        .map(|u| table.ratings_of(u))
        .filter(|values| values.len() >= 2)
        .collect()
}

/// Krippendorff's alpha = 1 - (n - 1) * sum o_ck d2 / sum n_c n_k d2.
pub fn krippendorff_alpha(table: &Table, level: Level) -> Stat<Estimate> {
    if table.n_raters() < 2 {
        return Stat::unavailable(Reason::SingleRater);
    }
    let units = pairable_units(table);
    let categories = sorted_unique(units.iter().flatten().copied());
    let q = categories.len();
    let index = |x: f64| categories.partition_point(|&c| c < x);
    // n_c: how often each value occurs among pairable values (row sums of the
    // coincidence matrix, since each value is paired m_u - 1 times with weight 1/(m_u - 1)).
    let mut n_c = vec![0.0; q];
    for &x in units.iter().flatten() {
        n_c[index(x)] += 1.0;
    }
    let n: f64 = n_c.iter().sum();
    if n < 2.0 {
        return Stat::unavailable(Reason::TooFewUnits);
    }
    if q < 2 {
        return Stat::unavailable(Reason::OneCategory);
    }
    // The ordinal metric (sum_{g=c..k} n_g - (n_c + n_k)/2)^2 equals the squared
    // difference of mid-ranks t_g = sum_{h<g} n_h + n_g/2, so ordinal alpha is interval
    // alpha on mid-ranks; that keeps both O(n + q) instead of O(q^2).
    let position: Vec<f64> = match level {
        Level::Nominal | Level::Interval => categories.clone(),
        Level::Ordinal => {
            let mut below = 0.0;
            n_c.iter()
                .map(|&count| {
                    let mid_rank = below + count / 2.0;
                    below += count;
                    mid_rank
                })
                .collect()
        }
    };
    let d2 = |c: usize, k: usize| -> f64 {
        match level {
            Level::Nominal => f64::from(u8::from(c != k)),
            Level::Ordinal | Level::Interval => (position[c] - position[k]).powi(2),
        }
    };

    let mut observed = 0.0;
    for values in &units {
        let weight = 1.0 / (values.len() as f64 - 1.0);
        let idx: Vec<usize> = values.iter().map(|&x| index(x)).collect();
        for (i, &c) in idx.iter().enumerate() {
            for (j, &k) in idx.iter().enumerate() {
                if i != j {
                    observed += weight * d2(c, k);
                }
            }
        }
    }
    // sum_{c,k} n_c n_k d2(c, k) in closed form; the squared-difference case is centred
    // (2n * sum n_c (x_c - mean)^2) to avoid cancellation on large values.
    let expected = match level {
        Level::Nominal => n * n - n_c.iter().map(|m| m * m).sum::<f64>(),
        Level::Ordinal | Level::Interval => {
            let mean = n_c.iter().zip(&position).map(|(m, x)| m * x).sum::<f64>() / n;
            2.0 * n
                * n_c
                    .iter()
                    .zip(&position)
                    .map(|(m, x)| m * (x - mean).powi(2))
                    .sum::<f64>()
        }
    };
    let spread = position[q - 1] - position[0];
    let largest = match level {
        Level::Nominal => 1.0,
        Level::Ordinal | Level::Interval => spread * spread,
    };
    let disagreement = (n - 1.0) * observed;
    match guarded_ratio(disagreement, disagreement, expected, n * n * largest) {
        Some(ratio) => Stat::from_raw(1.0 - ratio, alpha_band, Reason::Undefined),
        None => Stat::unavailable(Reason::ZeroVariance),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_agreement_is_one_and_units_with_one_rating_are_ignored() {
        let t = Table::from_rows(&[
            vec![Some(1.0), Some(1.0)],
            vec![Some(2.0), Some(2.0)],
            vec![Some(9.0), None],
        ]);
        let r = alpha_report(&t);
        assert_eq!(r.pairable_values, 4);
        for s in [&r.nominal, &r.ordinal, &r.interval] {
            assert_eq!(s.number(), Some(1.0));
        }
    }

    #[test]
    fn degenerate_tables_are_unavailable() {
        let one_rater = Table::from_rows(&[vec![Some(1.0)], vec![Some(2.0)]]);
        assert_eq!(
            krippendorff_alpha(&one_rater, Level::Nominal).reason(),
            Some(Reason::SingleRater)
        );
        let no_pairs = Table::from_rows(&[vec![Some(1.0), None], vec![None, Some(2.0)]]);
        assert_eq!(
            krippendorff_alpha(&no_pairs, Level::Interval).reason(),
            Some(Reason::TooFewUnits)
        );
        let one_value = Table::from_rows(&[vec![Some(3.0), Some(3.0)], vec![Some(3.0), Some(3.0)]]);
        assert_eq!(
            krippendorff_alpha(&one_value, Level::Ordinal).reason(),
            Some(Reason::OneCategory)
        );
        assert_eq!(
            krippendorff_alpha(&Table::default(), Level::Nominal).reason(),
            Some(Reason::SingleRater)
        );
    }
}
