//! Intraclass correlations (Shrout & Fleiss 1979; McGraw & Wong 1996) with F tests and
//! 95% confidence intervals computed as pingouin.intraclass_corr and R psych::ICC do.

use serde::Serialize;

use super::anova::{MeanSquares, mean_squares};
use super::bands::{Band, icc_band};
use super::fdist::{f_quantile, f_sf};
use super::stat::{Reason, Stat, guarded_ratio, vanishes};
use super::table::Table;

/// One ICC with its F test and confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct IccValue {
    /// The coefficient.
    pub icc: f64,
    /// Koo & Li (2016) band of the point estimate.
    pub band: Band,
    /// F statistic; `None` when it is infinite (no residual variance at all).
    pub f: Option<f64>,
    /// Numerator degrees of freedom.
    pub df1: usize,
    /// Denominator degrees of freedom.
    pub df2: usize,
    /// P-value of the F test against ICC = 0.
    pub p_value: Option<f64>,
    /// 95% confidence interval [lower, upper]; `None` when the F quantiles are undefined.
    pub ci95: Option<[f64; 2]>,
}

/// All six ICC forms, computed on the complete rows of a table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IccReport {
    /// Units rated by every rater, the ones the ICCs use.
    pub complete_units: usize,
    /// Units left out because at least one rating is missing.
    pub dropped_units: usize,
    /// Number of raters used: those with at least one rating.
    pub raters: usize,
    /// Raters listed without a single rating, left out before the complete-unit test (an empty
    /// column would otherwise make every unit incomplete).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub empty_raters: Vec<String>,
    /// Units listed without a single rating, left out likewise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub empty_units: Vec<String>,
    /// One-way random, single rater.
    #[serde(rename = "ICC(1,1)")]
    pub icc1: Stat<IccValue>,
    /// Two-way random, absolute agreement, single rater (McGraw & Wong's ICC(A,1)).
    #[serde(rename = "ICC(2,1)")]
    pub icc2: Stat<IccValue>,
    /// Two-way mixed, consistency, single rater (ICC(C,1)).
    #[serde(rename = "ICC(3,1)")]
    pub icc3: Stat<IccValue>,
    /// One-way random, mean of k raters.
    #[serde(rename = "ICC(1,k)")]
    pub icc1k: Stat<IccValue>,
    /// Two-way random, absolute agreement, mean of k raters (ICC(A,k)).
    #[serde(rename = "ICC(2,k)")]
    pub icc2k: Stat<IccValue>,
    /// Two-way mixed, consistency, mean of k raters (ICC(C,k)).
    #[serde(rename = "ICC(3,k)")]
    pub icc3k: Stat<IccValue>,
}

