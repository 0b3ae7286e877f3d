//! The self-evaluation file: one row per participant with a column per competency (wide), or one
//! row per participant and competency with a level column (long).

use std::collections::HashMap;

use super::cells::{Cell, column_label, read_cell};
use super::forms::{TIMESTAMP_FIELD, grid_item, keep_latest, leading_level};
use super::identity::{Matcher, person_fields};
use super::rows::{RowRead, find_participant_header, match_rows, repeated_participant};
use super::{ImportOptions, ResultRows, ResultsError};
use crate::import::roster::{INDEX_HEADERS, RowProblem};
use crate::import::{Field, HeaderMap, Row, Table, header_key};
use crate::model::{Event, Framework, SelfRating};
use crate::text::rows;

/// The competency column of a long file.
pub const COMPETENCY_FIELD: Field = Field {
    name: "competency",
    synonyms: &[
        "Kompetensi",
        "Kode Kompetensi",
        "Nama Kompetensi",
        "Competency",
        "Competency Code",
    ],
};

/// The level column of a long file.
pub const LEVEL_FIELD: Field = Field {
    name: "level",
    synonyms: &[
        "Level",
        "Nilai",
        "Skor",
        "Score",
        "Rating",
        "Level Diri",
        "Nilai Diri",
        "Penilaian Diri",
        "Self Rating",
        "Self Level",
    ],
};

/// Reads self-ratings. Columns (wide) or cells (long) name competencies by code or by name in
/// either language, in any case and spacing: "M.2", "m2", "Kerja Sama", "TEAMWORK", "M.2 Kerja Sama".
pub fn read_self_eval(
    mut table: Table,
    event: &Event,
    framework: &Framework,
    opts: &ImportOptions,
) -> Result<ResultRows<SelfRating>, ResultsError> {
    find_participant_header(&mut table)?;
    let competencies = CompetencyNames::of(framework);
    let mut fields = person_fields();
    fields.extend([COMPETENCY_FIELD, LEVEL_FIELD, TIMESTAMP_FIELD]);
    let map = HeaderMap::new(&table.headers, &fields);
    let matcher = Matcher::new(event).nip_wins(opts.nip_wins).lang(opts.lang);
    let long = map.get("competency").zip(map.get("level"));
    // A long file has a row per competency, so several rows per person are not resubmissions.
    let (dropped, unordered) = if long.is_none() {
        keep_latest(&mut table, &map, &matcher, opts.lang)
    } else {
        (Vec::new(), Vec::new())
    };
    let reader = Reader {
        table: &table,
        map: &map,
        matcher,
        event,
        opts,
    };
    let mut out = match long {
        Some((comp, level)) => reader.long(&competencies, comp, level),
        None => reader.wide(&competencies)?,
    };
    out.notes.extend(dropped);
    out.problems.extend(unordered);
    Ok(out)
}

/// Every spelling that names a competency, reduced with [`header_key`].
struct CompetencyNames(HashMap<String, String>);

impl CompetencyNames {
    fn of(framework: &Framework) -> Self {
        let mut keys = HashMap::new();
        for c in &framework.competencies {
            for name in [&c.name.id, &c.name.en] {
                for spelling in [
                    name.clone(),
                    format!("{} {name}", c.code),
                    format!("{name} {}", c.code),
                ] {
                    keys.insert(header_key(&spelling), c.code.clone());
                }
            }
            // The code last, so that it wins should a name ever reduce to another's code.
            keys.insert(header_key(&c.code), c.code.clone());
        }
        keys.remove("");
        CompetencyNames(keys)
    }

    /// The competency a header or cell names, also as the row of a form's grid question
    /// (`Nilailah kemampuan Anda [Kerja Sama]`).
    fn find(&self, text: &str) -> Option<&str> {
        self.0
            .get(&header_key(text))
            .or_else(|| grid_item(text).and_then(|item| self.0.get(&header_key(item))))
            .map(String::as_str)
    }
}

struct Reader<'a> {
    table: &'a Table,
    map: &'a HeaderMap,
    matcher: Matcher<'a>,
    event: &'a Event,
    opts: &'a ImportOptions,
}

