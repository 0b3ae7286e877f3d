//! An LGD group: who sits where, and what the group wrote.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The highest seat number; digits 1-9,0 reach seats 1-10 and a prefix reaches 11-12.
pub const MAX_SEATS: u8 = 12;

/// One discussion group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Group {
    /// Stable id (letters, digits, `-`, `_`).
    pub id: String,
    /// Name shown to the assessor, e.g. "Kelompok 1".
    pub name: String,
    /// Seat number (1..=12) to participant id.
    pub seats: BTreeMap<u8, String>,
    /// The group's product: the mission text it wrote.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub output: String,
}

impl Group {
    /// The seat a participant sits in, if they are in this group.
    pub fn seat_of(&self, participant: &str) -> Option<u8> {
        self.seats
            .iter()
            .find(|(_, p)| p.as_str() == participant)
            .map(|(s, _)| *s)
    }

    /// The participant in a seat.
    pub fn at_seat(&self, seat: u8) -> Option<&str> {
        self.seats.get(&seat).map(String::as_str)
    }
}
