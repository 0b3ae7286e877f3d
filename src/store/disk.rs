//! The file operations the writer uses, behind a trait so tests can make the disk fail on demand.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::perms::{no_follow, private_file};

/// The writes a day file needs; every method returns only once the data is durable.
pub trait Disk: Send {
    /// Appends `bytes` to the file at `path` (creating it) and makes them durable with fdatasync.
    /// A symlink at `path` is refused, never written through.
    fn append(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Cuts the file at `path` back to `len` bytes (to drop a half-written batch before retrying it).
    fn truncate(&mut self, path: &Path, len: u64) -> io::Result<()>;
    /// Creates the file at `path` afresh with `bytes` and makes it durable with fsync. Whatever was
    /// at `path` (a stale temp file, or a symlink planted there) is removed first, never followed:
    /// the new file is created exclusively.
    fn write_file(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// [`Disk::write_file`] with the bytes `fill` writes, so a disk that can streams them into
    /// the file instead of holding the whole file in memory first.
    fn write_file_with(
        &mut self,
        path: &Path,
        fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut bytes = Vec::new();
        fill(&mut bytes)?;
        self.write_file(path, &bytes)
    }
    /// Renames `from` over `to` (atomic on one file system).
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    /// Makes a folder's entries (new names, renames) durable.
    fn sync_dir(&mut self, dir: &Path) -> io::Result<()>;
    /// Whether `path` is still there and, when this disk appends to it, still the very file it
    /// appends to (not deleted, nor replaced by another file or a symlink).
    fn still_there(&mut self, path: &Path) -> bool;
}

/// The real file system; keeps the journal open between appends.
#[derive(Debug, Default)]
pub struct RealDisk {
    open: Option<(PathBuf, File)>,
}

impl RealDisk {
    fn appender(&mut self, path: &Path) -> io::Result<&mut File> {
        if self.open.as_ref().is_none_or(|(p, _)| p != path) {
            let mut o = private_file();
            no_follow(&mut o);
            let f = o.create(true).append(true).open(path)?;
            self.open = Some((path.to_path_buf(), f));
        }
        match &mut self.open {
            Some((_, f)) => Ok(f),
            None => Err(io::Error::other("journal not open")),
        }
    }

    /// A new file at `path`, whatever was there removed first, never followed.
    fn create_afresh(&mut self, path: &Path) -> io::Result<File> {
        self.forget(path);
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        private_file().write(true).create_new(true).open(path)
    }

    fn forget(&mut self, path: &Path) {
        if self.open.as_ref().is_some_and(|(p, _)| p == path) {
            self.open = None;
        }
    }
}

impl Disk for RealDisk {
    fn append(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let f = self.appender(path)?;
        f.write_all(bytes)?;
        f.sync_data()
    }

    fn truncate(&mut self, path: &Path, len: u64) -> io::Result<()> {
        let f = self.appender(path)?;
        f.set_len(len)?;
        f.sync_data()
    }

    fn write_file(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut f = self.create_afresh(path)?;
        f.write_all(bytes)?;
        f.sync_all()
    }

    fn write_file_with(
        &mut self,
        path: &Path,
        fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut f = self.create_afresh(path)?;
        // A day of 20,000 acts is 7 MB of JSON: written as it is encoded, never held whole.
        let mut out = io::BufWriter::with_capacity(1 << 16, &mut f);
        fill(&mut out)?;
        out.flush()?;
        drop(out);
        f.sync_all()
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        // A handle on the file being replaced would keep appending to the old one.
        self.forget(from);
        self.forget(to);
        std::fs::rename(from, to)
    }

    fn sync_dir(&mut self, dir: &Path) -> io::Result<()> {
        sync_dir(dir)
    }

    fn still_there(&mut self, path: &Path) -> bool {
        let Ok(at_path) = std::fs::symlink_metadata(path) else {
            return false;
        };
        if at_path.file_type().is_symlink() {
            return false;
        }
        match &self.open {
            Some((p, f)) if p == path => f.metadata().is_ok_and(|held| same_file(&held, &at_path)),
            _ => true,
        }
    }
}

/// Whether two metadata describe one file that still has a name.
#[cfg(unix)]
fn same_file(held: &std::fs::Metadata, at_path: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    held.nlink() > 0 && held.dev() == at_path.dev() && held.ino() == at_path.ino()
}

/// Other platforms refuse to delete an open file, so the path being there is enough.
#[cfg(not(unix))]
fn same_file(_held: &std::fs::Metadata, _at_path: &std::fs::Metadata) -> bool {
    true
}

/// Makes a folder's entries durable; Windows has no folder handles to sync and commits renames itself.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// A fault a [`FaultyDisk`] injects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Every write fails with "no space left on device".
    NoSpace,
    /// Every write fails with "read-only file system".
    ReadOnly,
    /// Appends write half their bytes and then fail, as a full disk does mid-write.
    Torn,
    /// Every write blocks until the fault is cleared, as a frozen or hung disk does.
    Frozen,
}

/// Turns faults on and off from a test while the writer thread owns the disk.
#[derive(Debug, Clone, Default)]
pub struct FaultSwitch(Arc<Mutex<Option<Fault>>>);

impl FaultSwitch {
    /// Makes every following write fail with `fault`.
    pub fn set(&self, fault: Fault) {
        if let Ok(mut f) = self.0.lock() {
            *f = Some(fault);
        }
    }

    /// Lets writes succeed again.
    pub fn clear(&self) {
        if let Ok(mut f) = self.0.lock() {
            *f = None;
        }
    }

    fn get(&self) -> Option<Fault> {
        self.0.lock().map(|f| *f).unwrap_or(None)
    }
}

/// The real disk with faults injected on demand, for tests of what the user sees when the disk fails.
#[derive(Debug, Default)]
pub struct FaultyDisk {
    inner: RealDisk,
    switch: FaultSwitch,
}

impl FaultyDisk {
    /// A disk that works until `switch` says otherwise.
    pub fn new(switch: FaultSwitch) -> Self {
        FaultyDisk {
            inner: RealDisk::default(),
            switch,
        }
    }

    fn check(&self) -> io::Result<()> {
        while self.switch.get() == Some(Fault::Frozen) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        match self.switch.get() {
            None | Some(Fault::Frozen) => Ok(()),
            Some(Fault::NoSpace | Fault::Torn) => Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device (injected)",
            )),
            Some(Fault::ReadOnly) => Err(io::Error::new(
                io::ErrorKind::ReadOnlyFilesystem,
                "read-only file system (injected)",
            )),
        }
    }
}

impl Disk for FaultyDisk {
    fn append(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.switch.get() == Some(Fault::Torn) {
            self.inner.append(path, &bytes[..bytes.len() / 2])?;
        }
        self.check()?;
        self.inner.append(path, bytes)
    }

    fn truncate(&mut self, path: &Path, len: u64) -> io::Result<()> {
        self.check()?;
        self.inner.truncate(path, len)
    }

    fn write_file(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.check()?;
        self.inner.write_file(path, bytes)
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.check()?;
        self.inner.rename(from, to)
    }

    fn sync_dir(&mut self, dir: &Path) -> io::Result<()> {
        self.check()?;
        self.inner.sync_dir(dir)
    }

    fn still_there(&mut self, path: &Path) -> bool {
        // Looking is not writing: a full disk still tells whether a file is there.
        self.inner.still_there(path)
    }
}
