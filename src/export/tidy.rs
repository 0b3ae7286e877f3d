//! The tidy event log: one row per coded act and per speaking turn, long format for R and pandas.
//!
//! The columns and their meaning are documented in `docs/export.md`; their order is part of the
//! format and only ever grows at the end.

use chrono::{DateTime, FixedOffset, SecondsFormat};

use crate::model::{Act, DayRecord, Lang, Turn, Valence};

use super::cell::{Cell, Sheet};

/// The tidy log's columns, in order.
pub const TIDY_COLUMNS: &[&str] = &[
    "event",
    "date",
    "observer",
    "group",
    "participant",
    "participant_name",
    "seat",
    "kind",
    "code",
    "label",
    "valence",
    "target",
    "target_name",
    "target_seat",
    "start",
    "end",
    "wall_time",
    "note",
    "retracted",
    "act_id",
];

/// Seconds rounded to the millisecond, so a log shows `12.3` and not `12.300000000000001`.
pub fn seconds(s: f64) -> f64 {
    (s * 1000.0).round() / 1000.0
}

/// The tidy log of `days`: per day file, turns and acts merged in time order (a turn before an act
/// at the same instant), retracted acts included and marked.
pub fn tidy_sheet(days: &[DayRecord], lang: Lang) -> Sheet {
    let mut sheet = Sheet::new("events", TIDY_COLUMNS);
    for day in days {
        let mut rows: Vec<(f64, Vec<Cell>)> = day
            .turns
            .iter()
            .map(|t| (t.start.elapsed_s, turn_row(day, t)))
            .chain(
                day.acts
                    .iter()
                    .map(|a| (a.stamp.elapsed_s, act_row(day, a, lang))),
            )
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        sheet.rows.extend(rows.into_iter().map(|(_, r)| r));
    }
    sheet
}

/// The leading columns, `event` to `seat`.
fn who(day: &DayRecord, group: &str, participant: &str) -> Vec<Cell> {
    vec![
        day.event.id.as_str().into(),
        day.date.to_string().into(),
        day.observer.id.as_str().into(),
        group.into(),
        participant.into(),
        name_of(day, participant),
        seat_of(day, participant),
    ]
}

fn name_of(day: &DayRecord, participant: &str) -> Cell {
    day.participant(participant).map(|p| p.name.as_str()).into()
}

fn seat_of(day: &DayRecord, participant: &str) -> Cell {
    day.groups
        .iter()
        .find_map(|g| g.seat_of(participant))
        .map(f64::from)
        .into()
}

fn act_row(day: &DayRecord, act: &Act, lang: Lang) -> Vec<Cell> {
    let code = day.scheme.by_code(&act.code);
    let mut row = who(day, &act.group, &act.participant);
    row.extend([
        "act".into(),
        act.code.as_str().into(),
        code.map(|c| c.label.get(lang)).into(),
        code.map(|c| valence_word(c.valence)).into(),
        act.target.as_deref().into(),
        act.target
            .as_deref()
            .map_or(Cell::Empty, |t| name_of(day, t)),
        act.target
            .as_deref()
            .map_or(Cell::Empty, |t| seat_of(day, t)),
        Cell::Number(seconds(act.stamp.elapsed_s)),
        Cell::Empty,
        wall_time(act.stamp.at),
        act.note.as_deref().into(),
        bool_text(act.retracted),
        act.id.as_str().into(),
    ]);
    row
}

fn turn_row(day: &DayRecord, turn: &Turn) -> Vec<Cell> {
    let mut row = who(day, &turn.group, &turn.participant);
    row.extend([
        "turn".into(),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Number(seconds(turn.start.elapsed_s)),
        turn.end
            .map_or(Cell::Empty, |e| Cell::Number(seconds(e.elapsed_s))),
        wall_time(turn.start.at),
        Cell::Empty,
        bool_text(false),
        Cell::Empty,
    ]);
    row
}

/// Clock time in one fixed shape, RFC 3339 with milliseconds always written
/// (`2026-03-02T09:15:04.000+07:00`): chrono's default drops them on a whole second, and a column
/// of mixed shapes makes `pd.to_datetime` fail without `format="ISO8601"`.
fn wall_time(at: DateTime<FixedOffset>) -> Cell {
    at.to_rfc3339_opts(SecondsFormat::Millis, false).into()
}

/// Words rather than `+`/`-`, which a spreadsheet would take for the start of a formula.
fn valence_word(v: Valence) -> &'static str {
    match v {
        Valence::Positive => "positive",
        Valence::Negative => "negative",
        Valence::Neutral => "neutral",
    }
}

/// `true`/`false`, which R's read.csv and pandas both read as logical.
fn bool_text(b: bool) -> Cell {
    Cell::Text(if b { "true" } else { "false" }.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_time_always_has_milliseconds() {
        let whole = DateTime::parse_from_rfc3339("2026-03-02T09:15:04+07:00").expect("time");
        let part = DateTime::parse_from_rfc3339("2026-03-02T09:15:04.25+07:00").expect("time");
        assert_eq!(
            wall_time(whole),
            Cell::Text("2026-03-02T09:15:04.000+07:00".into())
        );
        assert_eq!(
            wall_time(part),
            Cell::Text("2026-03-02T09:15:04.250+07:00".into())
        );
    }
}
