//! `consolidated.json`: everything the lead assessor, the HTML report and the workbook need, in one
//! self-describing file. The types here are the file's layout; changing them changes the format.

mod agreement;
mod behaviour;
mod cells;

use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use agreement::{
    Agreement, AlphaSummary, Coefficient, CompetencyAlpha, CompetencyIcc, IccBlock, IccForms,
};
pub use behaviour::{
    Airtime, Alignment, Behaviour, ClockOffset, CodeAgreement, CodeCount, CountAgreement,
    GroupInteractions, Interaction, MatchProcedure, ObservedBehaviour, OffsetSource, PairMatching,
    ParticipantBehaviour,
};
pub use cells::{
    ActNote, Cell, CellEvidence, CellRating, CellStats, Decision, EvidenceItem, FinalSource, Flag,
    LinkedCode, ParticipantResult, RatingStatus, SelfGap, Split,
};

use crate::model::{
    EventAbout, EventStamp, Framework, Group, GroupNote, MidpointPolicy, Observer, OnlineScore,
    Participant, RubricScore, Scheme, Settings, Withdrawal,
};

/// The `format` tag of a consolidated file.
pub const CONSOLIDATED_FORMAT: &str = "lgd-consolidated";
/// The newest consolidated-file version this build reads and writes.
pub const CONSOLIDATED_FORMAT_VERSION: u32 = 1;

/// One event's day files merged: ratings, statistics, behaviour, coverage and the wash-up decisions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Consolidated {
    /// Always `lgd-consolidated`.
    pub format: String,
    /// Version of this layout.
    pub format_version: u32,
    /// The program that wrote it, e.g. `lgd 0.1.0`.
    pub generator: String,
    /// When the day files were consolidated.
    pub generated_at: DateTime<FixedOffset>,
    /// The event the day files belong to (id, name, definition digest).
    pub event: EventStamp,
    /// Organisation, dates, venue, case, lead assessor and team, when the event file was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<EventAbout>,
    /// The competency framework, with level descriptions and targets.
    pub framework: Framework,
    /// The coding scheme.
    pub scheme: Scheme,
    /// The event's settings; `categories` may since have been changed in the wash-up.
    pub settings: Settings,
    /// How this consolidation was run.
    pub options: Options,
    /// The last wash-up journal line folded into this file (0: none yet).
    #[serde(default)]
    pub washup_seq: u64,
    /// Competency codes rated, in column order (the scheme's rated competencies).
    pub competencies: Vec<String>,
    /// Everyone rated or coded, in group and seat order.
    pub participants: Vec<ParticipantInfo>,
    /// The groups with their observers, products and notes.
    pub groups: Vec<GroupInfo>,
    /// The observers whose files were read.
    pub observers: Vec<ObserverInfo>,
    /// One cell per participant x competency, in participant then competency order.
    pub cells: Vec<Cell>,
    /// JPM, result category and self-evaluation gap per participant.
    pub results: Vec<ParticipantResult>,
    /// Agreement of the competency ratings.
    pub agreement: Agreement,
    /// Coded behaviour across observers and its agreement.
    pub behaviour: Behaviour,
    /// Who is not covered well enough, and who has not submitted.
    pub coverage: Coverage,
    /// Online-assessment scores imported into the event, when the event file was given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub online_scores: Vec<OnlineScore>,
    /// Everything found wrong or worth knowing while reading the files.
    pub problems: Vec<Problem>,
}

impl Consolidated {
    /// Each participant by id.
    pub fn participants_by_id(&self) -> std::collections::HashMap<&str, &ParticipantInfo> {
        self.participants
            .iter()
            .map(|p| (p.person.id.as_str(), p))
            .collect()
    }
}

/// The knobs of one consolidation run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Options {
    /// Observer rating range at or above which a cell is flagged.
    pub spread_threshold: f64,
    /// Seconds either side within which two observers' acts may match.
    pub tolerance_s: f64,
    /// Step proposed final levels are rounded to (1, or 0.5 with half levels).
    pub step: f64,
    /// Whether ratings of observers who never submitted count in the statistics.
    pub include_unsubmitted: bool,
    /// Whether files that do not belong together were merged anyway.
    pub allowed_mismatch: bool,
    /// How a mean exactly halfway between two steps was settled; files written before the
    /// policy existed rounded it up.
    #[serde(default = "rounded_up")]
    pub midpoint: MidpointPolicy,
}

fn rounded_up() -> MidpointPolicy {
    MidpointPolicy::HalfUp
}

/// A participant with where they sat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ParticipantInfo {
    /// The participant as the event defines them.
    #[serde(flatten)]
    pub person: Participant,
    /// Group id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Seat number in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<u8>,
}

