//! What sits under a roster's table: a signature block ("Mengetahui, Kepala Dinas ... NIP. ..."),
//! a footnote or a total. The table ends at its last data row; rows below it are not participants.

use super::roster::INDEX_HEADERS;
use super::{HeaderMap, Row, Table, header_key};
use crate::model::normalize_nip;

/// Whether a row is a participant's: it has a name and, when the table numbers its rows or has a
/// NIP column, a running number or a valid NIP.
fn looks_like_data(row: &Row, name: usize, nip: Option<usize>, index: Option<usize>) -> bool {
    if row.get(name).trim().is_empty() {
        return false;
    }
    if nip.is_none() && index.is_none() {
        return true;
    }
    let numbered = index.is_some_and(|c| row.get(c).trim().parse::<f64>().is_ok());
    let nip_ok = nip.is_some_and(|c| normalize_nip(row.get(c).trim()).is_ok());
    numbered || nip_ok
}

/// Drops the rows under the last data row that follow a blank row or have no name; returns the
/// first and last row numbers dropped.
pub fn drop_footer(table: &mut Table, map: &HeaderMap) -> Option<(usize, usize)> {
    let name = map.get("name")?;
    let nip = map.get("nip");
    let index = table
        .headers
        .iter()
        .position(|h| INDEX_HEADERS.contains(&header_key(h).as_str()));
    let last = table
        .rows
        .iter()
        .rposition(|r| looks_like_data(r, name, nip, index))?;
    let mut cut = None;
    let mut previous = table.rows[last].number;
    for (i, row) in table.rows.iter().enumerate().skip(last + 1) {
        let after_gap = row.number > previous + 1;
        previous = row.number;
        if after_gap || row.get(name).trim().is_empty() {
            cut = Some(i);
            break;
        }
    }
    let cut = cut?;
    let first = table.rows[cut].number;
    let end = table.rows.last().map_or(first, |r| r.number);
    table.rows.truncate(cut);
    Some((first, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::roster::FIELDS;
    use crate::import::table::row;

    #[test]
    fn a_signature_block_after_a_blank_row_is_not_data() {
        let mut t = Table::from_rows(
            vec![
                row(1, &["No", "Nama", "NIP"]),
                row(2, &["1", "Ani", "198112152011112002"]),
                row(3, &["2", "Budi", ""]),
                row(5, &["", "", "Kepala Dinas,"]),
                row(8, &["", "Drs. H. Ahmad, M.Si.", ""]),
                row(9, &["", "", "NIP. 19700101 199503 1 001"]),
            ],
            "test",
        )
        .expect("table");
        let map = HeaderMap::new(&t.headers, FIELDS);
        assert_eq!(drop_footer(&mut t, &map), Some((5, 9)));
        assert_eq!(t.rows.len(), 2);
    }
}
