//! The journal: one JSON line per change, appended in order; reading it back survives torn and garbled lines.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::model::Entry;

/// One journal line as written: the entry as compact JSON and a newline.
pub fn encode(entry: &Entry) -> Vec<u8> {
    // Serializing plain data into memory cannot fail; an empty line would be skipped on reading.
    let mut line = serde_json::to_vec(entry).unwrap_or_default();
    line.push(b'\n');
    line
}

/// A journal line that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedLine {
    /// 1-based line number in the journal.
    pub line: usize,
    /// Byte offset where the line starts.
    pub offset: u64,
    /// Its length in bytes, without the newline.
    pub bytes: usize,
    /// Its sequence number, when that much of it is readable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
    /// Whether it is the last line (a write cut short by a crash, never confirmed as saved).
    pub last: bool,
    /// What is wrong with it.
    pub reason: String,
}

impl fmt::Display for SkippedLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seq = self
            .seq
            .map(|s| format!("change {s}, "))
            .unwrap_or_default();
        let what = if self.last {
            "torn last line skipped"
        } else {
            "garbled line skipped"
        };
        write!(
            f,
            "journal line {} ({seq}{} bytes at byte {}): {what}: {}",
            self.line, self.bytes, self.offset, self.reason
        )
    }
}

/// A readable journal line.
#[derive(Debug)]
pub struct Line {
    /// The change.
    pub entry: Entry,
    /// Where the line and its newline lie in the file.
    pub range: Range<usize>,
    /// 1-based line number.
    pub number: usize,
}

/// A journal read back.
#[derive(Debug, Default)]
pub struct Scan {
    /// The readable lines in file order.
    pub lines: Vec<Line>,
    /// Lines that could not be read.
    pub skipped: Vec<SkippedLine>,
    /// Whether the file ends right after a complete line (or is empty).
    pub clean_end: bool,
}

/// Reads every line it can; never fails.
pub fn scan(bytes: &[u8]) -> Scan {
    let mut out = Scan {
        clean_end: bytes.is_empty() || bytes.ends_with(b"\n"),
        ..Scan::default()
    };
    let mut start = 0;
    let mut number = 0;
    while start < bytes.len() {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i + 1);
        number += 1;
        let text = bytes[start..end].trim_ascii();
        if !text.is_empty() {
            match serde_json::from_slice::<Entry>(text) {
                Ok(entry) => out.lines.push(Line {
                    entry,
                    range: start..end,
                    number,
                }),
                Err(e) => out.skipped.push(SkippedLine {
                    line: number,
                    offset: start as u64,
                    bytes: bytes[start..end].trim_ascii_end().len(),
                    seq: seq_of(text),
                    last: bytes[end..].trim_ascii().is_empty(),
                    reason: e.to_string(),
                }),
            }
        }
        start = end;
    }
    out
}

/// The `seq` of a line whose start survived; lines begin `{"seq":N,`.
fn seq_of(text: &[u8]) -> Option<u64> {
    let rest = text.strip_prefix(br#"{"seq":"#)?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    // A number cut short by the tear is not the real one.
    if digits == rest.len() {
        return None;
    }
    std::str::from_utf8(&rest[..digits]).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Change;

    fn entry(seq: u64) -> Entry {
        Entry {
            seq,
            change: Change::ActRetracted {
                id: format!("a-{seq}"),
            },
        }
    }

    #[test]
    fn lines_round_trip() {
        let bytes: Vec<u8> = (1..=3).flat_map(|s| encode(&entry(s))).collect();
        let s = scan(&bytes);
        assert_eq!(s.lines.len(), 3);
        assert_eq!(s.lines[2].entry, entry(3));
        assert!(s.skipped.is_empty() && s.clean_end);
    }

    #[test]
    fn a_torn_last_line_is_reported_with_its_seq_and_size() {
        let mut bytes: Vec<u8> = (1..=2).flat_map(|s| encode(&entry(s))).collect();
        bytes.extend_from_slice(&encode(&entry(3))[..20]);
        let s = scan(&bytes);
        assert_eq!(s.lines.len(), 2);
        assert!(!s.clean_end);
        let k = &s.skipped[0];
        assert_eq!((k.line, k.bytes, k.seq, k.last), (3, 20, Some(3), true));
        assert!(k.to_string().contains("torn last line"), "{k}");
    }

    #[test]
    fn a_garbled_middle_line_is_skipped_and_the_rest_read() {
        let mut bytes = encode(&entry(1));
        bytes.extend_from_slice(b"{\"seq\":2,\"ty\x00\n");
        bytes.extend(encode(&entry(3)));
        let s = scan(&bytes);
        let seqs: Vec<u64> = s.lines.iter().map(|l| l.entry.seq).collect();
        assert_eq!(seqs, [1, 3]);
        assert_eq!(s.skipped[0].seq, Some(2));
        assert!(!s.skipped[0].last);
    }
}
