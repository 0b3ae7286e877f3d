//! Inter-rater agreement statistics for the `lgd agreement` command.
//!
//! Pure functions over a units x raters [`Table`]: ICCs, Cohen's kappa, Krippendorff's
//! alpha, Gwet's AC1/AC2 and percent agreement. Every statistic is a [`Stat`]: a finite
//! value or an `Unavailable { reason }`, never NaN and never a panic.

pub mod alpha;
pub mod anova;
pub mod bands;
pub mod error;
mod fdist;
pub mod gwet;
pub mod icc;
pub mod input;
pub mod kappa;
pub mod percent;
mod render;
pub mod report;
pub mod stat;
pub mod table;

use std::path::Path;

pub use alpha::{AlphaReport, Level, krippendorff_alpha};
pub use bands::{Band, alpha_band, icc_band, kappa_band};
pub use error::AgreementError;
pub use gwet::{GwetReport, gwet_ac};
pub use icc::{IccReport, IccValue, icc};
pub use input::{AgreementOptions, ratings_table, read_ratings};
pub use kappa::{KappaPair, cohen_kappa, pairwise_kappa};
pub use percent::{PercentAgreement, percent_agreement};
pub use report::AgreementReport;
pub use stat::{Estimate, Reason, Stat, Weighting};
pub use table::Table;

/// Reads a long (unit, rater, value) table from an office file and computes every agreement
/// statistic.
pub fn agreement_from_file(
    path: &Path,
    sheet: Option<&str>,
    options: &AgreementOptions,
) -> Result<AgreementReport, AgreementError> {
    let table = read_ratings(path, sheet, options)?;
    Ok(AgreementReport::from_table(&table))
}
