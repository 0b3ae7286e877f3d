//! `lgd consolidate PATH... --out DIR`: every observer's day files merged into `DIR/consolidated.json`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::Ctx;
use super::error::{CliError, Refusal};
use super::output::{StdoutError, errln, outln};
use crate::consolidate::washup::{WASHUP_JOURNAL, journal_path, replay_beside};
use crate::consolidate::{
    CONSOLIDATED_FILE, ConsolidateError, ConsolidateOptions, Consolidated, EventFile, Problem,
    Streamed, consolidate_writing, write_consolidated,
};
use crate::load::{Document, read_document};
use crate::model::Lang;
use crate::reliability::Band;
use crate::store::{DayLock, Op, StoreError, create_private_dir_all};
use crate::text::Words;
use crate::text::commands::{self as say, CommandWords};

/// Arguments of `lgd consolidate`.
#[derive(Debug, clap::Args)]
pub struct ConsolidateArgs {
    /// Day files, or folders searched recursively for them.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Folder to write consolidated.json into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// The event file, for the self-evaluations and online scores imported into it (`lgd import`).
    #[arg(long, value_name = "EVENT_FILE")]
    pub event: Option<PathBuf>,
    /// Rating range that flags a cell for discussion (default: the event's, usually 2).
    #[arg(long, value_parser = parse_non_negative)]
    pub spread: Option<f64>,
    /// Seconds either side within which two observers' acts count as the same act.
    #[arg(long, default_value_t = 3.0, value_parser = parse_non_negative)]
    pub tolerance: f64,
    /// Count the ratings of observers who have not submitted (normally shown but not counted).
    #[arg(long)]
    pub include_unsubmitted: bool,
    /// Merge even files from other event definitions, duplicates, or with unreadable files
    /// among them; every such file is listed in the problems.
    #[arg(long)]
    pub allow_mismatch: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

fn parse_non_negative(s: &str) -> Result<f64, String> {
    match s.trim().replace(',', ".").parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!("{s:?} is not a number of 0 or more")),
    }
}

/// What the command reports.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// The file written.
    pub written: String,
    /// Day files consolidated.
    pub files: usize,
    /// Observers.
    pub observers: usize,
    /// Observers who have not submitted.
    pub unsubmitted: Vec<String>,
    /// Observers with a day file whose coded phase never started.
    pub never_coded: Vec<String>,
    /// Observers who withdrew submitted ratings: how often they submitted again, and why.
    pub resubmissions: Vec<Resubmissions>,
    /// Participants.
    pub participants: usize,
    /// Participant x competency cells.
    pub cells: usize,
    /// Cells with at least one flag.
    pub flagged: usize,
    /// Participants with fewer than two submitted observers.
    pub thin_coverage: usize,
    /// Krippendorff's alpha (ordinal) over the event.
    pub alpha: Option<f64>,
    /// Its band.
    pub alpha_band: Option<Band>,
    /// Problems found (none of them blocking).
    pub problems: Vec<Problem>,
}

/// One observer's withdrawals, as `lgd consolidate` reports them.
#[derive(Debug, Serialize)]
pub struct Resubmissions {
    /// Observer id.
    pub observer: String,
    /// Times the ratings were submitted again after a withdrawal.
    pub resubmitted: usize,
    /// The reason given for each withdrawal, oldest first.
    pub reasons: Vec<String>,
    /// When the last withdrawal was not followed by a new submission: the time of the
    /// submission that counts instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub still_withdrawn: Option<String>,
}

impl Resubmissions {
    fn of(c: &Consolidated) -> Vec<Resubmissions> {
        let mut out = Vec::new();
        for o in &c.observers {
            for f in o.files.iter().filter(|f| !f.withdrawals.is_empty()) {
                let w = &f.withdrawals;
                let open = w.last().is_some_and(|w| w.resubmitted_at.is_none());
                out.push(Resubmissions {
                    observer: o.observer.id.clone(),
                    resubmitted: w.iter().filter(|w| w.resubmitted_at.is_some()).count(),
                    reasons: w.iter().map(|w| w.reason.clone()).collect(),
                    still_withdrawn: open
                        .then(|| f.submitted_at.map(|t| t.format("%H:%M").to_string()))
                        .flatten(),
                });
            }
        }
        out
    }
}

