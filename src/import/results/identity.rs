//! Telling which participant a row of a results file is about: by ID, NIP or exact name.

use std::collections::HashMap;

use crate::import::names::bare_name;
use crate::import::roster::{self, RowProblem};
use crate::import::{Field, HeaderMap, Row, clean_text};
use crate::model::{Event, Lang, normalize_nip};
use crate::text::import as say;
use crate::text::matching;

/// The participant-id column of a results file.
pub const ID_FIELD: Field = Field {
    name: "id",
    synonyms: &[
        "ID",
        "ID Peserta",
        "Kode Peserta",
        "ID Asesi",
        "Kode Asesi",
        "Participant ID",
        "Participant Code",
    ],
};

/// The columns a results file may carry about who the row is: the id, and every roster column
/// (NIP, name, position, unit, ...). None of them is a result.
pub fn person_fields() -> Vec<Field> {
    let mut fields = vec![ID_FIELD];
    fields.extend_from_slice(roster::FIELDS);
    fields
}

/// Whether a header row names participants in one of the ways a row can be matched.
pub fn names_participants(headers: &[String]) -> bool {
    let map = HeaderMap::new(headers, &person_fields());
    ["id", "nip", "name"].iter().any(|f| map.get(f).is_some())
}

/// Whether a row reads like the header of a list of people: a name, NIP or id column, or a
/// combined "NAMA / NIP" cell. Used to find the roster's sheet in a workbook.
pub fn names_people(headers: &[String]) -> bool {
    names_participants(headers) || crate::import::combined::combined_name_nip(headers).is_some()
}

/// Whether a row says nothing about who it is (a footnote or a total line).
pub fn is_anonymous(map: &HeaderMap, row: &Row) -> bool {
    ["id", "nip", "name"]
        .iter()
        .all(|f| map.get(f).is_none_or(|c| row.get(c).trim().is_empty()))
}

/// The event's participants indexed by id, NIP and name as rows are matched against them.
#[derive(Debug)]
pub struct Matcher<'a> {
    event: &'a Event,
    by_id: HashMap<&'a str, usize>,
    by_nip: HashMap<String, Vec<usize>>,
    by_name: HashMap<String, Vec<usize>>,
    by_bare_name: HashMap<String, Vec<usize>>,
    nip_wins: bool,
    lang: Lang,
}

/// Why a row names no single participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmatched {
    /// Nothing in the row names a participant of the event.
    NotFound(String),
    /// The row fits more than one participant.
    Ambiguous(String),
    /// The row's ID, NIP and name point to different participants.
    Conflict(String),
}

impl Unmatched {
    /// The explanation shown to the user.
    pub fn reason(&self) -> &str {
        match self {
            Unmatched::NotFound(r) | Unmatched::Ambiguous(r) | Unmatched::Conflict(r) => r,
        }
    }
}

/// Case-insensitive after whitespace and Unicode (NFC) tidying; titles and punctuation count.
fn name_key(name: &str) -> String {
    clean_text(name).to_lowercase()
}

impl<'a> Matcher<'a> {
    /// Indexes the event's roster.
    pub fn new(event: &'a Event) -> Matcher<'a> {
        let mut m = Matcher {
            event,
            by_id: HashMap::new(),
            by_nip: HashMap::new(),
            by_name: HashMap::new(),
            by_bare_name: HashMap::new(),
            nip_wins: false,
            lang: Lang::En,
        };
        for (i, p) in event.participants.iter().enumerate() {
            m.by_id.insert(p.id.as_str(), i);
            if let Some(nip) = p.nip.as_deref().and_then(|n| normalize_nip(n).ok()) {
                m.by_nip.entry(nip).or_default().push(i);
            }
            m.by_name.entry(name_key(&p.name)).or_default().push(i);
            m.by_bare_name
                .entry(bare_name(&p.name))
                .or_default()
                .push(i);
        }
        m.by_bare_name.remove("");
        m
    }

    /// When a row's NIP names a participant, take it over a name that names nobody or someone
    /// else (`--nip-wins`); otherwise such a row is refused.
    pub fn nip_wins(mut self, yes: bool) -> Self {
        self.nip_wins = yes;
        self
    }

    /// The language of the reasons given for rows that match no one.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The participant id a row names, reading the id, NIP and name columns of `map`.
    pub fn row(&self, map: &HeaderMap, row: &Row) -> Result<&'a str, Unmatched> {
        let cell = |f: &str| map.get(f).map_or("", |c| row.get(c).trim());
        self.identify(cell("id"), cell("nip"), cell("name"))
    }

