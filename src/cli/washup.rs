//! `lgd washup DIR_OR_CONSOLIDATED_FILE`: the integration meeting over a consolidation.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use super::Ctx;
use super::error::{CliError, Refusal, Saved};
use super::output::errln;
use crate::clock::SystemClock;
use crate::consolidate::washup::open_washup_default;
use crate::text::washup as text;
use crate::tui::shell;
use crate::tui::washup::app::{Status, WashupApp, default_lead};
use crate::tui::washup::run as washup;

/// Arguments of `lgd washup`.
#[derive(Debug, clap::Args)]
pub struct WashupArgs {
    /// The folder `lgd consolidate --out` wrote, or its consolidated.json.
    pub path: PathBuf,
    /// Who decides (default: the event's lead assessor, else its lead observer; asked once if neither).
    #[arg(long)]
    pub lead: Option<String>,
}

/// Runs `lgd washup`.
pub fn run(args: &WashupArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    let lang = ctx.lang;
    if !std::io::stdout().is_terminal() {
        return Err(Refusal::NeedsTerminal.into());
    }
    let (tx, rx) = shell::inputs();
    let opened = open_washup_default(&args.path, Some(shell::notifier(tx.clone())))?;
    let lead = args
        .lead
        .clone()
        .or_else(|| default_lead(&opened.consolidated))
        .or_else(|| ask_lead(lang));
    let Some(lead) = lead else {
        return Err(Refusal::NoLead.into());
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
    match washup::run(app, opened.writer, replay.applied > 0, &tx, &rx).map(|e| e.warnings) {
        Ok(warnings) => {
            for p in &replay.problems {
                errln!("lgd washup: {p}");
            }
            if warnings.is_empty() {
                Ok(ExitCode::SUCCESS)
            } else {
                Err(CliError::Unsaved(warnings))
            }
        }
        Err(e) => Err(CliError::Terminal {
            source: e,
            saved_in: Saved::WashupJournal,
        }),
    }
}

/// Asks once on the terminal who leads, when neither `--lead` nor the event names anyone.
fn ask_lead(lang: crate::model::Lang) -> Option<String> {
    use crate::text::Words;
    use std::io::Write;
    let mut err = std::io::stderr();
    write!(err, "{}", text::W::LeadPrompt.get(lang)).ok()?;
    err.flush().ok()?;
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).ok()?;
    let name = line.trim();
    (!name.is_empty()).then(|| name.to_string())
}
