//! One change to a day file: the unit the journal writes and replays.

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Act, Correction, EvidenceKind, Score, Stamp};

/// Everything an observer can do to a day file; each is one journal line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Change {
    /// A behaviour was coded.
    ActCoded {
        /// The act.
        // Shared (not copied) with the session's and the writer's records it is folded into.
        #[serde(deserialize_with = "super::act_de::shared_act")]
        act: std::sync::Arc<Act>,
    },
    /// An act was taken back (undo); it stays in the file, marked retracted.
    ActRetracted {
        /// Act id.
        id: String,
    },
    /// A retracted act was restored (redo).
    ActRestored {
        /// Act id.
        id: String,
    },
    /// A past act was corrected from the act list: these values replace the act's, and the act
    /// keeps its values as first coded (`original`). Newer versions only.
    ActCorrected {
        /// Act id.
        id: String,
        /// The corrected values.
        #[serde(flatten)]
        fix: Correction,
        /// When the correction was made.
        stamp: Stamp,
    },
    /// A missed act was added afterwards from the act list; the act's own time is when it
    /// happened. Newer versions only.
    ActInserted {
        /// The act.
        act: Box<Act>,
        /// When it was added.
        stamp: Stamp,
    },
    /// Whether an act coded outside a coded phase counts as evidence after all. Newer versions only.
    ActKept {
        /// Act id.
        id: String,
        /// Counts (true) or not.
        kept: bool,
    },
    /// A note was attached to an act (replacing any earlier note).
    ActNoted {
        /// Act id.
        id: String,
        /// The note.
        note: String,
    },
    /// A participant took the floor; any current turn ends at the same moment.
    FloorTaken {
        /// Group id.
        group: String,
        /// Participant id.
        participant: String,
        /// When.
        stamp: Stamp,
    },
    /// Nobody holds the floor any more.
    FloorReleased {
        /// When.
        stamp: Stamp,
    },
    /// The last floor change was taken back (Backspace): a turn just taken is withdrawn and the
    /// turn it cut short runs on; after a silence, the turn it ended runs on. The journal keeps
    /// both lines; newer versions only (older files never hold it).
    FloorUndone {
        /// When the observer took it back.
        stamp: Stamp,
    },
    /// The app was quit: the running turn ended and the running phase paused at this moment, so
    /// nobody is credited with the time the laptop was closed.
    Closed {
        /// When.
        stamp: Stamp,
        /// Who held the floor (their turn ended).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        participant: Option<String>,
        /// The phase that was running (now paused).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        phase: Option<String>,
    },
    /// A phase started (or resumed); a running phase stops at the same moment.
    PhaseStarted {
        /// Phase id.
        phase: String,
        /// When.
        stamp: Stamp,
    },
    /// The running phase was paused.
    PhasePaused {
        /// When.
        stamp: Stamp,
    },
    /// A rating was set, changed, marked not observed or cleared.
    RatingSet {
        /// Participant id.
        participant: String,
        /// Competency code.
        competency: String,
        /// The value.
        score: Score,
        /// Justification.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
        /// Why, when the ratings were already submitted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// An evidence note was added for a participant on a competency.
    EvidenceAdded {
        /// Participant id.
        participant: String,
        /// Competency code.
        competency: String,
        /// Strength, development area or neutral.
        kind: EvidenceKind,
        /// The note.
        text: String,
        /// Why, when the ratings were already submitted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// The group's product text was replaced.
    GroupOutputSet {
        /// Group id.
        group: String,
        /// The full text.
        text: String,
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// A note about the group.
    GroupNoteAdded {
        /// Group id.
        group: String,
        /// The note.
        text: String,
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// A rubric item of the group's product was scored.
    RubricScored {
        /// Group id.
        group: String,
        /// Rubric item id.
        item: String,
        /// Score.
        score: u8,
        /// Note.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
        /// Why, when the ratings were already submitted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// The observer submitted their ratings (again, after a withdrawal); later changes are
    /// post-submission edits.
    RatingsSubmitted {
        /// When.
        at: DateTime<FixedOffset>,
    },
    /// The observer withdrew their submitted ratings to change them freely and submit again;
    /// newer versions only (older files never hold it).
    RatingsWithdrawn {
        /// Why.
        reason: String,
        /// When.
        at: DateTime<FixedOffset>,
    },
}

/// A journal line: a change and its place in the day file's sequence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Entry {
    /// Sequence number, from 1, one per change.
    pub seq: u64,
    /// The change.
    #[serde(flatten)]
    pub change: Change,
}
