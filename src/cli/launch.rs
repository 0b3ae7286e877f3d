//! What `lgd demo` and `lgd observe` share: checking everything before the terminal is touched,
//! opening the day file, and running the terminal app.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::NaiveDate;

use super::launch_text as say;
use super::output::{self, outln};
use crate::catalog::Catalog;
use crate::clock::{Clock, SystemClock};
use crate::model::validate::validate_event;
use crate::model::{Event, Lang};
use crate::session::Session;
use crate::store::{DataDir, StoreOptions, open_day_with};
use crate::text::store::{recovery_problems, store_error};
use crate::tui::observe::app::{App, Status};
use crate::tui::{observe, shell};

/// Parses `--lang`.
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}; use id or en"))
}

/// The language from the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; `id*` is Indonesian.
pub fn locale_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map_or(Lang::En, |v| Lang::from_locale(&v))
}

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
    /// Language; from the locale when absent.
    pub lang: Option<Lang>,
}

/// Checks the event, observer, group and terminal, opens the day and runs the app; every
/// message is in the app's language, as the screen that did not open would have been.
pub fn launch(l: Launch) -> ExitCode {
    let lang = l.lang.unwrap_or_else(locale_lang);
    let problems = validate_event(&l.event, Catalog::builtin().resolver());
    if !problems.is_empty() {
        eprintln!(
            "lgd: {}",
            say::event_problems(lang, &l.event.id, problems.len())
        );
        for p in &problems {
            eprintln!("  - {p}");
        }
        return ExitCode::FAILURE;
    }
    if l.event.observer(&l.observer).is_none() {
        let known: Vec<&str> = l.event.observers.iter().map(|o| o.id.as_str()).collect();
        let known = known.join(", ");
        eprintln!(
            "lgd: {}",
            say::unknown_observer(lang, &l.observer, &l.event.id, &known)
        );
        return ExitCode::FAILURE;
    }
    if let Some(g) = l.group.as_deref().filter(|g| l.event.group(g).is_none()) {
        let known: Vec<&str> = l.event.groups.iter().map(|g| g.id.as_str()).collect();
        eprintln!("lgd: {}", say::unknown_group(lang, g, &known.join(", ")));
        return ExitCode::FAILURE;
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("lgd: {}", say::needs_terminal(lang));
        return ExitCode::FAILURE;
    }
    let dir = match DataDir::resolve(l.dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("lgd: {}", store_error(lang, &e));
            return ExitCode::FAILURE;
        }
    };
    let clock: Arc<dyn Clock> = Arc::new(SystemClock::default());
    let date = l.date.unwrap_or_else(|| clock.now().date_naive());
    let (tx, rx) = shell::inputs();
    let options = StoreOptions {
        notify: Some(shell::notifier(tx.clone())),
        ..StoreOptions::default()
    };
    let opened = match open_day_with(
        &dir,
        &l.event,
        &l.observer,
        l.group.as_deref(),
        date,
        clock.as_ref(),
        options,
    ) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("lgd: {}", store_error(lang, &e));
            return ExitCode::FAILURE;
        }
    };
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
        Ok(ended) if ended.warnings.is_empty() => output::exit_code(
            outln!("lgd: {}", say::saved(lang, &path)).map(|()| ExitCode::SUCCESS),
        ),
        Ok(ended) => {
            for w in ended.warnings {
                eprintln!("lgd: {w}");
            }
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("lgd: {}", say::terminal_failed(lang, &e, &path));
            ExitCode::FAILURE
        }
    }
}
