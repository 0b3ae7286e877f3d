//! Changes that wait for a reason once the ratings are submitted: a rating, a rubric score or an
//! evidence note is kept aside while the observer types why, then recorded with it.

use super::{Cell, ask_reason, say, selected};
use crate::model::{EvidenceKind, Score};
use crate::text::score::S;
use crate::tui::observe::action::Effect;
use crate::tui::observe::app::App;
use crate::tui::observe::update::absorb;

/// A change after submission, waiting for its reason.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// A rating cell.
    Rating {
        /// Participant id.
        participant: String,
        /// Competency code.
        competency: String,
        /// The new value.
        score: Score,
        /// The justification to keep.
        note: String,
    },
    /// A rubric item of the group's product.
    Rubric {
        /// Rubric item id.
        item: String,
        /// The new score.
        score: u8,
        /// The note to keep.
        note: String,
    },
    /// An evidence note on a rating cell.
    Evidence {
        /// Participant id.
        participant: String,
        /// Competency code.
        competency: String,
        /// Strength, development area or neutral.
        kind: EvidenceKind,
        /// The note.
        text: String,
    },
}

/// Enter on the reason prompt: records the waiting change with `reason`; a blank one records nothing.
pub fn finish(app: &mut App, reason: &str) -> Vec<Effect> {
    let Some(p) = app.score.pending.take() else {
        return Vec::new();
    };
    if reason.trim().is_empty() {
        say(app, S::MReasonNeeded);
        return Vec::new();
    }
    let out = match p {
        Pending::Rating {
            participant,
            competency,
            score,
            note,
        } => app
            .session
            .set_rating(&participant, &competency, score, &note, Some(reason)),
        Pending::Rubric { item, score, note } => {
            app.session.score_rubric(&item, score, &note, Some(reason))
        }
        Pending::Evidence {
            participant,
            competency,
            kind,
            text,
        } => app
            .session
            .add_evidence(&participant, &competency, kind, &text, Some(reason)),
    };
    let fx = absorb(app, out);
    if !fx.is_empty() {
        say(app, S::MEditRecorded);
    }
    fx
}

/// Enter on an evidence note: saved at once before submission, after a reason once submitted.
pub fn evidence(app: &mut App, kind: EvidenceKind, text: &str) -> Vec<Effect> {
    let Some(Cell::Rating(p, comp)) = selected(app) else {
        return Vec::new();
    };
    let id = app.session.record().participants[p].id.clone();
    if app.session.submitted() && !text.trim().is_empty() {
        let change = Pending::Evidence {
            participant: id,
            competency: comp,
            kind,
            text: text.to_string(),
        };
        ask_reason(app, change);
        return Vec::new();
    }
    let out = app.session.add_evidence(&id, &comp, kind, text, None);
    let saved = !out.entries.is_empty();
    let fx = absorb(app, out);
    say(
        app,
        if saved {
            S::MEvidenceAdded
        } else {
            S::MNoteEmpty
        },
    );
    fx
}
