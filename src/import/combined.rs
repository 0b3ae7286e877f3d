//! A roster whose one column holds both name and NIP ("NAMA / NIP", the name above the NIP in the
//! same cell), as printed attendance lists often have: split into a name and a NIP column.

use super::roster::FIELDS;
use super::{Field, Table, header_key};
use crate::model::normalize_nip;

fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

fn is(field_name: &str, text: &str) -> bool {
    let key = header_key(text);
    !key.is_empty()
        && field(field_name).is_some_and(|f| f.synonyms.iter().any(|s| header_key(s) == key))
}

/// The column whose header names both the name and the NIP: "NAMA / NIP", "Nama dan NIP",
/// "NAMA\nNIP", "Nama, NIP".
pub fn combined_name_nip(headers: &[String]) -> Option<usize> {
    headers.iter().position(|h| {
        let lower = h.to_lowercase().replace(" dan ", "/");
        let parts: Vec<&str> = lower
            .split(['/', '\n', ',', '&', '+'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        parts.len() == 2
            && parts.iter().any(|p| is("name", p))
            && parts.iter().any(|p| is("nip", p))
    })
}

/// Splits a combined cell into name and NIP text: the NIP is the last line or `/`-part when it
/// reads as a NIP (after an optional "NIP" / "NIP." / "NIP:"); otherwise the whole cell is the name.
pub fn split_cell(cell: &str) -> (String, String) {
    let text = cell.trim();
    let cut = text.rfind(['\n', '/']);
    if let Some(at) = cut {
        let (name, nip) = (&text[..at], &text[at + 1..]);
        let nip = nip.trim();
        let bare = nip
            .strip_prefix("NIP")
            .or_else(|| nip.strip_prefix("nip"))
            .or_else(|| nip.strip_prefix("Nip"))
            .unwrap_or(nip)
            .trim_start_matches(['.', ':', ' ']);
        if normalize_nip(bare).is_ok() {
            return (
                name.trim().trim_end_matches([',', '/']).trim().to_string(),
                bare.to_string(),
            );
        }
    }
    (text.to_string(), String::new())
}

/// Rewrites the combined column as "Nama" and appends a "NIP" column. Returns whether there was one.
pub fn split_combined(table: &mut Table) -> bool {
    if field("nip").is_none() {
        return false;
    }
    let Some(col) = combined_name_nip(&table.headers) else {
        return false;
    };
    let width = table.headers.len();
    table.headers[col] = "Nama".into();
    table.headers.push("NIP".into());
    for row in &mut table.rows {
        let (name, nip) = split_cell(row.get(col));
        row.cells.resize(width.max(row.cells.len()), String::new());
        row.cells[col] = name;
        row.cells.truncate(width);
        row.cells.push(nip);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combined_headers_and_cells_are_told_apart() {
        let h = |s: &str| vec!["No".to_string(), s.to_string()];
        for combined in ["NAMA / NIP", "Nama dan NIP", "NAMA\nNIP", "Nama/NIP"] {
            assert_eq!(combined_name_nip(&h(combined)), Some(1), "{combined:?}");
        }
        assert_eq!(combined_name_nip(&h("Nama")), None);
        assert_eq!(
            split_cell("Drs. Budi, M.Si.\nNIP. 19811215 201111 2 002"),
            ("Drs. Budi, M.Si.".into(), "19811215 201111 2 002".into())
        );
        assert_eq!(
            split_cell("Budi Santoso / 198112152011112002"),
            ("Budi Santoso".into(), "198112152011112002".into())
        );
        assert_eq!(
            split_cell("Budi Santoso"),
            ("Budi Santoso".into(), String::new())
        );
    }
}
