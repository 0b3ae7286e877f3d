//! `lgd washup DIR_OR_CONSOLIDATED_FILE`: the integration meeting over a consolidation.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use super::launch::{locale_lang, parse_lang};
use super::launch_text as say;
use crate::clock::SystemClock;
use crate::consolidate::washup::open_washup_default;
use crate::model::{Lang, Role};
use crate::text::store::washup_error;
use crate::text::washup as text;
use crate::tui::shell;
use crate::tui::washup::app::{Status, WashupApp};
use crate::tui::washup::run as washup;

/// Arguments of `lgd washup`.
#[derive(Debug, clap::Args)]
pub struct WashupArgs {
    /// The folder `lgd consolidate --out` wrote, or its consolidated.json.
    pub path: PathBuf,
    /// Observer id of whoever decides (default: the event's lead observer among the day files).
    #[arg(long)]
    pub lead: Option<String>,
    /// Interface language: id (Bahasa Indonesia) or en (default from LC_ALL / LANG).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// Runs `lgd washup`.
pub fn run(args: &WashupArgs) -> ExitCode {
    let lang = args.lang.unwrap_or_else(locale_lang);
    if !std::io::stdout().is_terminal() {
        eprintln!("lgd washup: {}", say::needs_terminal(lang));
        return ExitCode::FAILURE;
    }
    let (tx, rx) = shell::inputs();
    let opened = match open_washup_default(&args.path, Some(shell::notifier(tx.clone()))) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("lgd washup: {}", washup_error(lang, &e));
            return ExitCode::FAILURE;
        }
    };
    let lead = args.lead.clone().or_else(|| {
        opened
            .consolidated
            .observers
            .iter()
            .find(|o| o.observer.role == Role::Lead)
            .map(|o| o.observer.id.clone())
    });
    let Some(lead) = lead else {
        eprintln!("lgd washup: {}", say::no_lead(lang));
        return ExitCode::FAILURE;
    };
    let replay = opened.replay.clone();
    let mut app = WashupApp::new(
        opened.consolidated,
        lead,
        lang,
        Arc::new(SystemClock::default()),
        replay.last_seq,
    );
    if replay.applied > 0 || !replay.problems.is_empty() {
        app.status = Some(Status::Line(text::replayed(
            lang,
            replay.applied,
            replay.problems.len(),
        )));
    }
    match washup::run(app, opened.writer, &tx, &rx).map(|e| e.warnings) {
        Ok(warnings) => {
            for p in replay.problems.iter().chain(&warnings) {
                eprintln!("lgd washup: {p}");
            }
            if warnings.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("lgd washup: {}", say::washup_terminal_failed(lang, &e));
            ExitCode::FAILURE
        }
    }
}
