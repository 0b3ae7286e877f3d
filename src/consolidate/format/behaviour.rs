//! Coded behaviour across observers: tallies, airtime, who spoke to whom, and how well observers agree.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::{Coefficient, IccForms};

/// Counts by behaviour code, sorted by code.
pub type CodeCount = BTreeMap<String, usize>;

/// Coded behaviour for the event.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Behaviour {
    /// Per participant, by observer.
    pub participants: Vec<ParticipantBehaviour>,
    /// Airtime per participant, averaged over the observers of their group.
    pub airtime: Vec<Airtime>,
    /// Who addressed whom (targeted acts), per group.
    pub interactions: Vec<GroupInteractions>,
    /// No longer filled: the ICC on counts pooled over codes mostly measured how often each code
    /// is used, not whether observers agree; see `code_agreement`. Kept so older files open.
    pub count_agreement: Vec<CountAgreement>,
    /// Per behaviour code, how well observers agree on how often each participant showed it.
    #[serde(default)]
    pub code_agreement: Vec<CodeAgreement>,
    /// Act-by-act matching between pairs of observers of the same session.
    pub matching: Vec<PairMatching>,
}

/// One participant's coded behaviour as each observer saw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ParticipantBehaviour {
    /// Participant id.
    pub participant: String,
    /// Group id.
    pub group: String,
    /// One entry per observer of the group.
    pub by_observer: Vec<ObservedBehaviour>,
}

/// What one observer coded for one participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ObservedBehaviour {
    /// Observer id.
    pub observer: String,
    /// Seconds holding the floor.
    pub airtime_s: f64,
    /// Speaking turns.
    pub turns: usize,
    /// Live acts.
    pub acts: usize,
    /// Live acts by code.
    pub codes: CodeCount,
}

/// A participant's share of the talking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Airtime {
    /// Participant id.
    pub participant: String,
    /// Group id.
    pub group: String,
    /// Mean seconds holding the floor over the group's observers.
    pub seconds: f64,
    /// Mean number of turns.
    pub turns: f64,
    /// Share of the group's total airtime, 0-1; absent when nobody spoke.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
}

/// Targeted acts between members of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GroupInteractions {
    /// Group id.
    pub group: String,
    /// Observers whose files were counted.
    pub observers: Vec<String>,
    /// One entry per (from, to) pair seen.
    pub links: Vec<Interaction>,
}

/// How often one participant addressed another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Interaction {
    /// Participant who acted.
    pub from: String,
    /// Participant the act was aimed at.
    pub to: String,
    /// Mean count over the group's observers.
    pub mean: f64,
    /// Count by observer id.
    pub by_observer: BTreeMap<String, usize>,
}

/// Agreement of the observers' code counts within one session (group and day).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CountAgreement {
    /// Group id.
    pub group: String,
    /// The day the group was observed.
    pub date: NaiveDate,
    /// Observers (raters).
    pub observers: Vec<String>,
    /// The ICCs.
    pub icc: IccForms,
}

/// Agreement on how often one behaviour code was used for each participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CodeAgreement {
    /// Behaviour code.
    pub code: String,
    /// Units: participant x session (group and day) with at least two observers.
    pub units: usize,
    /// Mean count per unit and observer, so a code hardly used is seen as such.
    pub mean_count: f64,
    /// Krippendorff's alpha (interval) over the counts: raters are the session's observers.
    pub alpha: Coefficient,
}

/// Two observers' act streams for one session (group and day), matched act by act.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PairMatching {
    /// Group id.
    pub group: String,
    /// The day the group was observed.
    pub date: NaiveDate,
    /// First observer.
    pub observer_a: String,
    /// Second observer.
    pub observer_b: String,
    /// Live acts of the first observer.
    pub acts_a: usize,
    /// Live acts of the second observer.
    pub acts_b: usize,
    /// Pairs matched: same participant, within the tolerance.
    pub matched: usize,
    /// Matched pairs with the same code.
    pub same_code: usize,
    /// How acts were paired; files written before it was named paired by time only.
    #[serde(default = "MatchProcedure::time_only")]
    pub procedure: MatchProcedure,
    /// The time base the clocks were lined up from (the starting guess of the offset).
    pub aligned_on: Alignment,
    /// The offset used between the two observers' clocks; absent in older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<ClockOffset>,
    /// Cohen's kappa over every act: matched pairs by their codes, and each unmatched act
    /// against "none" (older files, procedure `time_only`: over matched pairs only).
    pub kappa: Coefficient,
    /// Same-code pairs over all acts (matched pairs plus unmatched acts of either), 0-1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_agreement: Option<f64>,
}

/// How two observers' acts are paired before agreement is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchProcedure {
    /// The Observer XT / INTERACT procedure: acts with the same code and participant within the
    /// tolerance are paired first (closest first), then the remaining acts of the same
    /// participant within the tolerance; what is left is unmatched and counts as a disagreement.
    SameCodeFirst,
    /// Closest in time on the same participant whatever the code (lgd before issue 15).
    TimeOnly,
}

impl MatchProcedure {
    /// What files without the field used.
    pub fn time_only() -> MatchProcedure {
        MatchProcedure::TimeOnly
    }
}

/// The offset between two observers' clocks used to line their acts up.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClockOffset {
    /// Seconds subtracted from the second observer's times (positive: their clock runs ahead).
    pub seconds: f64,
    /// Whether it was estimated from the data or is the starting guess.
    pub source: OffsetSource,
    /// Coinciding marks (acts of one code and participant, floor changes of one participant)
    /// supporting the offset.
    pub support: usize,
}

/// Where a clock offset came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OffsetSource {
    /// The shift that lines up the most acts and floor changes.
    Estimated,
    /// Too little coinciding data: the starting guess (no shift in the time base) is kept.
    StartingGuess,
}

/// What two observers' act times are measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Alignment {
    /// The start of the first coded phase each observer recorded (laptop clocks may differ).
    PhaseStart,
    /// Wall-clock time, when a file has no coded phase start.
    WallClock,
}
