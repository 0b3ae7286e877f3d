//! Errors raised while turning ratings into a table.

/// Why ratings could not be read into a table.
#[derive(Debug, thiserror::Error)]
pub enum AgreementError {
    /// The office-file reader could not read the file as a table.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    /// A required column is absent from the header.
    #[error("column {name:?} not found in the header (columns: {found:?})")]
    MissingColumn {
        /// The column that was asked for.
        name: String,
        /// The columns the header does have.
        found: Vec<String>,
    },
    /// A value is neither a number nor a missing-value marker.
    #[error("row {row}: value {value:?} in column {column:?} is not a number")]
    NonNumeric {
        /// 1-based row number in the file, the header being row 1.
        row: usize,
        /// The value column's name.
        column: String,
        /// The offending text.
        value: String,
    },
    /// A unit or rater label is empty.
    #[error("row {row}: column {column:?} is empty")]
    EmptyLabel {
        /// 1-based row number in the file, the header being row 1.
        row: usize,
        /// The empty column's name.
        column: String,
    },
    /// The same rater rated the same unit twice.
    #[error("row {row}: rater {rater:?} already rated unit {unit:?} on row {first_row}")]
    DuplicateRating {
        /// 1-based row number of the repeat.
        row: usize,
        /// 1-based row number of the first rating.
        first_row: usize,
        /// The unit label.
        unit: String,
        /// The rater label.
        rater: String,
    },
}
