//! What `lgd demo` and `lgd observe` share: checking everything before the terminal is touched,
//! opening the day file, and running the terminal app.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::NaiveDate;

use super::error::{CliError, Refusal, Saved};
use super::output::{errln, outln};
use crate::catalog::Catalog;
use crate::clock::{Clock, SystemClock};
use crate::model::validate::validate_event;
use crate::model::{Event, Lang};
use crate::session::Session;
use crate::store::{DataDir, StoreOptions, open_day_with};
use crate::text::launch as say;
use crate::text::store::recovery_problems;
use crate::tui::observe::app::{App, Status};
use crate::tui::{observe, shell};

/// Everything needed to start observing.
pub struct Launch {
    /// The event.
    pub event: Event,
    /// Observer id.
    pub observer: String,
    /// Group, when not the observer's own.
    pub group: Option<String>,
    /// Day; today when absent.
    pub date: Option<NaiveDate>,
    /// Data folder.
    pub dir: Option<PathBuf>,
    /// Language of the app and of every message.
    pub lang: Lang,
}

/// Checks the event, observer, group and terminal, opens the day and runs the app; every
/// message is in the app's language, as the screen that did not open would have been.
pub fn launch(l: Launch) -> Result<ExitCode, CliError> {
    let lang = l.lang;
    let problems = validate_event(&l.event, Catalog::builtin().resolver());
    if !problems.is_empty() {
        for p in &problems {
            errln!("  - {}", crate::text::check::problem(lang, p));
        }
        return Err(Refusal::EventProblems {
            event: l.event.id.clone(),
            count: problems.len(),
        }
        .into());
    }
    if l.event.observer(&l.observer).is_none() {
        let known: Vec<&str> = l.event.observers.iter().map(|o| o.id.as_str()).collect();
        return Err(Refusal::UnknownObserver {
            observer: l.observer.clone(),
            event: l.event.id.clone(),
            known: known.join(", "),
        }
        .into());
    }
    if let Some(g) = l.group.as_deref().filter(|g| l.event.group(g).is_none()) {
        let known: Vec<&str> = l.event.groups.iter().map(|g| g.id.as_str()).collect();
        return Err(Refusal::UnknownGroup {
            group: g.to_string(),
            known: known.join(", "),
        }
        .into());
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Refusal::NeedsTerminal.into());
    }
    let dir = DataDir::resolve(l.dir)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock::default());
    let date = l.date.unwrap_or_else(|| clock.now().date_naive());
    let (tx, rx) = shell::inputs();
    let options = StoreOptions {
        notify: Some(shell::notifier(tx.clone())),
        ..StoreOptions::default()
    };
    let opened = open_day_with(
        &dir,
        &l.event,
        &l.observer,
        l.group.as_deref(),
        date,
        clock.as_ref(),
        options,
    )?;
    let path = opened.path.clone();
    let session = Session::open(opened.record, clock);
    let mut app = App::new(session, Arc::new(l.event), lang);
    let problems = recovery_problems(lang, &opened.recovery);
    if opened.recovery.replayed > 0 || !problems.is_empty() {
        app.status = Some(Status::Recovered {
            replayed: opened.recovery.replayed,
            problems,
        });
    }
    match observe::run(app, opened.writer, &tx, &rx) {
        Ok(ended) if ended.warnings.is_empty() => {
            outln!("lgd: {}", say::saved(lang, &path))?;
            Ok(ExitCode::SUCCESS)
        }
        Ok(ended) => Err(CliError::Unsaved(ended.warnings)),
        Err(e) => Err(CliError::Terminal {
            source: e,
            saved_in: Saved::File(path),
        }),
    }
}
