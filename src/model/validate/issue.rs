//! What is wrong with a definition, as data: the values found, worded in the user's language by
//! `crate::text::definition`.

use crate::model::{IdError, LevelError, NipError};

/// A kind of value that must be unique within its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unique {
    /// A phase id.
    Phase,
    /// A participant id.
    Participant,
    /// A group id.
    Group,
    /// An observer id.
    Observer,
    /// A participant in one observer's coverage.
    Covered,
    /// A competency code in a framework.
    Competency,
    /// A key bound to a behaviour code.
    Key,
    /// A behaviour code.
    Code,
    /// A rubric item id.
    Rubric,
    /// A self-rating of one participant and competency.
    SelfRating,
    /// An online score of one participant and score name.
    OnlineScore,
}

/// Where a participant missing from the roster was named; each place has its own fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedIn {
    /// A group's seat.
    Seat,
    /// An observer's coverage.
    Coverage,
    /// An imported self-rating or online score.
    Result,
}

/// Where a competency missing from the framework was named; each place has its own fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompetencyIn {
    /// A behaviour code's competencies.
    Code,
    /// The scheme's rated competencies.
    Rated,
    /// An imported self-rating.
    SelfRating,
}

/// One thing wrong with an event, scheme or framework, with the values that say it.
#[derive(Debug, Clone, PartialEq)]
pub enum Issue {
    /// The file's format tag is another program's.
    Format {
        /// The tag found.
        found: String,
    },
    /// Written by a newer lgd.
    NewerVersion {
        /// The version in the file.
        found: u32,
        /// The newest version this lgd reads.
        reads: u32,
    },
    /// An id that cannot be part of a file name.
    Id(IdError),
    /// The same value twice in a list.
    UsedTwice {
        /// What kind of value.
        what: Unique,
        /// The value.
        key: String,
        /// Where it first appeared.
        first: String,
    },
    /// The event has no name.
    EventUnnamed,
    /// A phase planned to last 0 minutes.
    ZeroMinutes,
    /// A setting that must be 1 or more is 0.
    ZeroSetting,
    /// A participant without a name.
    ParticipantUnnamed,
    /// One NIP for two participants.
    NipTwice {
        /// The NIP.
        nip: String,
        /// The index of the participant that has it first.
        first: usize,
    },
    /// A NIP that is not one.
    Nip(NipError),
    /// A seat number outside the table.
    SeatOutside {
        /// The seat.
        seat: u8,
        /// The highest seat.
        max: u8,
    },
    /// A participant id not in the roster.
    NotInRoster {
        /// The id.
        id: String,
        /// Where it was named.
        named_in: NamedIn,
    },
    /// A participant seated in two groups.
    SeatedTwice {
        /// The participant.
        id: String,
        /// The group they were seated in first.
        other: String,
    },
    /// An observer's group that does not exist.
    NoSuchGroup {
        /// The group id.
        group: String,
    },
    /// A scheme neither built in nor in the file.
    UnknownScheme {
        /// The scheme id.
        id: String,
    },
    /// A framework neither built in nor in the file.
    UnknownFramework {
        /// The framework id.
        id: String,
    },
    /// A framework without competencies.
    NoCompetencies,
    /// A competency without a code.
    CompetencyUncoded,
    /// A competency without a name in either language.
    CompetencyUnnamed,
    /// A competency with another number of level descriptions than levels.
    LevelCount {
        /// Descriptions found.
        found: usize,
        /// Descriptions wanted.
        want: usize,
    },
    /// A target level off the scale.
    TargetOutside {
        /// The target.
        target: u8,
    },
    /// A scheme used with another framework than its own.
    SchemeFramework {
        /// The framework the scheme names.
        own: String,
        /// The framework it is used with.
        used: String,
    },
    /// A scheme without codes.
    NoCodes,
    /// A key the app keeps for itself.
    ReservedKey {
        /// The key.
        key: char,
    },
    /// A key that is not a lower-case letter.
    KeyNotLetter {
        /// The key.
        key: char,
    },
    /// A code that is empty.
    EmptyCode,
    /// A code without a label in one language.
    LabelMissing,
    /// A competency the framework does not define.
    NotInFramework {
        /// The competency code.
        code: String,
        /// The framework id.
        framework: String,
        /// Where it was named.
        named_in: CompetencyIn,
    },
    /// A rubric item whose maximum leaves no choice.
    RubricMax {
        /// The maximum.
        max: u8,
    },
    /// An imported level off the scale.
    Level(LevelError),
    /// An online score without a name.
    ScoreUnnamed,
    /// An online score that is not a number.
    NotANumber {
        /// The value.
        value: f64,
    },
    /// A problem its finder already worded in the user's language (`lgd check` of a day file).
    Said {
        /// What is wrong.
        what: String,
        /// How to fix it.
        fix: String,
    },
    /// A scheme file whose framework lgd does not have (checked on its own, outside an event).
    SchemeFrameworkUnknown {
        /// The framework id.
        id: String,
    },
}
