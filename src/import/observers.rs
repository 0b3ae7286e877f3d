//! The list of observers (assessors): id, name, role and, optionally, the group they sit beside.

use crate::text::rows;
use std::collections::HashMap;

use super::roster::{RosterError, RowProblem};
use super::{Field, GroupLabel, HeaderMap, Table, clean_text, parse_group_label};
use crate::model::{Lang, Observer, Role, check_id};

/// The observer-list columns recognised.
pub const FIELDS: &[Field] = &[
    Field {
        name: "id",
        synonyms: &[
            "ID",
            "Kode",
            "Kode Asesor",
            "ID Asesor",
            "Code",
            "Observer ID",
            "Assessor ID",
        ],
    },
    Field {
        name: "name",
        synonyms: &[
            "Nama",
            "Name",
            "Nama Asesor",
            "Nama Lengkap",
            "Asesor",
            "Observer",
            "Assessor",
        ],
    },
    Field {
        name: "role",
        synonyms: &["Peran", "Role", "Tugas"],
    },
    Field {
        name: "group",
        synonyms: &["Kelompok", "Group", "Grup", "Kel", "Klp"],
    },
];

/// What the role words offices write mean to lgd, compared as lower-case words without dots.
/// "Asesor Utama", "Madya", "Muda" and "Pertama" are the grades of the assessor's civil-service
/// post (jabatan fungsional Asesor SDM Aparatur), not a task: they rate like any assessor. Only a
/// word for leading the team makes the lead.
const ROLE_WORDS: &[(&str, Role)] = &[
    ("asesor", Role::Primary),
    ("asesor utama", Role::Primary),
    ("asesor madya", Role::Primary),
    ("asesor muda", Role::Primary),
    ("asesor pertama", Role::Primary),
    ("asesor sdm aparatur", Role::Primary),
    ("anggota", Role::Primary),
    ("anggota tim", Role::Primary),
    ("penilai", Role::Primary),
    ("observer", Role::Primary),
    ("assessor", Role::Primary),
    ("member", Role::Primary),
    ("pendamping", Role::Reliability),
    ("asesor pendamping", Role::Reliability),
    ("penilai kedua", Role::Reliability),
    ("second rater", Role::Reliability),
    ("ketua tim", Role::Lead),
    ("ketua tim asesor", Role::Lead),
    ("ketua", Role::Lead),
    ("koordinator", Role::Lead),
    ("koordinator asesor", Role::Lead),
    ("lead", Role::Lead),
    ("lead assessor", Role::Lead),
    ("team lead", Role::Lead),
];

/// The role a cell of the role column names: the office words above, then lgd's own
/// (utama/primary, reliabilitas/reliability, ketua/lead); `None` for anything else.
pub fn role_of(text: &str) -> Option<Role> {
    let words: String = text
        .to_lowercase()
        .replace(['.', '_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    ROLE_WORDS
        .iter()
        .find(|(w, _)| *w == words)
        .map(|(_, r)| *r)
        .or_else(|| Role::parse(&words))
}

/// One usable observer row.
#[derive(Debug, Clone, PartialEq)]
pub struct ObserverEntry {
    /// Row in the file.
    pub row: usize,
    /// The observer, with no group or coverage yet.
    pub observer: Observer,
    /// The group the list puts them beside, still to be matched with the event's groups.
    pub group: Option<GroupLabel>,
}

/// The observer list as read.
#[derive(Debug, Clone, Default)]
pub struct ObserverList {
    /// Usable rows in file order.
    pub entries: Vec<ObserverEntry>,
    /// Every problem, by row.
    pub problems: Vec<RowProblem>,
}

/// Reads observers; rows without an id get the next free `A01`, `A02`, ...
pub fn read_observers(table: Table) -> Result<ObserverList, RosterError> {
    read_observers_in(table, Lang::En)
}

/// [`read_observers`] with the reasons rows are refused in `lang`.
pub fn read_observers_in(mut table: Table, lang: Lang) -> Result<ObserverList, RosterError> {
    let has_name = |h: &[String]| HeaderMap::new(h, FIELDS).get("name").is_some();
    if !table.find_header(has_name) {
        return Err(RosterError::NoNameColumn {
            found: table.headers.join(", "),
        });
    }
    let map = HeaderMap::new(&table.headers, FIELDS);
    let mut list = ObserverList::default();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for row in &table.rows {
        let cell = |field: &str| map.get(field).map(|c| row.get(c).trim()).unwrap_or("");
        let mut why = Vec::new();
        let name = clean_text(cell("name"));
        if name.is_empty() {
            why.push(rows::name_empty(lang));
        }
        let id = cell("id").to_string();
        if !id.is_empty() {
            if let Err(e) = check_id(&id) {
                why.push(rows::id(lang, &e));
            } else if let Some(first) = ids.get(&id) {
                why.push(rows::id_twice(lang, &id, *first));
            } else {
                ids.insert(id.clone(), row.number);
            }
        }
        let role = role_of(cell("role")).unwrap_or_else(|| {
            why.push(crate::text::import::unknown_role(lang, cell("role")));
            Role::Primary
        });
        let group = match cell("group") {
            "" => None,
            g => parse_group_label(g)
                .map_err(|e| why.push(rows::group_label(lang, &e)))
                .ok(),
        };
        if !why.is_empty() {
            list.problems
                .extend(why.into_iter().map(|reason| RowProblem {
                    row: row.number,
                    reason,
                }));
            continue;
        }
        list.entries.push(ObserverEntry {
            row: row.number,
            observer: Observer {
                id,
                name,
                role,
                group: None,
                coverage: Vec::new(),
            },
            group,
        });
    }
    let width = list.entries.len().to_string().len().max(2);
    let mut next = 1;
    for e in list.entries.iter_mut().filter(|e| e.observer.id.is_empty()) {
        let id = loop {
            let candidate = format!("A{next:0width$}");
            next += 1;
            if !ids.contains_key(&candidate) {
                break candidate;
            }
        };
        e.observer.id = id;
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_rate_and_only_leading_words_make_the_lead() {
        for rates in [
            "Asesor Utama",
            "asesor madya",
            "ANGGOTA",
            "Asesor",
            "",
            "utama",
        ] {
            assert_eq!(role_of(rates), Some(Role::Primary), "{rates:?}");
        }
        for lead in ["Ketua Tim", "Lead", "Koordinator", "ketua"] {
            assert_eq!(role_of(lead), Some(Role::Lead), "{lead:?}");
        }
        assert_eq!(role_of("Pendamping"), Some(Role::Reliability));
        assert_eq!(role_of("Sekretaris"), None);
    }
}
