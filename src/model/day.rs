//! A day file's content: one observer's record of one event day, readable on its own.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::grow::push_sparingly;
use super::{
    Act, ActIndex, Change, Entry, EvidenceNote, Framework, Group, GroupNote, Localized, Observer,
    Participant, Rating, RubricScore, Scheme, Settings, Stamp, Turn,
};

/// The `format` tag of a day file.
pub const DAY_FORMAT: &str = "lgd-day";
/// The newest day-file version this build reads and writes.
pub const DAY_FORMAT_VERSION: u32 = 1;

/// The event a day file was made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EventStamp {
    /// Event id.
    pub id: String,
    /// Event name.
    pub name: String,
    /// SHA-256 of the event definition, so files from different definitions are never merged silently.
    pub digest: String,
}

/// One phase as it actually ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PhaseRecord {
    /// Phase id.
    pub id: String,
    /// Name.
    pub name: Localized,
    /// Planned minutes.
    pub planned_minutes: u32,
    /// Whether behaviour is coded in it.
    #[serde(default)]
    pub coded: bool,
    /// Running stretches; pausing closes one, resuming opens the next.
    #[serde(default)]
    pub segments: Vec<Segment>,
}

/// A stretch of time a phase ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Segment {
    /// Start.
    pub start: Stamp,
    /// End; `None` while running.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Stamp>,
}

impl PhaseRecord {
    /// Seconds the phase has run, counting an open stretch up to `now_s`.
    pub fn elapsed_s(&self, now_s: f64) -> f64 {
        self.segments
            .iter()
            .map(|s| (s.end.map_or(now_s, |e| e.elapsed_s) - s.start.elapsed_s).max(0.0))
            .sum()
    }

    /// Whether a stretch is open.
    pub fn running(&self) -> bool {
        self.segments.last().is_some_and(|s| s.end.is_none())
    }
}

/// One observer's record of one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DayRecord {
    /// Always `lgd-day`.
    pub format: String,
    /// Version of the day-file layout.
    pub format_version: u32,
    /// The event it belongs to.
    pub event: EventStamp,
    /// Who recorded it.
    pub observer: Observer,
    /// The event day.
    pub date: NaiveDate,
    /// UTC offset of the laptop's clock, e.g. `+07:00`.
    pub utc_offset: String,
    /// When the session began; `elapsed_s` counts from here.
    pub started_at: DateTime<FixedOffset>,
    /// The group observed.
    pub group: String,
    /// The group's members and everyone this observer covers.
    pub participants: Vec<Participant>,
    /// The group observed, with its seats.
    pub groups: Vec<Group>,
    /// The coding scheme.
    pub scheme: Scheme,
    /// The competency framework.
    pub framework: Framework,
    /// The event's settings.
    pub settings: Settings,
    /// Phases with when they ran.
    pub phases: Vec<PhaseRecord>,
    /// Coded acts, in coding order, retracted ones included.
    // Shared: the writer's copy of the day and the session's hold the same acts (half the
    // memory of a long day), and a change to one copies that act alone. An act inserted from the
    // act list is the exception (each record marks its own copy); insertions are rare.
    #[serde(deserialize_with = "super::act_de::shared_acts")]
    pub acts: Vec<Arc<Act>>,
    /// Speaking turns in order.
    pub turns: Vec<Turn>,
    /// Ratings with their history.
    pub ratings: Vec<Rating>,
    /// Evidence notes per participant and competency.
    pub evidence: Vec<EvidenceNote>,
    /// Free notes about the group.
    pub notes: Vec<GroupNote>,
    /// The group's product text, by group id.
    pub outputs: BTreeMap<String, String>,
    /// Rubric scores of the group's product.
    pub rubric: Vec<RubricScore>,
    /// When the ratings were last submitted (kept while withdrawn: that submission still counts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<DateTime<FixedOffset>>,
    /// Withdrawals of the submitted ratings, each with its reason and re-submission, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawals: Vec<super::Withdrawal>,
    /// What quitting last closed (a turn, a phase) and when; absent in older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<super::turns::ClosedAt>,
    /// The last journal sequence number folded into this record.
    pub last_seq: u64,
    /// Top-level keys this lgd does not know (written by a newer lgd, or added by hand): kept as
    /// they are and written back, so opening and quitting never drops them.
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// A change that does not fit the record (a replayed journal from another file, say).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    /// The change names an act that is not in the record.
    #[error("change {seq} names act {id:?}, which is not in this day file")]
    UnknownAct {
        /// Sequence number.
        seq: u64,
        /// Act id.
        id: String,
    },
    /// The change names a phase that is not in the record.
    #[error("change {seq} names phase {phase:?}, which is not in this day file")]
    UnknownPhase {
        /// Sequence number.
        seq: u64,
        /// Phase id.
        phase: String,
    },
    /// A second act with an id already used.
    #[error("change {seq} codes act {id:?} a second time")]
    DuplicateAct {
        /// Sequence number.
        seq: u64,
        /// Act id.
        id: String,
    },
}

impl DayRecord {
    /// The act with `id`; searched from the end since undo and notes touch recent acts.
    pub fn act_index(&self, id: &str) -> Option<usize> {
        self.acts.iter().rposition(|a| a.id == id)
    }

