//! `lgd demo`: observe the built-in Tangerang Selatan demo event, no files needed; or, with
//! `--rehearse DIR`, write a simulated day of every observer for trying the lead's commands.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Ctx;
use super::error::{CliError, Refusal};
use super::launch::{Launch, launch};
use super::output::outln;
use crate::catalog::{Catalog, demo_event};
use crate::model::{DayRecord, Event, Lang};
use crate::rehearsal::rehearse;
use crate::setup::save_event;
use crate::store::sync_dir;
use crate::text::Words;
use crate::text::commands as say;

/// Arguments of `lgd demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Data folder for the day file (default: LGD_DIR, else the platform data folder).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Observer id in the demo event.
    #[arg(long, default_value = "A01")]
    pub observer: String,
    /// Instead of observing, write a simulated assessment day into this folder: the demo event
    /// file and every observer's day file, to try `lgd consolidate`, `lgd washup` and `lgd report`.
    #[arg(long, value_name = "DIR")]
    pub rehearse: Option<PathBuf>,
    /// Seed of the simulated day (the same seed writes the same day).
    #[arg(long, default_value_t = 2026, requires = "rehearse")]
    pub seed: u64,
}

/// Runs `lgd demo`.
pub fn run(args: DemoArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let event = demo_event()?;
    if let Some(dir) = &args.rehearse {
        write_rehearsal(&event, dir, args.seed, ctx.lang)?;
        return Ok(ExitCode::SUCCESS);
    }
    launch(Launch {
        event,
        observer: args.observer,
        group: None,
        date: None,
        dir: args.dir,
        lang: ctx.lang,
    })
}

/// Writes the event file and the simulated day files into `dir`, refusing to replace any file.
fn write_rehearsal(event: &Event, dir: &Path, seed: u64, lang: Lang) -> Result<(), CliError> {
    let Some(date) = event.dates.first().copied() else {
        return Err(Refusal::DemoUndated.into());
    };
    let days = rehearse(event, Catalog::builtin().resolver(), date, seed)?;
    let event_path = dir.join(format!("{}.json", event.id));
    let days_dir = dir.join("days");
    let mut targets = vec![event_path.clone()];
    targets.extend(days.iter().map(|d| {
        let name = crate::store::DayName {
            date: d.date,
            observer: d.observer.id.clone(),
        };
        days_dir.join(name.file_name())
    }));
    // Check every name first, so that a second run writes nothing rather than half a day.
    if let Some(existing) = targets.iter().find(|p| p.exists()) {
        return Err(Refusal::RehearsalExists(existing.clone()).into());
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| CliError::Io { path, source }
    };
    crate::store::create_private_dir_all(&days_dir).map_err(io(&days_dir))?;
    save_event(&event_path, event, false)?;
    for (day, path) in days.iter().zip(&targets[1..]) {
        write_new(&days_dir, path, day).map_err(io(path))?;
    }
    sync_dir(&days_dir).map_err(io(&days_dir))?;
    let acts: usize = days.iter().map(|d| d.acts.len()).sum();
    let d = crate::text::path(dir);
    outln!(
        "{}",
        say::rehearsal_written(lang, &event.id, date, days.len(), acts, dir)
    )?;
    outln!("{}", say::CommandWords::TryLeadSteps.get(lang))?;
    outln!(
        "  lgd consolidate {d}/days --event {} --out {d}/consolidated",
        crate::text::path(&event_path)
    )?;
    outln!("  lgd washup {d}/consolidated --lead LEAD")?;
    outln!("  lgd report {d}/consolidated/consolidated.json --out {d}/report")?;
    outln!("  lgd export xlsx {d}/consolidated/consolidated.json --out {d}/hasil.xlsx")?;
    Ok(())
}

/// Writes a day file whole or not at all (temp file, fsync, rename that never replaces), so an
/// interrupted run leaves no half-written file behind to block the next one.
fn write_new(dir: &Path, path: &Path, day: &DayRecord) -> std::io::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(day).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    let mut tmp = tempfile::Builder::new()
        .prefix(".lgd-day-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(&bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}
