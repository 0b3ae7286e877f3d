//! Results that arrive from outside the discussion: the participants' self-evaluation and the
//! online assessment. They are imported into the event after the day, never typed by observers.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Event, MAX_LEVEL, MIN_LEVEL, Settings};

/// A participant's rating of themselves on one competency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SelfRating {
    /// Participant id.
    pub participant: String,
    /// Competency code, e.g. `M.2`.
    pub competency: String,
    /// The level they gave themselves (1-5; halves when the event allows them).
    pub level: f64,
    /// The file it was imported from.
    pub source: String,
    /// When it was imported.
    pub imported_at: DateTime<FixedOffset>,
}

/// One named score of a participant from the online assessment, e.g. "Tes Potensi" 105.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OnlineScore {
    /// Participant id.
    pub participant: String,
    /// The score's name as the column header gives it (only spacing tidied).
    pub name: String,
    /// The value, on whatever scale the test uses.
    pub value: f64,
    /// The file it was imported from.
    pub source: String,
    /// When it was imported.
    pub imported_at: DateTime<FixedOffset>,
}

/// Why a number is not a level of the rating scale.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum LevelError {
    /// Below 1 or above 5.
    #[error("level {0} is outside {MIN_LEVEL}-{MAX_LEVEL}")]
    OutOfRange(f64),
    /// Between levels: a fraction where the event allows only whole levels (or halves).
    #[error("level {level} is not a whole level{}", if *.half { " or a half (2.5)" } else { "; this event does not allow half levels" })]
    BetweenLevels {
        /// The number given.
        level: f64,
        /// Whether halves are allowed.
        half: bool,
    },
}

impl Settings {
    /// Checks that `level` is on the scale: 1-5, whole, or in halves when `half_levels` is set.
    pub fn check_level(&self, level: f64) -> Result<(), LevelError> {
        if !(f64::from(MIN_LEVEL)..=f64::from(MAX_LEVEL)).contains(&level) {
            return Err(LevelError::OutOfRange(level));
        }
        let steps = if self.half_levels { 2.0 } else { 1.0 };
        if (level * steps).fract() != 0.0 {
            return Err(LevelError::BetweenLevels {
                level,
                half: self.half_levels,
            });
        }
        Ok(())
    }
}

/// How an import changed the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeCount {
    /// Values the event did not have before.
    pub added: usize,
    /// Values that replaced an earlier import for the same participant and competency (or score name).
    pub replaced: usize,
}

/// What has been imported about one participant, for the participant detail and the reports.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParticipantResults {
    /// Self-ratings, in the order they were imported.
    pub self_ratings: Vec<SelfRating>,
    /// Online-assessment scores, in the order they were imported.
    pub online_scores: Vec<OnlineScore>,
}

impl ParticipantResults {
    /// Whether nothing has been imported for the participant.
    pub fn is_empty(&self) -> bool {
        self.self_ratings.is_empty() && self.online_scores.is_empty()
    }
}

/// The self-ratings and online scores imported for `participant` (empty when there are none).
pub fn participant_results(event: &Event, participant: &str) -> ParticipantResults {
    ParticipantResults {
        self_ratings: event
            .self_ratings
            .iter()
            .filter(|r| r.participant == participant)
            .cloned()
            .collect(),
        online_scores: event
            .online_scores
            .iter()
            .filter(|s| s.participant == participant)
            .cloned()
            .collect(),
    }
}

impl Event {
    /// Adds self-ratings; one for a participant and competency the event already has replaces it
    /// in place, so the event keeps one current self-rating per cell.
    pub fn merge_self_ratings(
        &mut self,
        ratings: impl IntoIterator<Item = SelfRating>,
    ) -> MergeCount {
        merge(&mut self.self_ratings, ratings, |a, b| {
            a.participant == b.participant && a.competency == b.competency
        })
    }

    /// Adds online scores; one for a participant and score name the event already has replaces it.
    pub fn merge_online_scores(
        &mut self,
        scores: impl IntoIterator<Item = OnlineScore>,
    ) -> MergeCount {
        merge(&mut self.online_scores, scores, |a, b| {
            a.participant == b.participant && a.name == b.name
        })
    }
}

fn merge<T>(
    into: &mut Vec<T>,
    new: impl IntoIterator<Item = T>,
    same: impl Fn(&T, &T) -> bool,
) -> MergeCount {
    let mut count = MergeCount::default();
    for item in new {
        match into.iter_mut().find(|old| same(old, &item)) {
            Some(old) => {
                *old = item;
                count.replaced += 1;
            }
            None => {
                into.push(item);
                count.added += 1;
            }
        }
    }
    count
}
