//! Reading tidy (unit, rater, value) CSV files into a `Table`.

use std::io::Read;

use super::error::AgreementError;
use super::table::{Table, TableBuilder, parse_value};

/// Which columns hold what, and how fields are separated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementOptions {
    /// Column naming the rated unit (e.g. a participant in a discussion group).
    pub unit_column: String,
    /// Column naming the rater (assessor).
    pub rater_column: String,
    /// Column holding the numeric rating.
    pub value_column: String,
    /// Field separator; `None` detects `,`, `;` or tab from the header line.
    pub delimiter: Option<u8>,
}

impl Default for AgreementOptions {
    fn default() -> Self {
        AgreementOptions {
            unit_column: "unit".to_owned(),
            rater_column: "rater".to_owned(),
            value_column: "value".to_owned(),
            delimiter: None,
        }
    }
}

/// Reads a tidy CSV of ratings into a table.
///
/// A UTF-8 byte-order mark is skipped, header names match case-insensitively, an empty
/// value or "NA" is a missing rating, and wholly empty rows are skipped. With a `;` or
/// tab separator a decimal comma ("3,5") is accepted, as Indonesian spreadsheets write it.
pub fn read_ratings_csv<R: Read>(
    mut reader: R,
    options: &AgreementOptions,
) -> Result<Table, AgreementError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    let text = String::from_utf8(bytes).map_err(|_| AgreementError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let delimiter = options
        .delimiter
        .unwrap_or_else(|| detect_delimiter(text.lines().next().unwrap_or("")));

    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = csv.headers()?.iter().map(|h| h.trim().to_owned()).collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| AgreementError::MissingColumn {
                name: name.to_owned(),
                found: header.clone(),
            })
    };
    let unit_col = column(&options.unit_column)?;
    let rater_col = column(&options.rater_column)?;
    let value_col = column(&options.value_column)?;

    let decimal_comma = delimiter != b',';
    let mut builder = TableBuilder::default();
    for record in csv.records() {
        let record = record?;
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let row = record.position().map_or(0, |p| p.line() as usize);
        let field = |i: usize| record.get(i).unwrap_or("");
        let value = parse_value(field(value_col), decimal_comma).ok_or_else(|| {
            AgreementError::NonNumeric {
                row,
                column: header[value_col].clone(),
                value: field(value_col).to_owned(),
            }
        })?;
        builder.push(
            row,
            field(unit_col),
            field(rater_col),
            value,
            [&header[unit_col], &header[rater_col]],
        )?;
    }
    Ok(builder.finish())
}

/// Picks the separator that occurs most often outside quotes in the header line.
fn detect_delimiter(header: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in header.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(slot) = counts.iter_mut().find(|(d, _)| *d == byte) {
            slot.1 += 1;
        }
    }
    // Ties (including a one-column header) fall back to the comma, listed first.
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(d, c)| if c > best.1 { (d, c) } else { best },
        )
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Table, AgreementError> {
        read_ratings_csv(text.as_bytes(), &AgreementOptions::default())
    }

    #[test]
    fn detects_separators() {
        assert_eq!(detect_delimiter("unit,rater,value"), b',');
        assert_eq!(detect_delimiter("unit;rater;value"), b';');
        assert_eq!(detect_delimiter("unit\trater\tvalue"), b'\t');
        assert_eq!(detect_delimiter("\"a;b\",rater,value"), b',');
        assert_eq!(detect_delimiter("value"), b',');
    }

    #[test]
    fn reads_bom_semicolons_decimal_commas_and_missing_values() {
        let t = read("\u{feff}Unit;Rater;Value\nP1;A;3,5\nP1;B;NA\n;;\nP2;A;\nP2;B;4\n").unwrap();
        assert_eq!(t.units(), ["P1", "P2"]);
        assert_eq!(t.raters(), ["A", "B"]);
        assert_eq!(t.row(0), [Some(3.5), None]);
        assert_eq!(t.row(1), [None, Some(4.0)]);
    }

    #[test]
    fn configurable_columns_in_any_order() {
        let options = AgreementOptions {
            unit_column: "peserta".into(),
            rater_column: "asesor".into(),
            value_column: "skor".into(),
            delimiter: None,
        };
        let t = read_ratings_csv("skor\tasesor\tpeserta\n2\tX\tp1\n".as_bytes(), &options).unwrap();
        assert_eq!(t.get(0, 0), Some(2.0));
        assert_eq!(t.units(), ["p1"]);
    }

    #[test]
    fn errors_name_the_file_row() {
        let err = read("unit,rater,value\nP1,A,3\nP1,B,three\n").unwrap_err();
        match err {
            AgreementError::NonNumeric { row, column, value } => {
                assert_eq!(
                    (row, column.as_str(), value.as_str()),
                    (3, "value", "three")
                );
            }
            other => panic!("unexpected {other}"),
        }
        assert!(matches!(
            read("unit,rater,value\nP1,A,3,5\n").unwrap_err(),
            AgreementError::Csv(_)
        ));
        assert!(matches!(
            read("unit,judge,value\n").unwrap_err(),
            AgreementError::MissingColumn { .. }
        ));
        assert!(matches!(
            read("unit,rater,value\nP1,A,1\nP1,A,2\n").unwrap_err(),
            AgreementError::DuplicateRating {
                row: 3,
                first_row: 2,
                ..
            }
        ));
        assert!(matches!(
            read_ratings_csv(&[0xff, 0xfe][..], &AgreementOptions::default()).unwrap_err(),
            AgreementError::NotUtf8
        ));
    }

    #[test]
    fn header_only_is_an_empty_table() {
        let t = read("unit,rater,value\n").unwrap();
        assert_eq!((t.n_units(), t.n_raters()), (0, 0));
    }
}
