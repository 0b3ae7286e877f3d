//! Reading lgd's JSON files with errors that name the file, line and column and what was expected.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

mod sniff;

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
    /// An event file with keys lgd does not read, which rewriting it would drop.
    #[error(
        "{file} has {} key(s) lgd does not know: {}; rewriting the file would lose them, so it was not changed. Remove or rename them, then try again: each may be a typo of a known field (\"minute\" for \"minutes\"), and a participant's own details belong in its \"extra\"",
        keys.len(),
        listed(keys)
    )]
    UnknownKeys {
        /// File name.
        file: String,
        /// The keys' paths, as [`ignored_fields`] gives them.
        keys: Vec<String>,
    },
}

/// Keys shown in a message: the first dozen, then how many more (`lgd check` lists them all).
fn listed(keys: &[String]) -> String {
    const SHOWN: usize = 12;
    let mut text = keys[..keys.len().min(SHOWN)].join(", ");
    if keys.len() > SHOWN {
        text.push_str(&format!(
            " and {} more (lgd check lists them all)",
            keys.len() - SHOWN
        ));
    }
    text
}

/// Parses JSON text as `T`, reporting line and column on failure.
pub fn parse_json<T: DeserializeOwned>(text: &str, file: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| syntax(e, file))
}

fn syntax(e: serde_json::Error, file: &str) -> LoadError {
    LoadError::Syntax {
        file: file.to_string(),
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string(),
    }
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
    let text = read_text(path)?;
    parse_document(&text, &path.display().to_string())
}

/// Reads a file as [`read_document`] does, with the [`ignored_fields`] of an event (none for the
/// other kinds), both from one parse of the same bytes.
pub fn read_document_noting_ignored(path: &Path) -> Result<(Document, Vec<String>), LoadError> {
    let text = read_text(path)?;
    let file = path.display().to_string();
    match kind_of(text.as_bytes(), &file)? {
        DocumentKind::Event => {
            let mut ignored = Vec::new();
            let mut de = serde_json::Deserializer::from_str(&text);
            let event: Event =
                serde_ignored::deserialize(&mut de, |path| ignored.push(path_text(&path)))
                    .and_then(|e| de.end().map(|()| e))
                    .map_err(|e| syntax(e, &file))?;
            Ok((Document::Event(Box::new(event)), ignored))
        }
        kind => Ok((parse_as(kind, &text, &file)?, Vec::new())),
    }
}

/// The kinds of document [`Document`] holds, told before the file is parsed in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// An event definition.
    Event,
    /// A coding scheme.
    Scheme,
    /// A competency framework.
    Framework,
    /// An observer's day file.
    Day,
}

/// Which kind of lgd document the file at `path` is, from its leading keys: the `format` tag lgd
/// writes first, so a large day file is not read past its first line. Newer and foreign files are
/// refused here, as [`read_document`] refuses them.
pub fn sniff_document(path: &Path) -> Result<DocumentKind, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let reader = std::io::BufReader::with_capacity(8 * 1024, file);
    kind_of(reader, &path.display().to_string())
}

fn kind_of(reader: impl std::io::Read, file: &str) -> Result<DocumentKind, LoadError> {
    let head = sniff::head(reader).map_err(|e| match e.io_error_kind() {
        Some(kind) => LoadError::Io {
            path: PathBuf::from(file),
            source: kind.into(),
        },
        None => syntax(e, file),
    })?;
    let format = head.format.as_str();
    let supported = match format {
        EVENT_FORMAT => EVENT_FORMAT_VERSION,
        DAY_FORMAT => DAY_FORMAT_VERSION,
        _ => u32::MAX,
    };
    if head.version > u64::from(supported) {
        return Err(LoadError::Newer {
            file: file.to_string(),
            format: format.to_string(),
            found: head.version,
            supported,
        });
    }
    match format {
        EVENT_FORMAT => Ok(DocumentKind::Event),
        DAY_FORMAT => Ok(DocumentKind::Day),
        "lgd-scheme" => Ok(DocumentKind::Scheme),
        "lgd-framework" => Ok(DocumentKind::Framework),
        "" if head.codes => Ok(DocumentKind::Scheme),
        "" if head.competencies => Ok(DocumentKind::Framework),
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

fn parse_as(kind: DocumentKind, text: &str, file: &str) -> Result<Document, LoadError> {
    Ok(match kind {
        DocumentKind::Event => Document::Event(Box::new(parse_json(text, file)?)),
        DocumentKind::Day => Document::Day(Box::new(parse_json(text, file)?)),
        DocumentKind::Scheme => Document::Scheme(Box::new(parse_json(text, file)?)),
        DocumentKind::Framework => Document::Framework(Box::new(parse_json(text, file)?)),
    })
}

/// The JSON paths (`participants.3.hobby`, `note_for_team`) of the keys in an event file that no
/// field of [`Event`] reads: reading ignores them, so writing the event back would drop them.
pub fn ignored_fields(bytes: &[u8]) -> Result<Vec<String>, serde_json::Error> {
    let mut ignored = Vec::new();
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let _: Event = serde_ignored::deserialize(&mut de, |path| ignored.push(path_text(&path)))?;
    Ok(ignored)
}

/// `participants.3.hobby`: keys and list positions (from 0) joined by dots; options and newtypes,
/// which the file does not show, are left out.
pub(crate) fn path_text(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path;
    let join = |parent: &Path<'_>, last: String| {
        let parent = path_text(parent);
        if parent.is_empty() {
            last
        } else {
            format!("{parent}.{last}")
        }
    };
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => join(parent, index.to_string()),
        Path::Map { parent, key } => join(parent, key.clone()),
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => path_text(parent),
    }
}

