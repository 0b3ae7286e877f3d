//! The panes the observer switches between. Adding one is a variant here, a title in `text.rs` and a view file.

use crate::text::observe::T;

/// A full-screen pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    /// Everyone in the event.
    Roster,
    /// The group: seats, observers, phases, mission text and notes.
    Group,
    /// Live coding.
    Observe,
    /// Ratings beside their evidence, submission and the group-product rubric.
    Score,
}

impl Pane {
    /// All panes in Tab order; F1 opens the first.
    pub const ALL: [Pane; 4] = [Pane::Roster, Pane::Group, Pane::Observe, Pane::Score];

    /// Position in [`Pane::ALL`].
    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The pane after this one, wrapping.
    pub fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % Pane::ALL.len()]
    }

    /// The pane before this one, wrapping.
    pub fn prev(self) -> Pane {
        Pane::ALL[(self.index() + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }

    /// The pane opened by function key `n` (F1 is 1).
    pub fn from_fkey(n: u8) -> Option<Pane> {
        Pane::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// The pane's title.
    pub fn title(self) -> T {
        match self {
            Pane::Roster => T::PaneRoster,
            Pane::Group => T::PaneGroup,
            Pane::Observe => T::PaneObserve,
            Pane::Score => T::Score(crate::text::score::S::Pane),
        }
    }
}
