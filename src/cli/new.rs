//! `lgd new`: turn an HR roster (and optionally an observer list) into an event file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Ctx;
use super::error::{CliError, Refusal, RowList};
use super::output::{errln, outln};
use crate::catalog::Catalog;
use crate::import::observers::read_observers_in;
use crate::import::roster::{RowProblem, read_roster_in};
use crate::import::{Table, read_table};
use crate::load::{Document, read_document};
use crate::model::validate::validate_event;
use crate::model::{Group, Lang, Observer, Scheme, check_id};
use crate::setup::{
    Balance, EventLock, Targets, event_id, form_groups, generate_observers, new_event,
    plan_coverage, render_matrix, save_event,
};
use crate::text::Words;
use crate::text::cli::{CliWords, row_list};
use crate::text::commands as say;
use crate::text::errors::row_problem;

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
    /// Organisation assessed, for the report's cover.
    #[arg(long)]
    pub organisation: Option<String>,
    /// A day of the event (YYYY-MM-DD); repeat for several days.
    #[arg(long = "date", value_name = "YYYY-MM-DD")]
    pub dates: Vec<chrono::NaiveDate>,
    /// Where the event takes place.
    #[arg(long)]
    pub venue: Option<String>,
    /// Title of the case the groups discuss.
    #[arg(long)]
    pub case_title: Option<String>,
    /// The lead assessor, who signs the report.
    #[arg(long)]
    pub lead_assessor: Option<String>,
    /// An assessor of the team, by name; repeat for each.
    #[arg(long = "assessor", value_name = "NAME")]
    pub assessors: Vec<String>,
    /// Time zone of the event: WIB (default), WITA, WIT or an offset such as +07:00.
    #[arg(long, value_parser = parse_time_zone)]
    pub time_zone: Option<String>,
    /// Event file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Replace the event file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Accepts WIB, WITA, WIT or a UTC offset, kept as typed (upper-cased names).
fn parse_time_zone(text: &str) -> Result<String, String> {
    crate::model::parse_zone(text)
        .map(|_| text.trim().to_ascii_uppercase())
        .ok_or_else(|| format!("{text:?} is not WIB, WITA, WIT or an offset such as +07:00"))
}

/// The cover facts and time zone given on the command line.
fn set_facts(event: &mut crate::model::Event, args: &NewArgs) {
    let text = |s: &Option<String>| s.as_deref().map(str::trim).unwrap_or_default().to_string();
    event.organisation = text(&args.organisation);
    event.dates = args.dates.clone();
    event.venue = text(&args.venue);
    event.case_study.title = text(&args.case_title);
    event.lead_assessor = text(&args.lead_assessor);
    event.assessors = args
        .assessors
        .iter()
        .map(|a| a.trim().to_string())
        .collect();
    event.settings.time_zone = args.time_zone.clone();
}

