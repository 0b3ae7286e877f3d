//! Reading lgd's JSON files with errors that name the file, line and column and what was expected.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::model::{
    DAY_FORMAT, DAY_FORMAT_VERSION, DayRecord, EVENT_FORMAT, EVENT_FORMAT_VERSION, Event,
    Framework, Scheme,
};

/// Why a file could not be read as what it should be.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// File path.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Not JSON, or JSON of the wrong shape.
    #[error("{file}: line {line}, column {column}: {message}")]
    Syntax {
        /// File name or description.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde expected.
        message: String,
    },
    /// Written by a newer lgd than this one.
    #[error(
        "{file}: made by a newer lgd ({format} version {found}; this lgd reads up to version {supported}). Update lgd; the file was not changed"
    )]
    Newer {
        /// File name.
        file: String,
        /// The format tag.
        format: String,
        /// The version in the file.
        found: u64,
        /// The newest this build reads.
        supported: u32,
    },
    /// JSON, but not a file lgd knows.
    #[error(
        "{file}: not an lgd file (no \"format\" of lgd-event, lgd-day, lgd-scheme or lgd-framework){hint}"
    )]
    Foreign {
        /// File name.
        file: String,
        /// What the file looked like, if anything.
        hint: String,
    },
}

/// Parses JSON text as `T`, reporting line and column on failure.
pub fn parse_json<T: DeserializeOwned>(text: &str, file: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        file: file.to_string(),
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string(),
    })
}

/// Any file lgd reads, told apart by its `format` tag (or, for schemes and frameworks, its shape).
#[derive(Debug)]
pub enum Document {
    /// An event definition.
    Event(Box<Event>),
    /// A coding scheme.
    Scheme(Box<Scheme>),
    /// A competency framework.
    Framework(Box<Framework>),
    /// An observer's day file.
    Day(Box<DayRecord>),
}

/// Reads a file and tells which kind of lgd document it is.
pub fn read_document(path: &Path) -> Result<Document, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_document(&text, &path.display().to_string())
}

/// Tells which kind of lgd document `text` is and parses it.
pub fn parse_document(text: &str, file: &str) -> Result<Document, LoadError> {
    let value: serde_json::Value = parse_json(text, file)?;
    let format = value
        .get("format")
        .and_then(|f| f.as_str())
        .unwrap_or_default();
    let has = |k: &str| value.get(k).is_some();
    let version = value
        .get("format_version")
        .and_then(|v| v.as_u64())
        .unwrap_or(0);
    let supported = match format {
        EVENT_FORMAT => EVENT_FORMAT_VERSION,
        DAY_FORMAT => DAY_FORMAT_VERSION,
        _ => u32::MAX,
    };
    if version > u64::from(supported) {
        return Err(LoadError::Newer {
            file: file.to_string(),
            format: format.to_string(),
            found: version,
            supported,
        });
    }
    match format {
        EVENT_FORMAT => Ok(Document::Event(Box::new(parse_json(text, file)?))),
        DAY_FORMAT => Ok(Document::Day(Box::new(parse_json(text, file)?))),
        "lgd-scheme" => Ok(Document::Scheme(Box::new(parse_json(text, file)?))),
        "lgd-framework" => Ok(Document::Framework(Box::new(parse_json(text, file)?))),
        "" if has("codes") => Ok(Document::Scheme(Box::new(parse_json(text, file)?))),
        "" if has("competencies") => Ok(Document::Framework(Box::new(parse_json(text, file)?))),
        other => Err(LoadError::Foreign {
            file: file.to_string(),
            hint: if other.is_empty() {
                String::new()
            } else {
                format!("; its format is {other:?}")
            },
        }),
    }
}
