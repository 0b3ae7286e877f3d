//! Spreadsheet cells that stay data: CSV and XLSX writers that can never smuggle in a formula.
//!
//! Names, notes and mission texts come from people, and a name such as `=HYPERLINK(...)` or
//! `=cmd|' /C calc'!A0` would run as a formula in Excel or LibreOffice (CSV/formula injection,
//! OWASP; ASVS 1.2.10). Every text cell therefore goes through [`neutralise`], and the XLSX writer
//! writes text only with `write_string`, so no cell is ever a formula.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// Characters that make a spreadsheet read a cell as a formula (or part of one) when they lead it:
/// the OWASP list, NUL (ASVS), and the full-width forms some input methods type.
const TRIGGERS: &[char] = &[
    '=', '+', '-', '@', '\t', '\r', '\0', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// Excel's limit on the length of one cell's text, in UTF-16 units.
const XLSX_MAX_TEXT: usize = 32_767;

/// One cell: text, a number, or nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text; neutralised when written.
    Text(String),
    /// A number; stays a number (non-finite values are written as empty cells).
    Number(f64),
    /// An empty cell.
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<f64> for Cell {
    fn from(n: f64) -> Self {
        Cell::Number(n)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Self {
        v.map_or(Cell::Empty, Into::into)
    }
}

/// A table with a name, one header row and rows of cells: one CSV file or one XLSX sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// Sheet name (XLSX) or file stem (CSV folder).
    pub name: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// The rows; a short row is padded with empty cells.
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// An empty sheet with these headers.
    pub fn new(name: impl Into<String>, headers: &[&str]) -> Self {
        Sheet {
            name: name.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }
}

/// Why a sheet could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file or folder could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The CSV writer failed (almost always an I/O error underneath).
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The XLSX writer refused (a bad sheet name, say) or could not save.
    #[error("cannot write {path}: {source}")]
    Xlsx {
        /// The path.
        path: PathBuf,
        /// What rust_xlsxwriter said.
        source: XlsxError,
    },
}

/// Makes text inert in a spreadsheet: a leading `'` when it would start (after any whitespace or
/// invisible marks) with `=`, `+`, `-`, `@`, tab, CR or NUL; other text is returned unchanged.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    for c in text.chars() {
        if TRIGGERS.contains(&c) {
            return Cow::Owned(format!("'{text}"));
        }
        if !(c.is_whitespace() || is_invisible(c)) {
            break;
        }
    }
    Cow::Borrowed(text)
}

/// Zero-width and direction marks, which a reader does not see and so must not hide a formula.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// A number as CSV text: shortest form that reads back exactly; empty when not finite.
fn number_text(n: f64) -> String {
    if n.is_finite() {
        n.to_string()
    } else {
        String::new()
    }
}

/// Writes one sheet as CSV (comma-separated, UTF-8, no BOM, one header row). Every field but a
/// number is quoted (empty ones as `""`, which R, pandas and Excel read as missing), so a
/// spreadsheet that splits on `;` still sees one cell per field.
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
                Cell::Text(t) => neutralise(t).into_owned(),
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

/// Writes each sheet as `<dir>/<name>.csv`, creating the folder; returns the files written.
pub fn write_csv_folder(sheets: &[Sheet], dir: &Path) -> Result<Vec<PathBuf>, WriteError> {
    std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::with_capacity(sheets.len());
    for sheet in sheets {
        let path = dir.join(format!("{}.csv", file_stem(&sheet.name)));
        let file = std::fs::File::create(&path).map_err(|source| WriteError::Io {
            path: path.clone(),
            source,
        })?;
        write_csv(sheet, std::io::BufWriter::new(file))?;
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

/// Writes the sheets to one XLSX workbook: bold frozen header row, text as text, numbers as numbers.
pub fn write_xlsx(sheets: &[Sheet], path: &Path) -> Result<(), WriteError> {
    let err = |source| WriteError::Xlsx {
        path: path.to_path_buf(),
        source,
    };
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name).map_err(err)?;
        for (c, h) in sheet.headers.iter().enumerate() {
            let col = column(c).map_err(err)?;
            ws.write_string_with_format(0, col, xlsx_text(h), &bold)
                .map_err(err)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| err(XlsxError::RowColumnLimitError))?;
            for (c, cell) in row.iter().enumerate() {
                let col = column(c).map_err(err)?;
                match cell {
                    Cell::Text(t) => ws.write_string(r, col, xlsx_text(t)).map_err(err)?,
                    Cell::Number(n) if n.is_finite() => ws.write_number(r, col, *n).map_err(err)?,
                    Cell::Number(_) | Cell::Empty => ws,
                };
            }
        }
        ws.set_freeze_panes(1, 0).map_err(err)?;
        ws.set_autofit_max_width(400).autofit();
    }
    book.save(path).map_err(err)
}

fn column(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

/// Neutralised text cut to Excel's cell limit, marked with `…` when cut, so a huge note cannot
/// make the whole workbook fail.
fn xlsx_text(text: &str) -> String {
    let safe = neutralise(text);
    if safe.encode_utf16().count() <= XLSX_MAX_TEXT {
        return safe.into_owned();
    }
    let mut out = String::new();
    let mut units = 0;
    for c in safe.chars() {
        units += c.len_utf16();
        if units > XLSX_MAX_TEXT - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_a_quote_and_other_text_does_not() {
        for hostile in [
            "=cmd|' /C calc'!A0",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "  =1+1",
            "\u{202E}=1",
            "\u{FF1D}1",
        ] {
            assert_eq!(neutralise(hostile), format!("'{hostile}"), "{hostile:?}");
        }
        for plain in [
            "<script>",
            "Budi Santoso",
            "\u{202E}abc",
            "",
            "'=already",
            "a=b",
        ] {
            assert_eq!(neutralise(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn csv_keeps_numbers_bare_and_quotes_text() {
        let mut s = Sheet::new("t", &["name", "n"]);
        s.rows.push(vec!["a;=1".into(), Cell::Number(-2.5)]);
        s.rows.push(vec![Cell::Empty, Cell::Number(f64::NAN)]);
        let mut out = Vec::new();
        write_csv(&s, &mut out).expect("csv");
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(text, "\"name\",\"n\"\n\"a;=1\",-2.5\n\"\",\"\"\n");
    }

    #[test]
    fn huge_text_is_cut_to_the_excel_limit() {
        let long = "x".repeat(40_000);
        let cut = xlsx_text(&long);
        assert_eq!(cut.encode_utf16().count(), XLSX_MAX_TEXT);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn sheet_names_become_safe_file_stems() {
        assert_eq!(file_stem("../Acts"), "_Acts");
        assert_eq!(file_stem(""), "sheet");
        assert_eq!(file_stem("Final"), "Final");
    }
}
