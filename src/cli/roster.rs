//! `lgd roster EVENT_FILE`: the lead assessor edits the roster before the day in the terminal app;
//! every change is validated and written to the event file at once, with undo.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::launch::{locale_lang, parse_lang};
use super::output::{self, outln};
use crate::catalog::Catalog;
use crate::load::{Document, LoadError, read_document_noting_ignored};
use crate::model::validate::validate_event;
use crate::model::{Event, Lang};
use crate::setup::{EventLock, LockError, Rules, Targets};
use crate::store::DataDir;
use crate::text::store::lock_error;
use crate::tui::roster::{self, DayFiles, LeadState, RosterApp};
use crate::tui::shell;

/// Arguments of `lgd roster`.
#[derive(Debug, clap::Args)]
pub struct RosterArgs {
    /// The event file to edit (lgd-event JSON); it is rewritten after every change.
    pub event: PathBuf,
    /// Interface language: id (Bahasa Indonesia) or en (default from LC_ALL / LANG).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
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
pub fn run(args: RosterArgs) -> ExitCode {
    match edit(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lgd: {e}");
            ExitCode::FAILURE
        }
    }
}

fn edit(args: RosterArgs) -> Result<ExitCode, String> {
    // Read once before the lock so a file that cannot be edited is refused without leaving a
    // lock file beside it; the copy edited is read again under the lock.
    read_editable(&args.event)?;
    let lang = args.lang.unwrap_or_else(locale_lang);
    // Before the terminal is touched, so a second editor is refused with a readable message.
    let (_lock, event) = open(&args.event, lang, EventLock::take)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(
            "editing the roster needs an interactive terminal (run it directly, not through a pipe)"
                .into(),
        );
    }
    let targets = targets(&args, &event);
    let days = DataDir::resolve(args.dir.clone())
        .ok()
        .map(|d| (day_files(&d, &event.id), d));
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
            folder: folder.display().to_string(),
        });
    }
    let app = RosterApp::new(state, lang);
    let (tx, rx) = shell::inputs();
    let ended = roster::run(app, &tx, &rx).map_err(|e| {
        format!(
            "terminal error: {e}; every change shown as saved is in {}",
            args.event.display()
        )
    })?;
    if ended.warnings.is_empty() {
        let said = outln!("lgd: {} is saved", args.event.display());
        return Ok(output::exit_code(said.map(|()| ExitCode::SUCCESS)));
    }
    for w in ended.warnings {
        eprintln!("lgd: {w}");
    }
    Ok(ExitCode::FAILURE)
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
/// before the lock is in the copy edited, and none can start until the editor closes. A refused
/// lock is told in `lang`: the editor's screen would have been.
fn open<L>(
    path: &Path,
    lang: Lang,
    lock: impl FnOnce(&Path) -> Result<L, LockError>,
) -> Result<(L, Event), String> {
    let held = lock(path).map_err(|e| lock_error(lang, &e))?;
    let event = read_editable(path)?;
    Ok((held, event))
}

/// The event in `path` if `lgd roster` can edit it: a valid event with groups.
fn read_editable(path: &Path) -> Result<Event, String> {
    let (document, ignored) = read_document_noting_ignored(path).map_err(|e| e.to_string())?;
    let event = match document {
        // Every change rewrites the file: keys lgd does not read would be lost at the first one.
        Document::Event(_) if !ignored.is_empty() => {
            return Err(LoadError::UnknownKeys {
                file: path.display().to_string(),
                keys: ignored,
            }
            .to_string());
        }
        Document::Event(e) => *e,
        _ => {
            return Err(format!(
                "{} is not an event file (its format is not \"lgd-event\")",
                path.display()
            ));
        }
    };
    let problems = validate_event(&event, Catalog::builtin().resolver());
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("  - {p}");
        }
        return Err(format!(
            "{} has {} problem(s), listed above; lgd roster edits only a valid event: correct them in the file first",
            path.display(),
            problems.len()
        ));
    }
    if event.groups.is_empty() {
        return Err(format!(
            "{} has no groups; lgd roster edits the groups of an event: form them with lgd new (--groups N, or a Kelompok column in the roster)",
            path.display()
        ));
    }
    Ok(event)
}

/// Day files (`YYYY-MM-DD_OBSERVER.json`) of the event in the data folder.
fn day_files(dir: &DataDir, event_id: &str) -> usize {
    let Ok(folder) = dir.event_dir(event_id) else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| is_day_file(&e.path()))
        .count()
}

fn is_day_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".json")
        && name.len() > 16
        // `get`, not slicing: a file name with a non-ASCII character at byte 10 is not a day file.
        && name
            .get(..10)
            .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
        && name.as_bytes().get(10) == Some(&b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_files_are_counted_and_other_names_never_panic() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = DataDir::at(tmp.path().to_path_buf());
        let folder = tmp.path().join("acara");
        std::fs::create_dir_all(&folder).expect("folder");
        // "é" straddles byte 10, where the date would end.
        for name in [
            "2026-12-03_A01.json",
            "catatan-ké-2_rapat.json",
            "ééééééééé.json",
            "2026-12-03_A01.json.tmp",
        ] {
            std::fs::write(folder.join(name), "{}").expect("file");
        }
        assert!(!is_day_file(Path::new("catatan-ké-2_rapat.json")));
        assert_eq!(day_files(&dir, "acara"), 1);
    }

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
        let err = read_editable(&path).expect_err("refused");
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
            lang: None,
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
            lang: Some(Lang::En),
            seed: 1,
            min_observers: None,
            max_per_observer: None,
            dir: Some(tmp.path().join("data")),
        };
        let err = edit(args).expect_err("refused");
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
