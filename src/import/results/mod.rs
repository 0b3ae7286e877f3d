//! Importing results that come from outside the discussion into an event: the participants'
//! self-evaluation (`lgd import self-eval`) and the online assessment (`lgd import online`).
//!
//! Rows are matched to participants by ID, NIP or exact name. A file with rows that match no single
//! participant, or with unusable cells, changes nothing unless unmatched rows may be skipped.

mod cells;
mod forms;
mod identity;
mod online;
mod rows;
mod self_eval;

use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset};

use super::Table;
use super::roster::RowProblem;
use crate::model::validate::Resolver;
use crate::model::{Event, Lang, MergeCount};

pub use cells::{Cell, column_label, column_letter, read_cell};
pub use identity::{ID_FIELD, Matcher, Unmatched, names_people};
pub use online::read_online;
pub use self_eval::{COMPETENCY_FIELD, LEVEL_FIELD, read_self_eval};

/// Why a results file was not imported.
#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    /// No header names participants.
    #[error(
        "no column names the participants (ID / NIP / Nama) in the first rows; the headers found are: {found}"
    )]
    NoParticipantColumn {
        /// The header cells that were there.
        found: String,
    },
    /// A self-evaluation file without competency columns.
    #[error(
        "no competency columns: head each column with a competency code (M.2) or name (Kerja Sama / Teamwork), or give Kompetensi and Level columns; the headers found are: {found}"
    )]
    NoCompetencies {
        /// The header cells that were there.
        found: String,
    },
    /// An online-assessment file with no column of numbers.
    #[error(
        "no column of scores: every column besides the participant's ID, NIP, name and roster details must hold numbers; the headers found are: {found}"
    )]
    NoScores {
        /// The header cells that were there.
        found: String,
    },
    /// `--columns` names a column the file does not have.
    #[error("{0}")]
    NoSuchColumn(String),
    /// The event names a framework that cannot be found.
    #[error("the event's framework {0:?} is neither built in nor defined in the event file")]
    NoFramework(String),
    /// Rows that match no single participant, or unusable cells.
    #[error("{}; nothing was imported", refusal(unmatched, problems))]
    Refused {
        /// Rows whose participant could not be told, with why.
        unmatched: Vec<RowProblem>,
        /// Unusable cells, with row and column.
        problems: Vec<RowProblem>,
    },
    /// Nothing was left to import.
    #[error("the file gives no value to import: every cell is empty or every row was left out")]
    NothingToImport,
}

/// How to import.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Where the values come from, recorded with each one (the file name).
    pub source: String,
    /// When they are imported.
    pub imported_at: DateTime<FixedOffset>,
    /// Import the matched rows and list the others, instead of importing nothing.
    pub skip_unmatched: bool,
    /// A row's NIP decides whose it is when its name names nobody or someone else (`--nip-wins`).
    pub nip_wins: bool,
    /// Online scores: import only these columns (headers as written), instead of every column of
    /// scores that is not a rank, running number or total.
    pub columns: Option<Vec<String>>,
    /// Language of notes and reasons.
    pub lang: Lang,
}

/// A results file as read: values from the usable rows, and everything that is wrong.
#[derive(Debug, Clone)]
pub struct ResultRows<T> {
    /// Values of matched rows without problems, in file order.
    pub values: Vec<T>,
    /// Rows that match no participant, or more than one.
    pub unmatched: Vec<RowProblem>,
    /// Cells that cannot be used (the reason names the column), and rows repeating a participant.
    pub problems: Vec<RowProblem>,
    /// Remarks that are not errors, e.g. columns not imported.
    pub notes: Vec<String>,
    /// What the file gives: competency codes, or score names, in column order.
    pub columns: Vec<String>,
    /// Data rows read.
    pub rows: usize,
}

impl<T> ResultRows<T> {
    fn new(rows: usize) -> Self {
        ResultRows {
            values: Vec::new(),
            unmatched: Vec::new(),
            problems: Vec::new(),
            notes: Vec::new(),
            columns: Vec::new(),
            rows,
        }
    }

