//! A table of text read from any office file: a header row and numbered data rows.

use std::path::{Path, PathBuf};

/// How many rows from the top a title block may take before the header row.
const HEADER_SEARCH_ROWS: usize = 20;

/// Why a file could not be read as a table.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The spreadsheet library could not read the workbook.
    #[error("{path}: not a readable spreadsheet ({message}); save it again as .xlsx or .csv")]
    Spreadsheet {
        /// The file.
        path: PathBuf,
        /// What calamine said.
        message: String,
    },
    /// The requested sheet is not in the workbook.
    #[error("{path}: no sheet named {wanted:?}; the sheets are: {}", available.join(", "))]
    NoSheet {
        /// The file.
        path: PathBuf,
        /// The sheet asked for.
        wanted: String,
        /// The sheets there are.
        available: Vec<String>,
    },
    /// A sheet name was given for a text file, which has none.
    #[error("{path}: a text (CSV) file has no sheets; leave out --sheet")]
    SheetForText {
        /// The file.
        path: PathBuf,
    },
    /// The CSV text is malformed.
    #[error("{path}: row {row}: {message}")]
    Csv {
        /// The file.
        path: PathBuf,
        /// Row as the user counts it.
        row: usize,
        /// What went wrong.
        message: String,
    },
    /// The file or sheet holds no non-empty row.
    #[error("{path}: the file (or sheet) is empty")]
    Empty {
        /// The file.
        path: PathBuf,
    },
}

/// One data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Row number as the user sees it in Excel (the first line of the file is row 1).
    pub number: usize,
    /// Cell texts, untrimmed; may be shorter or longer than the header.
    pub cells: Vec<String>,
}

/// Row `number` with these cells: the rows the importers' tests read.
#[cfg(test)]
pub(crate) fn row(number: usize, cells: &[&str]) -> Row {
    Row {
        number,
        cells: cells.iter().map(|c| c.to_string()).collect(),
    }
}

impl Row {
    /// The cell in column `col`, or "" when the row is shorter.
    pub fn get(&self, col: usize) -> &str {
        self.cells.get(col).map_or("", String::as_str)
    }

    /// Whether every cell is empty or whitespace.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// A header row and the data rows below it; blank rows are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Header cells.
    pub headers: Vec<String>,
    /// Row number of the header.
    pub header_row: usize,
    /// Data rows, in file order.
    pub rows: Vec<Row>,
    /// How the file was read: encoding and separator, or the sheet.
    pub source: super::Source,
}

impl Table {
    /// Builds a table from raw rows: the first non-blank row is the header, blank rows are dropped.
    pub fn from_rows(rows: Vec<Row>, source: impl Into<super::Source>) -> Option<Table> {
        let mut rows = rows.into_iter().filter(|r| !r.is_blank());
        let header = rows.next()?;
        Some(Table {
            headers: header.cells.iter().map(|h| h.trim().to_string()).collect(),
            header_row: header.number,
            rows: rows.collect(),
            source: source.into(),
        })
    }

    /// Moves the header down to the first row (of the top 20) that `is_header` accepts, dropping the
    /// title rows above it; office sheets often start with a title block. Returns whether one was found.
    pub fn find_header(&mut self, is_header: impl Fn(&[String]) -> bool) -> bool {
        if is_header(&self.headers) {
            return true;
        }
        let Some(i) = self
            .rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .position(|r| is_header(&r.cells))
        else {
            return false;
        };
        let header = self.rows.remove(i);
        self.rows.drain(..i);
        self.headers = header.cells.iter().map(|h| h.trim().to_string()).collect();
        self.header_row = header.number;
        true
    }
}

/// Reads a CSV/text file or the first (or named) sheet of a spreadsheet into a [`Table`].
///
/// The kind is told from the file's first bytes, not its name, because files get renamed.
pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
    let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let (rows, source) = if is_workbook(&bytes) {
        super::sheet::read_sheet(path, bytes, sheet)?
    } else {
        if sheet.is_some() {
            return Err(ImportError::SheetForText {
                path: path.to_path_buf(),
            });
        }
        super::text::read_text(path, &bytes)?
    };
    Table::from_rows(rows, source).ok_or_else(|| ImportError::Empty {
        path: path.to_path_buf(),
    })
}

/// XLSX/ODS are zip archives; XLS is an OLE compound file.
fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_block_above_the_header_is_skipped() {
        let mut t = Table::from_rows(
            vec![
                row(1, &["DAFTAR PESERTA"]),
                row(2, &["", ""]),
                row(3, &["Nama", "NIP"]),
                row(4, &["Ani", "1"]),
            ],
            "test",
        )
        .expect("table");
        assert!(t.find_header(|h| h.iter().any(|c| c == "Nama")));
        assert_eq!(t.header_row, 3);
        assert_eq!(t.rows, vec![row(4, &["Ani", "1"])]);
    }
}
