//! The day file itself: read with clear errors, rewritten atomically with the previous version kept.

use std::io;
use std::path::Path;

use serde::Deserialize;

use super::disk::Disk;
use super::paths::DayPaths;
use crate::load::{LoadError, parse_json};
use crate::model::{DAY_FORMAT, DAY_FORMAT_VERSION, DayRecord};

/// Reads a snapshot (`Ok(None)` when the file does not exist). When asked, notes in `ignored`
/// the paths of keys no field reads (`acts.3.mood`): rewriting the file would drop them.
pub fn read_noting(
    path: &Path,
    ignored: Option<&mut Vec<String>>,
) -> Result<Option<DayRecord>, LoadError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(LoadError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    parse_noting(bytes.as_slice(), &path.display().to_string(), ignored).map(Some)
}

/// Parses snapshot bytes, telling a newer or foreign file apart from a damaged one.
fn parse_noting(
    bytes: &[u8],
    file: &str,
    ignored: Option<&mut Vec<String>>,
) -> Result<DayRecord, LoadError> {
    // The full parse is tried first: the header check costs a second pass, so only failures pay it.
    let parsed: Result<DayRecord, _> = match ignored {
        // Only a file about to be rewritten pays for watching its keys.
        Some(found) => {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            serde_ignored::deserialize(&mut de, |p| found.push(crate::load::path_text(&p)))
                .and_then(|r| de.end().map(|()| r))
        }
        None => serde_json::from_slice(bytes),
    };
    let head = match &parsed {
        Ok(r) => Head {
            format: Some(r.format.clone()),
            format_version: Some(u64::from(r.format_version)),
        },
        Err(_) => serde_json::from_slice(bytes).unwrap_or_default(),
    };
    if let Some(found) = head
        .format_version
        .filter(|v| *v > u64::from(DAY_FORMAT_VERSION))
    {
        return Err(LoadError::Newer {
            file: file.to_string(),
            format: DAY_FORMAT.to_string(),
            found,
            supported: DAY_FORMAT_VERSION,
        });
    }
    if let Some(other) = head.format.filter(|f| f != DAY_FORMAT) {
        return Err(LoadError::Foreign {
            file: file.to_string(),
            hint: format!("; its format is {other:?}, expected {DAY_FORMAT:?}"),
        });
    }
    match parsed {
        Ok(r) => Ok(r),
        // Reparse through the text path for the line/column message lgd uses everywhere.
        Err(_) => match std::str::from_utf8(bytes) {
            Ok(text) => parse_json(text, file),
            Err(e) => Err(LoadError::Syntax {
                file: file.to_string(),
                line: line_of(bytes, e.valid_up_to()),
                column: column_of(bytes, e.valid_up_to()),
                message: "not UTF-8 text".to_string(),
            }),
        },
    }
}

fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1
}

fn column_of(bytes: &[u8], at: usize) -> usize {
    at - bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1)
        + 1
}

/// Just enough of a file to tell what it is.
#[derive(Debug, Default, Deserialize)]
struct Head {
    format: Option<String>,
    format_version: Option<u64>,
}

/// Writes the snapshot as stored: pretty JSON and a final newline.
pub fn encode_into(record: &DayRecord, out: &mut dyn io::Write) -> io::Result<()> {
    // serde_json hands back an io error as it was, so a full disk is still told as one.
    serde_json::to_writer_pretty(&mut *out, record).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// Where the two snapshots stand, so the journal keeps what the backup needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generations {
    /// `last_seq` of the day file, `None` when there is none (new, or set aside as corrupt).
    pub current: Option<u64>,
    /// `last_seq` of the backup, when known.
    pub backup: Option<u64>,
}

/// Writes `record` as the new day file: temp file, fsync, previous file to `.bak`, rename, fsync folder.
/// At every step a crash leaves either the old or the new day file, or the backup plus the journal.
pub fn write(
    disk: &mut dyn Disk,
    paths: &DayPaths,
    record: &DayRecord,
    gens: &mut Generations,
) -> io::Result<()> {
    disk.write_file_with(&paths.json_tmp, &mut |out| encode_into(record, out))?;
    if let Some(current) = gens.current {
        disk.rename(&paths.json, &paths.bak)?;
        gens.backup = Some(current);
        gens.current = None;
    }
    disk.rename(&paths.json_tmp, &paths.json)?;
    gens.current = Some(record.last_seq);
    disk.sync_dir(paths.dir())
}
