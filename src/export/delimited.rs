//! CSV in two dialects: plain (`,`, decimal point, no BOM) for R and pandas scripts, and the
//! spreadsheet dialect an Indonesian office opens by double-clicking.
//!
//! Why the spreadsheet dialect is `;`, decimal comma, UTF-8 BOM and a NIP grouped with spaces is
//! argued in `docs/export.md` ("CSV that Excel opens whole").

use std::io::Write;
use std::path::{Path, PathBuf};

use super::cell::{Cell, Sheet, WriteError, neutralise};

/// The byte-order mark that tells Excel a CSV file is UTF-8 (without it, names with accents are
/// read as Windows-1252).
pub const UTF8_BOM: &str = "\u{FEFF}";

/// How a CSV file is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `,`-separated UTF-8 without BOM, decimal point, LF: `read.csv` and `pd.read_csv` as they are.
    Plain,
    /// `;`-separated UTF-8 with BOM, decimal comma, CRLF, NIPs grouped as BKN prints them: what Excel
    /// splits into columns under Indonesian (and most European) regional settings, and what
    /// `read.csv2` and `pd.read_csv(sep=";", decimal=",")` read.
    Spreadsheet,
}

/// Writes one sheet as plain CSV (comma-separated, UTF-8, no BOM, one header row). Every field but a
/// number is quoted (empty ones as `""`, which R, pandas and Excel read as missing).
pub fn write_csv<W: Write>(sheet: &Sheet, writer: W) -> Result<(), WriteError> {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::NonNumeric)
        .from_writer(writer);
    w.write_record(sheet.headers.iter().map(|h| neutralise(h).into_owned()))?;
    let width = sheet.headers.len();
    for row in &sheet.rows {
        let mut record: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Text(t) | Cell::Id(t) => neutralise(t).into_owned(),
                Cell::Number(n) => number_text(*n),
                Cell::Empty => String::new(),
            })
            .collect();
        record.resize(width.max(record.len()), String::new());
        w.write_record(&record)?;
    }
    w.flush().map_err(|e| WriteError::Csv(e.into()))?;
    Ok(())
}

/// Writes one sheet in the spreadsheet dialect: BOM, `;`, decimal comma, CRLF; text always quoted
/// and neutralised, numbers bare, empty cells empty, identifiers of digits grouped so that they stay
/// text (see [`grouped_id`]).
pub fn write_spreadsheet_csv<W: Write>(sheet: &Sheet, mut w: W) -> Result<(), WriteError> {
    let mut out = String::from(UTF8_BOM);
    let headers: Vec<String> = sheet.headers.iter().map(|h| quoted(h)).collect();
    push_line(&mut out, &headers);
    let width = sheet.headers.len();
    for row in &sheet.rows {
        let mut fields: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Text(t) => quoted(t),
                Cell::Id(t) => quoted(&grouped_id(t)),
                Cell::Number(n) => number_text(*n).replace('.', ","),
                Cell::Empty => String::new(),
            })
            .collect();
        fields.resize(width.max(fields.len()), String::new());
        push_line(&mut out, &fields);
    }
    w.write_all(out.as_bytes())
        .and_then(|()| w.flush())
        .map_err(|e| WriteError::Csv(e.into()))
}

fn push_line(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join(";"));
    out.push_str("\r\n");
}

/// Neutralised text in double quotes, inner quotes doubled (RFC 4180), so `;`, line breaks and
/// quotes inside a name never split a cell.
fn quoted(text: &str) -> String {
    format!("\"{}\"", neutralise(text).replace('"', "\"\""))
}

