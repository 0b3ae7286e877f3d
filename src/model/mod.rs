//! The domain model: plain data with invariants. No I/O, no terminal.

mod act;
mod act_de;
mod act_index;
mod amend;
mod begin;
mod change;
mod day;
mod day_ratings;
mod digest;
mod event;
mod framework;
mod group;
pub(crate) mod grow;
mod ids;
mod midpoint;
mod observer;
mod outcome;
mod participant;
mod phase_time;
mod rating;
mod results;
mod scheme;
#[cfg(test)]
mod shared_tests;
mod submission;
mod text;
mod time_de;
mod turns;
pub mod validate;

#[cfg(test)]
pub(crate) use act::coded;
pub use act::{Act, Stamp, Turn};
pub use act_index::ActIndex;
pub use amend::{Correction, Marks, Original};
pub use begin::BeginError;
pub use change::{Change, Entry};
pub use day::{
    ApplyError, DAY_FORMAT, DAY_FORMAT_VERSION, DayRecord, EventStamp, PhaseRecord, Segment,
};
pub use event::{CaseStudy, Category, EVENT_FORMAT, EVENT_FORMAT_VERSION, Event, Phase, Settings};
pub use framework::{Competency, Framework, MAX_LEVEL, MIN_LEVEL};
pub use group::{Group, MAX_SEATS};
pub use ids::{IdError, check_id};
pub use midpoint::MidpointPolicy;
pub use observer::{Observer, Role};
pub use outcome::{
    CHANGE_COMPETENCY, ChangeAgentRule, DEFAULT_TIME_ZONE, EventAbout, Zone, parse_zone,
};
pub use participant::{Gender, NipError, Participant, normalize_nip};
pub use rating::{
    EvidenceKind, EvidenceNote, GroupNote, Rating, RatingEntry, RubricEntry, RubricScore, Score,
};
pub use results::{
    LevelError, MergeCount, OnlineScore, ParticipantResults, SelfRating, participant_results,
};
pub use scheme::{Code, RESERVED_KEYS, RubricItem, Scheme, Valence};
pub use submission::Withdrawal;
pub use text::{Lang, Localized};
pub use turns::ClosedAt;
