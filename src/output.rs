//! Where a command may write: never over a record lgd keeps (day file, its backup and journal, an
//! event, a consolidation, the wash-up journal), over an earlier output of the same kind freely
//! (re-running a report or an export into the same place is normal during a wash-up), over anything
//! else only when forced. Records are recognised by their content as well as by their name, so a
//! renamed day file is as safe as one in its folder.

use std::io::Read;
use std::path::{Path, PathBuf};

/// A file lgd keeps as a record and never writes over as an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// An observer's day file (`format: "lgd-day"`).
    Day,
    /// A day file's previous snapshot (`X.json.bak`).
    Backup,
    /// A day file's journal of changes (`X.journal`).
    Journal,
    /// An event file (`format: "lgd-event"`).
    Event,
    /// A consolidation (`format: "lgd-consolidated"`).
    Consolidation,
    /// The wash-up's journal of consensus decisions (`washup.journal`).
    WashupJournal,
    /// A coding scheme, competency framework or other lgd document.
    Definition,
    /// A day file's lock (`X.lock`).
    Lock,
}

/// What a command writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `lgd export events --format tidy`: a CSV log.
    TidyCsv,
    /// An XLSX workbook (`lgd export xlsx`, or the tidy log as .xlsx).
    Workbook,
    /// `lgd export events --format boris`: a BORIS project.
    Boris,
    /// `lgd export csv`: a folder of CSV files.
    CsvFolder,
    /// `lgd report`: a folder with report.html and participants/.
    ReportFolder,
    /// `lgd consolidate --out`: consolidated.json, itself a record, replaced by a new consolidation.
    Consolidation,
    /// `lgd new --out`: an event file, replaced only when forced.
    Event,
}

/// Why an output was not written.
#[derive(Debug, thiserror::Error)]
pub enum OutputRefusal {
    /// The path holds one of lgd's records.
    #[error("{} is {record:?} of lgd: it is never written over; choose another --out", .path.display())]
    Record {
        /// The path.
        path: PathBuf,
        /// What it holds.
        record: Record,
    },
    /// Something else is there, not an earlier output of the same kind.
    #[error("{} already exists and is not an earlier {kind:?}; choose another --out or give --force", .path.display())]
    Exists {
        /// The path.
        path: PathBuf,
        /// What was to be written.
        kind: Kind,
    },
    /// A folder output named a file, or a file output named a folder.
    #[error("{} is a {}, not what --out should name", .path.display(), if *.is_dir { "folder" } else { "file" })]
    WrongShape {
        /// The path.
        path: PathBuf,
        /// Whether it is a folder.
        is_dir: bool,
    },
}

/// Checks that `kind` may be written at `out`: nothing there, an earlier output of the same kind,
/// or (with `force`) anything that is not a record. Records are refused even when forced.
pub fn guard(out: &Path, kind: Kind, force: bool) -> Result<(), OutputRefusal> {
    let Ok(meta) = std::fs::metadata(out) else {
        return Ok(());
    };
    let folder_kind = matches!(kind, Kind::CsvFolder | Kind::ReportFolder);
    if meta.is_dir() != folder_kind {
        return Err(OutputRefusal::WrongShape {
            path: out.to_path_buf(),
            is_dir: meta.is_dir(),
        });
    }
    if !folder_kind {
        if let Some(record) = recognise(out) {
            let replaceable = matches!(
                (kind, record),
                (Kind::Consolidation, Record::Consolidation) | (Kind::Event, Record::Event)
            );
            if !replaceable || (kind == Kind::Event && !force) {
                return Err(if replaceable {
                    OutputRefusal::Exists {
                        path: out.to_path_buf(),
                        kind,
                    }
                } else {
                    OutputRefusal::Record {
                        path: out.to_path_buf(),
                        record,
                    }
                });
            }
            return Ok(());
        }
    } else if let Some((path, record)) = record_inside(out) {
        return Err(OutputRefusal::Record { path, record });
    }
    if force || same_kind(out, kind) {
        return Ok(());
    }
    Err(OutputRefusal::Exists {
        path: out.to_path_buf(),
        kind,
    })
}

