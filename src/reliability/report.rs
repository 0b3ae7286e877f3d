//! Every agreement statistic for one table, gathered into a serializable report.

use serde::Serialize;

use super::alpha::{AlphaReport, alpha_report};
use super::gwet::{GwetReport, gwet_report};
use super::icc::{IccReport, icc};
use super::kappa::{KappaPair, pairwise_kappa};
use super::percent::{PercentAgreement, percent_agreement};
use super::stat::Stat;
use super::table::Table;

/// All agreement statistics for one table; JSON carries full precision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgreementReport {
    /// Number of units (rows).
    pub units: usize,
    /// Number of raters (columns).
    pub raters: usize,
    /// Ratings present.
    pub ratings: usize,
    /// Unit x rater cells without a rating.
    pub missing: usize,
    /// Raw agreement among rater pairs.
    pub percent_agreement: Stat<PercentAgreement>,
    /// The six Shrout & Fleiss ICCs, on complete units only.
    pub icc: IccReport,
    /// Krippendorff's alpha, keyed "nominal", "ordinal", "interval".
    pub krippendorff_alpha: AlphaReport,
    /// Cohen's kappa for every rater pair.
    pub cohen_kappa: Vec<KappaPair>,
    /// Gwet's AC1 and AC2, keyed "AC1", "AC2 (linear)", "AC2 (quadratic)".
    pub gwet: GwetReport,
}

impl AgreementReport {
    /// Computes every statistic; degenerate data yield `Unavailable` entries, never a panic.
    pub fn from_table(table: &Table) -> AgreementReport {
        let ratings = table.n_ratings();
        AgreementReport {
            units: table.n_units(),
            raters: table.n_raters(),
            ratings,
            missing: table.n_units() * table.n_raters() - ratings,
            percent_agreement: percent_agreement(table),
            icc: icc(table),
            krippendorff_alpha: alpha_report(table),
            cohen_kappa: pairwise_kappa(table),
            gwet: gwet_report(table),
        }
    }
}
