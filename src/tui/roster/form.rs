//! The form of a participant's fields: one row per field, typed into, turned into edits on Enter.

use crate::model::{Event, Gender, Participant};
use crate::setup::{Edit, EditError, Fact, Field};

/// Whose fields the form holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    /// An existing participant (id).
    Edit(String),
    /// Someone new.
    Add,
    /// The event's cover facts: row `i` is [`Fact::ALL`]`[i]`.
    Facts,
}

/// One row: a field and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormRow {
    /// The field; `None` is the row for a new extra attribute, typed as `name: value`.
    pub field: Option<Field>,
    /// The text as typed.
    pub value: String,
    /// The text when the form opened.
    pub original: String,
}

/// The form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Whose fields.
    pub kind: FormKind,
    /// The rows.
    pub rows: Vec<FormRow>,
    /// The row being typed into.
    pub cursor: usize,
}

fn row(field: Option<Field>, value: &str) -> FormRow {
    FormRow {
        field,
        value: value.to_string(),
        original: value.to_string(),
    }
}

fn gender_text(g: Option<Gender>) -> &'static str {
    match g {
        Some(Gender::L) => "L",
        Some(Gender::P) => "P",
        None => "",
    }
}

impl Form {
    /// The fields of `p`, then its extra attributes, then a row for a new one.
    pub fn edit(p: &Participant) -> Form {
        let mut rows = vec![
            row(Some(Field::Name), &p.name),
            row(Some(Field::Nip), p.nip.as_deref().unwrap_or("")),
            row(Some(Field::Position), &p.position),
            row(Some(Field::Unit), &p.unit),
            row(Some(Field::Gender), gender_text(p.gender)),
        ];
        rows.extend(
            p.extra
                .iter()
                .map(|(k, v)| row(Some(Field::Extra(k.clone())), v)),
        );
        rows.push(row(None, ""));
        Form {
            kind: FormKind::Edit(p.id.clone()),
            rows,
            cursor: 0,
        }
    }

    /// An empty form for someone new.
    pub fn add() -> Form {
        let rows = [
            Field::Name,
            Field::Nip,
            Field::Position,
            Field::Unit,
            Field::Gender,
        ]
        .into_iter()
        .map(|f| row(Some(f), ""))
        .collect();
        Form {
            kind: FormKind::Add,
            rows,
            cursor: 0,
        }
    }

    /// The event's cover facts as they are now, one row each.
    pub fn facts(event: &Event) -> Form {
        let rows = Fact::ALL
            .iter()
            .map(|f| row(None, &f.current(event)))
            .collect();
        Form {
            kind: FormKind::Facts,
            rows,
            cursor: 0,
        }
    }

    /// The fact on row `i` of a facts form.
    pub fn fact_at(&self, i: usize) -> Option<Fact> {
        (self.kind == FormKind::Facts)
            .then(|| Fact::ALL.get(i).copied())
            .flatten()
    }

    /// The text of the row being typed into.
    pub fn current(&mut self) -> Option<&mut String> {
        self.rows.get_mut(self.cursor).map(|r| &mut r.value)
    }

    /// Moves to another row, wrapping round.
    pub fn step(&mut self, delta: isize) {
        let n = self.rows.len().max(1) as isize;
        self.cursor = (self.cursor as isize + delta).rem_euclid(n) as usize;
    }

    /// The edits the form asks for, as one step: changed fields only; for someone new, the
    /// addition with `new_id` (the editor's next free id) and then the fields that need checking.
    pub fn edits(&self, new_id: &str) -> Result<Vec<Edit>, EditError> {
        let id = match &self.kind {
            FormKind::Edit(id) => id.clone(),
            FormKind::Add => new_id.to_string(),
            FormKind::Facts => return Ok(self.fact_edits()),
        };
        let mut edits = Vec::new();
        if self.kind == FormKind::Add {
            let text = |f: Field| {
                self.rows
                    .iter()
                    .find(|r| r.field.as_ref() == Some(&f))
                    .map_or(String::new(), |r| r.value.clone())
            };
            let nip = text(Field::Nip);
            edits.push(Edit::Add {
                participant: Participant {
                    id: id.clone(),
                    nip: (!nip.trim().is_empty()).then_some(nip),
                    name: text(Field::Name),
                    position: text(Field::Position),
                    unit: text(Field::Unit),
                    gender: None,
                    extra: Default::default(),
                },
                group: None,
            });
        }
        for r in &self.rows {
            let set = |field: Field, value: &str| Edit::SetField {
                participant: id.clone(),
                field,
                value: value.to_string(),
            };
            match &r.field {
                Some(Field::Gender) if self.kind == FormKind::Add => {
                    edits.push(set(Field::Gender, &r.value));
                }
                _ if self.kind == FormKind::Add => {}
                Some(f) if r.value != r.original => edits.push(set(f.clone(), &r.value)),
                Some(_) => {}
                None if r.value.trim().is_empty() => {}
                None => {
                    let (name, value) = r
                        .value
                        .split_once([':', '='])
                        .ok_or(EditError::EmptyExtraName)?;
                    edits.push(set(Field::Extra(name.to_string()), value));
                }
            }
        }
        Ok(edits)
    }

    /// The changed facts, one edit each.
    fn fact_edits(&self) -> Vec<Edit> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.value != r.original)
            .filter_map(|(i, r)| {
                Some(Edit::SetFact {
                    fact: self.fact_at(i)?,
                    value: r.value.clone(),
                })
            })
            .collect()
    }

    /// Puts the cursor on the row an error is about, so the lead can correct it there.
    pub fn focus_on(&mut self, error: &EditError) {
        let field = match error {
            EditError::EmptyName => Some(Field::Name),
            EditError::Nip(_) | EditError::NipTaken { .. } => Some(Field::Nip),
            EditError::Gender(_) => Some(Field::Gender),
            EditError::EmptyExtraName => None,
            EditError::Date(_) => return self.focus_fact(Fact::Dates),
            EditError::TimeZone(_) => return self.focus_fact(Fact::TimeZone),
            _ => return,
        };
        if let Some(i) = self.rows.iter().position(|r| r.field == field) {
            self.cursor = i;
        }
    }

    fn focus_fact(&mut self, fact: Fact) {
        if let Some(i) = Fact::ALL.iter().position(|f| *f == fact) {
            self.cursor = i;
        }
    }
}
