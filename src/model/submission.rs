//! Submitting the ratings, withdrawing them with a reason and submitting again: whether the record
//! stands submitted, and which values each submission holds.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::DayRecord;

/// Submitted ratings taken back by the observer, and the re-submission that followed, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Withdrawal {
    /// When the submitted ratings were withdrawn.
    pub at: DateTime<FixedOffset>,
    /// Why.
    pub reason: String,
    /// When they were submitted again; absent while they stay withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resubmitted_at: Option<DateTime<FixedOffset>>,
}

/// Which submission a value was made under: the number of submissions before it. Files from before
/// withdrawals existed carry only the after-submission mark, which means one.
pub(super) fn round(submissions_before: u32, after_submission: bool) -> u32 {
    submissions_before.max(u32::from(after_submission))
}

impl DayRecord {
    /// Whether the ratings stand submitted (submitted and not withdrawn since).
    pub fn submitted(&self) -> bool {
        self.submitted_at.is_some() && !self.withdrawn()
    }

    /// Whether the last submission was withdrawn and not yet made again.
    pub fn withdrawn(&self) -> bool {
        self.withdrawals
            .last()
            .is_some_and(|w| w.resubmitted_at.is_none())
    }

    /// How many times the ratings were submitted; a value made before the last of them counts.
    pub fn submissions(&self) -> u32 {
        let again = self
            .withdrawals
            .iter()
            .filter(|w| w.resubmitted_at.is_some())
            .count();
        u32::from(self.submitted_at.is_some()) + u32::try_from(again).unwrap_or(u32::MAX - 1)
    }

    /// Folds in a submission: the first, or the one after a withdrawal. Submitting while
    /// submitted changes nothing.
    pub(super) fn submit(&mut self, at: DateTime<FixedOffset>) {
        if self.submitted_at.is_none() {
            self.submitted_at = Some(at);
        } else if self.withdrawn() {
            if let Some(w) = self.withdrawals.last_mut() {
                w.resubmitted_at = Some(at);
            }
            self.submitted_at = Some(at);
        }
    }

    /// Folds in a withdrawal; only submitted ratings can be withdrawn.
    pub(super) fn withdraw(&mut self, at: DateTime<FixedOffset>, reason: &str) {
        if self.submitted() {
            self.withdrawals.push(Withdrawal {
                at,
                reason: reason.to_string(),
                resubmitted_at: None,
            });
        }
    }
}
