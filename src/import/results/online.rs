//! The online-assessment file: one row per participant, and every column of numbers besides the
//! identifying ones is a named score ("Tes Potensi" 105, "Kepribadian" 3.5).

use super::cells::{Cell, column_label, read_cell};
use super::identity::{Matcher, person_fields};
use super::rows::{RowRead, find_participant_header, match_rows, repeated_participant};
use super::{ImportOptions, ResultRows, ResultsError};
use crate::import::roster::{INDEX_HEADERS, RowProblem};
use crate::import::{HeaderMap, Row, Table, clean_text, header_key};
use crate::model::{Event, OnlineScore};
use crate::text::import as say;
use crate::text::rows;

/// Header keys that start the header of a column worked out from the scores rather than a score
/// ("Rata-rata" is `ratarata`, "Total Skor" `totalskor`): a rank or an average on every
/// individual page would mislead.
const DERIVED_START: &[&str] = &[
    "peringkat",
    "rangking",
    "ranking",
    "ratarata",
    "rerata",
    "average",
    "jumlah",
    "total",
];

/// Header keys that are such a column only when they are the whole header ("Mean", not "Meaning").
const DERIVED_WHOLE: &[&str] = &["rank", "urutan", "mean", "sum", "rata2", "nourut"];

/// Whether a column holds a rank, running number or total rather than a score.
fn is_derived(header: &str) -> bool {
    let key = header_key(header);
    DERIVED_START.iter().any(|d| key.starts_with(d)) || DERIVED_WHOLE.contains(&key.as_str())
}

/// The columns `--columns` names, by header (any case and spacing), or `None` when it is not given.
fn chosen_columns(table: &Table, opts: &ImportOptions) -> Result<Option<Vec<usize>>, ResultsError> {
    let Some(wanted) = &opts.columns else {
        return Ok(None);
    };
    let mut cols = Vec::new();
    for w in wanted.iter().filter(|w| !w.trim().is_empty()) {
        let col = table
            .headers
            .iter()
            .position(|h| header_key(h) == header_key(w))
            .ok_or_else(|| {
                ResultsError::NoSuchColumn(say::no_such_column(
                    opts.lang,
                    w.trim(),
                    &table.headers.join(", "),
                ))
            })?;
        cols.push(col);
    }
    Ok(Some(cols))
}

/// Reads online scores; score names are the column headers as given (whitespace tidied).
pub fn read_online(
    mut table: Table,
    event: &Event,
    opts: &ImportOptions,
) -> Result<ResultRows<OnlineScore>, ResultsError> {
    find_participant_header(&mut table)?;
    let map = HeaderMap::new(&table.headers, &person_fields());
    let mut out = ResultRows::new(table.rows.len());
    let mut scores: Vec<(usize, String)> = Vec::new();
    let mut text_columns = Vec::new();
    let mut derived_columns = Vec::new();
    let chosen = chosen_columns(&table, opts)?;
    for &col in &map.unknown {
        let header = clean_text(table.headers.get(col).map_or("", String::as_str));
        if let Some(chosen) = &chosen {
            if chosen.contains(&col) {
                scores.push((col, header));
            }
            continue;
        }
        if INDEX_HEADERS.contains(&header_key(&header).as_str()) {
            continue;
        }
        if is_derived(&header) {
            derived_columns.push(column_label(opts.lang, col, &table.headers));
            continue;
        }
        let (mut numbers, mut texts) = (0, 0);
        for row in &table.rows {
            match read_cell(row.get(col)) {
                Cell::Number(_) => numbers += 1,
                Cell::Text => texts += 1,
                Cell::Empty => {}
            }
        }
        let label = column_label(opts.lang, col, &table.headers);
        if numbers == 0 || numbers < texts {
            if numbers + texts > 0 {
                text_columns.push(label);
            }
            continue;
        }
        if header.is_empty() {
            out.problems.push(RowProblem {
                row: table.header_row,
                reason: rows::score_unnamed(opts.lang, &label),
            });
        } else if let Some((first, _)) = scores
            .iter()
            .find(|(_, n)| n.to_lowercase() == header.to_lowercase())
        {
            out.problems.push(RowProblem {
                row: table.header_row,
                reason: rows::score_named_twice(
                    opts.lang,
                    &label,
                    &column_label(opts.lang, *first, &table.headers),
                ),
            });
        } else {
            scores.push((col, header));
        }
    }
    if scores.is_empty() && out.problems.is_empty() {
        return Err(ResultsError::NoScores {
            found: table.headers.join(", "),
        });
    }
    if !derived_columns.is_empty() {
        out.notes.push(say::derived_columns_left_out(
            opts.lang,
            &derived_columns.join(", "),
        ));
    }
    if !text_columns.is_empty() {
        out.notes.push(rows::text_columns_left_out(
            opts.lang,
            &text_columns.join(", "),
        ));
    }
    out.columns = scores.iter().map(|(_, n)| n.clone()).collect();
    let read = |row: &Row| {
        let mut values = Vec::new();
        let mut why = Vec::new();
        for (col, name) in &scores {
            let raw = row.get(*col);
            match read_cell(raw) {
                Cell::Empty => {}
                Cell::Number(value) => values.push((name, value)),
                Cell::Text => why.push(RowProblem {
                    row: row.number,
                    reason: rows::not_a_score(
                        opts.lang,
                        &column_label(opts.lang, *col, &table.headers),
                        raw.trim(),
                    ),
                }),
            }
        }
        RowRead::per_participant(values, why)
    };
    let keep = |participant: &str, (name, value): (&String, f64)| OnlineScore {
        participant: participant.to_string(),
        name: name.clone(),
        value,
        source: opts.source.clone(),
        imported_at: opts.imported_at,
    };
    let matcher = Matcher::new(event).nip_wins(opts.nip_wins).lang(opts.lang);
    match_rows(
        &table,
        &map,
        &matcher,
        &mut out,
        read,
        repeated_participant(opts.lang),
        keep,
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_totals_and_averages_are_told_from_scores() {
        for derived in [
            "Peringkat",
            "Rata-rata",
            "Jumlah Nilai",
            "TOTAL SKOR",
            "Rank",
            "Mean",
        ] {
            assert!(is_derived(derived), "{derived}");
        }
        for score in [
            "Tes Potensi",
            "Kepribadian",
            "Meaningful Work",
            "Sumber Daya",
            "Nilai",
        ] {
            assert!(!is_derived(score), "{score}");
        }
    }
}
