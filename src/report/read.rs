//! Reading `consolidated.json` for the report and the workbook.

use std::path::Path;

use crate::consolidate::{CONSOLIDATED_FORMAT, CONSOLIDATED_FORMAT_VERSION, Consolidated};
use crate::load::{LoadError, parse_json};

/// Why a consolidated file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Unreadable, not JSON, the wrong shape, or from a newer lgd.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Another kind of file, such as a day file or an event.
    #[error(
        "{file}: not a consolidated file (its format is {found:?}); run `lgd consolidate` on the day files and give the consolidated.json it writes"
    )]
    NotConsolidated {
        /// File name.
        file: String,
        /// The `format` tag found, empty when none.
        found: String,
    },
}

/// Reads a consolidated file, refusing other lgd files and files from a newer lgd with a clear message.
pub fn read_consolidated(path: &Path) -> Result<Consolidated, ReadError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let head: serde_json::Value = parse_json(&text, &file)?;
    let found = head
        .get("format")
        .and_then(|f| f.as_str())
        .unwrap_or_default()
        .to_string();
    if found != CONSOLIDATED_FORMAT {
        return Err(ReadError::NotConsolidated { file, found });
    }
    let version = head
        .get("format_version")
        .and_then(|v| v.as_u64())
        .unwrap_or(0);
    if version > u64::from(CONSOLIDATED_FORMAT_VERSION) {
        return Err(LoadError::Newer {
            file,
            format: found,
            found: version,
            supported: CONSOLIDATED_FORMAT_VERSION,
        }
        .into());
    }
    Ok(parse_json(&text, &file)?)
}