    /// The values to import, or why there are none: problems always refuse, unmatched rows
    /// refuse unless `skip_unmatched`.
    pub fn accept(self, skip_unmatched: bool) -> Result<(Vec<T>, ImportReport), ResultsError> {
        if !self.problems.is_empty() || (!self.unmatched.is_empty() && !skip_unmatched) {
            return Err(ResultsError::Refused {
                unmatched: self.unmatched,
                problems: self.problems,
            });
        }
        if self.values.is_empty() {
            return Err(ResultsError::NothingToImport);
        }
        let report = ImportReport {
            rows: self.rows,
            participants: 0,
            count: MergeCount::default(),
            columns: self.columns,
            skipped: self.unmatched,
            notes: self.notes,
            without: Vec::new(),
        };
        Ok((self.values, report))
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    /// Data rows in the file.
    pub rows: usize,
    /// Participants who received values.
    pub participants: usize,
    /// Values added and values that replaced an earlier import.
    pub count: MergeCount,
    /// Competency codes or score names the file gives.
    pub columns: Vec<String>,
    /// Rows left out because they match no single participant (`skip_unmatched`).
    pub skipped: Vec<RowProblem>,
    /// Remarks, e.g. columns that were not imported.
    pub notes: Vec<String>,
    /// Participants ("P07 Budi Santoso") who still have no value of this kind after the import.
    pub without: Vec<String>,
}

/// Reads a self-evaluation table and adds its ratings to `event`, replacing earlier imported ones
/// for the same participant and competency. On error the event is unchanged.
pub fn import_self_eval(
    event: &mut Event,
    table: Table,
    resolver: Resolver<'_>,
    opts: &ImportOptions,
) -> Result<ImportReport, ResultsError> {
    let framework = resolver
        .framework(event)
        .cloned()
        .ok_or_else(|| ResultsError::NoFramework(event.framework.clone()))?;
    let rows = read_self_eval(table, event, &framework, opts)?;
    let (values, mut report) = rows.accept(opts.skip_unmatched)?;
    report.participants = distinct(values.iter().map(|v| v.participant.as_str()));
    report.count = event.merge_self_ratings(values);
    report.without = event
        .participants
        .iter()
        .filter(|p| !event.self_ratings.iter().any(|r| r.participant == p.id))
        .map(|p| format!("{} {}", p.id, p.name))
        .collect();
    Ok(report)
}

/// Reads an online-assessment table and adds its scores to `event`, replacing earlier imported
/// ones for the same participant and score name. On error the event is unchanged.
pub fn import_online(
    event: &mut Event,
    table: Table,
    opts: &ImportOptions,
) -> Result<ImportReport, ResultsError> {
    let rows = read_online(table, event, opts)?;
    let (values, mut report) = rows.accept(opts.skip_unmatched)?;
    report.participants = distinct(values.iter().map(|v| v.participant.as_str()));
    report.count = event.merge_online_scores(values);
    Ok(report)
}

fn refusal(unmatched: &[RowProblem], problems: &[RowProblem]) -> String {
    let rows = distinct_rows(unmatched);
    let bad = distinct_rows(problems);
    let mut parts = Vec::new();
    if rows > 0 {
        parts.push(format!("{rows} row(s) match no single participant"));
    }
    if !problems.is_empty() {
        parts.push(format!(
            "{} value(s) on {bad} row(s) cannot be used",
            problems.len()
        ));
    }
    parts.join(" and ")
}

fn distinct_rows(problems: &[RowProblem]) -> usize {
    problems
        .iter()
        .map(|p| p.row)
        .collect::<BTreeSet<_>>()
        .len()
}

fn distinct<'a>(ids: impl Iterator<Item = &'a str>) -> usize {
    ids.collect::<BTreeSet<_>>().len()
}
