//! What Google Forms (and Microsoft Forms) exports look like: grid questions as
//! `Question [Row]` headers, scale answers as `3 - Cukup`, a submission-time column, and people
//! who submit twice.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::cells::column_label;
use super::identity::Matcher;
use crate::import::roster::RowProblem;
use crate::import::{Field, HeaderMap, Table};
use crate::model::Lang;
use crate::text::import as say;

/// The submission-time column forms add first.
pub const TIMESTAMP_FIELD: Field = Field {
    name: "timestamp",
    synonyms: &[
        "Timestamp",
        "Stempel waktu",
        "Cap waktu",
        "Waktu",
        "Start time",
        "Completion time",
        "Waktu mulai",
        "Waktu penyelesaian",
        "Submitted at",
    ],
};

/// The row label of a grid question's header: `Nilailah kemampuan Anda [Kerja Sama]` gives
/// `Kerja Sama`.
pub fn grid_item(header: &str) -> Option<&str> {
    let h = header.trim_end();
    let inner = h.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    let item = inner[open + 1..].trim();
    (!item.is_empty()).then_some(item)
}

/// The level a scale answer starts with: `3 - Cukup`, `4. Baik`, `5 (Sangat Baik)`, `2: Kurang`
/// give 3, 4, 5, 2. `None` when the text does not start with a number and a separator.
pub fn leading_level(raw: &str) -> Option<&str> {
    let s = raw.trim();
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let (number, rest) = s.split_at(end);
    let number = number.trim_end_matches(['.', ',']);
    let rest = rest.trim_start();
    let separated = rest.starts_with(['-', '\u{2013}', '\u{2014}', ':', '(', '='])
        || s[number.len()..].starts_with(". ")
        || s[number.len()..].starts_with(") ");
    let labelled = rest.chars().any(char::is_alphabetic);
    (!number.is_empty() && labelled && separated).then_some(number)
}

/// A submission time as forms and spreadsheets write it: `2026-12-03 14:05:33` (XLSX),
/// `2026/12/03 2:05:33 PM GMT+7` (Google Forms CSV), `03/12/2026 14:05:33` (a sheet in Indonesian
/// settings: day first) or `12/3/2026 14:05:33` (US settings: month first, told by `month_first`).
pub fn parse_time(raw: &str, month_first: bool) -> Option<NaiveDateTime> {
    let s = raw.trim();
    // The zone is the form's own and the same on every row, so it does not change the order.
    let s = s.split(" GMT").next().unwrap_or(s).trim();
    let s = s.split(" UTC").next().unwrap_or(s).trim();
    let day_first: &[&str] = &[
        "%d/%m/%Y %H:%M:%S",
        "%d/%m/%Y %H:%M",
        "%d/%m/%Y %I:%M:%S %p",
        "%d-%m-%Y %H:%M:%S",
        "%d.%m.%Y %H:%M:%S",
    ];
    let month_first_formats: &[&str] = &[
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %H:%M",
        "%m/%d/%Y %I:%M:%S %p",
    ];
    let year_first: &[&str] = &[
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %I:%M:%S %p",
        "%Y/%m/%d %H:%M",
    ];
    let (first, second) = if month_first {
        (month_first_formats, day_first)
    } else {
        (day_first, month_first_formats)
    };
    year_first
        .iter()
        .chain(first)
        .chain(second)
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// Whether a column of `a/b/yyyy` times is month first: some value's second number is above 12.
/// Indonesian settings (day first) are assumed when no value tells.
fn month_first(values: &[&str]) -> bool {
    values.iter().any(|v| {
        let mut parts = v.trim().split('/');
        let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
            return false;
        };
        matches!((a.parse::<u32>(), b.parse::<u32>()), (Ok(a), Ok(b)) if a <= 12 && b > 12)
    })
}

