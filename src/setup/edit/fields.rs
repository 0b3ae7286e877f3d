//! Correcting a participant's details: the same tidying and checks as the roster import.

use super::{EditError, Field};
use crate::import::clean_text;
use crate::model::{Event, Gender, normalize_nip};

/// Sets `field` of `participant` to `value`, tidied and checked.
pub(super) fn set(
    event: &mut Event,
    participant: &str,
    field: &Field,
    value: &str,
) -> Result<(), EditError> {
    let index = event
        .participants
        .iter()
        .position(|p| p.id == participant)
        .ok_or_else(|| EditError::UnknownParticipant(participant.to_string()))?;
    let value = clean_text(value);
    let nip = match field {
        Field::Nip => checked_nip(event, index, &value)?,
        _ => None,
    };
    let p = &mut event.participants[index];
    match field {
        Field::Name if value.is_empty() => return Err(EditError::EmptyName),
        Field::Name => p.name = value,
        Field::Nip => p.nip = nip,
        Field::Position => p.position = value,
        Field::Unit => p.unit = value,
        Field::Gender if value.is_empty() => p.gender = None,
        Field::Gender => {
            p.gender = Some(Gender::parse(&value).ok_or(EditError::Gender(value))?);
        }
        Field::Extra(name) => {
            let name = clean_text(name);
            if name.is_empty() {
                return Err(EditError::EmptyExtraName);
            }
            if value.is_empty() {
                p.extra.remove(&name);
            } else {
                p.extra.insert(name, value);
            }
        }
    }
    Ok(())
}

/// The NIP as stored (18 digits), or none for an empty value; refused when invalid or someone else's.
fn checked_nip(event: &Event, index: usize, value: &str) -> Result<Option<String>, EditError> {
    if value.is_empty() {
        return Ok(None);
    }
    let nip = normalize_nip(value).map_err(EditError::Nip)?;
    let holder = event.participants.iter().enumerate().find(|(i, p)| {
        *i != index
            && p.nip
                .as_deref()
                .is_some_and(|n| normalize_nip(n).is_ok_and(|n| n == nip))
    });
    match holder {
        Some((_, p)) => Err(EditError::NipTaken {
            nip,
            id: p.id.clone(),
            name: p.name.clone(),
        }),
        None => Ok(Some(nip)),
    }
}
