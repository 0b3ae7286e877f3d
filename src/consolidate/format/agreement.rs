//! Agreement figures as stored: each coefficient a value with its band, or the reason it has none.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::reliability::{Band, Reason};

/// One coefficient: a finite value with its interpretation band, or why it is undefined.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Coefficient {
    /// The value, full precision; absent when undefined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Its band in the literature (Krippendorff for alpha, Koo & Li for ICC, Landis & Koch for kappa).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<Band>,
    /// 95% confidence interval, when the statistic has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ci95: Option<[f64; 2]>,
    /// Why there is no value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<Reason>,
}

/// Agreement of the competency ratings for the whole event.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Agreement {
    /// Krippendorff's alpha (ordinal) over the incomplete design.
    pub alpha: AlphaSummary,
    /// ICCs within each complete block of participants and observers.
    pub icc_blocks: Vec<IccBlock>,
}

/// Krippendorff's alpha, ordinal: units are participant x competency, raters are observers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct AlphaSummary {
    /// Over every competency together, pooled: a participant's cells count as independent
    /// units although the same observers rated them in one sitting, so it also credits
    /// agreement on who is strong overall. Read it beside `per_competency`.
    pub overall: Coefficient,
    /// Units with at least two counted ratings.
    pub pairable_units: usize,
    /// Counted ratings in those units.
    pub pairable_values: usize,
    /// Per competency (units are participants).
    pub per_competency: Vec<CompetencyAlpha>,
}

/// Alpha on one competency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CompetencyAlpha {
    /// Competency code.
    pub competency: String,
    /// Ordinal alpha.
    pub alpha: Coefficient,
}

/// A complete block: participants of one group all rated by the same observers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IccBlock {
    /// Group id.
    pub group: String,
    /// Observers who rated every participant of the block.
    pub observers: Vec<String>,
    /// The participants.
    pub participants: Vec<String>,
    /// Over all competencies (units are participant x competency).
    pub overall: IccForms,
    /// Per competency (units are participants; a participant missing a rating there is left out).
    pub per_competency: Vec<CompetencyIcc>,
}

/// ICCs on one competency within a block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CompetencyIcc {
    /// Competency code.
    pub competency: String,
    /// The ICCs.
    pub icc: IccForms,
}

/// The Shrout & Fleiss forms, named as the literature names them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IccForms {
    /// Units used (complete rows).
    pub units: usize,
    /// Raters.
    pub raters: usize,
    /// One-way random, single rater.
    #[serde(rename = "ICC(1,1)")]
    pub icc1: Coefficient,
    /// Two-way random, absolute agreement, single rater.
    #[serde(rename = "ICC(2,1)")]
    pub icc2: Coefficient,
    /// Two-way mixed, consistency, single rater.
    #[serde(rename = "ICC(3,1)")]
    pub icc3: Coefficient,
    /// One-way random, mean of k raters.
    #[serde(rename = "ICC(1,k)")]
    pub icc1k: Coefficient,
    /// Two-way random, absolute agreement, mean of k raters.
    #[serde(rename = "ICC(2,k)")]
    pub icc2k: Coefficient,
    /// Two-way mixed, consistency, mean of k raters.
    #[serde(rename = "ICC(3,k)")]
    pub icc3k: Coefficient,
}
