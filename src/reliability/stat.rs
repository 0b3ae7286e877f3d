//! The shared result shape: every statistic is either a value or a reason it has none.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::bands::{Band, is_indonesian};

/// A statistic that either has a finite value or a stated reason why it has none.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Stat<T> {
    /// The statistic could be computed; every number inside is finite.
    #[serde(rename = "available")]
    Value(T),
    /// The statistic is undefined for this data.
    Unavailable {
        /// Why the statistic is undefined.
        reason: Reason,
    },
}

impl<T> Stat<T> {
    /// Shorthand for an unavailable result.
    pub fn unavailable(reason: Reason) -> Self {
        Stat::Unavailable { reason }
    }

    /// The value, if there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Stat::Value(v) => Some(v),
            Stat::Unavailable { .. } => None,
        }
    }

    /// The reason, if the statistic is unavailable.
    pub fn reason(&self) -> Option<Reason> {
        match self {
            Stat::Value(_) => None,
            Stat::Unavailable { reason } => Some(*reason),
        }
    }
}

/// A single coefficient with its interpretation band.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Estimate {
    /// The coefficient, full precision.
    pub value: f64,
    /// The band the coefficient falls in, when the literature gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<Band>,
}

impl Stat<Estimate> {
    /// Wraps a raw coefficient, refusing non-finite numbers so NaN never escapes.
    pub(crate) fn from_raw(value: f64, band: fn(f64) -> Band, otherwise: Reason) -> Self {
        if value.is_finite() {
            Stat::Value(Estimate {
                value,
                band: Some(band(value)),
            })
        } else {
            Stat::unavailable(otherwise)
        }
    }

    /// The coefficient, if available.
    pub fn number(&self) -> Option<f64> {
        self.value().map(|e| e.value)
    }
}

/// Relative size below which a difference of floating-point terms counts as zero.
///
/// The ratings are small integers or halves, so every exact quantity behind a statistic is a
/// ratio of modest integers; anything within 1e-12 of the magnitudes it was computed from is
/// rounding left over from an exact zero, never a genuine value.
pub(crate) const ROUNDING: f64 = 1e-12;

/// `numerator / denominator`, or `None` when the denominator is zero up to rounding relative
/// to `scale` (the sum of the absolute sizes of the terms that formed it). A numerator that is
/// zero up to rounding relative to `numerator_scale` gives exactly 0.
pub(crate) fn guarded_ratio(
    numerator: f64,
    numerator_scale: f64,
    denominator: f64,
    scale: f64,
) -> Option<f64> {
    if !denominator.is_finite() || denominator.abs() <= ROUNDING * scale.abs() {
        return None;
    }
    let numerator = if numerator.abs() <= ROUNDING * numerator_scale.abs() {
        0.0
    } else {
        numerator
    };
    let q = numerator / denominator;
    q.is_finite().then_some(q)
}

/// Whether `x` is zero up to rounding relative to `scale`.
pub(crate) fn vanishes(x: f64, scale: f64) -> bool {
    x.abs() <= ROUNDING * scale.abs()
}

/// Why a statistic could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Fewer than two raters.
    SingleRater,
    /// Too few units (or complete / pairable units) to estimate anything.
    TooFewUnits,
    /// A variance the statistic divides by is zero, e.g. all ratings identical.
    ZeroVariance,
    /// Only one category was used, so chance agreement is total.
    OneCategory,
    /// The formula is undefined for another reason (e.g. a denominator vanished or turned negative).
    Undefined,
}

impl Reason {
    /// A short human explanation in Bahasa Indonesia ("id") or English.
    pub fn message(self, lang: &str) -> &'static str {
        let id = is_indonesian(lang);
        match (self, id) {
            (Reason::SingleRater, false) => "fewer than two raters",
            (Reason::SingleRater, true) => "penilai kurang dari dua",
            (Reason::TooFewUnits, false) => "too few units rated by two or more raters",
            (Reason::TooFewUnits, true) => {
                "terlalu sedikit unit yang dinilai dua penilai atau lebih"
            }
            (Reason::ZeroVariance, false) => "no variance in the ratings",
            (Reason::ZeroVariance, true) => "tidak ada variasi dalam penilaian",
            (Reason::OneCategory, false) => "only one category used",
            (Reason::OneCategory, true) => "hanya satu kategori yang dipakai",
            (Reason::Undefined, false) => "undefined for these data",
            (Reason::Undefined, true) => "tidak terdefinisi untuk data ini",
        }
    }
}

/// How disagreements between categories are weighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weighting {
    /// Only identical ratings agree.
    Unweighted,
    /// Credit falls linearly with distance.
    Linear,
    /// Credit falls with squared distance.
    Quadratic,
}
