//! `lgd new`: turn an HR roster (and optionally an observer list) into an event file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::output::{StdoutError, Stop, outln};
use crate::catalog::Catalog;
use crate::import::observers::read_observers;
use crate::import::roster::{RowProblem, read_roster_in};
use crate::import::{Table, read_table};
use crate::load::{Document, read_document};
use crate::model::validate::validate_event;
use crate::model::{Group, Observer, Scheme, check_id};
use crate::setup::{
    Balance, EventLock, Targets, event_id, form_groups, generate_observers, new_event,
    plan_coverage, render_matrix, save_event,
};

/// Groups formed when neither the roster nor `--groups` says.
const DEFAULT_GROUPS: u32 = 8;

/// Arguments of `lgd new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Event name shown in headers and reports.
    #[arg(long)]
    pub name: String,
    /// Event id (letters, digits, '-', '_'); made from the name when left out.
    #[arg(long)]
    pub id: Option<String>,
    /// Participant roster: CSV/text, XLSX, XLS or ODS.
    #[arg(long)]
    pub roster: PathBuf,
    /// Sheet of the roster workbook to read (default: the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// Number of groups to form when the roster has no group column [default: 8].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub groups: Option<u32>,
    /// Observer list (id, name, role, optional group); observers are generated when left out.
    #[arg(long)]
    pub observers: Option<PathBuf>,
    /// Sheet of the observer workbook to read (default: the first).
    #[arg(long)]
    pub observers_sheet: Option<String>,
    /// Coding scheme file to embed and use instead of the built-in lgd-default.
    #[arg(long)]
    pub scheme: Option<PathBuf>,
    /// Seed for forming groups: the same roster and seed always give the same groups.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Leave out rows with problems (they are listed) instead of stopping.
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Observers each participant needs.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..))]
    pub min_observers: u32,
    /// Participants one observer can rate.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_per_observer: u32,
    /// Event file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Replace the event file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Runs `lgd new`.
pub fn run(args: &NewArgs) -> Result<ExitCode, StdoutError> {
    match create(args) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(Stop::Stdout(e)) => Err(e),
        Err(Stop::Failed(e)) => {
            eprintln!("lgd new: {e}");
            eprintln!("lgd new: nothing was written");
            Ok(ExitCode::FAILURE)
        }
    }
}

fn create(args: &NewArgs) -> Result<(), Stop> {
    if args.out.exists() && !args.force {
        return Err(format!(
            "{} already exists; choose another --out or pass --force to replace it",
            args.out.display()
        )
        .into());
    }
    let id = match &args.id {
        Some(id) => {
            check_id(id).map_err(|e| format!("--id: {e}"))?;
            id.clone()
        }
        None => event_id(&args.name),
    };
    let scheme = args.scheme.as_deref().map(read_scheme).transpose()?;
    let targets = Targets {
        min_observers: args.min_observers as usize,
        max_per_observer: args.max_per_observer as usize,
    };

    let table = read(&args.roster, args.sheet.as_deref())?;
    let roster = read_roster_in(
        table,
        args.groups.map(|g| g as usize),
        super::launch::locale_lang(),
    )
    .map_err(|e| e.to_string())?;
    for note in &roster.notes {
        outln!("note: {note}")?;
    }
    accept_rows("roster", &roster.problems, args.skip_bad_rows)?;
    let participants = roster.participants();
    if participants.is_empty() {
        return Err(Stop::Failed("the roster has no usable participant".into()));
    }
    let groups = if roster.has_groups {
        outln!("groups as given in the roster")?;
        roster.groups()
    } else {
        let count = args.groups.unwrap_or(DEFAULT_GROUPS) as usize;
        let groups = form_groups(&participants, count, args.seed).map_err(|e| e.to_string())?;
        outln!(
            "formed {count} groups with seed {}; another --seed gives another arrangement",
            args.seed
        )?;
        groups
    };
    outln!("\n{}", Balance::of(&groups, &participants).render())?;

    let observers = match &args.observers {
        Some(path) => observers_from(path, args, &groups)?,
        None => generate_observers(&groups, targets),
    };
    let plan = plan_coverage(&groups, &participants, observers, targets);
    if !plan.shortfalls.is_empty() {
        for line in plan.explain(super::launch::locale_lang()) {
            eprintln!("  {line}");
        }
        let missing: usize = plan.shortfalls.iter().map(|s| s.missing).sum();
        return Err(format!(
            "coverage targets not met ({} observers per participant, at most {} each): {missing} more observer(s) needed in all; add them to the observer list, or lower --min-observers or raise --max-per-observer",
            targets.min_observers, targets.max_per_observer
        )
        .into());
    }

    let mut event = new_event(
        id,
        args.name.clone(),
        participants,
        groups,
        plan.observers,
        scheme,
    );
    // Kept in the event so lgd roster re-plans and lgd check audits with the same targets.
    targets.store_in(&mut event.settings);
    let problems = validate_event(&event, Catalog::builtin().resolver());
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("  - {p}");
        }
        return Err(format!("the event would have {} problem(s)", problems.len()).into());
    }
    // Replacing an event file that `lgd roster` has open would be undone by its next save.
    let _lock = if args.force && args.out.exists() {
        Some(EventLock::take(&args.out).map_err(|e| e.to_string())?)
    } else {
        None
    };
    // Written before the long matrix is printed, so a closed pipe cannot stop the save.
    save_event(&args.out, &event, args.force).map_err(|e| e.to_string())?;
    outln!("{}", render_matrix(&event))?;
    outln!(
        "wrote {}: {} participants in {} groups, {} observers",
        args.out.display(),
        event.participants.len(),
        event.groups.len(),
        event.observers.len()
    )?;
    Ok(())
}