    /// The one participant that every given identifier agrees on. An identifier that finds
    /// nobody is passed over when another one finds the participant (files carry stale NIPs and
    /// vendor ids), but two identifiers that find different people stop the match.
    pub fn identify(&self, id: &str, nip: &str, name: &str) -> Result<&'a str, Unmatched> {
        let mut found: Vec<(String, Vec<usize>)> = Vec::new();
        let mut missed: Vec<String> = Vec::new();
        if !id.is_empty() {
            match self.by_id.get(id) {
                Some(&i) => found.push((format!("ID {id}"), vec![i])),
                None => missed.push(matching::no_id(self.lang, id)),
            }
        }
        let mut by_nip: Option<(String, Vec<usize>)> = None;
        if !nip.is_empty() {
            match normalize_nip(nip) {
                Ok(n) => match self.by_nip.get(&n) {
                    Some(v) => by_nip = Some((n, v.clone())),
                    None => missed.push(matching::no_nip(self.lang, &n)),
                },
                Err(e) => missed.push(crate::text::rows::nip(self.lang, &e)),
            }
        }
        if let Some((n, v)) = &by_nip {
            found.push((format!("NIP {n}"), v.clone()));
        }
        let by_name = self.by_name(name);
        if let (Some((n, nip_says)), Some(name_says)) = (&by_nip, &by_name) {
            if let Err(reason) = self.nip_and_name(n, nip_says, name, name_says.as_deref()) {
                return Err(Unmatched::Conflict(reason));
            }
            if self.nip_wins && nip_says.len() == 1 {
                return Ok(self.event.participants[nip_says[0]].id.as_str());
            }
        }
        match by_name {
            Some(Some(v)) => found.push((matching::name_label(self.lang, &clean_text(name)), v)),
            Some(None) => missed.push(self.unknown_name(name)),
            None => {}
        }
        let Some((_, first)) = found.first() else {
            return Err(Unmatched::NotFound(if missed.is_empty() {
                matching::no_identifier(self.lang)
            } else {
                missed.join("; ")
            }));
        };
        let common: Vec<usize> = first
            .iter()
            .copied()
            .filter(|i| found.iter().all(|(_, v)| v.contains(i)))
            .collect();
        match common.as_slice() {
            [one] => Ok(self.event.participants[*one].id.as_str()),
            [] => {
                let found: Vec<(String, String)> = found
                    .iter()
                    .map(|(what, v)| (what.clone(), self.list(v)))
                    .collect();
                Err(Unmatched::Conflict(matching::disagree(self.lang, &found)))
            }
            many if found.len() == 1 && !self.by_name.contains_key(&name_key(name)) => {
                Err(Unmatched::Ambiguous(say::titles_ambiguous(
                    self.lang,
                    &clean_text(name),
                    &self.list(many),
                )))
            }
            many => Err(Unmatched::Ambiguous(matching::many_fit(
                self.lang,
                many.len(),
                &self.list(many),
            ))),
        }
    }

    /// Who a name is: `None` when the row gives no name, `Some(None)` when it names nobody, else
    /// the participants it fits, exactly or, failing that, with titles and degrees left out.
    fn by_name(&self, name: &str) -> Option<Option<Vec<usize>>> {
        if name.is_empty() {
            return None;
        }
        let exact = self.by_name.get(&name_key(name));
        Some(
            exact
                .or_else(|| self.by_bare_name.get(&bare_name(name)))
                .cloned(),
        )
    }

    /// A NIP that names a participant and a name that names nobody, or only others, conflict
    /// (the row may be someone else's with a copied NIP) unless the NIP is to win.
    fn nip_and_name(
        &self,
        nip: &str,
        nip_says: &[usize],
        name: &str,
        name_says: Option<&[usize]>,
    ) -> Result<(), String> {
        if self.nip_wins || name_says.is_some_and(|v| v.iter().any(|i| nip_says.contains(i))) {
            return Ok(());
        }
        let name = clean_text(name);
        Err(match name_says {
            None => say::nip_name_nobody(self.lang, nip, &self.list(nip_says), &name),
            Some(v) => {
                say::nip_name_other(self.lang, nip, &self.list(nip_says), &name, &self.list(v))
            }
        })
    }

    fn list(&self, indexes: &[usize]) -> String {
        indexes
            .iter()
            .map(|&i| {
                let p = &self.event.participants[i];
                format!("{} {}", p.id, p.name)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Says the name is unknown and names roster entries that start or end the same way as a hint.
    fn unknown_name(&self, name: &str) -> String {
        let key = name_key(name);
        let mut similar: Vec<String> = self
            .event
            .participants
            .iter()
            .filter(|p| {
                let roster = name_key(&p.name);
                let (short, long) = if roster.len() < key.len() {
                    (&roster, &key)
                } else {
                    (&key, &roster)
                };
                !short.is_empty()
                    && (long
                        .strip_prefix(short.as_str())
                        .is_some_and(|rest| rest.starts_with([',', ' ']))
                        || long
                            .strip_suffix(short.as_str())
                            .is_some_and(|rest| rest.ends_with([' ', '.'])))
            })
            .map(|p| format!("{} {:?}", p.id, p.name))
            .collect();
        similar.truncate(3);
        matching::unknown_name(self.lang, &clean_text(name), &similar)
    }
}

/// Turns an unmatched row into the line listed for it.
pub fn problem(row: &Row, why: &Unmatched) -> RowProblem {
    RowProblem {
        row: row.number,
        reason: why.reason().to_string(),
    }
}
