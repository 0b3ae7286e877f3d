//! `lgd import self-eval|online EVENT_FILE FILE`: add results from outside the discussion to an event.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::SubsecRound;
use clap::Subcommand;

use super::output::{StdoutError, Stop, outln};
use crate::catalog::Catalog;
use crate::clock::{Clock, SystemClock};
use crate::import::read_table;
use crate::import::results::{
    ImportOptions, ImportReport, ResultsError, import_online, import_self_eval,
};
use crate::load::{Document, LoadError, read_document_noting_ignored};
use crate::model::Event;
use crate::model::validate::validate_event;
use crate::setup::{EventLock, save_event};
use crate::text::import::without_self_eval;

/// Arguments of `lgd import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// What to import.
    #[command(subcommand)]
    pub what: ImportCommand,
}

/// The kinds of results that can be imported.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Add the participants' self-ratings (levels 1-5 per competency) to an event.
    #[command(name = "self-eval")]
    SelfEval(ResultsArgs),
    /// Add online-assessment scores (every column of numbers is a named score) to an event.
    Online(ResultsArgs),
}

/// Arguments shared by both imports.
#[derive(Debug, clap::Args)]
pub struct ResultsArgs {
    /// Event file to add the results to; it is rewritten in place, atomically.
    pub event: PathBuf,
    /// The results file: CSV/text, XLSX, XLS or ODS.
    pub file: PathBuf,
    /// Sheet of the workbook to read (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// Import the rows that match a participant and list the others, instead of importing nothing.
    #[arg(long)]
    pub skip_unmatched: bool,
    /// Check the file and report what would be imported, without writing the event.
    #[arg(long)]
    pub dry_run: bool,
    /// When a row's NIP names a participant but its name names nobody or someone else, the NIP
    /// decides (by default such a row is refused).
    #[arg(long)]
    pub nip_wins: bool,
    /// Online scores: the columns to import, by header, comma-separated ("Tes Potensi,Kepribadian");
    /// by default every column of scores except ranks, running numbers and totals.
    #[arg(long, value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
}

/// Runs `lgd import`.
pub fn run(args: &ImportArgs) -> Result<ExitCode, StdoutError> {
    let (name, kind, r) = match &args.what {
        ImportCommand::SelfEval(r) => ("self-eval", Kind::SelfEval, r),
        ImportCommand::Online(r) => ("online", Kind::Online, r),
    };
    match import(kind, r) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(Stop::Stdout(e)) => Err(e),
        Err(Stop::Failed(e)) => {
            eprintln!("lgd import {name}: {e}");
            eprintln!("lgd import {name}: the event file was not changed");
            Ok(ExitCode::FAILURE)
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    SelfEval,
    Online,
}

fn import(kind: Kind, args: &ResultsArgs) -> Result<(), Stop> {
    // Held from reading to writing, so an open `lgd roster` cannot overwrite the import (or the
    // import the roster's edits) with its older copy of the event.
    let _lock = if args.dry_run {
        None
    } else {
        Some(EventLock::take(&args.event).map_err(|e| e.to_string())?)
    };
    let mut event = read_event(&args.event, args.dry_run)?;
    let table = read_table(&args.file, args.sheet.as_deref()).map_err(|e| e.to_string())?;
    outln!(
        "read {} ({}): {} data rows",
        args.file.display(),
        table.source,
        table.rows.len()
    )?;
    let opts = ImportOptions {
        source: args.file.file_name().map_or_else(
            || args.file.display().to_string(),
            |n| n.to_string_lossy().into(),
        ),
        imported_at: SystemClock::default().now().trunc_subsecs(0),
        skip_unmatched: args.skip_unmatched,
        nip_wins: args.nip_wins,
        columns: args.columns.clone(),
        lang: super::launch::locale_lang(),
    };
    let resolver = Catalog::builtin().resolver();
    let imported = match kind {
        Kind::SelfEval => import_self_eval(&mut event, table, resolver, &opts),
        Kind::Online => import_online(&mut event, table, &opts),
    };
    let report = imported.map_err(explain)?;
    for note in &report.notes {
        outln!("note: {note}")?;
    }
    for row in &report.skipped {
        eprintln!("  skipped {row}");
    }
    if !report.skipped.is_empty() {
        eprintln!(
            "warning: {} row(s) match no single participant and were left out (listed above)",
            report.skipped.len()
        );
    }
    let problems = validate_event(&event, resolver);
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("  - {p}");
        }
        return Err(format!(
            "the event would have {} problem(s); run lgd check on it",
            problems.len()
        )
        .into());
    }
    outln!("{}", summary(kind, &report))?;
    if matches!(kind, Kind::SelfEval) && !report.without.is_empty() {
        let who = report.without.join(", ");
        let lang = super::launch::locale_lang();
        outln!("{}", without_self_eval(lang, report.without.len(), &who))?;
    }
    if args.dry_run {
        preview(&event, &opts)?;
        outln!("dry run: {} was not changed", args.event.display())?;
        return Ok(());
    }
    save_event(&args.event, &event, true).map_err(|e| e.to_string())?;
    outln!("wrote {}", args.event.display())?;
    Ok(())
}