impl IccReport {
    /// The six forms with their literature names, in the conventional order.
    pub fn entries(&self) -> [(&'static str, &Stat<IccValue>); 6] {
        [
            ("ICC(1,1)", &self.icc1),
            ("ICC(2,1)", &self.icc2),
            ("ICC(3,1)", &self.icc3),
            ("ICC(1,k)", &self.icc1k),
            ("ICC(2,k)", &self.icc2k),
            ("ICC(3,k)", &self.icc3k),
        ]
    }
}

/// Computes the six ICCs on the complete rows of `table`, once raters and units without any
/// rating are set aside.
pub fn icc(table: &Table) -> IccReport {
    let (table, empty_raters, empty_units) = table.without_empty();
    let table = &table;
    let rows = table.complete_rows();
    let complete_units = rows.len();
    let mut report = IccReport {
        complete_units,
        dropped_units: table.n_units() - complete_units,
        raters: table.n_raters(),
        empty_raters,
        empty_units,
        icc1: Stat::unavailable(Reason::Undefined),
        icc2: Stat::unavailable(Reason::Undefined),
        icc3: Stat::unavailable(Reason::Undefined),
        icc1k: Stat::unavailable(Reason::Undefined),
        icc2k: Stat::unavailable(Reason::Undefined),
        icc3k: Stat::unavailable(Reason::Undefined),
    };
    let reason = if table.n_raters() < 2 {
        Some(Reason::SingleRater)
    } else if complete_units < 2 {
        Some(Reason::TooFewUnits)
    } else {
        None
    };
    let ms = match (reason, mean_squares(&rows)) {
        (None, Some(ms)) if ms.ss_total > 0.0 => ms,
        (None, Some(_)) => return report.all(Reason::ZeroVariance),
        (Some(reason), _) => return report.all(reason),
        (None, None) => return report.all(Reason::Undefined),
    };
    [
        report.icc1,
        report.icc2,
        report.icc3,
        report.icc1k,
        report.icc2k,
        report.icc3k,
    ] = compute(&ms);
    report
}

impl IccReport {
    fn all(mut self, reason: Reason) -> Self {
        for slot in [
            &mut self.icc1,
            &mut self.icc2,
            &mut self.icc3,
            &mut self.icc1k,
            &mut self.icc2k,
            &mut self.icc3k,
        ] {
            *slot = Stat::unavailable(reason);
        }
        self
    }
}

/// The six forms in the order of `IccReport::entries`.
fn compute(ms: &MeanSquares) -> [Stat<IccValue>; 6] {
    let (n, k) = (ms.n as f64, ms.k as f64);
    // A mean square that is zero up to rounding (e.g. row means of thirds that differ only in
    // the last bit) is zero: left as 1e-33 it would print an F of 1e31 and a p of 1e-123.
    let scale = ms.ms_rows + ms.ms_cols + ms.ms_error + ms.ms_within;
    let snap = |x: f64| if vanishes(x, scale) { 0.0 } else { x };
    let (msb, msj, mse, msw) = (
        snap(ms.ms_rows),
        snap(ms.ms_cols),
        snap(ms.ms_error),
        snap(ms.ms_within),
    );
    let (df1, df_w, df_e) = (ms.df_rows(), ms.df_within(), ms.df_error());
    let (d1, dw, de) = (df1 as f64, df_w as f64, df_e as f64);

    // Every ratio is guarded against a denominator that is zero up to rounding relative to
    // the terms that formed it: MSR + (MSC - MSE)/n can be 0 in exact arithmetic and 1e-16 in
    // floating point, which would print ICC(2,k) as -2.8e15.
    let icc1 = guarded_ratio(
        msb - msw,
        msb + msw,
        msb + (k - 1.0) * msw,
        msb + (k - 1.0) * msw,
    );
    let icc2 = guarded_ratio(
        msb - mse,
        msb + mse,
        msb + (k - 1.0) * mse + k * (msj - mse) / n,
        msb + (k - 1.0) * mse + k * (msj + mse) / n,
    );
    let icc3 = guarded_ratio(
        msb - mse,
        msb + mse,
        msb + (k - 1.0) * mse,
        msb + (k - 1.0) * mse,
    );
    let icc1k = guarded_ratio(msb - msw, msb + msw, msb, msb);
    // Unlike the other denominators this one can turn negative (MSC < MSE on tiny
    // tables), giving "ICC(2,k)" values above 1 that pingouin and psych print anyway;
    // such an estimate means nothing, so it is reported as undefined instead.
    let icc2k_denominator = msb + (msj - mse) / n;
    let icc2k = guarded_ratio(
        msb - mse,
        msb + mse,
        icc2k_denominator,
        msb + (msj + mse) / n,
    )
    .filter(|_| icc2k_denominator > 0.0);
    let icc3k = guarded_ratio(msb - mse, msb + mse, msb, msb);

    let f1 = msb / msw;
    let f3 = msb / mse;
    let p1 = f_sf(f1, d1, dw);
    let p3 = f_sf(f3, d1, de);

    // Cases 1 and 3: exact F-based limits (Shrout & Fleiss 1979, eqs. 6-7 and 12-13).
    let f1l = f_quantile(d1, dw).map(|q| f1 / q);
    let f1u = f_quantile(dw, d1).map(|q| f1 * q);
    let f3l = f_quantile(d1, de).map(|q| f3 / q);
    let f3u = f_quantile(de, d1).map(|q| f3 * q);
    let single = |fl: f64| (fl - 1.0) / (fl + (k - 1.0));
    let average = |fl: f64| 1.0 - 1.0 / fl;

    // Case 2: approximate limits with Satterthwaite-style denominator df v (Shrout & Fleiss eq. 10-11).
    let icc2_value = icc2.unwrap_or(f64::NAN);
    let fj = msj / mse;
    let vn =
        de * (k * icc2_value * fj + n * (1.0 + (k - 1.0) * icc2_value) - k * icc2_value).powi(2);
    let vd = d1 * k.powi(2) * icc2_value.powi(2) * fj.powi(2)
        + (n * (1.0 + (k - 1.0) * icc2_value) - k * icc2_value).powi(2);
    let v = vn / vd;
    let f2u = f_quantile(d1, v);
    let f2l = f_quantile(v, d1);
    let spread = k * msj + (k * n - k - n) * mse;
    let l2 = f2u.map(|q| n * (msb - q * mse) / (q * spread + n * msb));
    let u2 = f2l.map(|q| n * (q * msb - mse) / (spread + n * q * msb));
    let to_k = |x: f64| x * k / (1.0 + x * (k - 1.0));

    let ci = |lo: Option<f64>, hi: Option<f64>| match (lo, hi) {
        // The Spearman-Brown step of ICC(2,k) has a pole, so on pathological tables the
        // bounds can come out crossed; an interval is only reported when it is one.
        (Some(lo), Some(hi)) if lo.is_finite() && hi.is_finite() && lo <= hi => Some([lo, hi]),
        _ => None,
    };
    let value = |icc: Option<f64>,
                 otherwise: Reason,
                 f: f64,
                 df2: usize,
                 p: Option<f64>,
                 ci95: Option<[f64; 2]>| {
        let Some(icc) = icc else {
            return Stat::unavailable(otherwise);
        };
        Stat::Value(IccValue {
            icc,
            band: icc_band(icc),
            f: f.is_finite().then_some(f),
            df1,
            df2,
            p_value: p,
            ci95,
        })
    };
    let zero = Reason::ZeroVariance;
    [
        value(
            icc1,
            zero,
            f1,
            df_w,
            p1,
            ci(f1l.map(single), f1u.map(single)),
        ),
        value(icc2, zero, f3, df_e, p3, ci(l2, u2)),
        value(
            icc3,
            zero,
            f3,
            df_e,
            p3,
            ci(f3l.map(single), f3u.map(single)),
        ),
        value(
            icc1k,
            zero,
            f1,
            df_w,
            p1,
            ci(f1l.map(average), f1u.map(average)),
        ),
        value(
            icc2k,
            Reason::Undefined,
            f3,
            df_e,
            p3,
            ci(l2.map(to_k), u2.map(to_k)),
        ),
        value(
            icc3k,
            zero,
            f3,
            df_e,
            p3,
            ci(f3l.map(average), f3u.map(average)),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[f64]]) -> Table {
        Table::from_rows(
            &rows
                .iter()
                .map(|r| r.iter().map(|&x| Some(x)).collect())
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn zero_error_gives_icc_one_without_inventing_an_f() {
        let r = icc(&table(&[&[1.0, 1.0], &[2.0, 2.0], &[3.0, 3.0]]));
        let v = r.icc3.value().unwrap();
        assert_eq!(v.icc, 1.0);
        assert_eq!(v.f, None);
        assert_eq!(v.p_value, Some(0.0));
    }

    #[test]
    fn identical_ratings_are_zero_variance() {
        let r = icc(&table(&[&[4.0, 4.0], &[4.0, 4.0], &[4.0, 4.0]]));
        for (_, s) in r.entries() {
            assert_eq!(s.reason(), Some(Reason::ZeroVariance));
        }
    }

    #[test]
    fn identical_units_leave_only_the_forms_that_divide_by_unit_variance_undefined() {
        // Every unit gets 1 from R1 and 2 from R2: no between-unit and no residual variance.
        let r = icc(&table(&[&[1.0, 2.0], &[1.0, 2.0], &[1.0, 2.0]]));
        assert_eq!(r.icc3.reason(), Some(Reason::ZeroVariance));
        assert_eq!(r.icc1k.reason(), Some(Reason::ZeroVariance));
        assert_eq!(r.icc2.value().map(|v| v.icc), Some(0.0));
    }

    #[test]
    fn icc2k_with_a_negative_denominator_is_undefined_and_crossed_intervals_are_dropped() {
        // MSC < MSE here; pingouin's formulas give ICC(2,k) = 2.67 with CI [2.25, 0.98].
        let r = icc(&table(&[&[1.0, 2.0], &[3.0, 1.0]]));
        assert_eq!(r.icc2k.reason(), Some(Reason::Undefined));
        for (_, s) in r.entries() {
            if let Some([lo, hi]) = s.value().and_then(|v| v.ci95) {
                assert!(lo <= hi);
            }
        }
    }

    #[test]
    fn missing_cells_drop_rows_and_few_rows_are_unavailable() {
        let t = Table::from_rows(&[
            vec![Some(1.0), Some(2.0)],
            vec![Some(3.0), None],
            vec![Some(2.0), Some(2.0)],
        ]);
        let r = icc(&t);
        assert_eq!((r.complete_units, r.dropped_units), (2, 1));
        assert!(r.icc1.value().is_some());
        let r = icc(&Table::from_rows(&[
            vec![Some(1.0), Some(2.0)],
            vec![None, Some(1.0)],
        ]));
        assert_eq!(r.icc2.reason(), Some(Reason::TooFewUnits));
        let r = icc(&table(&[&[1.0], &[2.0], &[3.0]]));
        assert_eq!(r.icc2k.reason(), Some(Reason::SingleRater));
    }
}
