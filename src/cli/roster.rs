//! `lgd roster EVENT_FILE`: the lead assessor edits the roster before the day in the terminal app;
//! every change is validated and written to the event file at once, with undo.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Ctx;
use super::error::{CliError, Refusal, Saved};
use super::output::{errln, outln};
use crate::catalog::Catalog;
use crate::load::{Document, LoadError, read_document_noting_ignored};
use crate::model::validate::validate_event;
use crate::model::{Event, Lang};
use crate::setup::{EventLock, LockError, Rules, Targets};
use crate::store::DataDir;
use crate::text::commands as say;
use crate::tui::roster::{self, DayFiles, LeadState, RosterApp};
use crate::tui::shell;

/// Arguments of `lgd roster`.
#[derive(Debug, clap::Args)]
pub struct RosterArgs {
    /// The event file to edit (lgd-event JSON); it is rewritten after every change.
    pub event: PathBuf,
    /// The first seed of a new arrangement in the re-balance preview (b, then Tab).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Observers each participant needs, for coverage planned after a move or re-balance
    /// [default: the event's settings.min_observers, as lgd new planned it, else 2].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub min_observers: Option<u32>,
    /// Participants one observer can rate [default: the event's settings.max_per_observer, else 5].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_per_observer: Option<u32>,
    /// Data folder to look for day files already made for this event (default: LGD_DIR, else
    /// the platform data folder).
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Runs `lgd roster`.
pub fn run(args: RosterArgs, ctx: Ctx) -> Result<ExitCode, CliError> {
    // Read once before the lock so a file that cannot be edited is refused without leaving a
    // lock file beside it; the copy edited is read again under the lock.
    let lang = ctx.lang;
    read_editable(&args.event, lang)?;
    // Before the terminal is touched, so a second editor is refused with a readable message.
    let (_lock, event) = open(&args.event, lang, EventLock::take)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Refusal::NeedsTerminal.into());
    }
    let targets = targets(&args, &event);
    let days = DataDir::resolve(args.dir.clone())
        .ok()
        .map(|d| (d.day_files(&event.id).len(), d));
    let mut state = LeadState::new(
        event,
        args.event.clone(),
        Rules::builtin(targets),
        args.seed,
    );
    if let Some((count, dir)) = days.filter(|(n, _)| *n > 0) {
        let folder = dir.root().join(&state.editor.event().id);
        state.day_files = Some(DayFiles {
            count,
            folder: crate::text::path(&folder).to_string(),
        });
    }
    let app = RosterApp::new(state, lang);
    let (tx, rx) = shell::inputs();
    let ended = roster::run(app, &tx, &rx).map_err(|e| CliError::Terminal {
        source: e,
        saved_in: Saved::File(args.event.clone()),
    })?;
    if ended.warnings.is_empty() {
        outln!("lgd: {}", say::roster_saved(lang, &args.event))?;
        return Ok(ExitCode::SUCCESS);
    }
    Err(CliError::Unsaved(ended.warnings))
}

/// The coverage targets: the flags given, else those the event was planned with.
fn targets(args: &RosterArgs, event: &Event) -> Targets {
    let planned = Targets::of(event);
    Targets {
        min_observers: args
            .min_observers
            .map_or(planned.min_observers, |n| n as usize),
        max_per_observer: args
            .max_per_observer
            .map_or(planned.max_per_observer, |n| n as usize),
    }
}

/// Takes the lock with `lock`, then reads the event: an import or `lgd new --force` that finished
/// before the lock is in the copy edited, and none can start until the editor closes.
fn open<L>(
    path: &Path,
    lang: Lang,
    lock: impl FnOnce(&Path) -> Result<L, LockError>,
) -> Result<(L, Event), CliError> {
    let held = lock(path)?;
    let event = read_editable(path, lang)?;
    Ok((held, event))
}