/// Which record `path` holds, by name or by content; `None` for anything else.
pub fn recognise(path: &Path) -> Option<Record> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    if name == "washup.journal" {
        return Some(Record::WashupJournal);
    }
    if name.ends_with(".journal") || name.ends_with(".journal.tmp") {
        return Some(Record::Journal);
    }
    if name.ends_with(".json.bak") {
        return Some(Record::Backup);
    }
    if name.ends_with(".lock") {
        return Some(Record::Lock);
    }
    let head = read_head(path)?;
    let text = String::from_utf8_lossy(&head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if !text.starts_with('{') {
        return None;
    }
    if let Some(record) = journal_line(text) {
        return Some(record);
    }
    match format_field(path)?.as_str() {
        "lgd-day" if name.ends_with(".bak") => Some(Record::Backup),
        "lgd-day" => Some(Record::Day),
        "lgd-event" => Some(Record::Event),
        "lgd-consolidated" => Some(Record::Consolidation),
        f if f.starts_with("lgd-") => Some(Record::Definition),
        _ => None,
    }
}

/// A record directly inside a folder an output would be written into (the report and CSV folders
/// only ever hold their own files).
fn record_inside(dir: &Path) -> Option<(PathBuf, Record)> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .find_map(|p| recognise(&p).map(|r| (p, r)))
}

/// Up to 64 KiB of the file's start: enough for a journal line's shape.
fn read_head(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    let mut head = Vec::new();
    file.take(64 * 1024).read_to_end(&mut head).ok()?;
    Some(head)
}

/// A first line shaped like a journal entry: `{"seq": N, "type": "...", ...}`. The wash-up's
/// decisions carry a `by`, the day's changes do not.
fn journal_line(text: &str) -> Option<Record> {
    let first = text.lines().next()?;
    let value: serde_json::Value = serde_json::from_str(first).ok()?;
    let obj = value.as_object()?;
    if !(obj.get("seq")?.is_u64() && obj.get("type")?.is_string()) {
        return None;
    }
    Some(if obj.contains_key("by") {
        Record::WashupJournal
    } else {
        Record::Journal
    })
}

/// The `format` field of a JSON document, when it is one.
fn format_field(path: &Path) -> Option<String> {
    // Every lgd file names its format first: reading stops there, so a consolidation of a
    // thousand days (26 MB) is not parsed whole before it is replaced. A file cut short after
    // its format is still recognised (and a damaged day file still protected).
    struct Format<'a>(&'a mut Option<String>);
    impl<'de> serde::de::Visitor<'de> for Format<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                if key == "format" {
                    *self.0 = map.next_value::<Option<String>>()?;
                    return Ok(());
                }
                map.next_value::<serde::de::IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let file = std::fs::File::open(path).ok()?;
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::new(file));
    let mut format = None;
    // Stopping early leaves the object unclosed, which serde_json reports; the format is kept.
    let _ = serde::Deserializer::deserialize_map(&mut de, Format(&mut format));
    format
}

/// Whether what is at `out` is an earlier output of `kind`.
fn same_kind(out: &Path, kind: Kind) -> bool {
    match kind {
        Kind::TidyCsv => read_head(out).is_some_and(|h| {
            let text = String::from_utf8_lossy(&h);
            let first = text.trim_start_matches('\u{feff}').lines().next();
            first.is_some_and(|l| {
                l.split(',')
                    .map(|f| f.trim_matches('"'))
                    .eq(crate::export::TIDY_COLUMNS.iter().copied())
            })
        }),
        Kind::Workbook => is_lgd_workbook(out),
        Kind::Boris => std::fs::read(out)
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .is_some_and(|v| v.get("project_format_version").is_some()),
        Kind::CsvFolder => folder_holds_only(out, |p| {
            p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        }),
        Kind::ReportFolder => folder_holds_only(out, |p| {
            let name = p.file_name().map(|n| n.to_string_lossy().to_string());
            matches!(name.as_deref(), Some("report.html") | Some("participants"))
                || p.extension().is_some_and(|e| e == "tmp")
        }),
        Kind::Consolidation | Kind::Event => false,
    }
}

/// An XLSX file whose sheets all carry names lgd gives its sheets.
fn is_lgd_workbook(path: &Path) -> bool {
    use calamine::Reader;
    let Ok(book) = calamine::open_workbook_auto(path) else {
        return false;
    };
    let names = book.sheet_names();
    !names.is_empty()
        && names
            .iter()
            .all(|n| n == "events" || crate::export::WORKBOOK_SHEETS.contains(&n.as_str()))
}

/// A folder (empty, or) holding only entries that `ours` accepts.
fn folder_holds_only(dir: &Path, ours: impl Fn(&Path) -> bool) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| entries.flatten().all(|e| ours(&e.path())))
}
