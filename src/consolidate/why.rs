//! Why day files do not consolidate together, as data: the sentence, in either language, is
//! `text::problems`. `consolidated.json` keeps the English sentence; the command says it in the
//! user's language.

use crate::model::validate::DayIssue;

/// What a consolidation problem found.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// Some files belong to another event definition than most.
    OtherDefinition {
        /// How many files.
        count: usize,
        /// Their event id.
        event: String,
        /// Their definition (short digest), when it is the same event in another version.
        version: Option<String>,
        /// How many files belong to the reference definition.
        others: usize,
        /// The reference event id.
        reference: String,
        /// The reference definition (short digest).
        reference_version: String,
    },
    /// Some files use another coding scheme than the reference.
    OtherScheme {
        /// How many files.
        count: usize,
        /// The reference scheme id.
        scheme: String,
        /// Its codes, comma-separated.
        codes: String,
        /// Its rated competencies, comma-separated.
        rated: String,
    },
    /// Some files use another competency framework than the reference.
    OtherFramework {
        /// How many files.
        count: usize,
        /// The reference framework id.
        framework: String,
        /// Its competencies and targets.
        targets: String,
    },
    /// Several files for one observer and day.
    Duplicate {
        /// How many files.
        count: usize,
        /// The observer.
        observer: String,
        /// The day.
        date: chrono::NaiveDate,
    },
    /// Day files that no longer fit the event file given.
    NoLongerFit {
        /// How many day files.
        count: usize,
        /// The event file.
        event_file: String,
        /// One of them.
        example: String,
        /// Why that one does not fit.
        departure: Departure,
    },
    /// The event file given is another event or definition than the day files'.
    OtherEventFile {
        /// The event file.
        event_file: String,
        /// Its event id.
        event: String,
        /// Its definition (short digest).
        version: String,
        /// The day files' event id.
        made_from: String,
        /// The day files' definition (short digest).
        made_from_version: String,
    },
    /// An observer rated one cell in two files.
    Conflict {
        /// The observer.
        observer: String,
        /// The participant.
        participant: String,
        /// The competency.
        competency: String,
        /// The file whose rating is used.
        used: String,
    },
    /// Something reading a file found, worded in both languages when it was found.
    Said(crate::model::Localized),
    /// A file in a folder that is not a day file was passed over.
    Skipped {
        /// The file.
        file: String,
        /// What it is.
        what: crate::store::NotADay,
    },
    /// A day file holds impossible values.
    Impossible {
        /// The day file.
        file: String,
        /// Whether they were left out (allowed) or refuse the consolidation.
        left_out: bool,
        /// The values.
        issues: Vec<DayIssue>,
    },
}

/// Why a day file does not fit a later event definition (more than additions changed).
#[derive(Debug, Clone, PartialEq)]
pub enum Departure {
    /// Another event altogether.
    OtherEvent {
        /// The file's event id.
        file: String,
        /// The later definition's event id.
        later: String,
    },
    /// The event's name changed.
    Renamed,
    /// The coding scheme changed.
    Scheme,
    /// The competency framework changed.
    Framework,
    /// The event's settings changed.
    Settings,
    /// The file's observer is no longer in the event.
    ObserverGone(String),
    /// A participant of the file was removed.
    ParticipantRemoved(String),
    /// A participant no longer sits where the file has them.
    Moved {
        /// The participant.
        id: String,
        /// The seat.
        seat: u8,
        /// The group.
        group: String,
    },
}