impl Reader<'_> {
    fn rating(&self, participant: &str, competency: &str, level: f64) -> SelfRating {
        SelfRating {
            participant: participant.to_string(),
            competency: competency.to_string(),
            level,
            source: self.opts.source.clone(),
            imported_at: self.opts.imported_at,
        }
    }

    /// Reads a level cell; `None` when it is empty or (with the reason recorded) unusable.
    fn level(&self, row: &Row, col: usize, why: &mut Vec<RowProblem>) -> Option<f64> {
        let raw = row.get(col);
        let at = column_label(self.opts.lang, col, &self.table.headers);
        // A form's scale answer carries its label: "3 - Cukup".
        let cell = match read_cell(raw) {
            Cell::Text => leading_level(raw).map_or(Cell::Text, read_cell),
            cell => cell,
        };
        let reason = match cell {
            Cell::Empty => return None,
            Cell::Number(level) => match self.event.settings.check_level(level) {
                Ok(()) => return Some(level),
                Err(e) => rows::level(self.opts.lang, &at, &e),
            },
            Cell::Text => rows::not_a_level(self.opts.lang, &at, raw.trim()),
        };
        why.push(RowProblem {
            row: row.number,
            reason,
        });
        None
    }

    fn wide(self, competencies: &CompetencyNames) -> Result<ResultRows<SelfRating>, ResultsError> {
        let mut out = ResultRows::new(self.table.rows.len());
        let mut columns: Vec<(usize, String)> = Vec::new();
        let mut ignored = Vec::new();
        for &col in &self.map.unknown {
            let header = self.table.headers.get(col).map_or("", String::as_str);
            match competencies.find(header) {
                Some(code) => match columns.iter().find(|(_, c)| c == code) {
                    Some((first, _)) => out.problems.push(RowProblem {
                        row: self.table.header_row,
                        reason: rows::competency_twice(
                            self.opts.lang,
                            &column_label(self.opts.lang, col, &self.table.headers),
                            code,
                            &column_label(self.opts.lang, *first, &self.table.headers),
                        ),
                    }),
                    None => columns.push((col, code.to_string())),
                },
                None if !header.is_empty()
                    && !INDEX_HEADERS.contains(&header_key(header).as_str()) =>
                {
                    ignored.push(column_label(self.opts.lang, col, &self.table.headers));
                }
                None => {}
            }
        }
        if columns.is_empty() {
            return Err(ResultsError::NoCompetencies {
                found: self.table.headers.join(", "),
            });
        }
        if !ignored.is_empty() {
            out.notes.push(rows::no_competency_columns_left_out(
                self.opts.lang,
                &ignored.join(", "),
            ));
        }
        out.columns = columns.iter().map(|(_, c)| c.clone()).collect();
        let read = |row| {
            let mut why = Vec::new();
            let levels: Vec<(&str, f64)> = columns
                .iter()
                .filter_map(|(col, code)| Some((code.as_str(), self.level(row, *col, &mut why)?)))
                .collect();
            RowRead::per_participant(levels, why)
        };
        let keep =
            |participant: &str, (code, level): (&str, f64)| self.rating(participant, code, level);
        match_rows(
            self.table,
            self.map,
            &self.matcher,
            &mut out,
            read,
            repeated_participant(self.opts.lang),
            keep,
        );
        out.notes.insert(0, rows::layout(self.opts.lang, true));
        Ok(out)
    }

    fn long(
        self,
        competencies: &CompetencyNames,
        comp: usize,
        level: usize,
    ) -> ResultRows<SelfRating> {
        let mut out = ResultRows::new(self.table.rows.len());
        let read = |row: &Row| {
            let raw = row.get(comp).trim();
            let blank = raw.is_empty() && read_cell(row.get(level)) == Cell::Empty;
            let mut why = Vec::new();
            let code = competencies.find(raw).map(str::to_string);
            if code.is_none() {
                why.push(RowProblem {
                    row: row.number,
                    reason: rows::no_such_competency(
                        self.opts.lang,
                        &column_label(self.opts.lang, comp, &self.table.headers),
                        raw,
                    ),
                });
            }
            let value = self.level(row, level, &mut why);
            RowRead {
                values: code.clone().zip(value).into_iter().collect(),
                problems: why,
                blank,
                key: code.clone(),
                column: code,
            }
        };
        let lang = self.opts.lang;
        let repeated = |participant: &str, code: &String, first: usize| {
            rows::rating_twice(lang, participant, code, first)
        };
        let keep = |participant: &str, (code, level): (String, f64)| {
            self.rating(participant, &code, level)
        };
        match_rows(
            self.table,
            self.map,
            &self.matcher,
            &mut out,
            read,
            repeated,
            keep,
        );
        out.notes.insert(0, rows::layout(self.opts.lang, false));
        out
    }
}
