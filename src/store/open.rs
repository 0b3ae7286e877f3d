//! Opening a day file for writing (locked, repaired, with its writer) or just reading it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;

use super::day_journal::DayJournal;
use super::disk::{Disk, RealDisk};
use super::lock::DayLock;
use super::paths::{DataDir, DayPaths};
use super::perms::create_private_dir_all;
use super::perms::is_symlink;
use super::recover::{Loaded, Recovery, load};
use super::snapshot;
use super::writer::{Notify, Start, Writer};
use super::{Op, StoreError};
use crate::catalog::Catalog;
use crate::clock::Clock;
use crate::model::{ActIndex, DayRecord, Event};

/// A day file open for writing.
#[derive(Debug)]
pub struct OpenedDay {
    /// The day as recovered; the caller keeps it up to date and sends each change to `writer`.
    pub record: DayRecord,
    /// The writer thread; it holds the lock.
    pub writer: Writer,
    /// What opening found and repaired.
    pub recovery: Recovery,
    /// The day file.
    pub path: PathBuf,
}

/// How a day file is written; the defaults suit the app.
pub struct StoreOptions {
    /// The file operations (a fault-injecting disk in tests).
    pub disk: Box<dyn Disk>,
    /// Called after each writer reply.
    pub notify: Option<Notify>,
    /// How soon a failed write is tried again when nothing new arrives.
    pub retry_every: Duration,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            disk: Box::new(RealDisk::default()),
            notify: None,
            retry_every: Duration::from_millis(500),
        }
    }
}

/// Opens (or starts) `observer`'s day file for `event` on `date`, locked against a second lgd.
pub fn open_day(
    dir: &DataDir,
    event: &Event,
    observer: &str,
    group: Option<&str>,
    date: NaiveDate,
    clock: &dyn Clock,
) -> Result<OpenedDay, StoreError> {
    open_day_with(
        dir,
        event,
        observer,
        group,
        date,
        clock,
        StoreOptions::default(),
    )
}

/// [`open_day`] with a chosen disk, reply hook and retry interval.
pub fn open_day_with(
    dir: &DataDir,
    event: &Event,
    observer: &str,
    group: Option<&str>,
    date: NaiveDate,
    clock: &dyn Clock,
    options: StoreOptions,
) -> Result<OpenedDay, StoreError> {
    let json = dir.day_path(&event.id, date, observer)?;
    let paths = DayPaths::of(&json);
    create_private_dir_all(paths.dir())
        .map_err(|e| StoreError::io(Op::CreateFolder, paths.dir(), e))?;
    refuse_symlinks(&paths)?;
    let lock = DayLock::take(&paths.lock, &json)?;
    let fresh = || {
        let resolver = Catalog::builtin().resolver();
        Ok(DayRecord::begin(
            event,
            resolver,
            observer,
            group,
            date,
            clock.now(),
        )?)
    };
    let mut unknown = Vec::new();
    let mut loaded = load(&paths, fresh, Some(&mut unknown))?;
    if !unknown.is_empty() {
        // Rewriting would drop them (the top level keeps its unknown keys; lists cannot).
        return Err(StoreError::UnknownFields {
            path: json,
            fields: unknown,
        });
    }
    check_belongs(&json, &loaded.record, event, observer, group)?;
    let mut disk = options.disk;
    let stamp = clock.now().format("%Y%m%dT%H%M%S").to_string();
    repair(disk.as_mut(), &paths, &mut loaded, &stamp)?;
    if loaded.recovery.created {
        snapshot::write(disk.as_mut(), &paths, &loaded.record, &mut loaded.gens)
            .map_err(|e| StoreError::io(Op::Write, &json, e))?;
    }
    let carried: Vec<(u64, Vec<u8>)> = loaded
        .scan
        .lines
        .iter()
        .map(|l| (l.entry.seq, loaded.journal[l.range.clone()].to_vec()))
        .collect();
    let writer = Writer::spawn(Start {
        disk,
        target: DayJournal {
            paths,
            gens: loaded.gens,
            index: ActIndex::default(),
        },
        lock,
        state: loaded.record.clone(),
        carried,
        torn: false,
        durable: loaded.record.last_seq,
        retry_every: options.retry_every,
        notify: options.notify,
        keep_replies: true,
    })?;
    Ok(OpenedDay {
        record: loaded.record,
        writer,
        recovery: loaded.recovery,
        path: json,
    })
}

