//! The one contract of every command: `Result<ExitCode, CliError>`, and the exit codes it maps to.
//!
//! A command returns the typed reason it stopped; [`super::finish`] renders it in the user's
//! language through `text::errors` and picks the exit code here, so no command prints its own
//! failure or chooses its own code.

use std::path::PathBuf;
use std::process::ExitCode;

use super::output::StdoutError;
use crate::consolidate::washup::WashupError;
use crate::consolidate::{ConsolidateError, FileError};
use crate::export::WriteError;
use crate::import::ImportError;
use crate::import::results::ResultsError;
use crate::import::roster::RosterError;
use crate::load::LoadError;
use crate::model::IdError;
use crate::rehearsal::RehearsalError;
use crate::reliability::AgreementError;
use crate::report::ReportError;
use crate::setup::{GroupingError, LockError, SaveError};
use crate::store::StoreError;

/// Everything went as asked.
pub const OK: u8 = 0;
/// Problems found in the files or values given (what `lgd check` reports, a refused import, a
/// row or column that cannot be used, an event being edited elsewhere); nothing was changed.
pub const PROBLEMS: u8 = 1;
/// The command line itself is wrong (unknown option, missing argument); clap exits with it.
// Never returned here (clap exits on its own), listed so the codes stand together.
#[allow(dead_code)]
pub const USAGE: u8 = 2;
/// lgd could not finish: the disk, the terminal or standard output failed.
pub const FAILURE: u8 = 3;

/// Why a command stopped.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Standard output went away or could not be written.
    #[error("cannot write to standard output: {}", .0.0)]
    Stdout(StdoutError),
    /// A file lgd reads (event, day, scheme, consolidated) could not be read.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// An office file (CSV, XLSX, XLS, ODS) could not be read.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// The roster has no usable name column.
    #[error(transparent)]
    Roster(#[from] RosterError),
    /// Imported results were refused.
    #[error(transparent)]
    Results(#[from] ResultsError),
    /// The event file could not be written.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The event file is being edited elsewhere.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// The store (data folder, day file, lock) refused.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The wash-up could not open.
    #[error(transparent)]
    Washup(#[from] WashupError),
    /// `consolidated.json` could not be read or written.
    #[error(transparent)]
    File(#[from] FileError),
    /// The day files could not be consolidated.
    #[error(transparent)]
    Consolidate(#[from] ConsolidateError),
    /// Groups could not be formed.
    #[error(transparent)]
    Grouping(#[from] GroupingError),
    /// An id given on the command line cannot be used.
    #[error("--id: {0}")]
    Id(#[from] IdError),
    /// The agreement statistics refused the table.
    #[error(transparent)]
    Agreement(#[from] AgreementError),
    /// The report could not be written.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// An export could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// The rehearsal day could not be simulated.
    #[error(transparent)]
    Rehearsal(#[from] RehearsalError),
    /// An output would have replaced a record or another file.
    #[error(transparent)]
    Output(#[from] crate::output::OutputRefusal),
    /// The command's own refusal.
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// The disk failed outside the library (a folder or file the command writes itself).
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The terminal failed while an app ran; what was saved is in `saved_in`.
    #[error("terminal error: {source}; changes saved so far are in {saved_in}")]
    Terminal {
        /// The terminal's error.
        source: std::io::Error,
        /// Where the saved work is.
        saved_in: Saved,
    },
    /// The app closed but not everything could be saved: the app's warnings, already in the
    /// user's language.
    #[error("{}", .0.join("\n"))]
    Unsaved(Vec<String>),
}

/// Where the work of a terminal app that failed is kept.
#[derive(Debug)]
pub enum Saved {
    /// A day file or an event file.
    File(PathBuf),
    /// The wash-up journal beside consolidated.json.
    WashupJournal,
}

impl std::fmt::Display for Saved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Saved::File(p) => write!(f, "{}", crate::text::path(p)),
            Saved::WashupJournal => f.write_str("the wash-up journal"),
        }
    }
}

/// The reasons a command refuses that are its own, not a library's.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// A terminal app was started without a terminal.
    #[error("needs an interactive terminal (run it directly, not through a pipe)")]
    NeedsTerminal,
    /// The file given is some other lgd file.
    #[error("{} is not an event file (its format is not \"lgd-event\")", .0.display())]
    NotAnEvent(PathBuf),
    /// `--scheme` names something other than a coding scheme.
    #[error("{}: not a coding scheme", .0.display())]
    NotAScheme(PathBuf),
    /// The event does not validate.
    #[error("the event {event:?} has {count} problem(s)")]
    EventProblems {
        /// Event id.
        event: String,
        /// How many (listed before).
        count: usize,
    },
    /// The observer is not in the event.
    #[error("observer {observer:?} is not in event {event:?}; its observers are: {known}")]
    UnknownObserver {
        /// Observer id.
        observer: String,
        /// Event id.
        event: String,
        /// The event's observers, comma-separated.
        known: String,
    },
    /// The group is not in the event.
    #[error("group {group:?} is not in the event; its groups are: {known}")]
    UnknownGroup {
        /// Group id.
        group: String,
        /// The event's groups, comma-separated.
        known: String,
    },
    /// Rows of a roster or observer list have problems and `--skip-bad-rows` was not given.
    #[error(
        "{rows} {what} row(s) have problems (listed above); correct them, or pass --skip-bad-rows to leave them out"
    )]
    BadRows {
        /// Which list.
        what: RowList,
        /// How many rows.
        rows: usize,
    },
    /// The roster gave no participant.
    #[error("the roster has no usable participant")]
    NoParticipants,
    /// Coverage targets cannot be met with the observers there are.
    #[error(
        "coverage targets not met ({min} observers per participant, at most {max} each): {missing} more observer(s) needed in all; add them to the observer list, or lower --min-observers or raise --max-per-observer"
    )]
    Coverage {
        /// Observers each participant needs.
        min: usize,
        /// Participants an observer can rate.
        max: usize,
        /// Observers missing in all.
        missing: usize,
    },
    /// The event built or changed would not validate.
    #[error("the event would have {0} problem(s)")]
    WouldHaveProblems(usize),
    /// Some day files given to an export cannot be used.
    #[error("nothing written; these files could not be used:\n  {}", .0.join("\n  "))]
    UnusableDays(Vec<String>),
    /// No day file among the paths of an export.
    #[error("no day files found; name day files (*.json) or folders holding them")]
    NoDayFiles,
    /// `lgd roster` on an event that does not validate.
    #[error(
        "{} has {count} problem(s), listed above; lgd roster edits only a valid event: correct them in the file first",
        crate::text::path(path)
    )]
    InvalidForRoster {
        /// The event file.
        path: PathBuf,
        /// How many problems.
        count: usize,
    },
    /// `lgd roster` on an event without groups.
    #[error("{} has no groups; lgd roster edits the groups of an event: form them with lgd new (--groups N, or a Kelompok column in the roster)", .0.display())]
    NoGroups(PathBuf),
    /// The wash-up has nobody to decide.
    #[error("no lead observer among the day files; name who decides with --lead ID")]
    NoLead,
    /// A rehearsal would replace a file.
    #[error("{} already exists; nothing was written. Choose an empty folder or remove the earlier rehearsal.", .0.display())]
    RehearsalExists(PathBuf),
    /// The built-in demo event has no date (a broken build).
    #[error("the demo event has no date")]
    DemoUndated,
    /// Folding the wash-up journal into a new consolidation failed.
    #[error("{0}; nothing written, so no decision is lost")]
    WashupReplay(Box<StoreError>),
    /// A value could not be turned into JSON (a defect).
    #[error("cannot encode JSON: {0}")]
    Json(String),
}