impl Summary {
    fn of(c: &Consolidated, written: String) -> Summary {
        Summary {
            resubmissions: Resubmissions::of(c),
            written,
            files: c.observers.iter().map(|o| o.files.len()).sum(),
            observers: c.observers.len(),
            unsubmitted: c.coverage.unsubmitted.clone(),
            never_coded: c.coverage.never_coded.clone(),
            participants: c.participants.len(),
            cells: c.cells.len(),
            // A split awaiting the wash-up (no level proposed) needs it as much as a flag does.
            flagged: c
                .cells
                .iter()
                .filter(|x| !x.flags.is_empty() || (x.split.is_some() && x.proposed.is_none()))
                .count(),
            thin_coverage: c.coverage.thin.len(),
            alpha: c.agreement.alpha.overall.value,
            alpha_band: c.agreement.alpha.overall.band,
            problems: c.problems.clone(),
        }
    }

    fn print(&self, lang: Lang) -> Result<(), StdoutError> {
        outln!(
            "{}",
            say::consolidated(
                lang,
                self.files,
                self.observers,
                self.participants,
                self.cells,
                self.flagged
            )
        )?;
        let code = match lang {
            Lang::Id => "id",
            Lang::En => "en",
        };
        let alpha = self
            .alpha
            .zip(self.alpha_band)
            .map(|(a, b)| (a, b.label(code)));
        outln!("{}", say::alpha(lang, alpha))?;
        if self.thin_coverage > 0 {
            outln!("{}", say::thin_coverage(lang, self.thin_coverage))?;
        }
        if !self.unsubmitted.is_empty() {
            outln!("{}", say::unsubmitted(lang, &self.unsubmitted.join(", ")))?;
        }
        if !self.never_coded.is_empty() {
            outln!("{}", say::never_coded(lang, &self.never_coded.join(", ")))?;
        }
        for r in &self.resubmissions {
            let reasons = r.reasons.join("; ");
            if r.resubmitted > 0 {
                outln!(
                    "{}",
                    say::resubmitted(lang, &r.observer, r.resubmitted, &reasons)
                )?;
            }
            if let Some(at) = &r.still_withdrawn {
                let last = r.reasons.last().map_or("", String::as_str);
                outln!("{}", say::still_withdrawn(lang, &r.observer, last, at))?;
            }
        }
        outln!("{}", say::wrote(lang, &self.written))
    }
}

