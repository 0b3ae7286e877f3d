//! CSV and tab-separated text as Excel and LibreOffice save it in Indonesian offices.

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::table::{ImportError, Row};

/// Separators tried, in the order that wins a tie.
const SEPARATORS: [u8; 3] = [b'\t', b';', b','];
/// Lines looked at to choose the separator.
const SNIFF_LINES: usize = 10;

/// Decodes and splits a text file into rows numbered as Excel would show them.
pub(super) fn read_text(
    path: &Path,
    bytes: &[u8],
) -> Result<(Vec<Row>, super::Source), ImportError> {
    let (text, encoding, lossy) = decode(bytes);
    let (sep, text) = match excel_sep_line(&text) {
        Some((sep, rest)) => (sep, rest),
        None => (detect_separator(&text), text.as_ref()),
    };
    let rows = split(text, sep).map_err(|(row, message)| ImportError::Csv {
        path: path.to_path_buf(),
        row,
        message,
    })?;
    let source = super::Source::Text {
        encoding,
        separator: sep,
        lossy,
    };
    Ok((rows, source))
}

/// Decodes by byte-order mark; without one, UTF-8 if valid, UTF-16 if it looks like it, else
/// Windows-1252 (what Excel on Indonesian Windows writes for "CSV"). Returns text, encoding, lossiness.
pub(super) fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str, bool) {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, lossy) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (text, enc.name(), lossy);
    }
    // Checked before UTF-8 because ASCII in UTF-16 is also valid UTF-8, full of NULs.
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, lossy) = enc.decode_without_bom_handling(bytes);
        return (text, enc.name(), lossy);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(text), "UTF-8", false);
    }
    let enc = WINDOWS_1252;
    let (text, lossy) = enc.decode_without_bom_handling(bytes);
    (text, enc.name(), lossy)
}

/// ASCII-heavy UTF-16 has a zero in every other byte; a legacy 8-bit file has almost none.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(2000)];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    if zeros_at(1) * 3 > pairs {
        Some(UTF_16LE)
    } else if zeros_at(0) * 3 > pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Excel honours a first line `sep=;` naming the separator, and does not show it as a row.
fn excel_sep_line(text: &str) -> Option<(u8, &str)> {
    let (first, rest) = text.split_once('\n')?;
    let sep = first.trim_end_matches('\r').strip_prefix("sep=")?;
    match sep.as_bytes() {
        [b] if b.is_ascii() => Some((*b, rest)),
        _ => None,
    }
}

/// Chooses the separator that occurs most outside quotes in the first lines.
pub(super) fn detect_separator(text: &str) -> u8 {
    let mut counts = [0usize; SEPARATORS.len()];
    let mut in_quotes = false;
    let mut lines = 0;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => {
                lines += 1;
                if lines >= SNIFF_LINES {
                    break;
                }
            }
            _ if !in_quotes => {
                if let Some(i) = SEPARATORS.iter().position(|s| *s as char == c) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let best = (0..SEPARATORS.len())
        .rev()
        .max_by_key(|i| counts[*i])
        .unwrap_or(SEPARATORS.len() - 1);
    if counts[best] == 0 {
        b','
    } else {
        SEPARATORS[best]
    }
}

/// Splits CSV text. Rows are numbered as Excel shows them: a quoted multi-line cell is one row,
/// and an empty line is a row too (the csv crate would skip it, so it is given a separator first).
fn split(text: &str, sep: u8) -> Result<Vec<Row>, (usize, String)> {
    let text = mark_empty_lines(text, sep as char);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| (i + 1, e.to_string()))?;
        rows.push(Row {
            number: i + 1,
            cells: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(rows)
}

fn mark_empty_lines(text: &str, sep: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_quotes = false;
    let mut line_start = true;
    for c in text.chars() {
        if line_start && !in_quotes && (c == '\n' || c == '\r') {
            out.push(sep);
        }
        if c == '"' {
            in_quotes = !in_quotes;
        }
        line_start = c == '\n' && !in_quotes;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_is_the_most_frequent_outside_quotes() {
        assert_eq!(detect_separator("Nama;NIP;Unit\n\"A, S.H.\";1;X\n"), b';');
        assert_eq!(detect_separator("Nama,NIP\n\"A; B\",1\n"), b',');
        assert_eq!(detect_separator("Nama\tNIP\n"), b'\t');
        assert_eq!(detect_separator("Nama\n"), b',');
    }

    #[test]
    fn rows_are_numbered_like_excel_despite_blank_lines_and_multiline_cells() {
        let rows = split("a,b\n\n\"x\ny\",1\nlast,2\n", b',').expect("csv");
        let numbers: Vec<usize> = rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4]);
        assert!(rows[1].is_blank());
        assert_eq!(rows[2].cells[0], "x\ny");
        assert_eq!(rows[3].cells, vec!["last", "2"]);
    }

    #[test]
    fn an_excel_sep_line_names_the_separator_and_is_no_row() {
        assert_eq!(
            excel_sep_line("sep=,\r\nNama;Unit,X\n"),
            Some((b',', "Nama;Unit,X\n"))
        );
        assert_eq!(excel_sep_line("Nama;sep=\n"), None);
    }

    #[test]
    fn legacy_bytes_fall_back_to_windows_1252() {
        let (text, enc, _) = decode(b"Nur\x92aini;Jos\xe9");
        assert_eq!(enc, "windows-1252");
        assert_eq!(text, "Nur\u{2019}aini;José");
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        let bytes: Vec<u8> = "Nama\tNIP\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let (text, enc, _) = decode(&bytes);
        assert_eq!((text.as_ref(), enc), ("Nama\tNIP\n", "UTF-16LE"));
    }
}
