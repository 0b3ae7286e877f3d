//! An assessment event: everything an observer's laptop needs to know before the day starts.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    ChangeAgentRule, Framework, Group, Localized, Observer, OnlineScore, Participant, Scheme,
    SelfRating,
};

/// The `format` tag of an event file.
pub const EVENT_FORMAT: &str = "lgd-event";
/// The newest event-file version this build reads and writes.
pub const EVENT_FORMAT_VERSION: u32 = 1;

/// One assessment event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// Always `lgd-event`; tells an event file from any other JSON.
    pub format: String,
    /// Version of the event-file layout.
    pub format_version: u32,
    /// Stable id (letters, digits, `-`, `_`); names the event's data folder.
    pub id: String,
    /// Name shown in headers and reports.
    pub name: String,
    /// Organisation being assessed.
    #[serde(default)]
    pub organisation: String,
    /// Days of the event.
    #[serde(default)]
    pub dates: Vec<NaiveDate>,
    /// The case the groups discuss.
    #[serde(default)]
    pub case_study: CaseStudy,
    /// Where the event takes place (left out of the file when empty, as in events made before it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub venue: String,
    /// The lead assessor, who signs the report.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead_assessor: String,
    /// The assessor team by name, as the report's cover lists it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessors: Vec<String>,
    /// Phases of the LGD in order.
    #[serde(default)]
    pub phases: Vec<Phase>,
    /// Id of the coding scheme used (built in, or defined in `schemes`).
    pub scheme: String,
    /// Id of the competency framework used (built in, or defined in `frameworks`).
    pub framework: String,
    /// Schemes defined in this file; they take precedence over built-in ones with the same id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemes: Vec<Scheme>,
    /// Frameworks defined in this file; they take precedence over built-in ones with the same id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frameworks: Vec<Framework>,
    /// Everyone being assessed.
    pub participants: Vec<Participant>,
    /// The discussion groups.
    pub groups: Vec<Group>,
    /// The assessors.
    pub observers: Vec<Observer>,
    /// Tunables with defaults that suit most events.
    #[serde(default)]
    pub settings: Settings,
    /// Self-ratings imported from the participants' self-evaluation (`lgd import self-eval`).
    /// They are not part of the definition, so the event digest leaves them out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub self_ratings: Vec<SelfRating>,
    /// Scores imported from the online assessment (`lgd import online`); not part of the digest either.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub online_scores: Vec<OnlineScore>,
}

/// The case study the groups discuss.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct CaseStudy {
    /// Title.
    pub title: String,
    /// A few sentences the observer can glance at.
    pub summary: String,
}

/// One phase of the LGD (reading, discussion, writing, self-evaluation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Phase {
    /// Stable id.
    pub id: String,
    /// Name shown in the header.
    pub name: Localized,
    /// Planned length in minutes.
    pub minutes: u32,
    /// Whether behaviour is coded in this phase (the discussion), or it is only timed.
    #[serde(default)]
    pub coded: bool,
}

/// Tunables of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Settings {
    /// Whether ratings may take half levels (2.5).
    pub half_levels: bool,
    /// Seconds within which an identical act for the same person is flagged as a possible double press.
    pub duplicate_window_secs: u32,
    /// Minutes without a coded act after which a covered participant is highlighted.
    pub nudge_minutes: u32,
    /// Observer rating range that flags a cell for the wash-up.
    pub spread_threshold: f64,
    /// Result categories by JPM, highest first.
    pub categories: Vec<Category>,
    /// Observers each participant needs, as `lgd new --min-observers` planned coverage; `lgd roster`
    /// re-plans and `lgd check` audits against it (2 when absent). Left out of the file when absent,
    /// so events made before it keep their digest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_observers: Option<u32>,
    /// Participants one observer can rate, as `lgd new --max-per-observer` planned (5 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_per_observer: Option<u32>,
    /// The proposed level when the ratings' mean lies exactly halfway between two levels; absent
    /// means [`MidpointPolicy::Washup`] (no proposal, the wash-up decides). An integration choice
    /// the lead may make after the day: read from the event at consolidation, outside the digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub midpoint: Option<super::MidpointPolicy>,
    /// Whether a level above the target counts only up to the target in JPM (absent: yes; see
    /// `Settings::jpm_capped` and docs/results.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpm_capped: Option<bool>,
    /// The change-agent candidate rule (absent: `ChangeAgentRule::default()`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_agent: Option<ChangeAgentRule>,
    /// The event's time zone: WIB, WITA, WIT or an offset such as +07:00 (absent: WIB).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// The pillars of the motto the groups' missions answer to (absent: Cerdas, Modern, Religius,
    /// Tangerang Selatan's motto).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pillars: Option<Vec<String>>,
}

/// A result category: JPM at or above `min_jpm` (percent) earns this label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Category {
    /// Lowest JPM percent for the category.
    pub min_jpm: f64,
    /// Label.
    pub label: Localized,
}

impl Settings {
    /// The mapping preset used in Indonesian ASN reports: Optimal / Cukup Optimal / Kurang Optimal.
    pub fn mapping_categories() -> Vec<Category> {
        vec![
            Category {
                min_jpm: 90.0,
                label: Localized::new("Optimal", "Optimal"),
            },
            Category {
                min_jpm: 78.0,
                label: Localized::new("Cukup Optimal", "Fairly optimal"),
            },
            Category {
                min_jpm: 0.0,
                label: Localized::new("Kurang Optimal", "Below optimal"),
            },
        ]
    }

    /// The selection preset: Memenuhi Syarat / Masih Memenuhi Syarat / Kurang Memenuhi Syarat.
    pub fn selection_categories() -> Vec<Category> {
        vec![
            Category {
                min_jpm: 80.0,
                label: Localized::new("Memenuhi Syarat", "Meets requirements"),
            },
            Category {
                min_jpm: 68.0,
                label: Localized::new("Masih Memenuhi Syarat", "Still meets requirements"),
            },
            Category {
                min_jpm: 0.0,
                label: Localized::new("Kurang Memenuhi Syarat", "Does not meet requirements"),
            },
        ]
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            half_levels: false,
            duplicate_window_secs: 3,
            nudge_minutes: 5,
            spread_threshold: 2.0,
            categories: Settings::mapping_categories(),
            min_observers: None,
            max_per_observer: None,
            midpoint: None,
            jpm_capped: None,
            change_agent: None,
            time_zone: None,
            pillars: None,
        }
    }
}

impl Event {
    /// The participant with `id`.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// The group with `id`.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The group a participant sits in.
    pub fn group_of(&self, participant: &str) -> Option<&Group> {
        self.groups
            .iter()
            .find(|g| g.seat_of(participant).is_some())
    }

    /// The observer with `id`.
    pub fn observer(&self, id: &str) -> Option<&Observer> {
        self.observers.iter().find(|o| o.id == id)
    }

    /// Observers whose coverage includes `participant`.
    pub fn observers_of<'a>(
        &'a self,
        participant: &'a str,
    ) -> impl Iterator<Item = &'a Observer> + 'a {
        self.observers
            .iter()
            .filter(move |o| o.coverage.iter().any(|p| p == participant))
    }
}
