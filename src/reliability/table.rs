//! An n-units x k-raters table of ratings, with gaps for missing ratings.

use std::collections::HashMap;

use super::error::AgreementError;

/// Ratings laid out as units (rows) by raters (columns); `None` marks a missing rating.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    units: Vec<String>,
    raters: Vec<String>,
    /// Row-major, `units.len() * raters.len()` cells.
    cells: Vec<Option<f64>>,
}

impl Table {
    /// Builds a table from rows of cells, naming units "1", "2", ... and raters "R1", "R2", ...
    ///
    /// Short rows are padded with missing cells; non-finite numbers count as missing so
    /// they can never leak into a statistic.
    pub fn from_rows(rows: &[Vec<Option<f64>>]) -> Table {
        let k = rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut cells = Vec::with_capacity(rows.len() * k);
        for row in rows {
            for j in 0..k {
                cells.push(row.get(j).copied().flatten().filter(|v| v.is_finite()));
            }
        }
        Table {
            units: (1..=rows.len()).map(|i| i.to_string()).collect(),
            raters: (1..=k).map(|j| format!("R{j}")).collect(),
            cells,
        }
    }

    /// Builds a table of `n_units` units by `k` raters from its cells, row after row, named and
    /// cleaned as by [`Table::from_rows`]; missing cells past the end count as missing ratings.
    pub fn from_cells(
        n_units: usize,
        k: usize,
        cells: impl IntoIterator<Item = Option<f64>>,
    ) -> Table {
        let mut cells: Vec<Option<f64>> = cells
            .into_iter()
            .take(n_units * k)
            .map(|c| c.filter(|v| v.is_finite()))
            .collect();
        cells.resize(n_units * k, None);
        Table {
            units: (1..=n_units).map(|i| i.to_string()).collect(),
            raters: (1..=k).map(|j| format!("R{j}")).collect(),
            cells,
        }
    }

    /// Builds a table from a tidy long list of (unit, rater, value) strings.
    ///
    /// Units and raters keep their first-seen order. An empty value or "NA" is missing.
    /// Errors name the 1-based position in the list as the row.
    pub fn from_long<I, S>(records: I) -> Result<Table, AgreementError>
    where
        I: IntoIterator<Item = (S, S, S)>,
        S: AsRef<str>,
    {
        let mut builder = TableBuilder::default();
        for (i, (unit, rater, value)) in records.into_iter().enumerate() {
            let row = i + 1;
            let value =
                parse_value(value.as_ref(), false).ok_or_else(|| AgreementError::NonNumeric {
                    row,
                    column: "value".to_owned(),
                    value: value.as_ref().to_owned(),
                })?;
            builder.push(row, unit.as_ref(), rater.as_ref(), value, ["unit", "rater"])?;
        }
        Ok(builder.finish())
    }

    /// Number of units (rows).
    pub fn n_units(&self) -> usize {
        self.units.len()
    }

    /// Number of raters (columns).
    pub fn n_raters(&self) -> usize {
        self.raters.len()
    }

    /// Unit labels in first-seen order.
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// Rater labels in first-seen order.
    pub fn raters(&self) -> &[String] {
        &self.raters
    }

    /// The rating of unit `unit` by rater `rater`, if present.
    pub fn get(&self, unit: usize, rater: usize) -> Option<f64> {
        if rater >= self.raters.len() {
            return None;
        }
        self.cells
            .get(unit * self.raters.len() + rater)
            .copied()
            .flatten()
    }

    /// One unit's cells, one per rater.
    pub fn row(&self, unit: usize) -> &[Option<f64>] {
        let k = self.raters.len();
        self.cells.get(unit * k..(unit + 1) * k).unwrap_or(&[])
    }

    /// Every unit's cells, in order.
    pub fn rows(&self) -> impl Iterator<Item = &[Option<f64>]> {
        (0..self.units.len()).map(|i| self.row(i))
    }

    /// The present ratings of one unit.
    pub fn ratings_of(&self, unit: usize) -> Vec<f64> {
        self.row(unit).iter().flatten().copied().collect()
    }

