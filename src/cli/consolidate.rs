//! `lgd consolidate PATH... --out DIR`: every observer's day files merged into `DIR/consolidated.json`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::output::{StdoutError, outln};
use crate::consolidate::washup::{WASHUP_JOURNAL, replay_beside};
use crate::consolidate::{
    CONSOLIDATED_FILE, ConsolidateError, ConsolidateOptions, Consolidated, EventFile, Problem,
    consolidate, write_consolidated,
};
use crate::load::{Document, read_document};
use crate::reliability::Band;
use crate::store::{DayLock, Op, StoreError, create_private_dir_all};

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

impl Summary {
    fn of(c: &Consolidated, written: String) -> Summary {
        Summary {
            written,
            files: c.observers.iter().map(|o| o.files.len()).sum(),
            observers: c.observers.len(),
            unsubmitted: c.coverage.unsubmitted.clone(),
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

    fn print(&self) -> Result<(), StdoutError> {
        outln!(
            "{} day file(s) from {} observer(s); {} participant(s), {} cell(s), {} flagged for the wash-up",
            self.files,
            self.observers,
            self.participants,
            self.cells,
            self.flagged
        )?;
        match (self.alpha, self.alpha_band) {
            (Some(a), Some(b)) => {
                outln!("Krippendorff's alpha (ordinal): {a:.3} ({})", b.label("en"))?
            }
            _ => outln!("Krippendorff's alpha (ordinal): not available (too few paired ratings)")?,
        }
        if self.thin_coverage > 0 {
            outln!(
                "{} participant(s) have fewer than two observers who submitted ratings",
                self.thin_coverage
            )?;
        }
        if !self.unsubmitted.is_empty() {
            outln!("not submitted: {}", self.unsubmitted.join(", "))?;
        }
        outln!("wrote {}", self.written)
    }
}

/// Runs `lgd consolidate`.
pub fn run(args: &ConsolidateArgs) -> Result<ExitCode, StdoutError> {
    let mut options = ConsolidateOptions::at(chrono::Local::now().fixed_offset());
    options.spread = args.spread;
    options.tolerance_s = args.tolerance;
    options.include_unsubmitted = args.include_unsubmitted;
    options.allow_mismatch = args.allow_mismatch;
    if let Some(path) = &args.event {
        match read_document(path) {
            Ok(Document::Event(event)) => {
                options.event = Some(EventFile {
                    path: path.display().to_string(),
                    event: *event,
                });
            }
            Ok(_) => {
                eprintln!("lgd consolidate: {} is not an event file", path.display());
                return Ok(ExitCode::FAILURE);
            }
            Err(e) => {
                eprintln!("lgd consolidate: {e}");
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    let bar = Progress::new();
    let result = consolidate(&args.paths, &options, &mut |done, all| bar.tick(done, all));
    bar.finish();
    let consolidated = match result {
        Ok(c) => c,
        Err(e) => {
            let problems = match &e {
                ConsolidateError::NoDayFiles { problems }
                | ConsolidateError::Refused { problems } => problems,
            };
            for p in problems {
                print_problem(p);
            }
            eprintln!("lgd consolidate: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    for p in &consolidated.problems {
        print_problem(p);
    }
    let path = args.out.join(CONSOLIDATED_FILE);
    // A wash-up open on this folder rewrites consolidated.json itself; both at once would lose one.
    let _lock = match create_private_dir_all(&args.out)
        .map_err(|e| StoreError::io(Op::Create, &args.out, e))
        .and_then(|()| DayLock::take(&path.with_extension("lock"), &path))
    {
        Ok(l) => l,
        Err(e) => {
            eprintln!("lgd consolidate: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut consolidated = consolidated;
    // Consensus already reached in a wash-up of this folder is kept: its journal is folded in again.
    match replay_beside(&mut consolidated, &path) {
        Ok(r) => {
            if r.applied > 0 {
                eprintln!(
                    "kept {} wash-up decision(s) from {WASHUP_JOURNAL}",
                    r.applied
                );
            }
            for p in &r.problems {
                eprintln!("{p}");
            }
        }
        Err(e) => {
            eprintln!("lgd consolidate: {e}; nothing written, so no decision is lost");
            return Ok(ExitCode::FAILURE);
        }
    }
    if let Err(e) = write_consolidated(&path, &consolidated) {
        eprintln!("lgd consolidate: {e}");
        return Ok(ExitCode::FAILURE);
    }
    let summary = Summary::of(&consolidated, path.display().to_string());
    if args.json {
        match serde_json::to_string_pretty(&summary) {
            Ok(s) => outln!("{s}")?,
            Err(e) => eprintln!("lgd consolidate: {e}"),
        }
    } else {
        summary.print()?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_problem(p: &Problem) {
    let kind = serde_json::to_value(p.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    eprintln!("{kind}: {}", p.message);
    if p.files.len() > 1 || !p.files.iter().all(|f| p.message.contains(f.as_str())) {
        for f in &p.files {
            eprintln!("  {f}");
        }
    }
}

/// A progress bar on stderr, only when it is a terminal and there are enough files to wait for.
struct Progress(std::cell::OnceCell<Option<indicatif::ProgressBar>>);

impl Progress {
    const MIN_FILES: usize = 20;

    fn new() -> Progress {
        Progress(std::cell::OnceCell::new())
    }

    fn tick(&self, done: usize, all: usize) {
        let bar = self.0.get_or_init(|| {
            (all >= Self::MIN_FILES && std::io::stderr().is_terminal()).then(|| {
                let style = indicatif::ProgressStyle::with_template(
                    "reading day files {bar:40} {pos}/{len} {eta}",
                )
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
