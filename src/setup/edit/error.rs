//! Why a roster edit is refused, each reason saying what to do instead.

use crate::model::validate::Problem;
use crate::model::{IdError, MAX_SEATS, NipError};

use super::super::GroupingError;

/// A refused edit; the event is left as it was.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    /// No participant with this id.
    #[error("participant {0:?} is not in the event; choose someone from the roster")]
    UnknownParticipant(String),
    /// No group with this id.
    #[error("group {0:?} is not in the event; choose one of its groups")]
    UnknownGroup(String),
    /// A seat number outside 1-12.
    #[error("seat {0} does not exist; choose a seat from 1 to {MAX_SEATS}")]
    NoSuchSeat(u8),
    /// Someone else sits there.
    #[error(
        "seat {seat} of {group} is taken by {id} {name}; choose a free seat{}",
        if *can_swap { ", or swap the two" } else { "" }
    )]
    SeatTaken {
        /// Group name.
        group: String,
        /// Seat number.
        seat: u8,
        /// Who sits there: id.
        id: String,
        /// Who sits there: name.
        name: String,
        /// Whether the one moving has a seat to swap (someone without a seat has none).
        can_swap: bool,
    },
    /// Every seat of the group is taken.
    #[error("{0} has all {MAX_SEATS} seats taken; move someone out of it first")]
    GroupFull(String),
    /// Every seat of every group is taken: nobody can be added.
    #[error(
        "every group has all {MAX_SEATS} seats taken; remove someone before adding, or form more groups with lgd new"
    )]
    AllGroupsFull,
    /// Swapping or re-seating needs someone who has a seat.
    #[error("{0} has no seat yet; move them into a group instead")]
    NotSeated(String),
    /// The edit would leave the event as it is.
    #[error("that changes nothing")]
    NoChange,
    /// A participant without a name.
    #[error("a participant needs a name; type the full name with titles")]
    EmptyName,
    /// A NIP that is not 18 digits starting with a birth date.
    #[error("{0}; correct it or leave the NIP empty")]
    Nip(NipError),
    /// Another participant has this NIP.
    #[error("NIP {nip} is already {id} {name}'s; one NIP per person")]
    NipTaken {
        /// The NIP.
        nip: String,
        /// Its holder: id.
        id: String,
        /// Its holder: name.
        name: String,
    },
    /// A gender that is neither L nor P.
    #[error(
        "gender {0:?} is neither L nor P; type L (laki-laki) or P (perempuan), or leave it empty"
    )]
    Gender(String),
    /// An extra attribute without a name.
    #[error("an extra attribute needs a name; write it as name: value")]
    EmptyExtraName,
    /// A participant id already used.
    #[error("participant id {0:?} is already used; leave the id empty to get the next free one")]
    IdTaken(String),
    /// A participant id that cannot be used in file names.
    #[error("participant id {id:?}: {source}")]
    BadId {
        /// The id.
        id: String,
        /// Why.
        source: IdError,
    },
    /// Re-balancing an event without groups.
    #[error("the event has no groups to balance; form them with lgd new --groups N")]
    NoGroups,
    /// A fewest-moves re-balance has nothing to do: sizes differ by at most one and no single
    /// move or swap lowers the units sharing a group avoidably (`avoidable` of them; 0 when the
    /// groups are balanced in every way).
    #[error("{}", balanced(*avoidable))]
    Balanced {
        /// Units sharing a group avoidably that stay so.
        avoidable: usize,
    },
    /// The groups cannot be formed.
    #[error(transparent)]
    Grouping(#[from] GroupingError),
    /// A date that is not YYYY-MM-DD (or DD-MM-YYYY).
    #[error("{0:?} is not a date; write days as YYYY-MM-DD separated by commas")]
    Date(String),
    /// A time zone lgd does not know.
    #[error(
        "time zone {0:?} is unknown; write WIB, WITA, WIT or an offset such as +07:00, or leave it empty for WIB"
    )]
    TimeZone(String),
    /// The result breaks a rule of event files (a safety net: the checks above come first).
    #[error("the change would make the event invalid: {}{}", .0.first().map(ToString::to_string).unwrap_or_default(), if .0.len() > 1 { format!(" (and {} more)", .0.len() - 1) } else { String::new() })]
    Invalid(Vec<Problem>),
}

fn balanced(avoidable: usize) -> String {
    if avoidable == 0 {
        "the groups are balanced already (sizes differ by at most 1, no unit shares a group avoidably): nothing to do".into()
    } else {
        format!(
            "sizes differ by at most 1 already and no single move or swap separates the {avoidable} unit(s) sharing a group avoidably: nothing to do with fewest moves; a new arrangement (re-balance with a seed) can separate them"
        )
    }
}