/// The event; one with keys lgd does not read is refused, since writing it back would lose them
/// (a dry run only warns).
fn read_event(path: &Path, dry_run: bool) -> Result<Event, Stop> {
    let (document, ignored) = read_document_noting_ignored(path).map_err(|e| e.to_string())?;
    let Document::Event(event) = document else {
        return Err(format!("{}: not an event file", path.display()).into());
    };
    if !ignored.is_empty() {
        let e = LoadError::UnknownKeys {
            file: path.display().to_string(),
            keys: ignored,
        };
        if !dry_run {
            return Err(e.to_string().into());
        }
        eprintln!("warning: {e}");
    }
    Ok(*event)
}

/// Lists every unmatched row and bad cell, and says how to go on.
fn explain(e: ResultsError) -> String {
    let ResultsError::Refused {
        unmatched,
        problems,
    } = &e
    else {
        return e.to_string();
    };
    if !unmatched.is_empty() {
        eprintln!("rows that match no single participant:");
        for p in unmatched {
            eprintln!("  {p}");
        }
    }
    if !problems.is_empty() {
        eprintln!("cells that cannot be used:");
        for p in problems {
            eprintln!("  {p}");
        }
    }
    // With --skip-unmatched, unmatched rows alone do not refuse, so only bad cells are left.
    let advice = if !problems.is_empty() {
        "correct the file and import it again"
    } else {
        "correct the rows (IDs, NIPs or names exactly as in the event), or pass --skip-unmatched to import the other rows and leave these out"
    };
    format!("{e}; {advice}")
}

fn summary(kind: Kind, r: &ImportReport) -> String {
    let what = match kind {
        Kind::SelfEval => "self-ratings",
        Kind::Online => "online scores",
    };
    let total = r.count.added + r.count.replaced;
    format!(
        "{total} {what} for {} participant(s) ({}): {} new, {} replaced earlier imported values",
        r.participants,
        r.columns.join(", "),
        r.count.added,
        r.count.replaced
    )
}

/// The first participants' values as they would be imported, so the lead can see that the chosen
/// columns are the right ones before writing (`--dry-run`).
fn preview(event: &Event, opts: &ImportOptions) -> Result<(), Stop> {
    const SHOWN: usize = 5;
    let fresh = |source: &str, at| source == opts.source && at == opts.imported_at;
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    let values = event
        .online_scores
        .iter()
        .filter(|s| fresh(&s.source, s.imported_at))
        .map(|s| (&s.participant, format!("{} {}", s.name, s.value)))
        .chain(
            event
                .self_ratings
                .iter()
                .filter(|r| fresh(&r.source, r.imported_at))
                .map(|r| (&r.participant, format!("{} {}", r.competency, r.level))),
        );
    for (participant, value) in values {
        let shown = lines.len();
        match lines.iter_mut().find(|(p, _)| p == participant) {
            Some((_, v)) => v.push(value),
            None if shown < SHOWN => lines.push((participant.clone(), vec![value])),
            None => {}
        }
    }
    for (participant, values) in lines {
        let name = event
            .participants
            .iter()
            .find(|p| p.id == participant)
            .map_or("", |p| p.name.as_str());
        outln!("  {participant} {name}: {}", values.join(", "))?;
    }
    Ok(())
}
