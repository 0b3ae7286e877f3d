//! Writing the event file so that a crash or power cut leaves either the old file or the new one.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::Event;

/// Why the event file was not written.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file is there and overwriting was not asked for.
    #[error("{0} already exists; choose another --out or pass --force to replace it")]
    Exists(PathBuf),
    /// The disk refused.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The event could not be turned into JSON.
    #[error("cannot encode the event: {0}")]
    Json(#[from] serde_json::Error),
}

/// Writes `event` as pretty JSON: temp file in the same folder, fsync, rename, fsync the folder.
/// Without `overwrite` an existing file is never replaced, even one that appears meanwhile.
pub fn save_event(path: &Path, event: &Event, overwrite: bool) -> Result<(), SaveError> {
    if !overwrite && path.exists() {
        return Err(SaveError::Exists(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SaveError::Io { path, source }
    };
    let mut json = serde_json::to_string_pretty(event)?;
    json.push('\n');
    let mut tmp = tempfile::Builder::new()
        .prefix(".lgd-event-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io(dir))?;
    tmp.write_all(json.as_bytes()).map_err(io(tmp.path()))?;
    tmp.as_file().sync_all().map_err(io(tmp.path()))?;
    let persisted = if overwrite {
        tmp.persist(path)
    } else {
        tmp.persist_noclobber(path)
    };
    persisted.map_err(|e| match e.error.kind() {
        std::io::ErrorKind::AlreadyExists => SaveError::Exists(path.to_path_buf()),
        _ => io(path)(e.error),
    })?;
    sync_folder(dir).map_err(io(dir))
}

/// Makes the rename itself durable; Windows has no folder handle to sync, and NTFS journals renames.
fn sync_folder(dir: &Path) -> std::io::Result<()> {
    if cfg!(unix) {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}
