//! `lgd observe EVENT_FILE --observer ID`: code a group discussion for a real event.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::launch::{Launch, launch, parse_lang};
use crate::load::{Document, read_document};
use crate::model::Lang;

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
    /// Interface language: id (Bahasa Indonesia) or en (default from LC_ALL / LANG).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// Runs `lgd observe`.
pub fn run(args: ObserveArgs) -> ExitCode {
    let event = match read_document(&args.event) {
        Ok(Document::Event(e)) => *e,
        Ok(_) => {
            eprintln!(
                "lgd: {} is not an event file (its format is not \"lgd-event\")",
                args.event.display()
            );
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("lgd: {e}");
            return ExitCode::FAILURE;
        }
    };
    launch(Launch {
        event,
        observer: args.observer,
        group: args.group,
        date: args.date,
        dir: args.dir,
        lang: args.lang,
    })
}
