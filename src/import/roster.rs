//! The participant roster as HR sends it, turned into participants, with every bad row named.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Serialize;

use super::combined::{combined_name_nip, split_combined};
use super::footer::drop_footer;
use super::results::column_label;
use super::{GroupLabel, HeaderMap, Table, clean_text, header_key, parse_group_label};
use crate::model::{Gender, Group, Lang, MAX_SEATS, Participant, normalize_nip};
use crate::text::import as say;
use crate::text::rows;

pub use super::roster_fields::FIELDS;
pub(crate) use super::roster_fields::INDEX_HEADERS;

/// Why the roster cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    /// No column holds names.
    #[error(
        "no name column (Nama / Name) in the first rows; the headers found are: {found}. Rename the name column to \"Nama\""
    )]
    NoNameColumn {
        /// The header cells that were there.
        found: String,
    },
}

/// One reason a row cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowProblem {
    /// Row as the user sees it in Excel.
    pub row: usize,
    /// What is wrong and how to fix it.
    pub reason: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}", self.row, self.reason)
    }
}

/// One usable roster row.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Row in the file.
    pub row: usize,
    /// The participant, with a generated id (P01, P02, ... in roster order).
    pub participant: Participant,
    /// The group the roster puts them in, when it has a group column.
    pub group: Option<GroupLabel>,
    /// Their seat in that group (given, or the lowest free one).
    pub seat: Option<u8>,
}

/// The roster as read: usable rows, bad rows, and remarks worth printing.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// Rows without problems, in file order.
    pub entries: Vec<Entry>,
    /// Every problem, by row; a row with a problem has no entry.
    pub problems: Vec<RowProblem>,
    /// Whether the roster assigns groups (a group column with at least one value).
    pub has_groups: bool,
    /// Remarks that are not errors, e.g. a column that was ignored.
    pub notes: Vec<String>,
}

impl Roster {
    /// The participants of the usable rows, in roster order.
    pub fn participants(&self) -> Vec<Participant> {
        self.entries.iter().map(|e| e.participant.clone()).collect()
    }

    /// The groups the roster assigns: numbered ones in number order, then others as they appear.
    pub fn groups(&self) -> Vec<Group> {
        let mut labels: Vec<&GroupLabel> = Vec::new();
        for g in self.entries.iter().filter_map(|e| e.group.as_ref()) {
            if !labels.iter().any(|l| l.id == g.id) {
                labels.push(g);
            }
        }
        labels.sort_by_key(|l| l.number.map_or((1, 0), |n| (0, n)));
        labels
            .into_iter()
            .map(|l| Group {
                id: l.id.clone(),
                name: l.name.clone(),
                seats: self
                    .entries
                    .iter()
                    .filter(|e| e.group.as_ref().is_some_and(|g| g.id == l.id))
                    .filter_map(|e| Some((e.seat?, e.participant.id.clone())))
                    .collect(),
                output: String::new(),
            })
            .collect()
    }
}

/// Reads participants from a table. `max_groups` (from `--groups`) makes group numbers above it errors.
pub fn read_roster(table: Table, max_groups: Option<usize>) -> Result<Roster, RosterError> {
    read_roster_in(table, max_groups, Lang::En)
}

/// [`read_roster`] with its notes in `lang`.
pub fn read_roster_in(
    mut table: Table,
    max_groups: Option<usize>,
    lang: Lang,
) -> Result<Roster, RosterError> {
    let has_name = |h: &[String]| {
        HeaderMap::new(h, FIELDS).get("name").is_some() || combined_name_nip(h).is_some()
    };
    if !table.find_header(has_name) {
        return Err(RosterError::NoNameColumn {
            found: say::found_headers(lang, &table.headers, &table.source),
        });
    }
    let mut notes = Vec::new();
    if let Some(col) = combined_name_nip(&table.headers) {
        notes.push(say::combined_split(
            lang,
            &column_label(lang, col, &table.headers),
        ));
        split_combined(&mut table);
    }
    let map = HeaderMap::new(&table.headers, FIELDS);
    if let Some((first, last)) = drop_footer(&mut table, &map) {
        notes.push(say::footer_left_out(lang, first, last));
    }
    if map.get("nip").is_none() {
        notes.push(say::no_nip_column(lang));
    }
    if map.get("gender").is_none() {
        notes.push(say::no_gender_column(lang));
    }
    let group_col = map
        .get("group")
        .filter(|c| table.rows.iter().any(|r| !r.get(*c).trim().is_empty()));
    let mut roster = Roster {
        has_groups: group_col.is_some(),
        notes,
        ..Roster::default()
    };
    if map.get("seat").is_some() && group_col.is_none() {
        roster.notes.push(rows::seat_column_ignored(lang));
    }
    let extras = extra_columns(&table.headers, &map.unknown);
    let mut nips: HashMap<String, usize> = HashMap::new();
    for row in &table.rows {
        let mut why = Vec::new();
        let cell = |field: &str| map.get(field).map(|c| row.get(c).trim()).unwrap_or("");
        let name = clean_text(cell("name"));
        if name.is_empty() {
            why.push(rows::name_empty(lang));
        }
        let nip = read_nip(cell("nip"), row.number, &mut nips, lang).unwrap_or_else(|e| {
            why.push(e);
            None
        });
        let gender = match cell("gender") {
            "" => None,
            g => Gender::parse(g).or_else(|| {
                why.push(rows::gender(lang, g));
                None
            }),
        };
        let group = group_col.and_then(|c| match read_group(row.get(c), max_groups, lang) {
            Ok(g) => Some(g),
            Err(e) => {
                why.push(e);
                None
            }
        });
        let seat = match (group_col, cell("seat")) {
            (None, _) | (_, "") => None,
            (Some(_), s) => read_seat(s, lang).map_err(|e| why.push(e)).ok(),
        };
        let extra: BTreeMap<String, String> = extras
            .iter()
            .map(|(col, key)| (key.clone(), clean_text(row.get(*col))))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        if !why.is_empty() {
            roster
                .problems
                .extend(why.into_iter().map(|reason| RowProblem {
                    row: row.number,
                    reason,
                }));
            continue;
        }
        roster.entries.push(Entry {
            row: row.number,
            participant: Participant {
                id: String::new(),
                nip,
                name,
                position: clean_text(cell("position")),
                unit: clean_text(cell("unit")),
                gender,
                extra,
            },
            group,
            seat,
        });
    }
    if roster.has_groups {
        seat_everyone(&mut roster, lang);
    }
    let width = roster.entries.len().to_string().len().max(2);
    for (i, e) in roster.entries.iter_mut().enumerate() {
        e.participant.id = format!("P{:0width$}", i + 1);
    }
    roster.problems.sort_by_key(|p| p.row);
    Ok(roster)
}