/// An identifier of digits written so that no spreadsheet takes it for a number: an 18-digit NIP
/// as BKN prints it, `19811215 201111 2 002` (birth date, appointment month, gender, number); a
/// 16-digit NIK as `6-6-4` blocks. Other identifiers are left as they are.
pub fn grouped_id(id: &str) -> String {
    let digits = id.chars().all(|c| c.is_ascii_digit());
    let blocks: &[usize] = match id.len() {
        18 if digits => &[8, 6, 1, 3],
        16 if digits => &[6, 6, 4],
        _ => return id.to_string(),
    };
    let mut parts = Vec::with_capacity(blocks.len());
    let mut at = 0;
    for len in blocks {
        parts.push(&id[at..at + len]);
        at += len;
    }
    parts.join(" ")
}

/// A number as CSV text: shortest form that reads back exactly; empty when not finite.
fn number_text(n: f64) -> String {
    if n.is_finite() {
        n.to_string()
    } else {
        String::new()
    }
}

/// Writes each sheet as `<dir>/<name>.csv` in `dialect`, creating the folder; returns the files
/// written.
pub fn write_csv_folder(
    sheets: &[Sheet],
    dir: &Path,
    dialect: Dialect,
) -> Result<Vec<PathBuf>, WriteError> {
    crate::store::create_private_dir_all(dir).map_err(|source| WriteError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::with_capacity(sheets.len());
    for sheet in sheets {
        let path = dir.join(format!("{}.csv", file_stem(&sheet.name)));
        let file = crate::store::create_private_file(&path).map_err(|source| WriteError::Io {
            path: path.clone(),
            source,
        })?;
        let w = std::io::BufWriter::new(file);
        match dialect {
            Dialect::Plain => write_csv(sheet, w)?,
            Dialect::Spreadsheet => write_spreadsheet_csv(sheet, w)?,
        }
        written.push(path);
    }
    Ok(written)
}

/// A sheet name made safe as a file stem: letters, digits, `-`, `_`, `.` kept, the rest `_`.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim_start_matches('.');
    if stem.is_empty() {
        "sheet".to_string()
    } else {
        stem.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_csv_keeps_numbers_bare_and_quotes_text() {
        let mut s = Sheet::new("t", &["name", "n"]);
        s.rows.push(vec!["a;=1".into(), Cell::Number(-2.5)]);
        s.rows.push(vec![Cell::Empty, Cell::Number(f64::NAN)]);
        let mut out = Vec::new();
        write_csv(&s, &mut out).expect("csv");
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(text, "\"name\",\"n\"\n\"a;=1\",-2.5\n\"\",\"\"\n");
    }

    #[test]
    fn spreadsheet_csv_has_bom_semicolons_decimal_commas_and_grouped_nips() {
        let mut s = Sheet::new("t", &["nip", "name", "mean"]);
        s.rows.push(vec![
            Cell::Id("198112152011112002".into()),
            "=HYPERLINK(\"x\"); \"Ani\"".into(),
            Cell::Number(3.25),
        ]);
        s.rows
            .push(vec![Cell::Empty, "Budi".into(), Cell::Number(-1.0)]);
        let mut out = Vec::new();
        write_spreadsheet_csv(&s, &mut out).expect("csv");
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(
            text,
            "\u{FEFF}\"nip\";\"name\";\"mean\"\r\n\
             \"19811215 201111 2 002\";\"'=HYPERLINK(\"\"x\"\"); \"\"Ani\"\"\";3,25\r\n\
             ;\"Budi\";-1\r\n"
        );
    }

    #[test]
    fn only_nip_and_nik_shapes_are_grouped() {
        assert_eq!(grouped_id("198112152011112002"), "19811215 201111 2 002");
        assert_eq!(grouped_id("3171234567890001"), "317123 456789 0001");
        assert_eq!(grouped_id("P07"), "P07");
        assert_eq!(grouped_id("19811215201111200X"), "19811215201111200X");
    }

    #[test]
    fn sheet_names_become_safe_file_stems() {
        assert_eq!(file_stem("../Acts"), "_Acts");
        assert_eq!(file_stem(""), "sheet");
        assert_eq!(file_stem("Final"), "Final");
    }
}