fn read_text(path: &Path) -> Result<String, LoadError> {
    std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Tells which kind of lgd document `text` is and parses it, once.
pub fn parse_document(text: &str, file: &str) -> Result<Document, LoadError> {
    parse_as(kind_of(text.as_bytes(), file)?, text, file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_told_by_its_tag_or_shape_and_refused_by_name() {
        let kind = |text: &str| kind_of(text.as_bytes(), "f.json");
        assert_eq!(
            kind(r#"{"format":"lgd-day","format_version":1,"acts":[]}"#).ok(),
            Some(DocumentKind::Day)
        );
        assert_eq!(
            kind(r#"{"id":"x","codes":[]}"#).ok(),
            Some(DocumentKind::Scheme)
        );
        assert_eq!(
            kind(r#"{"competencies":[],"id":"x"}"#).ok(),
            Some(DocumentKind::Framework)
        );
        let newer = format!(
            r#"{{"format":"lgd-day","format_version":{}}}"#,
            DAY_FORMAT_VERSION + 1
        );
        assert!(matches!(kind(&newer), Err(LoadError::Newer { .. })));
        let foreign = kind(r#"{"format":"xlsx","format_version":1}"#).expect_err("foreign");
        assert!(
            foreign.to_string().ends_with(r#"its format is "xlsx""#),
            "{foreign}"
        );
        assert!(matches!(kind("[1]"), Err(LoadError::Foreign { .. })));
        // Broken after the tag: the kind is told, and the one full parse reports where.
        let broken = "{\"format\":\"lgd-day\",\"format_version\":1,\n\"acts\": [";
        assert_eq!(kind(broken).ok(), Some(DocumentKind::Day));
        match parse_document(broken, "f.json") {
            Err(LoadError::Syntax { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn keys_no_field_reads_are_listed_by_their_path() {
        let mut v: serde_json::Value =
            serde_json::from_str(crate::catalog::DEMO_EVENT_JSON).expect("demo");
        assert_eq!(
            ignored_fields(v.to_string().as_bytes()).expect("reads"),
            Vec::<String>::new(),
            "the demo event uses only known fields"
        );
        v["note_for_team"] = "bawa proyektor".into();
        v["participants"][3]["hobby"] = "catur".into();
        v["phases"][0]["minute"] = 5.into();
        v["settings"]["nudge_minute"] = 4.into();
        v["observers"][0]["coverage_x"] = serde_json::json!({"a": 1});
        let mut found = ignored_fields(v.to_string().as_bytes()).expect("reads");
        found.sort();
        assert_eq!(
            found,
            [
                "note_for_team",
                "observers.0.coverage_x",
                "participants.3.hobby",
                "phases.0.minute",
                "settings.nudge_minute"
            ]
        );
        assert!(ignored_fields(b"{").is_err());
        let keys: Vec<String> = (0..14).map(|i| format!("participants.{i}.hobby")).collect();
        let said = LoadError::UnknownKeys {
            file: "acara.json".into(),
            keys,
        }
        .to_string();
        assert!(said.starts_with("acara.json has 14 key(s)"), "{said}");
        assert!(said.contains("participants.11.hobby and 2 more"), "{said}");
        assert!(!said.contains("participants.12.hobby"), "{said}");
    }
}