    /// The rows in which every rater gave a rating.
    pub fn complete_rows(&self) -> Vec<Vec<f64>> {
        self.rows()
            .filter(|row| row.iter().all(Option::is_some))
            .map(|row| row.iter().flatten().copied().collect())
            .collect()
    }

    /// The table without raters and units that have no rating at all, with the labels of the
    /// raters and units left out.
    pub fn without_empty(&self) -> (Table, Vec<String>, Vec<String>) {
        let k = self.raters.len();
        let keep_rater: Vec<bool> = (0..k)
            .map(|j| (0..self.units.len()).any(|u| self.get(u, j).is_some()))
            .collect();
        let keep_unit: Vec<bool> = self.rows().map(|r| r.iter().any(Option::is_some)).collect();
        let pick = |labels: &[String], keep: &[bool], wanted: bool| -> Vec<String> {
            labels
                .iter()
                .zip(keep)
                .filter(|(_, k)| **k == wanted)
                .map(|(l, _)| l.clone())
                .collect()
        };
        let mut cells = Vec::new();
        for (u, _) in keep_unit.iter().enumerate().filter(|(_, k)| **k) {
            for (j, _) in keep_rater.iter().enumerate().filter(|(_, k)| **k) {
                cells.push(self.get(u, j));
            }
        }
        let table = Table {
            units: pick(&self.units, &keep_unit, true),
            raters: pick(&self.raters, &keep_rater, true),
            cells,
        };
        (
            table,
            pick(&self.raters, &keep_rater, false),
            pick(&self.units, &keep_unit, false),
        )
    }

    /// Number of present ratings.
    pub fn n_ratings(&self) -> usize {
        self.cells.iter().flatten().count()
    }

    /// The distinct rating values, ascending.
    pub fn categories(&self) -> Vec<f64> {
        sorted_unique(self.cells.iter().flatten().copied())
    }
}

/// Distinct values in ascending order.
pub(crate) fn sorted_unique(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    v.dedup();
    v
}

/// Parses one rating: `Some(None)` for missing, `None` for text that is not a number.
///
/// `decimal_comma` accepts "3,5" because semicolon-separated files from Indonesian
/// spreadsheets write decimals that way.
pub(crate) fn parse_value(text: &str, decimal_comma: bool) -> Option<Option<f64>> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("NA") {
        return Some(None);
    }
    let parsed = text.parse::<f64>().ok().or_else(|| {
        if decimal_comma && text.matches(',').count() == 1 && !text.contains('.') {
            text.replace(',', ".").parse::<f64>().ok()
        } else {
            None
        }
    })?;
    // "nan" and "inf" parse as f64 but are not ratings.
    parsed.is_finite().then_some(Some(parsed))
}

/// Accumulates long-format records into a table, keeping first-seen order.
#[derive(Default)]
pub(crate) struct TableBuilder {
    units: Vec<String>,
    raters: Vec<String>,
    unit_index: HashMap<String, usize>,
    rater_index: HashMap<String, usize>,
    /// (unit, rater) -> (value, row it came from)
    seen: HashMap<(usize, usize), (Option<f64>, usize)>,
}

impl TableBuilder {
    /// Adds one record; `names` are the unit and rater column names for error messages.
    pub(crate) fn push(
        &mut self,
        row: usize,
        unit: &str,
        rater: &str,
        value: Option<f64>,
        names: [&str; 2],
    ) -> Result<(), AgreementError> {
        let (unit, rater) = (unit.trim(), rater.trim());
        for (label, column) in [(unit, names[0]), (rater, names[1])] {
            if label.is_empty() {
                return Err(AgreementError::EmptyLabel {
                    row,
                    column: column.to_owned(),
                });
            }
        }
        let u = intern(&mut self.units, &mut self.unit_index, unit);
        let r = intern(&mut self.raters, &mut self.rater_index, rater);
        if let Some(&(_, first_row)) = self.seen.get(&(u, r)) {
            return Err(AgreementError::DuplicateRating {
                row,
                first_row,
                unit: unit.to_owned(),
                rater: rater.to_owned(),
            });
        }
        self.seen.insert((u, r), (value, row));
        Ok(())
    }