/// Keeps each participant's latest submission by the form's timestamp: rows of earlier submissions
/// are taken out of `table`, each with a note naming the row kept. Returns the notes, and the
/// problems (an unreadable time on a repeated participant's row). Without a timestamp column the
/// table is left as it is (a repeated participant is then refused row by row).
pub fn keep_latest(
    table: &mut Table,
    map: &HeaderMap,
    matcher: &Matcher<'_>,
    lang: Lang,
) -> (Vec<String>, Vec<RowProblem>) {
    let Some(col) = map.get(TIMESTAMP_FIELD.name) else {
        return (Vec::new(), Vec::new());
    };
    let raw: Vec<&str> = table.rows.iter().map(|r| r.get(col)).collect();
    let month_first = month_first(&raw);
    let mut by_person: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, row) in table.rows.iter().enumerate() {
        if let Ok(p) = matcher.row(map, row) {
            by_person.entry(p).or_default().push(i);
        }
    }
    let mut drop: Vec<usize> = Vec::new();
    let mut notes = Vec::new();
    let mut problems = Vec::new();
    let mut people: Vec<(&str, Vec<usize>)> =
        by_person.into_iter().filter(|(_, v)| v.len() > 1).collect();
    people.sort_by_key(|(_, v)| v[0]);
    for (person, rows) in people {
        let times: Vec<Option<NaiveDateTime>> = rows
            .iter()
            .map(|&i| parse_time(table.rows[i].get(col), month_first))
            .collect();
        if let Some(bad) = rows.iter().zip(&times).find(|(_, t)| t.is_none()) {
            let row = &table.rows[*bad.0];
            problems.push(RowProblem {
                row: row.number,
                reason: say::unreadable_timestamp(
                    lang,
                    &column_label(lang, col, &table.headers),
                    row.get(col).trim(),
                ),
            });
            continue;
        }
        // The latest time wins; of equal times, the lower row (written later).
        let latest = (0..rows.len())
            .max_by_key(|&k| (times[k], rows[k]))
            .unwrap_or(0);
        let kept = table.rows[rows[latest]].number;
        for (k, &i) in rows.iter().enumerate() {
            if k != latest {
                let row = &table.rows[i];
                let at = row.get(col).trim();
                notes.push(say::earlier_submission(lang, row.number, person, at, kept));
                drop.push(i);
            }
        }
    }
    drop.sort_unstable();
    for i in drop.into_iter().rev() {
        table.rows.remove(i);
    }
    (notes, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_headers_give_their_row_label() {
        assert_eq!(
            grid_item("Nilailah kemampuan Anda [Kerja Sama]"),
            Some("Kerja Sama")
        );
        assert_eq!(grid_item("Kerja Sama"), None);
        assert_eq!(grid_item("Skor []"), None);
    }

    #[test]
    fn scale_answers_start_with_their_level() {
        assert_eq!(leading_level("3 - Cukup"), Some("3"));
        assert_eq!(leading_level("4. Baik"), Some("4"));
        assert_eq!(leading_level("5 (Sangat Baik)"), Some("5"));
        assert_eq!(leading_level("2: Kurang"), Some("2"));
        assert_eq!(leading_level("3,5 - Cukup"), Some("3,5"));
        for not in ["Cukup", "3", "3 Cukup", "-3", "3-"] {
            assert_eq!(leading_level(not), None, "{not:?}");
        }
    }

    #[test]
    fn form_times_are_read_day_first_unless_the_column_says_otherwise() {
        let t = |s: &str, m| parse_time(s, m).map(|t| t.to_string());
        assert_eq!(
            t("03/12/2026 14:05:33", false).as_deref(),
            Some("2026-12-03 14:05:33")
        );
        assert_eq!(
            t("12/3/2026 14:05:33", true).as_deref(),
            Some("2026-12-03 14:05:33")
        );
        assert_eq!(
            t("2026/12/03 2:05:33 PM GMT+7", false).as_deref(),
            Some("2026-12-03 14:05:33")
        );
        assert_eq!(
            t("2026-12-03 14:05:33", false).as_deref(),
            Some("2026-12-03 14:05:33")
        );
        assert!(month_first(&["12/3/2026 9:00:00", "12/13/2026 9:00:00"]));
        assert!(!month_first(&["13/12/2026 9:00:00", "03/12/2026 9:00:00"]));
    }
}