/// The lists of rows `lgd new` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowList {
    /// The participant roster.
    Roster,
    /// The observer list.
    Observers,
}

impl std::fmt::Display for RowList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            RowList::Roster => "roster",
            RowList::Observers => "observer",
        })
    }
}

impl From<StdoutError> for CliError {
    fn from(e: StdoutError) -> CliError {
        CliError::Stdout(e)
    }
}

impl CliError {
    /// The exit code: [`FAILURE`] when the machine failed, [`PROBLEMS`] when the input did.
    pub fn exit_code(&self) -> ExitCode {
        let io_failed = |e: &std::io::Error| e.kind() != std::io::ErrorKind::NotFound;
        let failed = match self {
            CliError::Stdout(_)
            | CliError::Terminal { .. }
            | CliError::Unsaved(_)
            | CliError::Report(_)
            | CliError::Write(_) => true,
            CliError::Io { source, .. } => io_failed(source),
            CliError::Save(SaveError::Io { source, .. }) => io_failed(source),
            CliError::Store(StoreError::Io { source, .. }) => io_failed(source),
            CliError::Store(
                StoreError::NotSaved { .. } | StoreError::Timeout { .. } | StoreError::WriterGone,
            ) => true,
            CliError::Lock(LockError::Io(StoreError::Io { source, .. })) => io_failed(source),
            CliError::Washup(WashupError::Thread(_)) => true,
            CliError::Refused(Refusal::DemoUndated | Refusal::Json(_)) => true,
            _ => false,
        };
        ExitCode::from(if failed { FAILURE } else { PROBLEMS })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_input_s_problems_and_the_machine_s_failures_exit_differently() {
        let io = |kind| CliError::Io {
            path: "x".into(),
            source: std::io::Error::from(kind),
        };
        let problems = ExitCode::from(PROBLEMS);
        let failure = ExitCode::from(FAILURE);
        assert_eq!(io(std::io::ErrorKind::NotFound).exit_code(), problems);
        assert_eq!(io(std::io::ErrorKind::StorageFull).exit_code(), failure);
        assert_eq!(CliError::from(Refusal::NoLead).exit_code(), problems);
        let gone = StdoutError(std::io::Error::from(std::io::ErrorKind::StorageFull));
        assert_eq!(CliError::from(gone).exit_code(), failure);
        assert_eq!(CliError::Unsaved(vec!["x".into()]).exit_code(), failure);
    }
}
