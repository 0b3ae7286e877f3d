//! The re-balance preview: the fewest moves (the usual case: someone left, or two colleagues ended
//! up together, and people already know their seats) or a new arrangement with a seed; both are
//! worked out so the lead sees how many people each would move before choosing.

use super::LeadState;
use crate::model::{Event, Lang};
use crate::setup::{Edit, EditError};
use crate::text::roster::message;

/// Which re-balance the preview shows and Enter makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BalanceMode {
    /// As few people as possible change group ([`Edit::FewestMoves`]).
    FewestMoves,
    /// The groups formed anew with the seed ([`Edit::Rebalance`]).
    NewArrangement,
}

/// A re-balance as it would come out.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The event re-balanced.
    Ready {
        /// The event after it.
        event: Box<Event>,
        /// Participants who would sit in another group.
        moved: usize,
    },
    /// Nothing to do (why, in the screen's language).
    Nothing(String),
    /// It cannot be done (why, in the screen's language).
    Refused(String),
}

impl Outcome {
    fn of(lead: &LeadState, edit: &Edit, lang: Lang) -> Outcome {
        match lead.editor.preview(edit) {
            Ok(event) => Outcome::Ready {
                moved: message::moved(lead.editor.event(), &event),
                event: Box::new(event),
            },
            Err(e @ (EditError::Balanced { .. } | EditError::NoChange)) => {
                Outcome::Nothing(message::refused(lang, &e))
            }
            Err(e) => Outcome::Refused(message::refused(lang, &e)),
        }
    }
}

/// The preview popup: both re-balances and which one is chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The one shown, which Enter makes.
    pub mode: BalanceMode,
    /// The seed of the new arrangement.
    pub seed: u64,
    /// The fewest moves.
    pub fewest: Outcome,
    /// The new arrangement with `seed`.
    pub arranged: Outcome,
}

impl Preview {
    /// The preview as `b` opens it: the fewest moves chosen, the arrangement with the lead's seed
    /// beside it.
    pub fn open(lead: &LeadState, lang: Lang) -> Preview {
        Preview {
            mode: BalanceMode::FewestMoves,
            seed: lead.seed,
            fewest: Outcome::of(lead, &Edit::FewestMoves, lang),
            arranged: Outcome::of(lead, &Edit::Rebalance { seed: lead.seed }, lang),
        }
    }

    /// The edit Enter makes.
    pub fn edit(&self) -> Edit {
        match self.mode {
            BalanceMode::FewestMoves => Edit::FewestMoves,
            BalanceMode::NewArrangement => Edit::Rebalance { seed: self.seed },
        }
    }

    /// The outcome of the chosen re-balance.
    pub fn shown(&self) -> &Outcome {
        match self.mode {
            BalanceMode::FewestMoves => &self.fewest,
            BalanceMode::NewArrangement => &self.arranged,
        }
    }

    /// Chooses the other re-balance.
    pub fn switch(&mut self) {
        self.mode = match self.mode {
            BalanceMode::FewestMoves => BalanceMode::NewArrangement,
            BalanceMode::NewArrangement => BalanceMode::FewestMoves,
        };
    }

    /// Another seed (`forward` or back), which chooses the new arrangement.
    pub fn step_seed(&mut self, lead: &LeadState, forward: bool, lang: Lang) {
        self.seed = if forward {
            self.seed.wrapping_add(1)
        } else {
            self.seed.wrapping_sub(1)
        };
        self.mode = BalanceMode::NewArrangement;
        self.arranged = Outcome::of(lead, &Edit::Rebalance { seed: self.seed }, lang);
    }
}