/// A group, who observed it, and what it produced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GroupInfo {
    /// The group with its seats (not flattened: serde reads flattened maps' number keys as text).
    pub group: Group,
    /// Ids of observers with a day file for this group.
    pub observers: Vec<String>,
    /// The group's product (mission text) and rubric scores, as each observer recorded them.
    pub products: Vec<GroupProduct>,
    /// Free notes about the group, by observer.
    pub notes: Vec<ObserverGroupNote>,
}

/// One observer's record of a group's product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GroupProduct {
    /// Observer id.
    pub observer: String,
    /// The product text as typed; empty when none was.
    pub text: String,
    /// Rubric scores as given before submission (the independent ones, as for ratings); each
    /// keeps its full history, later edits and their reasons included.
    pub rubric: Vec<RubricScore>,
}

/// A group note with who wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ObserverGroupNote {
    /// Observer id.
    pub observer: String,
    /// The note.
    #[serde(flatten)]
    pub note: GroupNote,
}

/// An observer, the files read for them and whether they submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ObserverInfo {
    /// The observer as recorded in their day file.
    #[serde(flatten)]
    pub observer: Observer,
    /// Their day files.
    pub files: Vec<SourceFile>,
    /// Whether every one of their files has its ratings submitted.
    pub submitted: bool,
}

/// One day file that went into the consolidation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SourceFile {
    /// Path as given on the command line (or found in a folder).
    pub path: String,
    /// Event day.
    pub date: NaiveDate,
    /// Group observed.
    pub group: String,
    /// When the ratings counted were submitted (the last submission before the file was read);
    /// absent when they never were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<DateTime<FixedOffset>>,
    /// Withdrawals of submitted ratings, each with its reason and re-submission; one withdrawn
    /// and not submitted again leaves the earlier submission counted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawals: Vec<Withdrawal>,
    /// Last journal sequence number folded in.
    pub last_seq: u64,
    /// Live (not retracted) coded acts.
    pub acts: usize,
    /// Rating cells.
    pub ratings: usize,
    /// The coded phase (the discussion) never started in this file, so no act in it is evidence
    /// unless the observer kept it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub never_coded: bool,
}

/// Coverage shortfalls.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Coverage {
    /// Participants with fewer than two observers who submitted ratings for them.
    pub thin: Vec<ThinCoverage>,
    /// Observers with at least one day file whose ratings were never submitted.
    pub unsubmitted: Vec<String>,
    /// Observers with a day file in which the coded phase (the discussion) never started.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub never_coded: Vec<String>,
}

/// A participant rated by too few observers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ThinCoverage {
    /// Participant id.
    pub participant: String,
    /// Observers whose submitted ratings include this participant.
    pub submitted_by: Vec<String>,
    /// Observers who cover this participant, by their day files.
    pub planned: Vec<String>,
}

/// Something found while consolidating.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Problem {
    /// What kind of problem.
    pub kind: ProblemKind,
    /// Files concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<String>,
    /// One sentence saying what and what to do.
    pub message: String,
    /// What was found, as data, for saying it in the user's language (not kept in the file).
    #[serde(skip)]
    #[schemars(skip)]
    pub why: Option<crate::consolidate::why::Why>,
}

impl Problem {
    /// A problem about `files`; its message is the English sentence for `why`.
    pub fn of(kind: ProblemKind, files: Vec<String>, why: crate::consolidate::why::Why) -> Problem {
        Problem {
            kind,
            files,
            message: crate::text::problems::problem(crate::model::Lang::En, &why),
            why: Some(why),
        }
    }

    /// The sentence in `lang`: from `why` when the problem was found now, else the one kept.
    pub fn say(&self, lang: crate::model::Lang) -> String {
        self.why.as_ref().map_or_else(
            || self.message.clone(),
            |w| crate::text::problems::problem(lang, w),
        )
    }
}

/// Kinds of problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// A file could not be read.
    Unreadable,
    /// Files from different events, definitions, schemes or frameworks.
    Mismatch,
    /// Two files for one observer and day.
    Duplicate,
    /// A non-day file in a folder was passed over.
    Skipped,
    /// Something reading repaired or replayed (journal lines, a backup).
    Recovered,
    /// One observer rated the same cell in two files; the later file's rating is used.
    Conflict,
}

/// The JSON Schema of `consolidated.json`, pretty-printed with a final newline.
pub fn consolidated_schema() -> String {
    // A schema is plain JSON; serializing it into memory cannot fail.
    serde_json::to_string_pretty(&schemars::schema_for!(Consolidated)).unwrap_or_default() + "\n"
}
