//! Folding ratings, evidence notes and rubric scores into a day record, each marked with the
//! submission it was made under so consolidation can tell the independent value from later edits.

use chrono::{DateTime, FixedOffset};

use super::{
    DayRecord, EvidenceKind, EvidenceNote, Rating, RatingEntry, RubricEntry, RubricScore, Score,
};

impl DayRecord {
    pub(super) fn set_rating(
        &mut self,
        participant: &str,
        competency: &str,
        score: Score,
        note: &str,
        reason: &Option<String>,
        at: DateTime<FixedOffset>,
    ) {
        let entry = RatingEntry {
            score,
            note: note.to_string(),
            at,
            reason: reason.clone(),
            after_submission: self.submitted(),
            submissions_before: self.submissions(),
        };
        match self
            .ratings
            .iter_mut()
            .find(|r| r.participant == participant && r.competency == competency)
        {
            Some(r) => {
                r.score = score;
                r.note = note.to_string();
                r.at = at;
                r.history.push(entry);
            }
            None => self.ratings.push(Rating {
                participant: participant.to_string(),
                competency: competency.to_string(),
                score,
                note: note.to_string(),
                at,
                history: vec![entry],
            }),
        }
    }

    pub(super) fn add_evidence(
        &mut self,
        participant: &str,
        competency: &str,
        kind: EvidenceKind,
        text: &str,
        reason: &Option<String>,
        at: DateTime<FixedOffset>,
    ) {
        self.evidence.push(EvidenceNote {
            participant: participant.to_string(),
            competency: competency.to_string(),
            kind,
            text: text.to_string(),
            at,
            reason: reason.clone(),
            after_submission: self.submitted(),
        });
    }

    pub(super) fn score_rubric(
        &mut self,
        group: &str,
        item: &str,
        score: u8,
        note: &str,
        reason: &Option<String>,
        at: DateTime<FixedOffset>,
    ) {
        let entry = RubricEntry {
            score,
            note: note.to_string(),
            at,
            reason: reason.clone(),
            after_submission: self.submitted(),
            submissions_before: self.submissions(),
        };
        match self
            .rubric
            .iter_mut()
            .find(|r| r.group == group && r.item == item)
        {
            Some(r) => {
                r.score = score;
                r.note = note.to_string();
                r.at = at;
                r.history.push(entry);
            }
            None => self.rubric.push(RubricScore {
                group: group.to_string(),
                item: item.to_string(),
                score,
                note: note.to_string(),
                at,
                history: vec![entry],
            }),
        }
    }
}
