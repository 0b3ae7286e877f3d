//! Reading and writing `consolidated.json`: atomic replacement, owner-only permissions, and a clear
//! refusal of files from a newer lgd.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::format::{CONSOLIDATED_FORMAT, CONSOLIDATED_FORMAT_VERSION, Consolidated};
use crate::load::{LoadError, parse_json};
use crate::store::{Disk, RealDisk, create_private_dir_all, private_file};

/// The file name consolidation writes into its output folder.
pub const CONSOLIDATED_FILE: &str = "consolidated.json";

/// Why `consolidated.json` could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The disk refused.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// Not JSON, not a consolidated file, or from a newer lgd.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Writes `c` to `path` so that a crash leaves the old file or the new one: temp file beside it,
/// fsync, rename, fsync the folder (the store's disk operations), readable by the owner only.
pub fn write_consolidated(path: &Path, c: &Consolidated) -> Result<(), FileError> {
    let io = |action, p: &Path| {
        let p = p.to_path_buf();
        move |source| FileError::Io {
            action,
            path: p,
            source,
        }
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    create_private_dir_all(dir).map_err(io("create", dir))?;
    let tmp = path.with_extension("json.tmp");
    write_streamed(&tmp, c).map_err(io("write", &tmp))?;
    let mut disk = RealDisk::default();
    disk.rename(&tmp, path).map_err(io("replace", path))?;
    disk.sync_dir(dir).map_err(io("sync", dir))
}

/// Encodes `c` straight into a new owner-only file and makes it durable, so the whole text never
/// sits in memory. Compact: every reader parses it, and indenting was a fifth of consolidating.
fn write_streamed(tmp: &Path, c: &Consolidated) -> io::Result<()> {
    match std::fs::remove_file(tmp) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let file = private_file().write(true).create_new(true).open(tmp)?;
    let mut out = io::BufWriter::with_capacity(64 * 1024, file);
    serde_json::to_writer(&mut out, c)?;
    out.write_all(b"\n")?;
    out.into_inner()
        .map_err(io::IntoInnerError::into_error)?
        .sync_all()
}

/// Just enough of a file to tell what it is.
#[derive(Debug, Default, Deserialize)]
struct Head {
    format: Option<String>,
    format_version: Option<u64>,
}

/// Reads a consolidated file, refusing other lgd files and newer versions by name.
pub fn read_consolidated(path: &Path) -> Result<Consolidated, FileError> {
    let text = std::fs::read_to_string(path).map_err(|source| FileError::Io {
        action: "read",
        path: path.to_path_buf(),
        source,
    })?;
    let file = path.display().to_string();
    let head: Head = parse_json(&text, &file)?;
    if head.format.as_deref() != Some(CONSOLIDATED_FORMAT) {
        return Err(LoadError::Foreign {
            file,
            hint: format!(
                "; expected {CONSOLIDATED_FORMAT:?} (made by `lgd consolidate`), found {:?}",
                head.format.unwrap_or_default()
            ),
        }
        .into());
    }
    if let Some(found) = head
        .format_version
        .filter(|v| *v > u64::from(CONSOLIDATED_FORMAT_VERSION))
    {
        return Err(LoadError::Newer {
            file,
            format: CONSOLIDATED_FORMAT.to_string(),
            found,
            supported: CONSOLIDATED_FORMAT_VERSION,
        }
        .into());
    }
    Ok(parse_json(&text, &file)?)
}