fn read(path: &Path, sheet: Option<&str>) -> Result<Table, Stop> {
    let table = read_table(path, sheet).map_err(|e| e.to_string())?;
    outln!(
        "read {} ({}): {} data rows",
        path.display(),
        table.source,
        table.rows.len()
    )?;
    Ok(table)
}

/// Lists bad rows; they stop the run unless `--skip-bad-rows`.
fn accept_rows(what: &str, problems: &[RowProblem], skip: bool) -> Result<(), String> {
    if problems.is_empty() {
        return Ok(());
    }
    let mut rows: Vec<usize> = problems.iter().map(|p| p.row).collect();
    rows.dedup();
    for p in problems {
        eprintln!("  {what} {p}");
    }
    if skip {
        eprintln!(
            "warning: {} {what} row(s) left out (listed above)",
            rows.len()
        );
        Ok(())
    } else {
        Err(format!(
            "{} {what} row(s) have problems (listed above); correct them, or pass --skip-bad-rows to leave them out",
            rows.len()
        ))
    }
}

/// Reads the observer list and seats those with a group beside it.
fn observers_from(path: &Path, args: &NewArgs, groups: &[Group]) -> Result<Vec<Observer>, Stop> {
    let list =
        read_observers(read(path, args.observers_sheet.as_deref())?).map_err(|e| e.to_string())?;
    let mut problems = list.problems;
    let mut observers = Vec::new();
    for e in list.entries {
        let mut o = e.observer;
        if let Some(label) = e.group {
            if groups.iter().any(|g| g.id == label.id) {
                o.group = Some(label.id);
            } else {
                let ids: Vec<&str> = groups.iter().map(|g| g.id.as_str()).collect();
                problems.push(RowProblem {
                    row: e.row,
                    reason: format!(
                        "unknown group {:?}: the event's groups are {}",
                        label.name,
                        ids.join(", ")
                    ),
                });
                continue;
            }
        }
        observers.push(o);
    }
    problems.sort_by_key(|p| p.row);
    accept_rows("observer", &problems, args.skip_bad_rows)?;
    Ok(observers)
}

fn read_scheme(path: &Path) -> Result<Scheme, String> {
    match read_document(path).map_err(|e| e.to_string())? {
        Document::Scheme(s) => Ok(*s),
        _ => Err(format!("{}: not a coding scheme", path.display())),
    }
}