    /// The finished table.
    pub(crate) fn finish(self) -> Table {
        let k = self.raters.len();
        let mut cells = vec![None; self.units.len() * k];
        for ((u, r), (value, _)) in self.seen {
            cells[u * k + r] = value;
        }
        Table {
            units: self.units,
            raters: self.raters,
            cells,
        }
    }
}

fn intern(labels: &mut Vec<String>, index: &mut HashMap<String, usize>, label: &str) -> usize {
    if let Some(&i) = index.get(label) {
        return i;
    }
    labels.push(label.to_owned());
    index.insert(label.to_owned(), labels.len() - 1);
    labels.len() - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_row_after_row_make_the_table_rows_make() {
        let rows = vec![
            vec![Some(1.0), None, Some(f64::NAN)],
            vec![Some(2.0), Some(f64::INFINITY), Some(3.0)],
            vec![None, Some(4.0), Some(5.0)],
        ];
        let flat = rows.iter().flatten().copied();
        assert_eq!(Table::from_cells(3, 3, flat), Table::from_rows(&rows));
        // Short input is padded with missing ratings, long input cut at n x k.
        let short = Table::from_cells(2, 2, [Some(1.0), Some(2.0), Some(3.0)]);
        assert_eq!(short.row(1), [Some(3.0), None]);
        let long = Table::from_cells(1, 2, [Some(1.0), Some(2.0), Some(3.0)]);
        assert_eq!(long, Table::from_rows(&[vec![Some(1.0), Some(2.0)]]));
    }

    #[test]
    fn long_list_keeps_first_seen_order_and_marks_gaps() {
        let t = Table::from_long([
            ("u2", "Bea", "3"),
            ("u1", "Ali", "4"),
            ("u2", "Ali", "NA"),
            ("u1", "Bea", " 5 "),
            ("u3", "Ali", ""),
        ])
        .unwrap();
        assert_eq!(t.units(), ["u2", "u1", "u3"]);
        assert_eq!(t.raters(), ["Bea", "Ali"]);
        assert_eq!(t.row(0), [Some(3.0), None]);
        assert_eq!(t.row(1), [Some(5.0), Some(4.0)]);
        assert_eq!(t.row(2), [None, None]);
        assert_eq!(t.complete_rows(), vec![vec![5.0, 4.0]]);
        assert_eq!(t.n_ratings(), 3);
        assert_eq!(t.categories(), vec![3.0, 4.0, 5.0]);
    }

    #[test]
    fn long_list_errors_name_the_row() {
        let err = Table::from_long([("u1", "A", "1"), ("u1", "B", "tiga")]).unwrap_err();
        assert!(
            matches!(err, AgreementError::NonNumeric { row: 2, .. }),
            "{err}"
        );
        let err = Table::from_long([("u1", "A", "1"), ("u1", "A", "2")]).unwrap_err();
        assert!(matches!(
            err,
            AgreementError::DuplicateRating {
                row: 2,
                first_row: 1,
                ..
            }
        ));
        let err = Table::from_long([("", "A", "1")]).unwrap_err();
        assert!(matches!(err, AgreementError::EmptyLabel { row: 1, .. }));
    }

    #[test]
    fn values_reject_non_finite_and_accept_decimal_comma_only_when_asked() {
        assert_eq!(parse_value("nan", false), None);
        assert_eq!(parse_value("inf", false), None);
        assert_eq!(parse_value("na", false), Some(None));
        assert_eq!(parse_value("3,5", false), None);
        assert_eq!(parse_value("3,5", true), Some(Some(3.5)));
        assert_eq!(parse_value("1,000.5", true), None);
    }

    #[test]
    fn from_rows_pads_and_drops_non_finite() {
        let t = Table::from_rows(&[vec![Some(1.0)], vec![Some(f64::NAN), Some(2.0)]]);
        assert_eq!(t.n_raters(), 2);
        assert_eq!(t.row(0), [Some(1.0), None]);
        assert_eq!(t.row(1), [None, Some(2.0)]);
        assert_eq!(t.get(5, 0), None);
        assert_eq!(t.get(0, 9), None);
    }
}
