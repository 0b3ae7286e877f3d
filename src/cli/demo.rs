//! `lgd demo`: observe the built-in Tangerang Selatan demo event, no files needed.

use std::path::PathBuf;
use std::process::ExitCode;

use super::launch::{Launch, launch, parse_lang};
use crate::catalog::demo_event;
use crate::model::Lang;

/// Arguments of `lgd demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Data folder for the day file (default: LGD_DIR, else the platform data folder).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Observer id in the demo event.
    #[arg(long, default_value = "A01")]
    pub observer: String,
    /// Interface language: id (Bahasa Indonesia) or en (default from LC_ALL / LANG).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// Runs `lgd demo`.
pub fn run(args: DemoArgs) -> ExitCode {
    let event = match demo_event() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("lgd: the built-in demo event cannot be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    launch(Launch {
        event,
        observer: args.observer,
        group: None,
        date: None,
        dir: args.dir,
        lang: args.lang,
    })
}
