//! The walk every results file shares: find the header that names participants, then match each
//! data row to one participant, list the rows that match none (or several), refuse a row that
//! repeats an earlier one, and keep a row's values only when nothing in it is wrong. What a row
//! holds is read by the file's own module.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

use super::identity::{Matcher, is_anonymous, names_participants, problem};
use super::{ResultRows, ResultsError};
use crate::import::roster::RowProblem;
use crate::import::{HeaderMap, Row, Table};
use crate::model::Lang;

/// Moves `table` to the header row that names participants (ID / NIP / Nama), or says which
/// headers there were.
pub fn find_participant_header(table: &mut Table) -> Result<(), ResultsError> {
    if table.find_header(names_participants) {
        Ok(())
    } else {
        Err(ResultsError::NoParticipantColumn {
            found: table.headers.join(", "),
        })
    }
}

/// One data row as the file's module read it, before it is known whose it is.
#[derive(Debug)]
pub struct RowRead<V, K> {
    /// The usable values.
    pub values: Vec<V>,
    /// Cells that cannot be used, with row and column.
    pub problems: Vec<RowProblem>,
    /// The row gives nothing: passed over when it names nobody either (a footnote, a total line).
    pub blank: bool,
    /// What no second row of the same participant may give again; `None` when the row does not say.
    pub key: Option<K>,
    /// A column the row names itself (a long file's competency), listed once the row is matched.
    pub column: Option<String>,
}

impl<V> RowRead<V, ()> {
    /// A row of a wide file: one row per participant, blank when it has no value and no problem.
    pub fn per_participant(values: Vec<V>, problems: Vec<RowProblem>) -> Self {
        RowRead {
            blank: values.is_empty() && problems.is_empty(),
            values,
            problems,
            key: Some(()),
            column: None,
        }
    }
}

/// The problem of a wide file's participant on a second row, in `lang`.
pub fn repeated_participant(lang: Lang) -> impl Fn(&str, &(), usize) -> String {
    move |participant, _, first| crate::text::rows::participant_twice(lang, participant, first)
}

/// Reads every data row of `table` with `read`, matches it to a participant through `map`, and
/// fills `out`: unmatched rows, problems (a repeat of an earlier row's key is one, said by
/// `repeated` with that row's number), and `keep`'s value for each value of a row without problems.
pub fn match_rows<'t, 'e, V, K, T>(
    table: &'t Table,
    map: &HeaderMap,
    matcher: &Matcher<'e>,
    out: &mut ResultRows<T>,
    mut read: impl FnMut(&'t Row) -> RowRead<V, K>,
    repeated: impl Fn(&'e str, &K, usize) -> String,
    mut keep: impl FnMut(&'e str, V) -> T,
) where
    K: Eq + Hash,
{
    let mut seen: HashMap<(&'e str, K), usize> = HashMap::new();
    for row in &table.rows {
        let RowRead {
            values,
            mut problems,
            blank,
            key,
            column,
        } = read(row);
        if blank && is_anonymous(map, row) {
            continue;
        }
        let participant = match matcher.row(map, row) {
            Ok(p) => p,
            Err(e) => {
                out.unmatched.push(problem(row, &e));
                out.problems.extend(problems);
                continue;
            }
        };
        if let Some(column) = column.filter(|c| !out.columns.contains(c)) {
            out.columns.push(column);
        }
        if let Some(key) = key {
            match seen.entry((participant, key)) {
                Entry::Occupied(mut e) => {
                    let first = e.insert(row.number);
                    problems.push(RowProblem {
                        row: row.number,
                        reason: repeated(participant, &e.key().1, first),
                    });
                }
                Entry::Vacant(e) => {
                    e.insert(row.number);
                }
            }
        }
        if problems.is_empty() {
            out.values
                .extend(values.into_iter().map(|v| keep(participant, v)));
        }
        out.problems.extend(problems);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::demo_event;
    use crate::import::HeaderMap;
    use crate::import::results::identity::person_fields;
    use crate::import::table::row;

    #[test]
    fn rows_are_matched_once_each_and_kept_only_when_clean() {
        let event = demo_event().expect("demo");
        let table = Table::from_rows(
            vec![
                row(1, &["ID", "Nilai"]),
                row(2, &["P01", "3"]),
                row(3, &["", ""]),
                row(4, &["P01", "4"]),
                row(5, &["NOBODY", "x"]),
                row(6, &["P01", "5"]),
                row(7, &["P02", "x"]),
                row(8, &["P03", "2"]),
                row(9, &["Total", ""]),
            ],
            "test",
        )
        .expect("table");
        let map = HeaderMap::new(&table.headers, &person_fields());
        let mut out = ResultRows::new(table.rows.len());
        let read = |r: &Row| {
            let cell = r.get(1).trim();
            match cell.parse::<f64>() {
                Ok(v) => RowRead::per_participant(vec![v], Vec::new()),
                Err(_) if cell.is_empty() => RowRead::per_participant(Vec::new(), Vec::new()),
                Err(_) => RowRead::per_participant(
                    Vec::new(),
                    vec![RowProblem {
                        row: r.number,
                        reason: format!("{cell:?}"),
                    }],
                ),
            }
        };
        let keep = |p: &str, v: f64| (p.to_string(), v);
        let matcher = Matcher::new(&event);
        match_rows(
            &table,
            &map,
            &matcher,
            &mut out,
            read,
            repeated_participant(Lang::En),
            keep,
        );
        assert_eq!(out.values, [("P01".into(), 3.0), ("P03".into(), 2.0)]);
        let rows = |v: &[RowProblem]| v.iter().map(|p| p.row).collect::<Vec<_>>();
        // Row 3 gives nothing and names nobody; row 9's "Total" stands in the ID column.
        assert_eq!(rows(&out.unmatched), [5, 9]);
        assert_eq!(rows(&out.problems), [4, 5, 6, 7]);
        // A third row of P01 names the row before it, the one a user would look at next.
        assert!(
            out.problems[2].reason.contains("also on row 4"),
            "{:?}",
            out.problems
        );
    }
}
