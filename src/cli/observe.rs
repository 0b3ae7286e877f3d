//! `lgd observe EVENT_FILE --observer ID`: code a group discussion for a real event.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::launch::{Launch, launch, locale_lang, parse_lang};
use super::launch_text as say;
use crate::load::{Document, read_document};
use crate::model::Lang;
use crate::text::store::load_error;

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
    let lang = args.lang.unwrap_or_else(locale_lang);
    let event = match read_document(&args.event) {
        Ok(Document::Event(e)) => *e,
        Ok(_) => {
            eprintln!("lgd: {}", say::not_an_event(lang, &args.event));
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("lgd: {}", load_error(lang, &e));
            return ExitCode::FAILURE;
        }
    };
    launch(Launch {
        event,
        observer: args.observer,
        group: args.group,
        date: args.date,
        dir: args.dir,
        lang: Some(lang),
    })
}