/// The event in `path` if `lgd roster` can edit it: a valid event with groups.
fn read_editable(path: &Path, lang: Lang) -> Result<Event, CliError> {
    let (document, ignored) = read_document_noting_ignored(path)?;
    let event = match document {
        // Every change rewrites the file: keys lgd does not read would be lost at the first one.
        Document::Event(_) if !ignored.is_empty() => {
            return Err(LoadError::UnknownKeys {
                file: crate::text::path(path).to_string(),
                keys: ignored,
            }
            .into());
        }
        Document::Event(e) => *e,
        _ => return Err(Refusal::NotAnEvent(path.to_path_buf()).into()),
    };
    let problems = validate_event(&event, Catalog::builtin().resolver());
    if !problems.is_empty() {
        for p in &problems {
            errln!("  - {}", crate::text::check::problem(lang, p));
        }
        return Err(Refusal::InvalidForRoster {
            path: path.to_path_buf(),
            count: problems.len(),
        }
        .into());
    }
    if event.groups.is_empty() {
        return Err(Refusal::NoGroups(path.to_path_buf()).into());
    }
    Ok(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An import that writes the file just before the lock is taken is in the copy edited.
    #[test]
    fn the_event_is_read_after_the_lock_is_taken() {
        let tmp = tempfile::tempdir().expect("tmp");
        let path = tmp.path().join("acara.json");
        let demo = crate::catalog::demo_event().expect("demo");
        crate::setup::save_event(&path, &demo, false).expect("save");
        let mut imported = demo.clone();
        imported.name = "Asesmen (with imports)".into();
        let (lock, event) = open(&path, Lang::En, |p| {
            crate::setup::save_event(p, &imported, true).expect("import in the gap");
            EventLock::take(p)
        })
        .expect("opened");
        assert_eq!(event.name, "Asesmen (with imports)");
        drop(lock);
    }

    #[test]
    fn an_event_with_keys_lgd_does_not_know_is_refused_and_left_as_it_is() {
        let tmp = tempfile::tempdir().expect("tmp");
        let path = tmp.path().join("acara.json");
        let mut v: serde_json::Value =
            serde_json::from_str(crate::catalog::DEMO_EVENT_JSON).expect("demo");
        v["note_for_team"] = "bawa proyektor".into();
        v["participants"][3]["hobby"] = "catur".into();
        let text = serde_json::to_string_pretty(&v).expect("json");
        std::fs::write(&path, &text).expect("write");
        let err = read_editable(&path, Lang::En)
            .expect_err("refused")
            .to_string();
        assert!(
            err.contains("note_for_team") && err.contains("participants.3.hobby"),
            "{err}"
        );
        assert!(err.contains("Remove or rename"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    }

    #[test]
    fn the_event_s_coverage_targets_are_used_unless_flags_say_otherwise() {
        let mut ev = crate::catalog::demo_event().expect("demo");
        let mut args = RosterArgs {
            event: "acara.json".into(),
            seed: 1,
            min_observers: None,
            max_per_observer: None,
            dir: None,
        };
        assert_eq!(targets(&args, &ev), Targets::default());
        ev.settings.min_observers = Some(3);
        ev.settings.max_per_observer = Some(4);
        let t = targets(&args, &ev);
        assert_eq!((t.min_observers, t.max_per_observer), (3, 4));
        args.max_per_observer = Some(6);
        let t = targets(&args, &ev);
        assert_eq!((t.min_observers, t.max_per_observer), (3, 6));
    }

    #[test]
    fn an_event_without_groups_is_refused_before_any_lock_file_is_made() {
        let tmp = tempfile::tempdir().expect("tmp");
        let path = tmp.path().join("acara.json");
        let mut ev = crate::catalog::demo_event().expect("demo");
        ev.groups.clear();
        for o in &mut ev.observers {
            o.group = None;
            o.coverage.clear();
        }
        crate::setup::save_event(&path, &ev, false).expect("save");
        let args = RosterArgs {
            event: path.clone(),
            seed: 1,
            min_observers: None,
            max_per_observer: None,
            dir: Some(tmp.path().join("data")),
        };
        let ctx = Ctx {
            lang: Lang::En,
            asked: None,
        };
        let err = run(args, ctx).expect_err("refused").to_string();
        assert!(
            err.contains("has no groups") && err.contains("lgd new"),
            "{err}"
        );
        assert!(
            !crate::setup::lock_path(&path).exists(),
            "no stray lock file"
        );
    }
}
