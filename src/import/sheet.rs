//! Spreadsheets (XLSX, XLSB, XLS, ODS) through calamine, with cells rendered as the user would read them.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Ods, Reader, Sheets, Xls, Xlsb, Xlsx, open_workbook_from_rs};

use super::table::{ImportError, Row};
use super::{Chosen, Source};

/// Numbers from this size up cannot be held exactly: Excel keeps 15 significant digits.
const EXACT_LIMIT: f64 = 1e15;

/// Reads the named sheet, or the first one, into rows numbered as in Excel.
pub(super) fn read_sheet(
    path: &Path,
    bytes: Vec<u8>,
    sheet: Option<&str>,
) -> Result<(Vec<Row>, Source), ImportError> {
    let failed = |message: String| ImportError::Spreadsheet {
        path: path.to_path_buf(),
        message,
    };
    let mut book = open(path, bytes).map_err(failed)?;
    let names = book.sheet_names();
    let name = match sheet {
        None => {
            let first = names.first().cloned().ok_or_else(|| ImportError::Empty {
                path: path.to_path_buf(),
            })?;
            // A workbook that opens on a recap: take the first sheet whose top rows name people.
            let found = names.iter().find(|n| {
                book.worksheet_range(n)
                    .is_ok_and(|r| r.rows().take(TOP_ROWS).any(names_people))
            });
            match found {
                Some(n) if *n != first => {
                    let rows = read_rows(&mut book, n).map_err(failed)?;
                    let source = Source::Sheet {
                        name: n.clone(),
                        chosen: Chosen::FirstLacksHeader(first),
                    };
                    return Ok((rows, source));
                }
                Some(_) => first,
                None if names.len() > 1 => {
                    let rows = read_rows(&mut book, &first).map_err(failed)?;
                    let source = Source::Sheet {
                        name: first,
                        chosen: Chosen::NoneHasHeader(names.clone()),
                    };
                    return Ok((rows, source));
                }
                None => first,
            }
        }
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.trim().to_lowercase() == wanted.trim().to_lowercase())
            })
            .cloned()
            .ok_or_else(|| ImportError::NoSheet {
                path: path.to_path_buf(),
                wanted: wanted.to_string(),
                available: names.clone(),
            })?,
    };
    let rows = read_rows(&mut book, &name).map_err(failed)?;
    let source = Source::Sheet {
        name,
        chosen: Chosen::Plainly,
    };
    Ok((rows, source))
}

/// How many rows from the top a sheet is searched for a header naming people.
const TOP_ROWS: usize = 20;

/// Whether a row reads like the header of a list of people (a name, NIP or participant-id column,
/// or a combined "NAMA / NIP").
fn names_people(row: &[Data]) -> bool {
    let cells: Vec<String> = row.iter().map(cell_text).collect();
    crate::import::results::names_people(&cells)
}

/// The sheet's rows, numbered as in Excel.
fn read_rows(book: &mut Sheets<Cursor<Vec<u8>>>, name: &str) -> Result<Vec<Row>, String> {
    let range = book.worksheet_range(name).map_err(|e| e.to_string())?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row {
            number: first_row + i + 1,
            cells: cells.iter().map(cell_text).collect(),
        })
        .collect())
}

/// Picks the reader from the content: ODS names its mimetype first in the zip, XLSB by extension.
fn open(path: &Path, bytes: Vec<u8>) -> Result<Sheets<Cursor<Vec<u8>>>, String> {
    let is_ods = bytes
        .windows(40)
        .take(100)
        .any(|w| w.starts_with(b"application/vnd.oasis.opendocument"));
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let rs = Cursor::new(bytes);
    if rs.get_ref().starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        open_workbook_from_rs::<Xls<_>, _>(rs)
            .map(Sheets::Xls)
            .map_err(|e| {
                format!("{e}; a password-protected workbook must be saved without a password first")
            })
    } else if is_ods {
        open_workbook_from_rs::<Ods<_>, _>(rs)
            .map(Sheets::Ods)
            .map_err(|e| e.to_string())
    } else if ext.as_deref() == Some("xlsb") {
        open_workbook_from_rs::<Xlsb<_>, _>(rs)
            .map(Sheets::Xlsb)
            .map_err(|e| e.to_string())
    } else {
        open_workbook_from_rs::<Xlsx<_>, _>(rs)
            .map(Sheets::Xlsx)
            .map_err(|e| e.to_string())
    }
}

/// A cell as text: whole numbers without ".0", dates as ISO, errors as Excel shows them.
pub(super) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::Error(e) => e.to_string(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.date().to_string(),
            Some(t) => t.format("%Y-%m-%d %H:%M:%S").to_string(),
            None => number_text(dt.as_f64()),
        },
    }
}

/// A number as text. Numbers of 16 or more digits come out in Excel's scientific notation
/// (`1.97805122003121E+17`): their last digits are already gone, and saying so is more honest than
/// printing a plausible 18-digit NIP that is wrong.
pub(super) fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    if f.abs() >= EXACT_LIMIT {
        let s = format!("{f:.14E}");
        let (mantissa, exp) = s.split_once('E').unwrap_or((&s, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}E{sign}{:02}", exp.abs());
    }
    if f.fract() == 0.0 {
        // Below 1e15 a whole f64 fits an i64 exactly.
        return format!("{}", f as i64);
    }
    f.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_excel_shows_them() {
        assert_eq!(number_text(3.0), "3");
        assert_eq!(number_text(3.5), "3.5");
        assert_eq!(number_text(-12.0), "-12");
        assert_eq!(number_text(197805122003121004.0), "1.97805122003121E+17");
        assert_eq!(number_text(1e15), "1E+15");
    }
}
