//! No output lands on lgd's own records (issue 13 item 1), on the real binary: a day file, its
//! journal and backup, an event, a consolidation and the wash-up journal are recognised by content
//! and never written over, not even with --force; an earlier output of the same kind is replaced
//! freely; anything else needs --force.

mod common;

use std::path::{Path, PathBuf};

use common::day::{code, day_file, open};
use common::{run, stderr};

/// A rehearsed event in `dir`: the event file, its days and their consolidation.
struct Rehearsed {
    event: PathBuf,
    days: PathBuf,
    consolidated: PathBuf,
}

fn rehearse(dir: &Path) -> Rehearsed {
    let o = run(["demo", "--rehearse"]
        .map(String::from)
        .into_iter()
        .chain([dir.display().to_string()]));
    assert!(o.status.success(), "{}", stderr(&o));
    let event = std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("event file");
    let days = dir.join("days");
    let out = dir.join("c");
    let o = run([
        "consolidate".as_ref(),
        days.as_os_str(),
        "--event".as_ref(),
        event.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    Rehearsed {
        event,
        days,
        consolidated: out.join("consolidated.json"),
    }
}

fn lgd(args: &[&dyn AsRef<std::ffi::OsStr>]) -> std::process::Output {
    run(args.iter().map(|a| a.as_ref().to_os_string()))
}

fn a_day(days: &Path) -> PathBuf {
    std::fs::read_dir(days)
        .expect("days")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("a day")
}

/// Asserts the command was refused and `path` still holds `before`.
fn refused_and_kept(o: &std::process::Output, path: &Path, before: &[u8]) {
    assert_eq!(o.status.code(), Some(1), "{}", stderr(o));
    assert_eq!(
        std::fs::read(path).expect("still there"),
        before,
        "{}",
        path.display()
    );
}

#[test]
fn a_journal_with_pending_changes_is_never_an_export_target() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut day = open(tmp.path()).expect("open");
    code(&mut day, 1, 12);
    day.writer
        .flush(std::time::Duration::from_secs(10))
        .expect("flush");
    let json = day_file(tmp.path());
    let journal = json.with_extension("journal");
    let before = std::fs::read(&journal).expect("journal");
    assert!(!before.is_empty());
    for force in [false, true] {
        let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![
            &"export",
            &"events",
            &json,
            &"--format",
            &"tidy",
            &"--out",
            &journal,
        ];
        if force {
            args.push(&"--force");
        }
        refused_and_kept(&lgd(&args), &journal, &before);
    }
    // Renamed, the journal is still recognised by its lines.
    let renamed = tmp.path().join("log.csv");
    std::fs::write(&renamed, &before).expect("copy");
    let o = lgd(&[&"export", &"events", &json, &"--out", &renamed, &"--force"]);
    refused_and_kept(&o, &renamed, &before);
    drop(day);
}

#[test]
fn exports_never_replace_a_consolidation_a_washup_journal_an_event_or_a_day() {
    let tmp = tempfile::tempdir().expect("tmp");
    let r = rehearse(tmp.path());
    let other = tmp.path().join("B");
    std::fs::create_dir_all(&other).expect("B");
    let other_consolidated = other.join("consolidated.json");
    std::fs::copy(&r.consolidated, &other_consolidated).expect("copy");
    let washup = other.join("washup.journal");
    std::fs::write(
        &washup,
        "{\"seq\":1,\"type\":\"consensus\",\"participant\":\"P1\",\"competency\":\"K1\",\"level\":3.0,\"reason\":\"agreed\",\"by\":\"lead\"}\n",
    )
    .expect("washup");
    let renamed_washup = other.join("decisions.txt");
    std::fs::copy(&washup, &renamed_washup).expect("copy");
    let day = a_day(&r.days);
    let renamed_day = other.join("results.xlsx");
    std::fs::copy(&day, &renamed_day).expect("copy");
    for target in [
        &other_consolidated,
        &washup,
        &renamed_washup,
        &r.event,
        &day,
        &renamed_day,
    ] {
        let before = std::fs::read(target).expect("read");
        let o = lgd(&[
            &"export",
            &"xlsx",
            &r.consolidated,
            &"--out",
            target,
            &"--force",
        ]);
        refused_and_kept(&o, target, &before);
        let o = lgd(&[
            &"export",
            &"events",
            &r.days,
            &"--format",
            &"boris",
            &"--out",
            target,
            &"--force",
        ]);
        refused_and_kept(&o, target, &before);
    }
    // A report or CSV folder that holds a record is not written into either.
    let o = lgd(&[&"report", &r.consolidated, &"--out", &other, &"--force"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!other.join("report.html").exists());
    let o = lgd(&[
        &"export",
        &"csv",
        &r.consolidated,
        &"--out",
        &other,
        &"--force",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn new_with_force_replaces_an_event_but_never_a_day_file() {
    let tmp = tempfile::tempdir().expect("tmp");
    let r = rehearse(tmp.path());
    let day = a_day(&r.days);
    let before = std::fs::read(&day).expect("day");
    let roster = tmp.path().join("r.csv");
    std::fs::write(&roster, "Nama\nBudi\nSiti\nAgus\nDewi\n").expect("roster");
    let new = |out: &Path, force: bool| {
        let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![
            &"new",
            &"--name",
            &"Seleksi",
            &"--roster",
            &roster,
            &"--groups",
            &"1",
            &"--out",
            &out,
        ];
        if force {
            args.push(&"--force");
        }
        lgd(&args)
    };
    refused_and_kept(&new(&day, true), &day, &before);
    let event_before = std::fs::read(&r.event).expect("event");
    refused_and_kept(&new(&r.event, false), &r.event, &event_before);
    let o = new(&r.event, true);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_ne!(std::fs::read(&r.event).expect("event"), event_before);
    // consolidate --out never lands on a folder whose consolidated.json is a day file.
    let trap = tmp.path().join("trap");
    std::fs::create_dir_all(&trap).expect("trap");
    std::fs::copy(&day, trap.join("consolidated.json")).expect("copy");
    let o = lgd(&[&"consolidate", &r.days, &"--out", &trap]);
    refused_and_kept(&o, &trap.join("consolidated.json"), &before);
}

#[test]
fn an_earlier_output_is_replaced_and_anything_else_needs_force() {
    let tmp = tempfile::tempdir().expect("tmp");
    let r = rehearse(tmp.path());
    let outs = [
        ("xlsx", tmp.path().join("out.xlsx")),
        ("csv", tmp.path().join("csv")),
    ];
    for (verb, out) in &outs {
        for _ in 0..2 {
            let o = lgd(&[&"export", verb, &r.consolidated, &"--out", out]);
            assert!(o.status.success(), "{verb}: {}", stderr(&o));
        }
    }
    let report = tmp.path().join("report");
    for _ in 0..2 {
        let o = lgd(&[&"report", &r.consolidated, &"--out", &report]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    for (format, name) in [
        ("tidy", "log.csv"),
        ("tidy", "log.xlsx"),
        ("boris", "b.boris"),
    ] {
        let out = tmp.path().join(name);
        for _ in 0..2 {
            let o = lgd(&[
                &"export",
                &"events",
                &r.days,
                &"--format",
                &format,
                &"--out",
                &out,
            ]);
            assert!(o.status.success(), "{name}: {}", stderr(&o));
        }
    }
    // Consolidating again into the same folder is normal.
    let out = r.consolidated.parent().expect("folder");
    let o = lgd(&[
        &"consolidate",
        &r.days,
        &"--event",
        &r.event,
        &"--out",
        &out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A user's own file is kept unless --force.
    let notes = tmp.path().join("notes.txt");
    std::fs::write(&notes, "my notes\n").expect("notes");
    let o = lgd(&[&"export", &"events", &r.days, &"--out", &notes]);
    refused_and_kept(&o, &notes, b"my notes\n");
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    let o = lgd(&[&"export", &"events", &r.days, &"--out", &notes, &"--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // And the refusal speaks Indonesian when asked.
    let o = lgd(&[
        &"--lang",
        &"id",
        &"export",
        &"xlsx",
        &r.consolidated,
        &"--out",
        &r.event,
    ]);
    assert!(
        stderr(&o).contains("tidak pernah ditimpa"),
        "{}",
        stderr(&o)
    );
}

/// Every output about named civil servants is the user's alone: files 0600, folders 0700 (issue
/// 13 item 6), also where an older, wider export is replaced.
#[cfg(unix)]
#[test]
fn every_output_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("tmp");
    let r = rehearse(tmp.path());
    let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
    let out = tmp.path().join("out");
    let old = out.join("old.csv");
    std::fs::create_dir_all(&out).expect("out");
    let log = |_: ()| {
        let o = lgd(&[&"export", &"events", &r.days, &"--out", &old]);
        assert!(o.status.success(), "{}", stderr(&o));
    };
    log(());
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    log(());
    assert_eq!(mode(&old), 0o600, "a replaced log");
    let files = [
        ("xlsx", out.join("new/book.xlsx")),
        ("csv", out.join("csv")),
    ];
    for (verb, path) in &files {
        let o = lgd(&[&"export", verb, &r.consolidated, &"--out", path]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    for (format, name) in [
        ("tidy", "t/log.csv"),
        ("tidy", "t/log.xlsx"),
        ("boris", "b/x.boris"),
    ] {
        let path = out.join(name);
        let o = lgd(&[
            &"export",
            &"events",
            &r.days,
            &"--format",
            &format,
            &"--out",
            &path,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = lgd(&[&"report", &r.consolidated, &"--out", &out.join("report")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut checked = 0;
    let mut stack = vec![
        out.join("new"),
        out.join("csv"),
        out.join("t"),
        out.join("b"),
        out.join("report"),
        tmp.path().join("days"),
    ];
    while let Some(p) = stack.pop() {
        checked += 1;
        if p.is_dir() {
            assert_eq!(mode(&p), 0o700, "{}", p.display());
            stack.extend(
                std::fs::read_dir(&p)
                    .expect("dir")
                    .flatten()
                    .map(|e| e.path()),
            );
        } else {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
    assert!(checked > 20, "{checked}");
}

/// Ids that Windows cannot use as file names, or that a command line reads as an option, are
/// refused with a message in both languages (issue 13 item 8).
#[test]
fn reserved_and_dash_ids_are_refused_in_both_languages() {
    let tmp = tempfile::tempdir().expect("tmp");
    let roster = tmp.path().join("r.csv");
    std::fs::write(&roster, "Nama\nBudi\nSiti\n").expect("roster");
    let out = tmp.path().join("ev.json");
    for (id, en, indonesian) in [
        ("CON", "Windows keeps for a device", "dicadangkan Windows"),
        ("lpt1", "Windows keeps for a device", "dicadangkan Windows"),
        ("-rf", "starts with '-'", "diawali '-'"),
    ] {
        for (lang, expected) in [("en", en), ("id", indonesian)] {
            let id_arg = format!("--id={id}");
            let o = lgd(&[
                &"--lang",
                &lang,
                &"new",
                &"--name",
                &"Seleksi",
                &id_arg,
                &"--roster",
                &roster,
                &"--groups",
                &"1",
                &"--out",
                &out,
            ]);
            assert_eq!(o.status.code(), Some(1), "{id}: {}", stderr(&o));
            assert!(stderr(&o).contains(expected), "{id} {lang}: {}", stderr(&o));
            assert!(!out.exists());
        }
    }
}

#[test]
fn a_day_file_cut_short_is_still_a_record_even_when_forced() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut day = open(tmp.path()).expect("open");
    code(&mut day, 1, 12);
    day.writer
        .flush(std::time::Duration::from_secs(10))
        .expect("flush");
    drop(day);
    let json = day_file(tmp.path());
    let whole = std::fs::read(&json).expect("day file");
    // A copy cut off mid-way (a full disk, a pulled USB stick), renamed: what names it a day
    // file comes first, so it is protected though it no longer parses.
    let cut = tmp.path().join("rekap.csv");
    std::fs::write(&cut, &whole[..whole.len() / 2]).expect("cut copy");
    let before = std::fs::read(&cut).expect("read");
    let o = lgd(&[&"export", &"events", &json, &"--out", &cut, &"--force"]);
    refused_and_kept(&o, &cut, &before);
}
