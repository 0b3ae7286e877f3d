//! Participant x competency cells: every observer's rating, the figures, the flags, the final level.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{EvidenceKind, Localized, MidpointPolicy, RatingEntry, Score, Valence};

/// One participant on one competency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Cell {
    /// Participant id.
    pub participant: String,
    /// Competency code.
    pub competency: String,
    /// The level the job requires.
    pub target: u8,
    /// Each observer's rating, in observer order; the originals, never changed.
    pub ratings: Vec<CellRating>,
    /// Figures over the ratings that count.
    pub stats: CellStats,
    /// Why the cell needs discussion.
    pub flags: Vec<Flag>,
    /// Statistical integration: the mean of the counted ratings rounded to the event's step; a
    /// mean exactly halfway between two steps is settled by the event's midpoint policy (by
    /// default not at all: see `split`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed: Option<f64>,
    /// Set when the mean lies exactly halfway between two steps (a 3/4 split): the two levels
    /// and the policy that settled it. Under the default policy no level is proposed and the
    /// wash-up must decide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split: Option<Split>,
    /// The level agreed in the wash-up, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<Decision>,
    /// Earlier wash-up decisions on this cell, oldest first, kept so none is lost.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub superseded: Vec<Decision>,
    /// The level used for JPM: the consensus if decided, else the proposed level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_level: Option<f64>,
    /// Where `final_level` comes from.
    pub final_source: FinalSource,
    /// What each observer recorded that bears on this cell.
    pub evidence: Vec<CellEvidence>,
}

/// One observer's rating of a cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CellRating {
    /// Observer id.
    pub observer: String,
    /// Whether this is an independent, submitted rating.
    pub status: RatingStatus,
    /// The value shown: the submitted one, or the current one when never submitted.
    pub score: Score,
    /// The observer's justification of that value.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When that value was set.
    pub at: DateTime<FixedOffset>,
    /// Whether it counts in the cell's figures and the agreement statistics.
    pub counted: bool,
    /// Changes made after submission: shown for the record, never used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after_submission: Vec<RatingEntry>,
}

/// Where an observer's rating stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RatingStatus {
    /// The last value before the observer submitted: the independent rating.
    Submitted,
    /// The observer has not submitted; this is their current value.
    NotSubmitted,
    /// The observer submitted without rating this cell and rated it only afterwards.
    OnlyAfterSubmission,
}

/// Figures over the counted levels of a cell; absent when no level counts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct CellStats {
    /// Counted levels.
    pub n: usize,
    /// Mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    /// Median.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    /// Lowest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Highest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Highest minus lowest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<f64>,
}

/// A reason to discuss a cell in the wash-up.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// The range of counted levels reaches the spread threshold.
    Spread,
    /// At least one counted level is below the target and at least one reaches it.
    AcrossTarget,
    /// Fewer than two counted levels.
    FewRatings,
}

/// A mean exactly halfway between two levels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Split {
    /// The lower level.
    pub lower: f64,
    /// The upper level.
    pub upper: f64,
    /// The event's policy that decided the proposed level (none under `washup`).
    pub policy: MidpointPolicy,
}

/// Where a cell's final level comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FinalSource {
    /// Agreed in the wash-up.
    Consensus,
    /// The rounded mean of the counted levels.
    Proposed,
    /// No level yet.
    None,
}

/// A consensus level with who decided it, when and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Decision {
    /// The agreed level; absent when a decision was withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Why.
    pub reason: String,
    /// Observer id of whoever decided (the lead assessor).
    pub decided_by: String,
    /// When.
    pub decided_at: DateTime<FixedOffset>,
}

/// What one observer recorded for a cell.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CellEvidence {
    /// Observer id.
    pub observer: String,
    /// Evidence notes written for the cell.
    pub notes: Vec<EvidenceItem>,
    /// Live acts of codes linked to the competency, by code.
    pub codes: Vec<LinkedCode>,
    /// Notes attached to those acts.
    pub act_notes: Vec<ActNote>,
    /// The level the evidence rule suggests, with the rule; never a rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested: Option<u8>,
}

/// An evidence note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EvidenceItem {
    /// Strength, development area or neutral.
    pub kind: EvidenceKind,
    /// The note.
    pub text: String,
    /// When it was written.
    pub at: DateTime<FixedOffset>,
    /// Why it was written after the ratings were submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Written while the ratings stood submitted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub after_submission: bool,
}

/// How often a linked code was seen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LinkedCode {
    /// Behaviour code.
    pub code: String,
    /// Its direction.
    pub valence: Valence,
    /// Live acts.
    pub count: usize,
}

/// A note an observer attached to an act.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ActNote {
    /// Seconds since the observer's session started.
    pub elapsed_s: f64,
    /// Behaviour code.
    pub code: String,
    /// The note.
    pub note: String,
}

/// One participant's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ParticipantResult {
    /// Participant id.
    pub participant: String,
    /// Sum of final levels over sum of targets x 100, each level counted at most up to its target
    /// unless the settings say `jpm_capped: false`; absent until every competency has a final level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jpm: Option<f64>,
    /// The category the JPM earns under the settings' categories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Localized>,
    /// Competencies still without a final level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// Cells decided in the wash-up.
    pub decided: usize,
    /// Self-evaluation minus final level per competency, when the event has self ratings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub self_gap: Vec<SelfGap>,
}

/// The gap between a participant's own rating and the final level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SelfGap {
    /// Competency code.
    pub competency: String,
    /// The participant's own level.
    pub self_level: f64,
    /// The final level, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_level: Option<f64>,
    /// Self minus final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<f64>,
}
