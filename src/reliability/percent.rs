//! Raw percent agreement: how often two raters of the same unit gave the same rating.

use serde::Serialize;

use super::stat::{Reason, Stat};
use super::table::Table;

/// Mean share of agreeing rater pairs per unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PercentAgreement {
    /// Proportion in [0, 1] (multiply by 100 for percent).
    pub value: f64,
    /// Units with at least two ratings, the ones averaged.
    pub units: usize,
}

/// Percent agreement over units rated at least twice: per unit, the share of rater pairs
/// giving identical ratings, averaged over units (Gwet's unweighted p_a).
pub fn percent_agreement(table: &Table) -> Stat<PercentAgreement> {
    if table.n_raters() < 2 {
        return Stat::unavailable(Reason::SingleRater);
    }
    let mut total = 0.0;
    let mut units = 0usize;
    for u in 0..table.n_units() {
        let values = table.ratings_of(u);
        let m = values.len();
        if m < 2 {
            continue;
        }
        let mut agreeing = 0usize;
        for (i, x) in values.iter().enumerate() {
            agreeing += values[i + 1..].iter().filter(|&y| y == x).count();
        }
        total += agreeing as f64 / (m * (m - 1) / 2) as f64;
        units += 1;
    }
    if units == 0 {
        return Stat::unavailable(Reason::TooFewUnits);
    }
    Stat::Value(PercentAgreement {
        value: total / units as f64,
        units,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_the_share_of_agreeing_pairs_per_unit() {
        let t = Table::from_rows(&[
            // 3 raters, 1 of 3 pairs agree
            vec![Some(1.0), Some(1.0), Some(2.0)],
            // 2 raters, agree
            vec![Some(4.0), None, Some(4.0)],
            // single rating: not counted
            vec![Some(4.0), None, None],
        ]);
        let v = percent_agreement(&t).value().copied().unwrap();
        assert_eq!(v.units, 2);
        assert!((v.value - (1.0 / 3.0 + 1.0) / 2.0).abs() < 1e-12);
    }

    #[test]
    fn needs_two_raters_and_a_unit_rated_twice() {
        assert_eq!(
            percent_agreement(&Table::default()).reason(),
            Some(Reason::SingleRater)
        );
        let t = Table::from_rows(&[vec![Some(1.0), None]]);
        assert_eq!(percent_agreement(&t).reason(), Some(Reason::TooFewUnits));
    }
}
