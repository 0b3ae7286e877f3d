//! Interpretation bands from the literature, labelled in Bahasa Indonesia and English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// True when `lang` asks for Bahasa Indonesia ("id", "id-ID", ...); anything else is English.
pub fn is_indonesian(lang: &str) -> bool {
    let lang = lang.trim();
    match (lang.get(..2), lang.get(2..)) {
        (Some(head), Some(rest)) => {
            head.eq_ignore_ascii_case("id") && !rest.starts_with(char::is_alphanumeric)
        }
        _ => false,
    }
}

/// A verbal interpretation of a coefficient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Koo & Li < .50; Landis & Koch <= 0.
    Poor,
    /// Landis & Koch .01-.20.
    Slight,
    /// Landis & Koch .21-.40.
    Fair,
    /// Koo & Li .50-.75; Landis & Koch .41-.60.
    Moderate,
    /// Landis & Koch .61-.80.
    Substantial,
    /// Landis & Koch .81-1.
    AlmostPerfect,
    /// Koo & Li .75-.90.
    Good,
    /// Koo & Li > .90.
    Excellent,
    /// Krippendorff alpha >= .800.
    Reliable,
    /// Krippendorff .667 <= alpha < .800: tentative conclusions only.
    Tentative,
    /// Krippendorff alpha < .667.
    NotReliable,
}

impl Band {
    /// The label in Bahasa Indonesia ("id") or English (anything else).
    pub fn label(self, lang: &str) -> &'static str {
        if is_indonesian(lang) {
            match self {
                Band::Poor => "buruk",
                Band::Slight => "sangat lemah",
                Band::Fair => "cukup",
                Band::Moderate => "sedang",
                Band::Substantial => "substansial",
                Band::AlmostPerfect => "hampir sempurna",
                Band::Good => "baik",
                Band::Excellent => "sangat baik",
                Band::Reliable => "reliabel",
                Band::Tentative => "tentatif",
                Band::NotReliable => "tidak reliabel",
            }
        } else {
            match self {
                Band::Poor => "poor",
                Band::Slight => "slight",
                Band::Fair => "fair",
                Band::Moderate => "moderate",
                Band::Substantial => "substantial",
                Band::AlmostPerfect => "almost perfect",
                Band::Good => "good",
                Band::Excellent => "excellent",
                Band::Reliable => "reliable",
                Band::Tentative => "tentative",
                Band::NotReliable => "not reliable",
            }
        }
    }
}

/// How close to a threshold a coefficient counts as on it.
///
/// Coefficients of integer or half-level ratings are ratios of modest integers, so a genuine
/// value never lies within 1e-12 of a threshold without being on it; what does is the rounding
/// of the arithmetic (9/10 computed as 0.8999999999999999 or 0.9000000000000001), and it must
/// not decide the band.
const ON_THRESHOLD: f64 = 1e-12;

/// `x < t`, with values on `t` up to rounding counted as equal to it.
fn below(x: f64, t: f64) -> bool {
    x < t - ON_THRESHOLD
}

/// `x <= t`, with values on `t` up to rounding counted as equal to it.
fn at_most(x: f64, t: f64) -> bool {
    x <= t + ON_THRESHOLD
}

/// ICC bands of Koo & Li (2016): < .50 poor, .50-.75 moderate, .75-.90 good, > .90 excellent.
pub fn icc_band(icc: f64) -> Band {
    if below(icc, 0.5) {
        Band::Poor
    } else if below(icc, 0.75) {
        Band::Moderate
    } else if at_most(icc, 0.9) {
        Band::Good
    } else {
        Band::Excellent
    }
}

/// Kappa-type bands of Landis & Koch (1977), also used for Gwet's AC1/AC2.
pub fn kappa_band(kappa: f64) -> Band {
    if at_most(kappa, 0.0) {
        Band::Poor
    } else if at_most(kappa, 0.2) {
        Band::Slight
    } else if at_most(kappa, 0.4) {
        Band::Fair
    } else if at_most(kappa, 0.6) {
        Band::Moderate
    } else if at_most(kappa, 0.8) {
        Band::Substantial
    } else {
        Band::AlmostPerfect
    }
}

/// Krippendorff's (2004) thresholds: >= .800 reliable, >= .667 tentative, else not reliable.
pub fn alpha_band(alpha: f64) -> Band {
    if !below(alpha, 0.8) {
        Band::Reliable
    } else if !below(alpha, 0.667) {
        Band::Tentative
    } else {
        Band::NotReliable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn koo_li_2016_boundaries() {
        assert_eq!(icc_band(0.49), Band::Poor);
        assert_eq!(icc_band(0.5), Band::Moderate);
        assert_eq!(icc_band(0.75), Band::Good);
        assert_eq!(icc_band(0.9), Band::Good);
        assert_eq!(icc_band(0.91), Band::Excellent);
    }

    #[test]
    fn landis_koch_1977_boundaries() {
        assert_eq!(kappa_band(-0.1), Band::Poor);
        assert_eq!(kappa_band(0.0), Band::Poor);
        assert_eq!(kappa_band(0.01), Band::Slight);
        assert_eq!(kappa_band(0.21), Band::Fair);
        assert_eq!(kappa_band(0.41), Band::Moderate);
        assert_eq!(kappa_band(0.61), Band::Substantial);
        assert_eq!(kappa_band(0.81), Band::AlmostPerfect);
    }

    #[test]
    fn krippendorff_2004_thresholds() {
        assert_eq!(alpha_band(0.8), Band::Reliable);
        assert_eq!(alpha_band(0.743), Band::Tentative);
        assert_eq!(alpha_band(0.666), Band::NotReliable);
    }

    #[test]
    fn rounding_noise_at_a_threshold_takes_the_thresholds_band() {
        // 9/10, 3/4, 1/2 and 3/5 as floating point arithmetic produces them (issue 15).
        assert_eq!(icc_band(0.8999999999999999), Band::Good);
        assert_eq!(icc_band(0.9000000000000001), Band::Good);
        assert_eq!(icc_band(0.7499999999999999), Band::Good);
        assert_eq!(icc_band(0.49999999999999994), Band::Moderate);
        assert_eq!(kappa_band(0.6000000000000001), Band::Moderate);
        assert_eq!(kappa_band(1e-17), Band::Poor);
        assert_eq!(alpha_band(0.7999999999999999), Band::Reliable);
        // A genuine difference still counts.
        assert_eq!(icc_band(0.9 + 1e-9), Band::Excellent);
        assert_eq!(kappa_band(0.6 + 1e-9), Band::Substantial);
    }

    #[test]
    fn labels_in_both_languages() {
        assert_eq!(Band::AlmostPerfect.label("en"), "almost perfect");
        assert_eq!(Band::AlmostPerfect.label("id"), "hampir sempurna");
        assert_eq!(Band::Poor.label("ID-id"), "buruk");
        assert_eq!(Band::Poor.label("idiom"), "poor");
        assert_eq!(Band::Poor.label("é"), "poor");
    }
}
