//! After the discussion: ratings, evidence notes, the group-product rubric and submission.
//!
//! Every value goes through [`DayRecord::apply`](crate::model::DayRecord::apply) like a coded act, so the
//! record keeps each cell's history and the journal keeps every change. Once the ratings are submitted
//! a change to them needs a reason.

use super::{Notice, Outcome, Session};
use crate::model::{Change, EvidenceKind, Score};

impl Session {
    /// Whether the observer's ratings stand submitted (submitted and not withdrawn).
    pub fn submitted(&self) -> bool {
        self.record.submitted()
    }

    /// The participants this observer rates, as indices: their coverage, else everyone seated in the group.
    pub fn rated_people(&self) -> Vec<usize> {
        let mut covered: Vec<usize> = (0..self.record.participants.len())
            .filter(|&p| self.covers(p))
            .collect();
        if !covered.is_empty() {
            // Seat order, as the observer sees them around the table; the unseated last.
            covered.sort_by_key(|&p| (self.seat_of(p).unwrap_or(u8::MAX), p));
            return covered;
        }
        let mut seated: Vec<(u8, usize)> = self
            .record
            .observed_group()
            .map(|g| {
                g.seats
                    .iter()
                    .filter_map(|(seat, id)| Some((*seat, self.person_index(id)?)))
                    .collect()
            })
            .unwrap_or_default();
        seated.sort_unstable();
        seated.into_iter().map(|(_, p)| p).collect()
    }

    /// Sets a cell. Unchanged values record nothing; after submission a non-blank `reason` is required.
    pub fn set_rating(
        &mut self,
        participant: &str,
        competency: &str,
        score: Score,
        note: &str,
        reason: Option<&str>,
    ) -> Outcome {
        let note = note.trim();
        let current = self.record.rating(participant, competency);
        let unchanged = match current {
            Some(r) => r.score == score && r.note == note,
            None => score == Score::Cleared,
        };
        if unchanged {
            return Outcome::default();
        }
        if let Score::Level { level } = score
            && let Err(e) = self.record.settings.check_level(level)
        {
            return Outcome::notice(Notice::Rejected(e.to_string()));
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if self.submitted() && reason.is_none() {
            return Outcome::notice(Notice::Rejected(
                "ratings were submitted: a change needs a reason".into(),
            ));
        }
        let change = Change::RatingSet {
            participant: participant.to_string(),
            competency: competency.to_string(),
            score,
            note: note.to_string(),
            reason: reason.map(str::to_string),
            at: self.time.now().at,
        };
        self.entry_only(change)
    }

    /// Adds an evidence note on a participant x competency; blank notes are not recorded. Once the
    /// ratings are submitted a note needs a `reason`, as a rating's change does.
    pub fn add_evidence(
        &mut self,
        participant: &str,
        competency: &str,
        kind: EvidenceKind,
        text: &str,
        reason: Option<&str>,
    ) -> Outcome {
        let text = text.trim();
        if text.is_empty() {
            return Outcome::default();
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if self.submitted() && reason.is_none() {
            return Outcome::notice(Notice::Rejected(
                "ratings were submitted: a change needs a reason".into(),
            ));
        }
        let change = Change::EvidenceAdded {
            participant: participant.to_string(),
            competency: competency.to_string(),
            kind,
            text: text.to_string(),
            reason: reason.map(str::to_string),
            at: self.time.now().at,
        };
        self.entry_only(change)
    }

    /// Scores one rubric item of the observed group's product; unchanged values record nothing.
    /// Once the ratings are submitted a change needs a `reason`, as a rating's does.
    pub fn score_rubric(
        &mut self,
        item: &str,
        score: u8,
        note: &str,
        reason: Option<&str>,
    ) -> Outcome {
        let group = self.record.group.clone();
        let note = note.trim();
        let Some(max) = self
            .record
            .scheme
            .rubric
            .iter()
            .find(|r| r.id == item)
            .map(|r| r.max)
        else {
            return Outcome::notice(Notice::Rejected(format!("no rubric item {item:?}")));
        };
        if score == 0 || score > max {
            return Outcome::notice(Notice::Rejected(format!("{item}: 1-{max}")));
        }
        let same = self
            .record
            .rubric
            .iter()
            .any(|r| r.group == group && r.item == item && r.score == score && r.note == note);
        if same {
            return Outcome::default();
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if self.submitted() && reason.is_none() {
            return Outcome::notice(Notice::Rejected(
                "ratings were submitted: a change needs a reason".into(),
            ));
        }
        let change = Change::RubricScored {
            group,
            item: item.to_string(),
            score,
            note: note.to_string(),
            reason: reason.map(str::to_string),
            at: self.time.now().at,
        };
        self.entry_only(change)
    }

    /// Submits the ratings (again, after a withdrawal); they are locked from then on. Submitting
    /// while submitted records nothing.
    pub fn submit_ratings(&mut self) -> Outcome {
        if self.submitted() {
            return Outcome::default();
        }
        let change = Change::RatingsSubmitted {
            at: self.time.now().at,
        };
        self.entry_only(change)
    }

    /// Withdraws the submitted ratings so they can be changed and submitted again; needs a
    /// non-blank `reason`. The earlier submission counts until the next one.
    pub fn withdraw_ratings(&mut self, reason: &str) -> Outcome {
        let reason = reason.trim();
        if !self.submitted() || reason.is_empty() {
            return Outcome::default();
        }
        let change = Change::RatingsWithdrawn {
            reason: reason.to_string(),
            at: self.time.now().at,
        };
        self.entry_only(change)
    }
}