/// Runs `lgd new`.
pub fn run(args: &NewArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let lang = ctx.lang;
    crate::output::guard(&args.out, crate::output::Kind::Event, args.force)?;
    let id = match &args.id {
        Some(id) => {
            check_id(id)?;
            id.clone()
        }
        None => event_id(&args.name),
    };
    let scheme = args.scheme.as_deref().map(read_scheme).transpose()?;
    let targets = Targets {
        min_observers: args.min_observers as usize,
        max_per_observer: args.max_per_observer as usize,
    };

    let table = read(&args.roster, args.sheet.as_deref(), lang)?;
    let roster = read_roster_in(table, args.groups.map(|g| g as usize), lang)?;
    for note in &roster.notes {
        outln!("{}", say::labelled(lang, CliWords::Note, note))?;
    }
    accept_rows(RowList::Roster, &roster.problems, args.skip_bad_rows, lang)?;
    let participants = roster.participants();
    if participants.is_empty() {
        return Err(Refusal::NoParticipants.into());
    }
    let groups = if roster.has_groups {
        outln!("{}", say::CommandWords::GroupsAsGiven.get(lang))?;
        roster.groups()
    } else {
        let count = args.groups.unwrap_or(DEFAULT_GROUPS) as usize;
        let groups = form_groups(&participants, count, args.seed)?;
        outln!("{}", say::groups_formed(lang, count, args.seed))?;
        groups
    };
    let balance = Balance::of(&groups, &participants);
    outln!("\n{}", crate::text::setup::balance_table(lang, &balance))?;

    let observers = match &args.observers {
        Some(path) => observers_from(path, args, &groups, lang)?,
        None => generate_observers(&groups, targets),
    };
    let plan = plan_coverage(&groups, &participants, observers, targets);
    if !plan.shortfalls.is_empty() {
        for line in plan.explain(lang) {
            errln!("  {line}");
        }
        return Err(Refusal::Coverage {
            min: targets.min_observers,
            max: targets.max_per_observer,
            missing: plan.shortfalls.iter().map(|s| s.missing).sum(),
        }
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
    set_facts(&mut event, args);
    let problems = validate_event(&event, Catalog::builtin().resolver());
    if !problems.is_empty() {
        for p in &problems {
            errln!("  - {}", crate::text::check::problem(lang, p));
        }
        return Err(Refusal::WouldHaveProblems(problems.len()).into());
    }
    // Replacing an event file that `lgd roster` has open would be undone by its next save.
    let _lock = if args.force && args.out.exists() {
        Some(EventLock::take(&args.out)?)
    } else {
        None
    };
    // Written before the long matrix is printed, so a closed pipe cannot stop the save.
    save_event(&args.out, &event, args.force)?;
    outln!(
        "{}",
        crate::text::setup::matrix(lang, render_matrix(&event))
    )?;
    outln!(
        "{}",
        say::event_written(
            lang,
            &args.out,
            event.participants.len(),
            event.groups.len(),
            event.observers.len()
        )
    )?;
    Ok(ExitCode::SUCCESS)
}

fn read(path: &Path, sheet: Option<&str>, lang: Lang) -> Result<Table, CliError> {
    let table = read_table(path, sheet)?;
    outln!(
        "{}",
        say::rows_read(lang, path, &table.source, table.rows.len())
    )?;
    Ok(table)
}

/// Lists bad rows; they stop the run unless `--skip-bad-rows`.
fn accept_rows(
    what: RowList,
    problems: &[RowProblem],
    skip: bool,
    lang: Lang,
) -> Result<(), Refusal> {
    if problems.is_empty() {
        return Ok(());
    }
    let mut rows: Vec<usize> = problems.iter().map(|p| p.row).collect();
    rows.dedup();
    let list = row_list(lang, what);
    for p in problems {
        errln!("  {list} {}", row_problem(lang, p));
    }
    if skip {
        errln!("{}", say::rows_left_out(lang, rows.len(), list));
        Ok(())
    } else {
        Err(Refusal::BadRows {
            what,
            rows: rows.len(),
        })
    }
}

/// Reads the observer list and seats those with a group beside it.
fn observers_from(
    path: &Path,
    args: &NewArgs,
    groups: &[Group],
    lang: Lang,
) -> Result<Vec<Observer>, CliError> {
    let list = read_observers_in(read(path, args.observers_sheet.as_deref(), lang)?, lang)?;
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
                    reason: crate::text::rows::group_not_in_event(lang, &label.name, &ids),
                });
                continue;
            }
        }
        observers.push(o);
    }
    problems.sort_by_key(|p| p.row);
    accept_rows(RowList::Observers, &problems, args.skip_bad_rows, lang)?;
    Ok(observers)
}

fn read_scheme(path: &Path) -> Result<Scheme, CliError> {
    match read_document(path)? {
        Document::Scheme(s) => Ok(*s),
        _ => Err(Refusal::NotAScheme(path.to_path_buf()).into()),
    }
}
