//! Turning the rows the office-file importer read (`import::read_table`: CSV in any common
//! encoding and separator, XLSX, XLS, ODS) into a units x raters `Table`. There is no second
//! reader of files here: the importer is the one.

use std::path::Path;

use super::error::AgreementError;
use super::table::{Table, TableBuilder, parse_value};
use crate::import;

/// Which columns hold what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementOptions {
    /// Column naming the rated unit (e.g. a participant in a discussion group).
    pub unit_column: String,
    /// Column naming the rater (assessor).
    pub rater_column: String,
    /// Column holding the numeric rating.
    pub value_column: String,
}

impl Default for AgreementOptions {
    fn default() -> Self {
        AgreementOptions {
            unit_column: "unit".to_owned(),
            rater_column: "rater".to_owned(),
            value_column: "value".to_owned(),
        }
    }
}

/// Reads a long table of ratings from an office file (the first sheet, or `sheet`).
pub fn read_ratings(
    path: &Path,
    sheet: Option<&str>,
    options: &AgreementOptions,
) -> Result<Table, AgreementError> {
    ratings_table(&import::read_table(path, sheet)?, options)
}

/// Builds the ratings table from the importer's rows.
///
/// Header names match case-insensitively, an empty value or "NA" is a missing rating, and
/// blank rows were already left out by the importer. A decimal comma ("3,5") is accepted: a
/// cell has been split from its neighbours already, so its comma can only be a decimal one, as
/// Indonesian spreadsheets write it. Errors name the row as the user sees it in the file.
pub fn ratings_table(
    table: &import::Table,
    options: &AgreementOptions,
) -> Result<Table, AgreementError> {
    let header = &table.headers;
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| AgreementError::MissingColumn {
                name: name.to_owned(),
                found: header.clone(),
            })
    };
    let unit_col = column(&options.unit_column)?;
    let rater_col = column(&options.rater_column)?;
    let value_col = column(&options.value_column)?;
    let mut builder = TableBuilder::default();
    for record in table.rows.iter().filter(|r| !r.is_blank()) {
        let value =
            parse_value(record.get(value_col), true).ok_or_else(|| AgreementError::NonNumeric {
                row: record.number,
                column: header[value_col].clone(),
                value: record.get(value_col).to_owned(),
            })?;
        builder.push(
            record.number,
            record.get(unit_col),
            record.get(rater_col),
            value,
            [&header[unit_col], &header[rater_col]],
        )?;
    }
    Ok(builder.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imported(lines: &[&[&str]]) -> import::Table {
        let rows = lines
            .iter()
            .enumerate()
            .map(|(i, cells)| import::Row {
                number: i + 1,
                cells: cells.iter().map(|c| c.to_string()).collect(),
            })
            .collect();
        import::Table::from_rows(rows, "test").expect("a header row")
    }

    #[test]
    fn reads_decimal_commas_missing_values_and_any_header_case() {
        let t = imported(&[
            &["Unit", "Rater", "Value"],
            &["P1", "A", "3,5"],
            &["P1", "B", "NA"],
            &["", "", ""],
            &["P2", "A", ""],
            &["P2", "B", "4"],
        ]);
        let t = ratings_table(&t, &AgreementOptions::default()).unwrap();
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
        };
        let t = imported(&[&["skor", "asesor", "peserta"], &["2", "X", "p1"]]);
        let t = ratings_table(&t, &options).unwrap();
        assert_eq!(t.get(0, 0), Some(2.0));
        assert_eq!(t.units(), ["p1"]);
    }

    #[test]
    fn errors_name_the_row_the_user_sees() {
        let t = imported(&[
            &["unit", "rater", "value"],
            &["P1", "A", "3"],
            &["P1", "B", "three"],
        ]);
        match ratings_table(&t, &AgreementOptions::default()).unwrap_err() {
            AgreementError::NonNumeric { row, column, value } => {
                assert_eq!(
                    (row, column.as_str(), value.as_str()),
                    (3, "value", "three")
                );
            }
            other => panic!("unexpected {other}"),
        }
        let t = imported(&[&["unit", "judge", "value"]]);
        assert!(matches!(
            ratings_table(&t, &AgreementOptions::default()).unwrap_err(),
            AgreementError::MissingColumn { .. }
        ));
        let t = imported(&[
            &["unit", "rater", "value"],
            &["P1", "A", "1"],
            &["P1", "A", "2"],
        ]);
        assert!(matches!(
            ratings_table(&t, &AgreementOptions::default()).unwrap_err(),
            AgreementError::DuplicateRating {
                row: 3,
                first_row: 2,
                ..
            }
        ));
    }
}
