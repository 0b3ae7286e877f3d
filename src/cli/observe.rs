//! `lgd observe EVENT_FILE --observer ID`: code a group discussion for a real event.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::Ctx;
use super::error::{CliError, Refusal};
use super::launch::{Launch, launch};
use crate::load::{Document, read_document};

/// Arguments of `lgd observe`.
#[derive(Debug, clap::Args)]
pub struct ObserveArgs {
    /// The event file (lgd-event JSON).
    pub event: PathBuf,
    /// Your observer id in the event.
    #[arg(long)]
    pub observer: String,
    /// The group to observe, when not the one the event assigns you.
    #[arg(long)]
    pub group: Option<String>,
    /// The event day, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub date: Option<NaiveDate>,
    /// Data folder for the day file (default: LGD_DIR, else the platform data folder).
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Runs `lgd observe`.
pub fn run(args: ObserveArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let event = match read_document(&args.event)? {
        Document::Event(e) => *e,
        _ => return Err(Refusal::NotAnEvent(args.event).into()),
    };
    launch(Launch {
        event,
        observer: args.observer,
        group: args.group,
        date: args.date,
        dir: args.dir,
        lang: ctx.lang,
    })
}
