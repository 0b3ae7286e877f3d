//! Spreadsheet cells that stay data: CSV and XLSX writers that can never smuggle in a formula.
//!
//! Names, notes and mission texts come from people, and a name such as `=HYPERLINK(...)` or
//! `=cmd|' /C calc'!A0` would run as a formula in Excel or LibreOffice (CSV/formula injection,
//! OWASP; ASVS 1.2.10). Every text cell therefore goes through [`neutralise`], and the XLSX writer
//! writes text only with `write_string`, so no cell is ever a formula.

use std::borrow::Cow;
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
    /// An identifier made of digits, such as an 18-digit NIP: text that a spreadsheet must not turn
    /// into a number (Excel keeps 15 digits and shows `1,98E+17`).
    Id(String),
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

/// Creates the folder a file is to be written into, so `--out new/folder/file.xlsx` works as it
/// does for the report and the CSV folder.
pub fn create_parent(path: &Path) -> Result<(), WriteError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => crate::store::create_private_dir_all(dir)
            .map_err(|source| WriteError::Io {
                path: dir.to_path_buf(),
                source,
            }),
        _ => Ok(()),
    }
}

/// Writes the sheets to one XLSX workbook: bold frozen header row, text as text, numbers as numbers.
pub fn write_xlsx(sheets: &[Sheet], path: &Path) -> Result<(), WriteError> {
    create_parent(path)?;
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
                    Cell::Text(t) | Cell::Id(t) => {
                        ws.write_string(r, col, xlsx_text(t)).map_err(err)?
                    }
                    Cell::Number(n) if n.is_finite() => ws.write_number(r, col, *n).map_err(err)?,
                    Cell::Number(_) | Cell::Empty => ws,
                };
            }
        }
        ws.set_freeze_panes(1, 0).map_err(err)?;
        ws.set_autofit_max_width(400).autofit();
    }
    // Results about named civil servants: the file is the user's alone (0600 on Unix).
    let file = crate::store::create_private_file(path).map_err(|source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    book.save_to_writer(std::io::BufWriter::new(file))
        .map_err(err)
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
    fn huge_text_is_cut_to_the_excel_limit() {
        let long = "x".repeat(40_000);
        let cut = xlsx_text(&long);
        assert_eq!(cut.encode_utf16().count(), XLSX_MAX_TEXT);
        assert!(cut.ends_with('…'));
    }
}