/// Runs `lgd consolidate`.
pub fn run(args: &ConsolidateArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let lang = ctx.lang;
    super::memory::grow_heap_in_large_steps();
    // Checked before the work: only an earlier consolidation may be replaced there.
    crate::output::guard(
        &args.out.join(CONSOLIDATED_FILE),
        crate::output::Kind::Consolidation,
        false,
    )?;
    let mut options = ConsolidateOptions::at(chrono::Local::now().fixed_offset());
    options.spread = args.spread;
    options.tolerance_s = args.tolerance;
    options.include_unsubmitted = args.include_unsubmitted;
    options.allow_mismatch = args.allow_mismatch;
    if let Some(path) = &args.event {
        match read_document(path)? {
            Document::Event(event) => {
                options.event = Some(EventFile {
                    path: crate::text::path(path).to_string(),
                    event: *event,
                });
            }
            _ => return Err(Refusal::NotAnEvent(path.clone()).into()),
        }
    }
    let path = args.out.join(CONSOLIDATED_FILE);
    // Taken once the files are known to belong together, before anything is written: a wash-up
    // open on this folder rewrites consolidated.json itself, and both at once would lose one.
    let mut lock = None;
    let mut failed = None;
    let mut open = || match open_output(&args.out, &path, &mut lock) {
        Ok(out) => out,
        Err(e) => {
            failed = Some(e);
            None
        }
    };
    let bar = Progress::new(lang);
    let result = consolidate_writing(
        &args.paths,
        &options,
        &mut |done, all| bar.tick(done, all),
        &mut open,
    );
    bar.finish();
    let (mut consolidated, streamed) = result.inspect_err(|e| {
        let (ConsolidateError::NoDayFiles { problems } | ConsolidateError::Refused { problems }) =
            e;
        for p in problems {
            print_problem(p, lang);
        }
    })?;
    for p in &consolidated.problems {
        print_problem(p, lang);
    }
    if let Some(e) = failed {
        return Err(e);
    }
    match streamed {
        Some(out) => out.finish()?,
        None => {
            // Consensus already reached in a wash-up of this folder is kept: its journal is
            // folded in again, so the file is written only once that is done.
            let replayed = replay_beside(&mut consolidated, &path)
                .map_err(|e| Refusal::WashupReplay(Box::new(e)))?;
            if replayed.applied > 0 {
                errln!(
                    "{}",
                    say::decisions_kept(lang, replayed.applied, WASHUP_JOURNAL)
                );
            }
            for p in &replayed.problems {
                errln!("{p}");
            }
            write_consolidated(&path, &consolidated)?;
        }
    }
    drop(lock);
    let summary = Summary::of(&consolidated, crate::text::path(&path));
    if args.json {
        let json =
            serde_json::to_string_pretty(&summary).map_err(|e| Refusal::Json(e.to_string()))?;
        outln!("{json}")?;
    } else {
        summary.print(lang)?;
    }
    // The process ends here: handing the memory back cell by cell was a tenth of the run.
    std::mem::forget(consolidated);
    Ok(ExitCode::SUCCESS)
}

/// Locks the output folder and, unless a wash-up journal lies beside `path` (its decisions are
/// folded in before anything is written), starts writing `path`.
fn open_output(
    dir: &Path,
    path: &Path,
    lock: &mut Option<DayLock>,
) -> Result<Option<Streamed>, CliError> {
    create_private_dir_all(dir).map_err(|e| StoreError::io(Op::Create, dir, e))?;
    *lock = Some(DayLock::take(&path.with_extension("lock"), path)?);
    let journal = journal_path(path);
    match std::fs::symlink_metadata(&journal) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Some(Streamed::create(path)?)),
        _ => Ok(None),
    }
}

fn print_problem(p: &Problem, lang: Lang) {
    let said = p.say(lang);
    errln!("{}: {}", say::problem_kind(lang, p.kind), said);
    if p.files.len() > 1 || !p.files.iter().all(|f| said.contains(f.as_str())) {
        for f in &p.files {
            errln!("  {f}");
        }
    }
}

/// A progress bar on stderr, only when it is a terminal and there are enough files to wait for.
struct Progress(std::cell::OnceCell<Option<indicatif::ProgressBar>>, Lang);

impl Progress {
    const MIN_FILES: usize = 20;

    fn new(lang: Lang) -> Progress {
        Progress(std::cell::OnceCell::new(), lang)
    }

    fn tick(&self, done: usize, all: usize) {
        let bar = self.0.get_or_init(|| {
            (all >= Self::MIN_FILES && std::io::stderr().is_terminal()).then(|| {
                let template = format!(
                    "{} {{bar:40}} {{pos}}/{{len}} {{eta}}",
                    CommandWords::ReadingDayFiles.get(self.1)
                );
                let style = indicatif::ProgressStyle::with_template(&template)
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
                indicatif::ProgressBar::new(all as u64).with_style(style)
            })
        });
        if let Some(b) = bar {
            b.set_position(done as u64);
        }
    }

    fn finish(&self) {
        if let Some(Some(b)) = self.0.get() {
            b.finish_and_clear();
        }
    }
}
