//! Coded behaviour across observers: tallies, airtime, who spoke to whom, and how well observers agree.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agreement::{Coefficient, IccForms};

/// Counts by behaviour code, sorted by code.
pub type CodeCount = BTreeMap<String, usize>;

/// Coded behaviour for the event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Behaviour {
    /// Per participant, by observer.
    pub participants: Vec<ParticipantBehaviour>,
    /// Airtime per participant, averaged over the observers of their group.
    pub airtime: Vec<Airtime>,
    /// Who addressed whom (targeted acts), per group.
    pub interactions: Vec<GroupInteractions>,
    /// ICC on counts per session (group and day): units are participant x code, raters the
    /// session's observers.
    pub count_agreement: Vec<CountAgreement>,
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
    /// How the two streams' clocks were lined up.
    pub aligned_on: Alignment,
    /// Cohen's kappa over the matched pairs' codes.
    pub kappa: Coefficient,
    /// Same-code pairs over all acts (matched pairs plus unmatched acts of either), 0-1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_agreement: Option<f64>,
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