/// Checks a NIP cell; an empty cell is no NIP. Remembers NIPs to catch the same person twice.
fn read_nip(
    raw: &str,
    row: usize,
    seen: &mut HashMap<String, usize>,
    lang: Lang,
) -> Result<Option<String>, String> {
    if raw.is_empty() {
        return Ok(None);
    }
    let nip = normalize_nip(raw).map_err(|e| rows::nip(lang, &e))?;
    // The last three digits are a sequence number that starts at 001; "000" is what is left when a
    // spreadsheet kept only the first 15 digits of the number.
    if nip.ends_with("000") {
        return Err(rows::nip_truncated(lang, &nip));
    }
    if let Some(first) = seen.get(&nip) {
        return Err(rows::nip_twice(lang, &nip, *first));
    }
    seen.insert(nip.clone(), row);
    Ok(Some(nip))
}

fn read_group(raw: &str, max_groups: Option<usize>, lang: Lang) -> Result<GroupLabel, String> {
    if raw.trim().is_empty() {
        return Err(rows::group_empty(lang));
    }
    let g = parse_group_label(raw).map_err(|e| rows::group_label(lang, &e))?;
    if let (Some(n), Some(max)) = (g.number, max_groups)
        && n as usize > max
    {
        return Err(rows::group_beyond(lang, n, max));
    }
    Ok(g)
}

fn read_seat(raw: &str, lang: Lang) -> Result<u8, String> {
    let n: u32 = raw
        .strip_suffix(".0")
        .unwrap_or(raw)
        .parse()
        .map_err(|_| rows::seat_not_a_number(lang, raw))?;
    u8::try_from(n)
        .ok()
        .filter(|s| (1..=MAX_SEATS).contains(s))
        .ok_or_else(|| rows::seat_out_of_range(lang, n, MAX_SEATS))
}

/// Names the columns kept as extra attributes; a running-number column is dropped.
fn extra_columns(headers: &[String], unknown: &[usize]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for &col in unknown {
        let header = clean_text(headers.get(col).map_or("", String::as_str));
        if INDEX_HEADERS.contains(&header_key(&header).as_str()) {
            continue;
        }
        let mut key = if header.is_empty() {
            format!("column {}", col + 1)
        } else {
            header
        };
        if out.iter().any(|(_, k)| *k == key) {
            key = format!("{key} (column {})", col + 1);
        }
        out.push((col, key));
    }
    out
}

/// Checks given seats for clashes, then gives everyone else the lowest free seat of their group.
fn seat_everyone(roster: &mut Roster, lang: Lang) {
    let mut taken: HashMap<(String, u8), usize> = HashMap::new();
    let mut bad: Vec<RowProblem> = Vec::new();
    for e in &roster.entries {
        let (Some(g), Some(s)) = (&e.group, e.seat) else {
            continue;
        };
        if let Some(first) = taken.get(&(g.id.clone(), s)) {
            bad.push(RowProblem {
                row: e.row,
                reason: rows::seat_taken(lang, s, &g.name, *first),
            });
        } else {
            taken.insert((g.id.clone(), s), e.row);
        }
    }
    for e in roster.entries.iter_mut().filter(|e| e.seat.is_none()) {
        let Some(g) = &e.group else { continue };
        match (1..=MAX_SEATS).find(|s| !taken.contains_key(&(g.id.clone(), *s))) {
            Some(s) => {
                taken.insert((g.id.clone(), s), e.row);
                e.seat = Some(s);
            }
            None => bad.push(RowProblem {
                row: e.row,
                reason: rows::group_full(lang, &g.name, MAX_SEATS),
            }),
        }
    }
    roster
        .entries
        .retain(|e| !bad.iter().any(|b| b.row == e.row));
    roster.problems.extend(bad);
}
