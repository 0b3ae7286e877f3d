//! `lgd import self-eval|online EVENT_FILE FILE`: add results from outside the discussion to an event.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::SubsecRound;
use clap::Subcommand;

use super::Ctx;
use super::error::{CliError, Refusal};
use super::output::{errln, outln};
use crate::catalog::Catalog;
use crate::clock::{Clock, SystemClock};
use crate::import::read_table;
use crate::import::results::{ImportOptions, ResultsError, import_online, import_self_eval};
use crate::load::{Document, LoadError, read_document_noting_ignored};
use crate::model::validate::validate_event;
use crate::model::{Event, Lang};
use crate::setup::{EventLock, save_event};
use crate::text::Words;
use crate::text::cli::CliWords;
use crate::text::commands::{self as say, CommandWords};
use crate::text::errors;
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
pub fn run(args: &ImportArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let (kind, r) = match &args.what {
        ImportCommand::SelfEval(r) => (Kind::SelfEval, r),
        ImportCommand::Online(r) => (Kind::Online, r),
    };
    import(kind, r, ctx.lang)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    SelfEval,
    Online,
}

fn import(kind: Kind, args: &ResultsArgs, lang: Lang) -> Result<(), CliError> {
    // Held from reading to writing, so an open `lgd roster` cannot overwrite the import (or the
    // import the roster's edits) with its older copy of the event.
    let _lock = if args.dry_run {
        None
    } else {
        Some(EventLock::take(&args.event)?)
    };
    let mut event = read_event(&args.event, args.dry_run, lang)?;
    let table = read_table(&args.file, args.sheet.as_deref())?;
    outln!(
        "{}",
        say::rows_read(lang, &args.file, &table.source, table.rows.len())
    )?;
    let opts = ImportOptions {
        source: args.file.file_name().map_or_else(
            || crate::text::path(&args.file).to_string(),
            |n| n.to_string_lossy().into(),
        ),
        imported_at: SystemClock::default().now().trunc_subsecs(0),
        skip_unmatched: args.skip_unmatched,
        nip_wins: args.nip_wins,
        columns: args.columns.clone(),
        lang,
    };
    let resolver = Catalog::builtin().resolver();
    let imported = match kind {
        Kind::SelfEval => import_self_eval(&mut event, table, resolver, &opts),
        Kind::Online => import_online(&mut event, table, &opts),
    };
    let report = imported.inspect_err(|e| list_refused(e, lang))?;
    for note in &report.notes {
        outln!("{}", say::labelled(lang, CliWords::Note, note))?;
    }
    for row in &report.skipped {
        errln!(
            "{}",
            say::row_skipped(lang, &errors::row_problem(lang, row))
        );
    }
    if !report.skipped.is_empty() {
        errln!("{}", say::unmatched_left_out(lang, report.skipped.len()));
    }
    let problems = validate_event(&event, resolver);
    if !problems.is_empty() {
        for p in &problems {
            errln!("  - {}", crate::text::check::problem(lang, p));
        }
        return Err(Refusal::WouldHaveProblems(problems.len()).into());
    }
    outln!(
        "{}",
        say::imported(
            lang,
            matches!(kind, Kind::SelfEval),
            report.participants,
            &report.columns.join(", "),
            report.count.added,
            report.count.replaced
        )
    )?;
    if matches!(kind, Kind::SelfEval) && !report.without.is_empty() {
        let who = report.without.join(", ");
        outln!("{}", without_self_eval(lang, report.without.len(), &who))?;
    }
    if args.dry_run {
        preview(&event, &opts)?;
        outln!("{}", say::dry_run(lang, &args.event))?;
        return Ok(());
    }
    save_event(&args.event, &event, true)?;
    outln!("{}", say::wrote(lang, &crate::text::path(&args.event)))?;
    Ok(())
}

/// The event; one with keys lgd does not read is refused, since writing it back would lose them
/// (a dry run only warns).
fn read_event(path: &Path, dry_run: bool, lang: Lang) -> Result<Event, CliError> {
    let (document, ignored) = read_document_noting_ignored(path)?;
    let Document::Event(event) = document else {
        return Err(Refusal::NotAnEvent(path.to_path_buf()).into());
    };
    if !ignored.is_empty() {
        let e = LoadError::UnknownKeys {
            file: crate::text::path(path).to_string(),
            keys: ignored,
        };
        if !dry_run {
            return Err(e.into());
        }
        errln!(
            "{}",
            say::labelled(lang, CliWords::Warning, &errors::load(lang, &e))
        );
    }
    Ok(*event)
}

/// Lists every unmatched row and bad cell of a refused import, before the refusal is said.
fn list_refused(e: &ResultsError, lang: Lang) {
    let ResultsError::Refused {
        unmatched,
        problems,
    } = e
    else {
        return;
    };
    for (heading, rows) in [
        (CommandWords::UnmatchedRows, unmatched),
        (CommandWords::BadCells, problems),
    ] {
        if !rows.is_empty() {
            errln!("{}", heading.get(lang));
            for p in rows {
                errln!("  {}", errors::row_problem(lang, p));
            }
        }
    }
}

/// The first participants' values as they would be imported, so the lead can see that the chosen
/// columns are the right ones before writing (`--dry-run`).
fn preview(event: &Event, opts: &ImportOptions) -> Result<(), CliError> {
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