/// Reads a day file with its backup and journal, as `lgd check` and consolidation do: no lock, no writes.
pub fn read_day(path: &Path) -> Result<(DayRecord, Recovery), StoreError> {
    let paths = DayPaths::of(path);
    let missing = || {
        Err(StoreError::io(
            Op::Read,
            path,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        ))
    };
    let loaded = load(&paths, missing, None)?;
    Ok((loaded.record, loaded.recovery))
}

/// A link planted in the event folder would have lgd write a pid, lines or a snapshot through it.
fn refuse_symlinks(paths: &DayPaths) -> Result<(), StoreError> {
    let linked = [&paths.lock, &paths.json, &paths.journal, &paths.bak]
        .into_iter()
        .find(|p| is_symlink(p));
    match linked {
        Some(p) => Err(StoreError::Symlink { path: p.clone() }),
        None => Ok(()),
    }
}

fn check_belongs(
    json: &Path,
    record: &DayRecord,
    event: &Event,
    observer: &str,
    group: Option<&str>,
) -> Result<(), StoreError> {
    let mismatch = |what, found: &str, expected: &str| StoreError::Mismatch {
        path: json.to_path_buf(),
        what,
        found: found.to_string(),
        expected: expected.to_string(),
    };
    if record.event.id != event.id {
        return Err(mismatch("event", &record.event.id, &event.id));
    }
    if record.observer.id != observer {
        return Err(mismatch("observer", &record.observer.id, observer));
    }
    match group {
        Some(g) if g != record.group => Err(mismatch("group", &record.group, g)),
        _ => Ok(()),
    }
}

/// Keeps damaged files aside and leaves a clean journal to append to, so a torn tail never
/// swallows the next line. Nothing is deleted: damaged bytes are kept under new names.
fn repair(
    disk: &mut dyn Disk,
    paths: &DayPaths,
    loaded: &mut Loaded,
    stamp: &str,
) -> Result<(), StoreError> {
    let dir = paths.dir();
    if loaded.damaged_snapshot {
        let aside = paths.aside(&paths.json, "corrupt", stamp);
        disk.rename(&paths.json, &aside)
            .and_then(|()| disk.sync_dir(dir))
            .map_err(|e| StoreError::io(Op::SetAside, &paths.json, e))?;
        loaded.recovery.set_aside.push(aside);
    }
    if loaded.scan.skipped.is_empty() && loaded.scan.clean_end {
        return Ok(());
    }
    let io = |e| StoreError::io(Op::Repair, &paths.journal, e);
    if !loaded.scan.skipped.is_empty() {
        let aside = paths.aside(&paths.journal, "damaged", stamp);
        disk.write_file(&aside, &loaded.journal).map_err(io)?;
        loaded.recovery.set_aside.push(aside);
    }
    let mut clean = Vec::with_capacity(loaded.journal.len());
    for l in &loaded.scan.lines {
        clean.extend_from_slice(loaded.journal[l.range.clone()].trim_ascii_end());
        clean.push(b'\n');
    }
    disk.write_file(&paths.journal_tmp, &clean).map_err(io)?;
    disk.rename(&paths.journal_tmp, &paths.journal)
        .map_err(io)?;
    disk.sync_dir(dir).map_err(io)?;
    // The writer's view of the journal must match the repaired file byte for byte.
    loaded.journal = clean;
    loaded.scan = super::journal::scan(&loaded.journal);
    Ok(())
}