    /// The group observed.
    pub fn observed_group(&self) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == self.group)
    }

    /// The participant with `id`.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// The rating cell for a participant and competency.
    pub fn rating(&self, participant: &str, competency: &str) -> Option<&Rating> {
        self.ratings
            .iter()
            .find(|r| r.participant == participant && r.competency == competency)
    }

    /// Folds one change into the record; the record is unchanged when it returns an error.
    pub fn apply(&mut self, entry: &Entry) -> Result<(), ApplyError> {
        self.apply_finding(entry, None)
    }

    /// [`DayRecord::apply`] for many changes in a row, as when a journal is replayed: acts are
    /// found through `index` rather than by scanning every act for each change.
    pub fn apply_indexed(&mut self, entry: &Entry, index: &mut ActIndex) -> Result<(), ApplyError> {
        self.apply_finding(entry, Some(index))
    }

    fn find_act(&self, id: &str, index: &mut Option<&mut ActIndex>) -> Option<usize> {
        match index {
            Some(ix) => ix.find(&self.acts, id),
            None => self.act_index(id),
        }
    }

    fn apply_finding(
        &mut self,
        entry: &Entry,
        mut index: Option<&mut ActIndex>,
    ) -> Result<(), ApplyError> {
        let seq = entry.seq;
        let ix = &mut index;
        match &entry.change {
            Change::ActCoded { act } => {
                self.new_id(seq, &act.id, ix)?;
                push_sparingly(&mut self.acts, act.clone());
            }
            Change::ActCorrected { id, fix, .. } => {
                let found = self.find_act(id, ix);
                self.correct(seq, id, fix, found)?;
            }
            Change::ActInserted { act, stamp } => {
                self.new_id(seq, &act.id, ix)?;
                self.insert(act, *stamp);
            }
            Change::ActKept { id, kept } => self.act_mut(seq, id, ix)?.marks.kept = *kept,
            Change::ActRetracted { id } => self.act_mut(seq, id, ix)?.retracted = true,
            Change::ActRestored { id } => self.act_mut(seq, id, ix)?.retracted = false,
            Change::ActNoted { id, note } => {
                let note = note.trim();
                self.act_mut(seq, id, ix)?.note = (!note.is_empty()).then(|| note.to_string());
            }
            Change::FloorTaken {
                group,
                participant,
                stamp,
            } => {
                self.end_turn(*stamp);
                push_sparingly(
                    &mut self.turns,
                    Turn {
                        group: group.clone(),
                        participant: participant.clone(),
                        start: *stamp,
                        end: None,
                    },
                );
            }
            Change::FloorReleased { stamp } => self.end_turn(*stamp),
            Change::FloorUndone { .. } => self.undo_floor(),
            Change::Closed {
                stamp,
                participant,
                phase,
            } => self.close(*stamp, participant, phase),
            Change::PhaseStarted { phase, stamp } => {
                let Some(i) = self.phases.iter().position(|p| &p.id == phase) else {
                    return Err(ApplyError::UnknownPhase {
                        seq,
                        phase: phase.clone(),
                    });
                };
                self.stop_phases(*stamp);
                self.phases[i].segments.push(Segment {
                    start: *stamp,
                    end: None,
                });
            }
            Change::PhasePaused { stamp } => self.stop_phases(*stamp),
            Change::RatingSet {
                participant,
                competency,
                score,
                note,
                reason,
                at,
            } => self.set_rating(participant, competency, *score, note, reason, *at),
            Change::EvidenceAdded {
                participant,
                competency,
                kind,
                text,
                reason,
                at,
            } => self.add_evidence(participant, competency, *kind, text, reason, *at),
            Change::GroupOutputSet { group, text, .. } => {
                self.outputs.insert(group.clone(), text.clone());
            }
            Change::GroupNoteAdded { group, text, at } => self.notes.push(GroupNote {
                group: group.clone(),
                text: text.clone(),
                at: *at,
            }),
            Change::RubricScored {
                group,
                item,
                score,
                note,
                reason,
                at,
            } => self.score_rubric(group, item, *score, note, reason, *at),
            Change::RatingsSubmitted { at } => self.submit(*at),
            Change::RatingsWithdrawn { reason, at } => self.withdraw(*at, reason),
        }
        self.last_seq = self.last_seq.max(seq);
        Ok(())
    }

    fn new_id(
        &self,
        seq: u64,
        id: &str,
        index: &mut Option<&mut ActIndex>,
    ) -> Result<(), ApplyError> {
        match self.find_act(id, index) {
            Some(_) => Err(ApplyError::DuplicateAct {
                seq,
                id: id.to_string(),
            }),
            None => Ok(()),
        }
    }

    fn act_mut(
        &mut self,
        seq: u64,
        id: &str,
        index: &mut Option<&mut ActIndex>,
    ) -> Result<&mut Act, ApplyError> {
        match self.find_act(id, index) {
            Some(i) => Ok(Arc::make_mut(&mut self.acts[i])),
            None => Err(ApplyError::UnknownAct {
                seq,
                id: id.to_string(),
            }),
        }
    }

    pub(super) fn end_turn(&mut self, stamp: Stamp) {
        if let Some(t) = self.turns.last_mut().filter(|t| t.end.is_none()) {
            t.end = Some(stamp);
        }
    }
}
