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
        let is = |r: &Rating| r.participant == participant && r.competency == competency;
        let r = cell(&mut self.ratings, is, || Rating {
            participant: participant.to_string(),
            competency: competency.to_string(),
            score,
            note: String::new(),
            at,
            history: Vec::new(),
        });
        (r.score, r.note, r.at) = (score, note.to_string(), at);
        r.history.push(entry);
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
        let is = |r: &RubricScore| r.group == group && r.item == item;
        let r = cell(&mut self.rubric, is, || RubricScore {
            group: group.to_string(),
            item: item.to_string(),
            score,
            note: String::new(),
            at,
            history: Vec::new(),
        });
        (r.score, r.note, r.at) = (score, note.to_string(), at);
        r.history.push(entry);
    }
}

/// The cell `is` picks, or else a new one from `new`, added at the end; a rating or rubric cell
/// then takes its new value the same way either way.
fn cell<C>(cells: &mut Vec<C>, is: impl Fn(&C) -> bool, new: impl FnOnce() -> C) -> &mut C {
    let i = match cells.iter().position(is) {
        Some(i) => i,
        None => {
            cells.push(new());
            cells.len() - 1
        }
    };
    &mut cells[i]
}
