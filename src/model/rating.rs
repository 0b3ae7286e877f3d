//! Ratings on competencies, evidence notes and the group-product rubric.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A rating an observer gives on one competency.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Score {
    /// A level on the 1-5 scale (halves when the event allows them).
    Level {
        /// The level.
        level: f64,
    },
    /// The competency was not observed for this participant.
    NotObserved,
    /// The rating was taken back; the cell is empty again.
    Cleared,
}

impl Score {
    /// The level, if this is one.
    pub fn level(self) -> Option<f64> {
        match self {
            Score::Level { level } => Some(level),
            _ => None,
        }
    }
}

/// The current rating of one participant on one competency, with every earlier value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Rating {
    /// Participant id.
    pub participant: String,
    /// Competency code.
    pub competency: String,
    /// The current value.
    pub score: Score,
    /// Justification for the current value.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the current value was set.
    pub at: DateTime<FixedOffset>,
    /// Every value this cell has had, oldest first, including the current one.
    pub history: Vec<RatingEntry>,
}

/// One value a rating cell has had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RatingEntry {
    /// The value.
    pub score: Score,
    /// Justification.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was set.
    pub at: DateTime<FixedOffset>,
    /// Why it changed after the ratings were submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Set while the ratings stood submitted: not part of the independent rating.
    #[serde(default)]
    pub after_submission: bool,
    /// How many submissions came before it; a value counts in the last submission made after it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub submissions_before: u32,
}

impl RatingEntry {
    /// Whether this value was made before the `submissions`-th submission, so it can be the one
    /// that submission holds.
    pub fn before_submission(&self, submissions: u32) -> bool {
        super::submission::round(self.submissions_before, self.after_submission) < submissions
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// How an evidence note bears on a competency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A strength (+).
    Strength,
    /// A development area (-).
    Development,
    /// Neutral context (0).
    Neutral,
}

impl EvidenceKind {
    /// `+`, `-` or `0`.
    pub fn sign(self) -> &'static str {
        match self {
            EvidenceKind::Strength => "+",
            EvidenceKind::Development => "-",
            EvidenceKind::Neutral => "0",
        }
    }
}

/// A note about a participant on a competency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EvidenceNote {
    /// Participant id.
    pub participant: String,
    /// Competency code.
    pub competency: String,
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

/// A free note about a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GroupNote {
    /// Group id.
    pub group: String,
    /// The note.
    pub text: String,
    /// When it was written.
    pub at: DateTime<FixedOffset>,
}

/// A score on one rubric item for a group's product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RubricScore {
    /// Group id.
    pub group: String,
    /// Rubric item id.
    pub item: String,
    /// Score from 1 to the item's max.
    pub score: u8,
    /// Note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was given.
    pub at: DateTime<FixedOffset>,
    /// Every score this item has had, oldest first, including the current one, so a change after
    /// submission never hides the independent score (empty in files from before it was kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<RubricEntry>,
}

impl RubricScore {
    /// The score as the last of `submissions` submissions held it (the independent one), with its
    /// full history; the current score when nothing was changed after it or no history was kept.
    pub fn independent(&self, submissions: u32) -> RubricScore {
        let mut out = self.clone();
        if self
            .history
            .iter()
            .any(|e| !e.before_submission(submissions))
            && let Some(e) = self
                .history
                .iter()
                .rfind(|e| e.before_submission(submissions))
        {
            out.score = e.score;
            out.note = e.note.clone();
            out.at = e.at;
        }
        out
    }
}

/// One score a rubric item has had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RubricEntry {
    /// Score from 1 to the item's max.
    pub score: u8,
    /// Note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was given.
    pub at: DateTime<FixedOffset>,
    /// Why it changed after the ratings were submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Given while the ratings stood submitted: not part of the independent scoring.
    #[serde(default)]
    pub after_submission: bool,
    /// How many submissions came before it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub submissions_before: u32,
}

impl RubricEntry {
    /// Whether this score was given before the `submissions`-th submission.
    pub fn before_submission(&self, submissions: u32) -> bool {
        super::submission::round(self.submissions_before, self.after_submission) < submissions
    }
}
