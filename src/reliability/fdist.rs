//! Upper tail and 97.5% quantile of the F distribution, total for any positive df.

use statrs::function::beta::checked_beta_reg;

/// Upper-tail probability of F(d1, d2) at `x`; an infinite F has p = 0.
///
/// Uses the regularized incomplete beta directly, I_{d2/(d2 + d1 x)}(d2/2, d1/2), because
/// statrs' `FisherSnedecor::sf` forms d1 x / (d1 x + d2), which is NaN once d1 x
/// overflows and then panics inside the beta function.
pub(crate) fn f_sf(x: f64, d1: f64, d2: f64) -> Option<f64> {
    let valid_df = |d: f64| d.is_finite() && d > 0.0;
    if !valid_df(d1) || !valid_df(d2) || x.is_nan() || x < 0.0 {
        return None;
    }
    if x.is_infinite() {
        return Some(0.0);
    }
    let z = d2 / (d2 + d1 * x);
    let p = checked_beta_reg(d2 / 2.0, d1 / 2.0, z).ok()?;
    (0.0..=1.0).contains(&p).then_some(p)
}

/// Quantiles already found on this thread, by the bits of (d1, d2); bounded so a long session
/// with ever-new real-valued dfs cannot grow it without end.
type Memo = std::collections::HashMap<(u64, u64), Option<f64>>;
const MEMO_LIMIT: usize = 4096;

thread_local! {
    static QUANTILES: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::new());
}

/// The 97.5% quantile of F(d1, d2), used for two-sided 95% limits.
///
/// Remembered per (d1, d2): a consolidation's ICC blocks mostly share their integer dfs, and each
/// bisection costs up to 200 incomplete-beta evaluations (a twentieth of consolidating).
pub(crate) fn f_quantile(d1: f64, d2: f64) -> Option<f64> {
    let key = (d1.to_bits(), d2.to_bits());
    if let Some(q) = QUANTILES.with(|m| m.borrow().get(&key).copied()) {
        return q;
    }
    let q = bisect_quantile(d1, d2);
    QUANTILES.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_LIMIT {
            m.clear();
        }
        m.insert(key, q);
    });
    q
}

/// Found by bisection on the upper tail rather than with statrs' `inverse_cdf`, whose
/// Newton iteration has no iteration cap and never returns for some degrees of freedom
/// (e.g. F(1e12, 3)); the Satterthwaite df of ICC(2,1) can be any positive real.
fn bisect_quantile(d1: f64, d2: f64) -> Option<f64> {
    const TAIL: f64 = 0.025;
    let above = |x: f64| f_sf(x, d1, d2).map(|p| p <= TAIL);
    // Bracket [lo, hi] with sf(lo) > TAIL >= sf(hi), widening geometrically.
    let (mut lo, mut hi) = (1.0, 1.0);
    if above(1.0)? {
        while above(lo)? {
            hi = lo;
            lo /= 2.0;
            if lo < f64::MIN_POSITIVE {
                return None;
            }
        }
    } else {
        while !above(hi)? {
            lo = hi;
            hi *= 2.0;
            if !hi.is_finite() {
                return None;
            }
        }
    }
    // Bisect on the geometric mean: the bracket can span many orders of magnitude.
    for _ in 0..200 {
        let mid = (lo * hi).sqrt();
        if mid <= lo || mid >= hi || (hi - lo) <= 1e-15 * hi {
            break;
        }
        if above(mid)? {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let q = (lo * hi).sqrt();
    (q.is_finite() && q > 0.0).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scipy_f_quantiles() {
        // scipy.stats.f.ppf(0.975, 5, 18) and f.sf(1.7946784922394685, 5, 18)
        assert!((f_quantile(5.0, 18.0).unwrap() - 3.381967805875243).abs() < 1e-9);
        assert!((f_sf(1.7946784922394685, 5.0, 18.0).unwrap() - 0.1647688083446397).abs() < 1e-9);
        assert_eq!(f_sf(f64::INFINITY, 5.0, 18.0), Some(0.0));
        assert_eq!(f_quantile(0.0, 18.0), None);
    }

    #[test]
    fn a_remembered_quantile_is_the_one_computed() {
        for (d1, d2) in [(5.0, 18.0), (2.5, 7.25), (0.0, 3.0), (18.0, 5.0)] {
            let first = f_quantile(d1, d2);
            assert_eq!(first, bisect_quantile(d1, d2));
            assert_eq!(f_quantile(d1, d2), first, "from the memo");
        }
    }

    #[test]
    fn extreme_degrees_of_freedom_do_not_panic() {
        for (d1, d2) in [
            (1e-12, 5.0),
            (5.0, 1e-12),
            (1e12, 3.0),
            (3.0, 1e12),
            (1e-300, 1e300),
        ] {
            if let Some(q) = f_quantile(d1, d2) {
                assert!(q.is_finite() && q > 0.0);
            }
            for x in [0.0, 1e-300, 1.0, 1e300] {
                if let Some(p) = f_sf(x, d1, d2) {
                    assert!((0.0..=1.0).contains(&p), "{d1} {d2} {x} {p}");
                }
            }
        }
        assert_eq!(f_sf(f64::NAN, 1.0, 1.0), None);
    }

    proptest::proptest! {
        #[test]
        fn f_tail_and_quantile_are_total(e1 in -20.0f64..20.0, e2 in -20.0f64..20.0, ex in -300.0f64..300.0) {
            let (d1, d2, x) = (10f64.powf(e1), 10f64.powf(e2), 10f64.powf(ex));
            if let Some(p) = f_sf(x, d1, d2) {
                proptest::prop_assert!((0.0..=1.0).contains(&p));
            }
            if let Some(q) = f_quantile(d1, d2) {
                proptest::prop_assert!(q.is_finite() && q > 0.0);
            }
        }
    }
}
