//! Choosing where to move someone: first the group, then the seat (a taken seat means a swap).

use crate::model::{Event, MAX_SEATS};
use crate::setup::Edit;

/// Which list the picker shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickStage {
    /// The groups.
    Group,
    /// The seats of the group at this index.
    Seat(usize),
}

/// The picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// Who moves (id).
    pub participant: String,
    /// Groups or seats.
    pub stage: PickStage,
    /// The row chosen: a group index, or a seat number minus one.
    pub cursor: usize,
}

impl Pick {
    /// Starts on the groups, at the participant's own group.
    pub fn new(event: &Event, participant: &str) -> Pick {
        let cursor = event
            .groups
            .iter()
            .position(|g| g.seat_of(participant).is_some())
            .unwrap_or(0);
        Pick {
            participant: participant.to_string(),
            stage: PickStage::Group,
            cursor,
        }
    }

    /// Moves the cursor, staying on the list.
    pub fn step(&mut self, event: &Event, delta: isize) {
        let len = match self.stage {
            PickStage::Group => event.groups.len(),
            PickStage::Seat(_) => usize::from(MAX_SEATS),
        };
        let last = len.saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize + delta).clamp(0, last.max(0)) as usize;
    }

    /// Enter: from a group to its seats (the participant's seat, else the first free one), or
    /// from a seat to the edit: a move to a free seat, a swap with whoever sits there. Someone
    /// without a seat has none to swap: a taken seat is a move, refused as taken.
    pub fn choose(&mut self, event: &Event) -> Option<Edit> {
        match self.stage {
            PickStage::Group => {
                let g = event.groups.get(self.cursor)?;
                let own = g.seat_of(&self.participant);
                let free = (1..=MAX_SEATS).find(|s| !g.seats.contains_key(s));
                self.cursor = usize::from(own.or(free).unwrap_or(1)) - 1;
                self.stage = PickStage::Seat(event.groups.iter().position(|x| x.id == g.id)?);
                None
            }
            PickStage::Seat(gi) => {
                let g = event.groups.get(gi)?;
                let seat = u8::try_from(self.cursor + 1).ok()?;
                let seated = event.group_of(&self.participant).is_some();
                Some(match g.at_seat(seat) {
                    Some(other) if other != self.participant && seated => Edit::SwapSeats {
                        a: self.participant.clone(),
                        b: other.to_string(),
                    },
                    _ => Edit::Move {
                        participant: self.participant.clone(),
                        group: g.id.clone(),
                        seat: Some(seat),
                    },
                })
            }
        }
    }

    /// Esc: from the seats back to the groups (`true`), or out of the picker (`false`).
    pub fn back(&mut self) -> bool {
        match self.stage {
            PickStage::Seat(g) => {
                self.stage = PickStage::Group;
                self.cursor = g;
                true
            }
            PickStage::Group => false,
        }
    }
}
